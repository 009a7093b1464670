#!/bin/sh
# Coverage evaluation over samples/chains/*: precision and recall per outcome (make eval).
set -eu
cd "$(dirname "$0")/.."
BIN=${PLANCHECK:-.build/debug/plancheck}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
ARGS=""
for chain in samples/chains/*/; do
  [ -f "$chain/plancheck.yml" ] || continue
  name=$(basename "$chain")
  # Exit 1 only means "findings at error level"; any other failure stops the evaluation.
  "$BIN" check "$chain" --format json > "$TMP/$name.json" || [ $? -eq 1 ]
  ARGS="$ARGS $chain $TMP/$name.json"
done
python3 tools/eval_coverage.py $ARGS
