#!/usr/bin/env bash
# `make fuzz FUZZ_SECONDS=N`: builds plancheck-fuzz with libFuzzer and AddressSanitizer, seeds a
# corpus from samples/ and the regression corpus, and fuzzes read → parse → rules for N seconds
# (default 600) on one core. Crashes land in .build/fuzz/crashes/; the corpus grows in
# .build/fuzz/corpus/ and is kept between runs. Prints executions and coverage at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-600}"
out=.build/fuzz
swift build -c release --product plancheck-fuzz --build-path "$out/build" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
binary="$out/build/release/plancheck-fuzz"
mkdir -p "$out/corpus" "$out/crashes" "$out/seed"
# Seeds: every sample plan and the regression corpus, each at most 64 kB (libFuzzer's -max_len).
find samples Tests/PlanCheckParsingTests/Fixtures/fuzz-regressions Tests/PlanCheckParsingTests/Fixtures/docx \
    -type f \( -name '*.txt' -o -name '*.md' -o -name '*.docx' \) -size -64k -print0 |
    while IFS= read -r -d '' f; do cp "$f" "$out/seed/$(echo "$f" | tr '/' '_')"; done
log="$out/last-run.log"
start=$(date +%s)
set +e
# Swift's runtime and Foundation keep caches alive until exit, which LeakSanitizer would report
# as leaks on every run: leaks are not what this target looks for.
ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$binary" "$out/corpus" "$out/seed" -dict=tools/fuzz/plancheck.dict -max_len=65536 \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 -print_final_stats=1 \
    -artifact_prefix="$out/crashes/" ${FUZZ_ARGS:-} 2>&1 | tee "$log" | grep -E '^#[0-9]+ +(pulse|DONE|NEW)|ERROR|SUMMARY|stat::' | tail -40
status=${PIPESTATUS[0]}
set -e
end=$(date +%s)
last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
crashes=$(find "$out/crashes" -type f | wc -l)
echo "fuzz: $((end - start)) s, status $status; last: $last"
echo "fuzz: $crashes file(s) in $out/crashes (minimise: $binary -minimize_crash=1 -runs=10000 FILE)"
exit "$status"
