#!/usr/bin/env bash
# Regenerates the operation tables in docs/ (docs/jicoo-operations.md, docs/cronofy-operations.md)
# from the specs: the build generates them beside each client's sources, and OperationTablesIT
# fails while a committed table differs from the generated one.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q -pl jicoo-api,cronofy-api -am -DskipTests compile
for api in jicoo cronofy; do
  cp "$api-api/target/generated-sources/openapi/docs/$api-operations.md" "docs/$api-operations.md"
  echo "docs/$api-operations.md"
done
