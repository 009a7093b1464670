#!/usr/bin/env bash
# Review throughput and memory: a release build reviews N generated submissions (default 1000,
# tools/gen-batch.py) into a fresh database, cold, then again with every result cached.
# Prints submissions/s and peak RSS for both. Usage: tools/bench-review.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
N="${1:-1000}"

# GNU time gives peak RSS; install it where we can, or fall back to wall time only.
if [ ! -x /usr/bin/time ] && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || true
fi

swift build -c release --product plancheck >/dev/null
BIN="$(swift build -c release --show-bin-path)/plancheck"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
python3 tools/gen-batch.py "$WORK/batch" -n "$N"

# One timed review; exit code 1 (findings) is the expected outcome, 2 is a failure.
measure() {
    local label="$1" start end status=0
    start=$(date +%s.%N)
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -v -o "$WORK/$label.time" "$BIN" review "$WORK/batch" --db "$WORK/review.sqlite" >"$WORK/$label.out" 2>"$WORK/$label.err" || status=$?
    else
        "$BIN" review "$WORK/batch" --db "$WORK/review.sqlite" >"$WORK/$label.out" 2>"$WORK/$label.err" || status=$?
    fi
    end=$(date +%s.%N)
    if [ "$status" -ge 2 ]; then
        echo "review ($label) failed with exit $status:" >&2
        cat "$WORK/$label.err" >&2
        exit 1
    fi
    local rss="n/a" cached
    if [ -f "$WORK/$label.time" ]; then
        rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f MiB", $2 / 1024 }' "$WORK/$label.time")"
    fi
    cached="$(grep -c '(cached)$' "$WORK/$label.out" || true)"
    awk -v l="$label" -v n="$N" -v s="$start" -v e="$end" -v r="$rss" -v c="$cached" 'BEGIN {
        printf "review %-6s %5d submissions  %7.2f s  %8.1f submissions/s  peak RSS %s  (%d cached)\n", l, n, e - s, n / (e - s), r, c }'
}

measure cold
measure cached
