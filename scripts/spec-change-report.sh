#!/usr/bin/env bash
# What a change to spec/ or generator-templates/ does for users, compared with BASE (a commit,
# branch or tag; .github/workflows/spec-change.yml passes the pull request's base branch):
#
#   scripts/spec-change-report.sh BASE [OUT_DIR]     OUT_DIR defaults to target/spec-change
#
# 1. On this checkout: the spec compatibility guard (./mvnw -pl spec-compat process-classes), the
#    generation and compilation of both clients (./mvnw -pl jicoo-api,cronofy-api -am compile),
#    then the release notes' "Breaking changes" section (spec/breaking-changes.yaml).
# 2. The public API of the generated classes (javap -public on every class generated from the
#    specs) on this checkout and on BASE, built in a temporary git worktree, and their diff.
# 3. OUT_DIR/report.md: the guard's verdict, the breaking changes and the API diff in Markdown.
#    OUT_DIR also holds build-head.log, build-base.log, api-base.txt, api-head.txt and api.diff.
#
# Exits non-zero if this checkout fails the guard or does not build, after writing the report.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

(( $# >= 1 && $# <= 2 )) || { echo "usage: $0 BASE [OUT_DIR]" >&2; exit 2; }
base_ref=$1
out=$(mkdir -p "${2:-target/spec-change}" && cd "${2:-target/spec-change}" && pwd)
base_sha=$(git rev-parse --verify "$base_ref^{commit}")
head_sha=$(git rev-parse HEAD)
modules=(jicoo-api cronofy-api)

# The public API of the classes generated in one checkout, from javap, sorted by class: each
# class declaration, then its members, each line prefixed by the class, so that every line of a
# diff says where it belongs. A class counts as generated when its top-level source is in
# target/generated-sources/openapi.
public_api() {
  local checkout=$1 module sources classes
  for module in "${modules[@]}"; do
    sources=$checkout/$module/target/generated-sources/openapi/src/main/java
    classes=$checkout/$module/target/classes
    [[ -d "$sources" ]] || { echo "no generated sources in $sources" >&2; return 1; }
    (cd "$sources" && find . -name '*.java' | sed -e 's:^\./::' -e 's:\.java$::') | sort | while read -r top; do
      # The class and its named nested classes (builders, query objects, enum values).
      (cd "$classes" && find "$(dirname "$top")" -maxdepth 1 \( -name "$(basename "$top").class" -o -name "$(basename "$top")\$*.class" \)) \
        | grep -v '\$[0-9]' | sed -e 's:\.class$::' -e 's:/:.:g' | sort
    done | xargs javap -public -cp "$classes" | awk '
      /^Compiled from / || /^}/ { next }
      /^  / { sub(/^ +/, ""); print class ": " $0; next }
      { for (i = 1; i < NF; i++) if ($i ~ /^(class|interface|enum)$/) class = $(i + 1); print }'
  done
}

result=passed
echo "spec change report: guard, generation and compilation of $head_sha"
if ! { ./mvnw -B -ntp -q -pl spec-compat process-classes \
    && ./mvnw -B -ntp -q -pl "$(IFS=,; echo "${modules[*]}")" -am compile; } > "$out/build-head.log" 2>&1; then
  result=failed
fi

notes="(not rendered: the build failed)"
api_diff="(not compared: the build failed)"
if [[ "$result" == passed ]]; then
  notes=$(./mvnw -B -ntp -q -pl spec-compat exec:java@breaking-changes-notes)
  public_api "$root" > "$out/api-head.txt"

  echo "spec change report: building $base_sha in a temporary worktree"
  worktree=$(mktemp -d)
  trap 'git -C "$root" worktree remove --force "$worktree" >/dev/null 2>&1 || true; rm -rf "$worktree"' EXIT
  git worktree add --detach "$worktree" "$base_sha" > /dev/null 2>&1
  # The same node tools: reuse them instead of a second npm ci.
  if [[ -d node_modules ]] && cmp -s package-lock.json "$worktree/package-lock.json"; then
    ln -s "$root/node_modules" "$worktree/node_modules"
  fi
  if (cd "$worktree" && ./mvnw -B -ntp -q -pl "$(IFS=,; echo "${modules[*]}")" -am compile) > "$out/build-base.log" 2>&1; then
    public_api "$worktree" > "$out/api-base.txt"
    if diff -u --label "public API at $base_ref" --label "public API here" "$out/api-base.txt" "$out/api-head.txt" > "$out/api.diff"; then
      api_diff="No change to the public API of the generated classes."
    else
      api_diff=$(printf '%s\n' "$(grep -c '^[-+][^-+]' "$out/api.diff") changed line(s); the whole diff is in the artifact (api.diff)." '' '```diff' "$(head -n 400 "$out/api.diff")" '```')
    fi
  else
    api_diff="(not compared: $base_ref does not build; see build-base.log)"
  fi
fi

# The guard's verdict with the entries it proposes, then the build's first errors, if any.
build_output=$( (awk '/^FAIL: /{p=1} /^spec compatibility: /{print; p=0; next} p' "$out/build-head.log"
  grep -E '^\[ERROR\] [^ ]' "$out/build-head.log" | head -n 20 || true) )
{
  echo "# What this change does to the SDK"
  echo
  echo "Compared with \`$base_ref\` ($base_sha); this is $head_sha."
  echo
  echo "## Spec compatibility guard and generation: $result"
  echo
  echo '```'
  echo "$build_output"
  echo '```'
  echo
  echo "## Release notes"
  echo
  echo "$notes" | sed -e 's/^## /### /'
  echo
  echo "## Generated public API"
  echo
  echo "$api_diff"
} > "$out/report.md"

echo "spec change report: $out/report.md (guard and generation $result)"
[[ "$result" == passed ]]
