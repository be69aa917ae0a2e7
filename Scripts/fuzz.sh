#!/usr/bin/env bash
# libFuzzer runs of the Fuzz/ targets (issue 13): builds them with libFuzzer and AddressSanitizer
# and runs each for SECONDS (default 600), one after another or JOBS at a time, then prints one
# line per target: seconds, executions, executions per second, corpus files, new coverage units,
# peak RSS and whether it crashed.
#
# Usage: Scripts/fuzz.sh [SECONDS] [TARGET...]
#   targets default to all nine: FuzzText FuzzJSONLines FuzzJSON FuzzCSV FuzzHTMLInput
#   FuzzExtraction FuzzDOT FuzzMarkup FuzzGraphFile.
# Environment: JOBS (default 1) targets at once; CORPUS (default .build/fuzz-corpus) the
#   corpora, kept between runs and seeded by Scripts/fuzz-seeds.py; LOGS (default
#   .build/fuzz-logs). A crash leaves the input in LOGS/<target>/crash-*; reproduce it with
#   Fuzz/.build/release/<target> LOGS/<target>/crash-..., then add it as a regression test.
#   REPORT_ONLY=1 prints the table of the last runs from LOGS without building or running.
# Exit status: 1 when any target crashed or broke a property.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(FuzzText FuzzJSONLines FuzzJSON FuzzCSV FuzzHTMLInput FuzzExtraction FuzzDOT FuzzMarkup FuzzGraphFile)
fi
jobs=${JOBS:-1}
corpus=${CORPUS:-$PWD/.build/fuzz-corpus}
logs=${LOGS:-$PWD/.build/fuzz-logs}
mkdir -p "$corpus" "$logs"
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
[ "${REPORT_ONLY:-0}" = 1 ] || python3 Scripts/fuzz-seeds.py "$seeds"
# `--sanitize fuzzer` makes SwiftPM link libFuzzer's main; the instrumentation itself comes from
# -sanitize=fuzzer,address on every compile (SwiftPM's two --sanitize flags would reach the
# compiler as address only, leaving the code without coverage counters).
# The build plan is made again each time: SwiftPM kept a stale one when a source file was added to
# the parent package (its path dependency), and the build failed with "cannot find … in scope".
[ "${REPORT_ONLY:-0}" = 1 ] || rm -f Fuzz/.build/release.yaml
[ "${REPORT_ONLY:-0}" = 1 ] || (cd Fuzz && swift build -c release --sanitize fuzzer -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing 2>&1 \
  | grep -v "ld.gold: warning" | tail -3)

run() {
  local t=$1
  mkdir -p "$corpus/$t" "$logs/$t"
  [ -d "$seeds/$t" ] && cp -n "$seeds/$t"/* "$corpus/$t/" 2>/dev/null || true
  # FuzzDOT and FuzzMarkup leave caches in Graphviz and libxml2 after each input, so libFuzzer's
  # per-input leak check would scan the whole heap every time (20 inputs a second); leaks are
  # left to the sanitizer run of the test suite (Scripts/sanitizers.sh) for them.
  local leaks=1
  case $t in FuzzDOT | FuzzMarkup) leaks=0 ;; esac
  # -rss_limit_mb: ASan and the lexicon need room; -timeout: a single input taking 20 s is a hang.
  # SWIFT_BACKTRACE=enable=no: libFuzzer reports crashes itself (Swift's backtracer would hold
  # the output open).
  (cd "$logs/$t" && SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$OLDPWD/Scripts/lsan.supp "$OLDPWD/Fuzz/.build/release/$t" "$corpus/$t" -max_total_time="$seconds" \
    -timeout=20 -detect_leaks=$leaks -rss_limit_mb=4096 -max_len=16384 -print_final_stats=1 >"$logs/$t/run.log" 2>&1) \
    && echo ok >"$logs/$t/status" || echo CRASH >"$logs/$t/status"
}

pending=("${targets[@]}")
[ "${REPORT_ONLY:-0}" = 1 ] && pending=()
while [ ${#pending[@]} -gt 0 ]; do
  batch=("${pending[@]:0:$jobs}")
  pending=("${pending[@]:$jobs}")
  for t in "${batch[@]}"; do run "$t" & done
  wait
done

status=0
printf '| target | seconds run | executions | exec/s | corpus units | corpus files | new units | peak RSS MB | result |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for t in "${targets[@]}"; do
  log=$logs/$t/run.log
  stat() { grep -m1 "stat::$1:" "$log" | awk '{print $2}'; }
  result=$(cat "$logs/$t/status")
  [ "$result" = ok ] || status=1
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$t" \
    "$(grep -m1 -oE 'Done [0-9]+ runs in [0-9]+' "$log" | awk '{print $NF}')" "$(stat number_of_executed_units)" \
    "$(stat average_exec_per_sec)" "$(grep -oE 'DONE +cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' "$log" | awk '{print $NF}')" \
    "$(ls "$corpus/$t" | wc -l)" "$(stat new_units_added)" "$(stat peak_rss_mb)" "$result"
done
exit $status
