#!/usr/bin/env bash
# Memory of small .docx files that unpack to far more than they hold (tools/gen-hostile-docx.py):
# a release build runs `check --format json` on each and prints wall time, peak RSS, the exit code
# and the first words of the refusal.
#
# Fails (exit 1) when a peak RSS exceeds 10 × the file + 100 MB, when a hostile kind is not
# refused with exit 2 (a zip bomb by ratio, or too many records or lines), or when a kind just
# under the limits is not read (exit 0 or 1). docs/performance.md gives the figures.
#
# Usage: tools/bench-hostile-docx.sh [KIND...]
# Environment: BIN (a prebuilt plancheck; default: build the release binary).
set -euo pipefail
cd "$(dirname "$0")/.."

KINDS=("$@")
[ ${#KINDS[@]} -gt 0 ] || KINDS=(paras rows cells empty-cells runs breaks spaces
    padded-paras padded-cells padded-rows padded-empty-cells padded-empty-rows padded-breaks padded-spaces under-paras under-headings under-table)

. tools/bench-setup.sh
bench_setup bench-hostile-docx
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0

for kind in "${KINDS[@]}"; do
    file="$WORK/$kind.docx"
    python3 tools/gen-hostile-docx.py "$kind" "$file"
    bytes=$(stat -c %s "$file")
    status=0
    start=$(date +%s.%N)
    timeout 600 /usr/bin/time -v -o "$WORK/time" "$BIN" check --format json --no-baseline --lang en "$file" \
        >"$WORK/out.json" 2>"$WORK/err" || status=$?
    end=$(date +%s.%N)
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time")
    limit=$((bytes * 10 / 1024 + 100 * 1024))
    verdict=ok
    case "$kind" in
        under-*) [ "$status" -lt 2 ] || verdict="FAIL (not read: exit $status)" ;;
        *) [ "$status" = 2 ] || verdict="FAIL (not refused: exit $status)" ;;
    esac
    [ "${rss:-0}" -le "$limit" ] || verdict="FAIL (peak RSS over 10 × file + 100 MB = $((limit / 1024)) MiB)"
    [ "$verdict" = ok ] || failures=$((failures + 1))
    # The refusal's reason, without the path: "has more than … lines", "zip bomb", …
    why=$(sed -e 's/^[^:]*: //' "$WORK/err" | head -1 | cut -c1-70)
    awk -v k="$kind" -v b="$bytes" -v w="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')" \
        -v r="${rss:-0}" -v s="$status" -v v="$verdict" -v y="$why" 'BEGIN {
        printf "%-14s %7.1f KB  wall %6.2f s  peak RSS %6.1f MiB  exit %s  %s  %s\n", k, b / 1024, w, r / 1024, s, v, y }'
    rm -f "$file"
done

if [ "$failures" -gt 0 ]; then
    echo "bench-hostile-docx: $failures check(s) failed" >&2
    exit 1
fi
echo "bench-hostile-docx: every hostile .docx refused and every other read, within 10 × file + 100 MB"
