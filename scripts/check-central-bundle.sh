#!/usr/bin/env bash
# Assembles the bundle Maven Central would receive (without signing or uploading) and verifies it:
# every published artifact has its POM, jar, sources and javadoc jars, each with checksums, and every
# POM carries the metadata Central requires. Needs no credentials.
#
#   scripts/check-central-bundle.sh            build the bundle, then check it
#   scripts/check-central-bundle.sh --no-build check target/central-publishing/central-bundle.zip as is
set -euo pipefail
cd "$(dirname "$0")/.."

# Central takes releases only: check the bundle of the current version without -SNAPSHOT.
snapshot=$(sed -n 's:^-Drevision=\(.*\)$:\1:p' .mvn/maven.config)
version=${snapshot%-SNAPSHOT}

if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -B -ntp -q -Prelease -Drevision="$version" -Dgpg.skip -DskipUpload=true -DskipTests deploy
fi

bundle=target/central-publishing/central-bundle.zip
[[ -f "$bundle" ]] || { echo "FAIL: $bundle was not built"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
unzip -q "$bundle" -d "$work"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

check_file() {
  local file=$1
  [[ -f "$file" ]] || { fail "missing ${file#$work/}"; return; }
  for sum in md5 sha1; do
    [[ -f "$file.$sum" ]] || fail "missing ${file#$work/}.$sum"
  done
}

check_pom() {
  local pom=$1
  for element in "<name>" "<description>" "<url>" "<license>" "<developer>" "<scm" "<connection>"; do
    grep -q "$element" "$pom" || fail "${pom#$work/} lacks $element"
  done
  grep -q '\${' "$pom" && fail "${pom#$work/} still contains unresolved \${...} expressions"
  grep -q '<parent>' "$pom" && fail "${pom#$work/} refers to a parent POM that is not published"
  grep -q 'schedkit.git/' "$pom" && fail "${pom#$work/} has a module path appended to its SCM connection"
  return 0
}

dir=$work/io/github/schedkit
for artifact in schedkit-core jicoo-api cronofy-api; do
  base=$dir/$artifact/$version/$artifact-$version
  check_file "$base.pom"
  check_file "$base.jar"
  check_file "$base-sources.jar"
  check_file "$base-javadoc.jar"
  [[ -f "$base.pom" ]] && check_pom "$base.pom"
  if [[ -f "$base.jar" ]]; then
    listing=$(unzip -l "$base.jar")
    [[ "$listing" == *"META-INF/proguard/$artifact.pro"* ]] || fail "$artifact.jar lacks META-INF/proguard/$artifact.pro"
  fi
done
bom=$dir/schedkit-bom/$version/schedkit-bom-$version.pom
check_file "$bom"
[[ -f "$bom" ]] && check_pom "$bom"

for unpublished in schedkit-parent schedkit-mock-server schedkit-integration-tests schedkit-examples \
    schedkit-shrink-test schedkit-shrink-test-app schedkit-shrink-test-harness; do
  [[ -d "$dir/$unpublished" ]] && fail "$unpublished must not be published"
done

if (( failures > 0 )); then
  echo "central bundle check: $failures problem(s)"
  exit 1
fi
echo "central bundle check: OK ($(cd "$work" && find . -type f | wc -l) files for version $version)"
