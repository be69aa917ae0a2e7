#!/usr/bin/env bash
# The test suite under AddressSanitizer and ThreadSanitizer (issue 13).
#
# Usage: Scripts/sanitizers.sh [address] [thread]      (default: both, one after the other)
# Each sanitizer builds into its own folder (.build-asan, .build-tsan; about 8 minutes each on
# 2 cores) and runs the whole suite there with the same filter as README's test command; the
# relgraph executable that the command-line tests start is built with the same sanitizer.
# Findings fail the run: ASan with halt_on_error, LeakSanitizer on, TSan with halt_on_error. The
# suppression files Scripts/asan.supp and Scripts/lsan.supp name only findings inside Graphviz
# and XCTest, each with the reason.
# Output: .build-<name>/sanitizer.log; the last lines say passed or failed.
# Environment: FILTER (a swift test --filter, default all tests).
set -euo pipefail
cd "$(dirname "$0")/.."
sanitizers=("$@")
[ ${#sanitizers[@]} -eq 0 ] && sanitizers=(address thread)
status=0
for s in "${sanitizers[@]}"; do
  case $s in
    address) dir=.build-asan ;;
    thread) dir=.build-tsan ;;
    *) echo "unknown sanitizer '$s' (address or thread)" >&2; exit 2 ;;
  esac
  log=$dir/sanitizer.log
  mkdir -p "$dir"
  echo "== $s: building into $dir" | tee "$log"
  swift build --build-tests --sanitize "$s" --build-path "$dir" 2>&1 | grep -v "ld.gold: warning" | tail -3 | tee -a "$log"
  echo "== $s: testing" | tee -a "$log"
  export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:suppressions=$PWD/Scripts/asan.supp
  export LSAN_OPTIONS=suppressions=$PWD/Scripts/lsan.supp:print_suppressions=0
  export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
  # The command-line tests start the relgraph executable beside the test bundle, this build's.
  if swift test --skip-build --sanitize "$s" --build-path "$dir" \
    ${FILTER:+--filter "$FILTER"} >>"$log" 2>&1; then
    echo "== $s: passed ($(grep -cE '✔ Test|Test Case .* passed' "$log") tests)" | tee -a "$log"
  else
    status=1
    echo "== $s: FAILED; see $log" | tee -a "$log"
    grep -m5 -E "ERROR: (Address|Thread|Leak)Sanitizer|WARNING: ThreadSanitizer|✘" "$log" || true
  fi
done
exit $status
