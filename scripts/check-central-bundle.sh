#!/usr/bin/env bash
# Assembles the bundle Maven Central would receive (without signing or uploading) and verifies it.
# The artifacts themselves (POM metadata, jar, sources and javadoc jars, consumer rules, nothing
# unpublished) are checked by the same code that `./mvnw verify` runs on every build
# (release-check/, PublishedArtifactsCheck); this script adds what only the bundle has: the
# checksums the central-publishing plugin writes. Needs no credentials.
#
#   scripts/check-central-bundle.sh            build the bundle, then check it
#   scripts/check-central-bundle.sh --no-build check target/central-publishing/central-bundle.zip as is
# Options, in any order:
#   --version X  the bundle of version X (default: the version in .mvn/maven.config without -SNAPSHOT)
#   --signed     also require a signature (.asc) of every file (scripts/release.sh checks the signed bundle)
set -euo pipefail
cd "$(dirname "$0")/.."

# Central takes releases only: check the bundle of the current version without -SNAPSHOT.
snapshot=$(sed -n 's:^-Drevision=\(.*\)$:\1:p' .mvn/maven.config)
version=${snapshot%-SNAPSHOT}
build=true
signed=false
while (( $# > 0 )); do
  case "$1" in
    --no-build) build=false ;;
    --signed) signed=true ;;
    --version) version=${2:?--version needs a version}; shift ;;
    *) echo "usage: $0 [--no-build] [--signed] [--version X]" >&2; exit 2 ;;
  esac
  shift
done

if [[ "$build" == true ]]; then
  # deploy runs install too: skip it, so the check leaves the local repository as it was.
  ./mvnw -B -ntp -q -Prelease -Drevision="$version" -Dgpg.skip -DskipUpload=true -DskipTests -Dmaven.install.skip=true deploy
fi

bundle=target/central-publishing/central-bundle.zip
[[ -f "$bundle" ]] || { echo "FAIL: $bundle was not built"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$bundle" -d "$work"

java -cp release-check/target/classes io.github.schedkit.releasecheck.PublishedArtifactsCheck "$work" "$version"

failures=0
while IFS= read -r file; do
  for sum in md5 sha1; do
    [[ -f "$file.$sum" ]] || { echo "FAIL: missing ${file#$work/}.$sum"; failures=$((failures + 1)); }
  done
  if [[ "$signed" == true && ! -f "$file.asc" ]]; then
    echo "FAIL: missing ${file#$work/}.asc"
    failures=$((failures + 1))
  fi
done < <(find "$work" -type f ! -name '*.md5' ! -name '*.sha1' ! -name '*.sha256' ! -name '*.sha512' ! -name '*.asc')

if (( failures > 0 )); then
  echo "central bundle check: $failures missing checksum(s) or signature(s)"
  exit 1
fi
signatures=""
if [[ "$signed" == true ]]; then
  signatures=", every file signed"
fi
echo "central bundle check: OK ($(find "$work" -type f | wc -l) files for version $version$signatures)"
