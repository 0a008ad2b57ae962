#!/usr/bin/env bash
# Releases schedkit VERSION to Maven Central: the one release command, run by hand or by
# .github/workflows/release.yml on a tag vVERSION (README, "Releasing").
#
#   scripts/release.sh VERSION                build, test, sign and upload to the Central Portal
#   scripts/release.sh --skip-upload VERSION  the same, without uploading: the signed bundle stays
#                                             in target/central-publishing/central-bundle.zip
#
# Needs, in the environment (never printed):
#   MAVEN_GPG_KEY         the armored private key (signing uses Bouncy Castle, no gpg binary)
#   MAVEN_GPG_PASSPHRASE  its passphrase
# and, unless --skip-upload, a <server><id>central</id> with a Central Portal token in
# ~/.m2/settings.xml (the release workflow writes one that reads the token from the environment).
#
# Steps, each of which stops the release when it fails:
#   1. the unsigned bundle of VERSION is built and checked (scripts/check-central-bundle.sh);
#   2. the whole test suite runs, every artifact is signed, and the bundle is uploaded;
#   3. the signed bundle is checked again, signatures included. The upload is never published
#      automatically (autoPublish=false): a failure here leaves nothing to release in the Portal.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() {
  echo "usage: $0 [--skip-upload] VERSION   (VERSION like 1.2.3 or 1.2.3-rc.1, without -SNAPSHOT)" >&2
  exit 2
}

skip_upload=false
if [[ "${1:-}" == "--skip-upload" ]]; then
  skip_upload=true
  shift
fi
(( $# == 1 )) || usage
version=$1
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.]+)?$ && "$version" != *SNAPSHOT* ]] || usage

missing=()
for variable in MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE; do
  [[ -n "${!variable:-}" ]] || missing+=("$variable")
done
if (( ${#missing[@]} > 0 )); then
  echo "release: set ${missing[*]} (see README, \"Releasing\"); nothing was built" >&2
  exit 1
fi

echo "release $version: 1/3 checking the unsigned bundle"
scripts/check-central-bundle.sh --version "$version"

echo "release $version: 2/3 testing, signing and uploading (skipUpload=$skip_upload)"
# install is skipped: a release leaves the local repository as it was.
./mvnw -B -ntp -Prelease -Drevision="$version" -Dmaven.install.skip=true -DskipUpload="$skip_upload" deploy

echo "release $version: 3/3 checking the signed bundle"
scripts/check-central-bundle.sh --no-build --signed --version "$version"

if [[ "$skip_upload" == true ]]; then
  echo "release $version: signed bundle in target/central-publishing/central-bundle.zip, not uploaded"
else
  echo "release $version: uploaded and validated; publish it in the Central Portal (autoPublish=false)"
fi
