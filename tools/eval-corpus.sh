#!/bin/sh
# Precision per rule and per kind of document on the real corpus (make eval).
set -eu
cd "$(dirname "$0")/.."
BIN=${PLANCHECK:-.build/debug/plancheck}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
"$BIN" check samples/corpus --format json > "$TMP/check.json" 2>/dev/null || [ $? -eq 1 ]
for f in samples/corpus/*.txt; do
  "$BIN" parse "$f" --format json > "$TMP/$(basename "$f" .txt).json" 2>/dev/null || true
done
python3 tools/eval_corpus.py samples/corpus "$TMP/check.json" "$TMP"
