#!/usr/bin/env bash
# Prints the release notes of VERSION in Markdown: its section of CHANGELOG.md, then the
# "Breaking changes" section made from spec/breaking-changes.yaml (spec-compat). The release
# workflow puts them on the GitHub release; by hand: scripts/release-notes.sh 0.1.0 > notes.md
#
# Fails, before anything is built, if CHANGELOG.md has no section "## [VERSION] - YYYY-MM-DD":
# date the version's section (it reads "Unreleased" until then) in the commit you tag.
set -euo pipefail
cd "$(dirname "$0")/.."

(( $# == 1 )) || { echo "usage: $0 VERSION" >&2; exit 2; }
version=$1

heading=$(grep -E "^## \[${version//./\\.}\]" CHANGELOG.md || true)
if [[ -z "$heading" ]]; then
  echo "release notes: CHANGELOG.md has no section \"## [$version]\"" >&2
  exit 1
fi
if [[ ! "$heading" =~ ^"## [$version] - "[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  echo "release notes: date the CHANGELOG.md section of $version before releasing it (\"## [$version] - YYYY-MM-DD\", not \"$heading\")" >&2
  exit 1
fi

# The section: from its heading to the next version's heading or the link definitions at the end.
awk -v heading="$heading" '
  $0 == heading { inside = 1; next }
  inside && (/^## \[/ || /^\[[^]]+\]: /) { exit }
  inside { print }
' CHANGELOG.md | sed -e '/./,$!d'

./mvnw -B -ntp -q -pl spec-compat compile exec:java@breaking-changes-notes
