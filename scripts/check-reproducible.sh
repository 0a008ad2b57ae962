#!/usr/bin/env bash
# Builds the published modules twice from clean and checks that every jar (classes, sources,
# javadoc) is byte-identical: the build is reproducible (project.build.outputTimestamp).
set -euo pipefail
cd "$(dirname "$0")/.."

modules=core,jicoo-api,cronofy-api,kotlin
build() {
  ./mvnw -B -ntp -q clean package -pl "$modules" -am -DskipTests >&2
  sha256sum core/target/*.jar jicoo-api/target/*.jar cronofy-api/target/*.jar kotlin/target/*.jar | sort -k2
}

first=$(mktemp)
second=$(mktemp)
trap 'rm -f "$first" "$second"' EXIT
build > "$first"
build > "$second"

if ! diff -u "$first" "$second"; then
  echo "reproducibility check: FAILED (the jars above differ between two builds)"
  exit 1
fi
echo "reproducibility check: OK ($(wc -l < "$first") jars byte-identical across two builds)"
