#!/usr/bin/env bash
# Scaling and memory of one large plan: for each kind of hostile input (tools/gen-hostile.py:
# citations, markers, tasks, agencies, paragraph, sections, nfd, dense) a release build runs
# `check --format json` on 2, 4, 8 and 16 MB copies, then on a 60 MB one (under the 64 MB size
# limit), and prints wall time, CPU time, peak RSS and the time ratio per doubling.
#
# Fails (exit 1) when a doubling costs more than RATIO_MAX (2.3) times the CPU time of the half
# (judged on user+sys, which other jobs on a shared machine disturb less than wall time; pairs
# where the larger run takes under FLOOR seconds are shown but not judged, being noise), when
# peak RSS exceeds 10 × input + 100 MB, when a run exits 2 or takes longer than TIMEOUT seconds.
# The kinds short-sections and short-lines have more lines than the intake allows: they must be
# refused (exit 2, the line-limit message) within the same memory bound, and are not timed.
#
# Usage: tools/bench-hostile.sh [KIND...]
# Environment: SIZES ("2 4 8 16"), MEM_SIZE (60, empty to skip), TIMEOUT (600), RATIO_MAX (2.3),
#              FLOOR (0.5), RUNS (3: each size runs RUNS times, the fastest CPU time counts), BIN (a prebuilt plancheck; default: build the release binary).
set -euo pipefail
cd "$(dirname "$0")/.."

KINDS=("$@")
[ ${#KINDS[@]} -gt 0 ] || KINDS=(citations markers tasks agencies paragraph sections nfd dense short-sections short-lines)
SIZES="${SIZES:-2 4 8 16}"
MEM_SIZE="${MEM_SIZE-60}"
TIMEOUT="${TIMEOUT:-600}"
RATIO_MAX="${RATIO_MAX:-2.3}"
FLOOR="${FLOOR:-0.5}"
RUNS="${RUNS:-3}"

. tools/bench-setup.sh
bench_setup bench-hostile
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
failures=0

# Runs one input; prints a row and leaves "cpu rss" in $WORK/last.
run() {
    local kind="$1" mb="$2" file="$WORK/$1-$2.txt" status=0 start end
    python3 tools/gen-hostile.py "$kind" "$mb" "$file"
    local bytes
    bytes=$(stat -c %s "$file")
    # The fastest of RUNS runs: another job on the machine only ever adds time, so the minimum
    # is the run least disturbed; peak RSS is the largest of them.
    local cpu="" rss=0 wall="" i
    for i in $(seq "$RUNS"); do
        status=0
        start=$(date +%s.%N)
        timeout "$TIMEOUT" /usr/bin/time -v -o "$WORK/time" "$BIN" check --format json --no-baseline "$file" \
            >"$WORK/out.json" 2>"$WORK/err" || status=$?
        end=$(date +%s.%N)
        [ "$status" -lt 2 ] || break
        local c r w
        c=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { printf "%.2f", u + s }' "$WORK/time")
        r=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time")
        w=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')
        if [ -z "$cpu" ] || awk -v a="$c" -v b="$cpu" 'BEGIN { exit !(a < b) }'; then cpu="$c"; wall="$w"; fi
        [ "${r:-0}" -le "$rss" ] || rss="$r"
    done
    rm -f "$file"
    local note=""
    if [ "$kind" = short-sections ] || [ "$kind" = short-lines ]; then
        # Too many lines for their size: refused up front, which is the point.
        if [ "$status" = 2 ] && grep -q "dòng, quá giới hạn" "$WORK/err"; then
            rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time")
            awk -v k="$kind" -v mb="$mb" -v w="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", e - s }')" \
                -v r="$rss" 'BEGIN { printf "%-10s %5s MB  wall %8.2f s  refused (too many lines)  peak RSS %8.1f MiB\n", k, mb, w, r / 1024 }'
            [ "$rss" -le $((bytes * 10 / 1024 + 100 * 1024)) ] || failures=$((failures + 1))
        else
            echo "$kind $mb MB: FAIL (expected the line-limit refusal, got exit $status)"
            failures=$((failures + 1))
        fi
        echo "0 0 refused" >"$WORK/last"
        return
    fi
    if [ "$status" = 124 ]; then
        note="TIMEOUT after ${TIMEOUT} s"
    elif [ "$status" -ge 2 ]; then
        note="exit $status: $(head -c 200 "$WORK/err" | tr '\n' ' ')"
    fi
    # A timed-out or failed run has no figures from GNU time: count it as over every limit.
    [ -n "$cpu" ] || cpu=0
    local limit=$((bytes * 10 / 1024 + 100 * 1024))
    local verdict=ok
    if [ -n "$note" ]; then
        verdict="FAIL ($note)"
    elif [ "$rss" -gt "$limit" ]; then
        verdict="FAIL (peak RSS over 10 × input + 100 MB = $((limit / 1024)) MiB)"
    fi
    [ "$verdict" = ok ] || failures=$((failures + 1))
    awk -v k="$kind" -v mb="$mb" -v w="${wall:-0}" -v c="$cpu" -v r="$rss" -v v="$verdict" 'BEGIN {
        printf "%-10s %5s MB  wall %8.2f s  cpu %8.2f s  peak RSS %8.1f MiB  %s\n", k, mb, w, c, r / 1024, v }'
    echo "$cpu $rss $note" >"$WORK/last"
}

for kind in "${KINDS[@]}"; do
    prev=""
    for mb in $SIZES; do
        run "$kind" "$mb"
        read -r cpu _ note <"$WORK/last" || true
        [ "${note:-}" != refused ] || continue
        if [ -n "$prev" ]; then
            awk -v a="$prev" -v b="$cpu" -v max="$RATIO_MAX" -v floor="$FLOOR" -v k="$kind" -v mb="$mb" -v t="${note:-}" 'BEGIN {
                if (t != "") { printf "%-10s  → %3s MB  doubling: not measured\n", k, mb; exit 1 }
                r = (a > 0) ? b / a : 0
                judged = (b >= floor)
                printf "%-10s  → %3s MB  doubling ×%.2f%s\n", k, mb, r, judged ? (r > max ? "  FAIL (over ×" max ")" : "") : "  (under the noise floor, not judged)"
                exit (judged && r > max) ? 1 : 0 }' || failures=$((failures + 1))
        fi
        prev="$cpu"
        [ -z "${note:-}" ] || break
    done
    if [ -n "$MEM_SIZE" ]; then RUNS=1 run "$kind" "$MEM_SIZE"; fi
done

if [ "$failures" -gt 0 ]; then
    echo "bench-hostile: $failures check(s) failed" >&2
    exit 1
fi
echo "bench-hostile: every doubling within ×$RATIO_MAX, every peak RSS within 10 × input + 100 MB"
