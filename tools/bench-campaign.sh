#!/usr/bin/env bash
# `make bench-campaign`: the national campaign (34 province plans, 3,321 commune plans of the
# 01/7/2025 map, every commune plan against its province plan; tools/gen-campaign.py) checked and
# reviewed by a release build, at 1× and 10× (CAMPAIGN_SCALES="1 10"). For each: wall time,
# plans/s, MB/s, peak RSS and CPU % of `check --format json`, `review` into a new database and the
# same review again (all cached), with ripgrep's time over the same files as the floor; then one
# plan against its parent in a cold process. Targets (issue 12) are printed beside the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
SCALES="${CAMPAIGN_SCALES:-1 10}"
RUNS="${CAMPAIGN_RUNS:-3}"

need() { command -v "$1" >/dev/null 2>&1; }
if [ "$(id -u)" = 0 ] && need apt-get; then
    missing=()
    [ -x /usr/bin/time ] || missing+=(time)
    need rg || missing+=(ripgrep)
    if [ ${#missing[@]} -gt 0 ]; then
        apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
fi
if [ ! -f rules/registry/units-2025.yaml ]; then
    python3 -c 'import vietnam_provinces' 2>/dev/null || pip install -q vietnam-provinces==2025.10.1
fi

swift build -c release --product plancheck >/dev/null
BIN="$(swift build -c release --show-bin-path)/plancheck"
WORK="${CAMPAIGN_DIR:-$(mktemp -d)}"
trap '[ -z "${CAMPAIGN_DIR:-}" ] && rm -rf "$WORK"' EXIT

# measure LABEL PLANS BYTES TARGET CMD…: the median run of RUNS (by wall time), with its RSS and CPU.
measure() {
    local label="$1" plans="$2" bytes="$3" target="$4"
    shift 4
    local rows=()
    for i in $(seq "$RUNS"); do
        [ -n "${BEFORE_EACH:-}" ] && eval "$BEFORE_EACH"
        local status=0
        /usr/bin/time -f "%e %M %P" -o "$WORK/time" "$@" >/dev/null 2>"$WORK/err" || status=$?
        if [ "$status" -ge 2 ]; then echo "$label failed (exit $status):" >&2; tail -5 "$WORK/err" >&2; exit 1; fi
        rows+=("$(tail -1 "$WORK/time")")
    done
    printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | awk -v l="$label" -v n="$plans" -v b="$bytes" -v t="$target" '{
        printf "%-34s %7.2f s %8.0f plans/s %7.1f MB/s  peak %6.0f MB  CPU %5s  %s\n", l, $1, n / $1, b / 1e6 / $1, $2 / 1024, $3, t }'
}

for scale in $SCALES; do
    dir="$WORK/campaign-$scale"
    [ -f "$dir/plancheck.yml" ] || python3 tools/gen-campaign.py "$dir" --scale "$scale" 2>/dev/null
    plans=$(find "$dir" -name 't*-x*.md' | wc -l)
    bytes=$(du -sb "$dir" | cut -f1)
    echo "campaign ×$scale: $plans commune plans, $(( bytes / 1000000 )) MB, $(nproc) cores"
    RUNS=$RUNS measure "ripgrep (citation patterns)" "$plans" "$bytes" "floor" \
        rg -c '[0-9]+/[0-9]{4}/[A-ZĐ]+-[A-Za-zĐ]+|[0-9]+/[A-ZĐ]+-[A-ZĐ]+' "$dir"
    measure "check --format json" "$plans" "$bytes" "target ≤ 2.5 s, ≤ 250 MB (×1)" \
        "$BIN" check "$dir" --format json
    BEFORE_EACH="rm -f '$WORK/r.sqlite' '$WORK/r.sqlite-wal' '$WORK/r.sqlite-shm'" \
        measure "review, new database" "$plans" "$bytes" "target ≤ 5 s (×1)" \
        "$BIN" review "$dir" --db "$WORK/r.sqlite"
    measure "review again, all cached" "$plans" "$bytes" "target ≤ 1 s (×1)" \
        "$BIN" review "$dir" --db "$WORK/r.sqlite"
    rm -f "$WORK/r.sqlite" "$WORK/r.sqlite-wal" "$WORK/r.sqlite-shm"
done

# One commune plan against its province plan, as a clerk runs it: a cold process each time.
dir="$WORK/campaign-${SCALES%% *}"
child="$dir/t05-x010-00.md"
parent="$dir/t05-ke-hoach-tinh.md"
times=()
for i in $(seq 15); do
    start=$(date +%s%N)
    "$BIN" check "$child" --parent "$parent" >/dev/null 2>&1 || true
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 8p)
echo "one plan + parent, cold process: median ${median} ms of 15 (target ≤ 40 ms)"
