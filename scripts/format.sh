#!/usr/bin/env bash
# Formatting of the tracked sources: prettier for TypeScript/JavaScript/JSON,
# clang-format (.clang-format) for C. `--check` (what npm test runs) changes
# nothing and fails naming the files that differ; without it, files are
# rewritten in place.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}
mapfile -t ts < <(git ls-files -co --exclude-standard -- '*.ts' '*.mts' '*.mjs' '*.js' '*.json' | grep -v '^package-lock.json$' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
mapfile -t c < <(git ls-files -co --exclude-standard -- '*.c' '*.h' | while read -r f; do [ -f "$f" ] && echo "$f"; done)
command -v clang-format >/dev/null || { echo "format: clang-format is missing: apt-get install clang-format (or run scripts/setup.sh)" >&2; exit 1; }
if [ "$mode" = "--check" ]; then
  rc=0
  npx prettier --check --log-level warn "${ts[@]}" || { echo "format: the files above differ from prettier's format: run npm run format" >&2; rc=1; }
  bad=$(clang-format --dry-run -Werror "${c[@]}" 2>&1 | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: (error|warning): .*/\1/p' | sort -u || true)
  if [ -n "$bad" ]; then
    printf '%s\n' "$bad" | sed 's/^/[clang-format] /' >&2
    echo "format: these C files differ from .clang-format: run npm run format" >&2
    rc=1
  fi
  exit $rc
fi
npx prettier --write --log-level warn "${ts[@]}"
clang-format -i "${c[@]}"
