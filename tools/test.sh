#!/usr/bin/env bash
# Installs what is missing, builds everything (Release, warnings as errors, a unity build: files
# compiled in batches, which halves the build) and runs the whole test suite: unit tests, CLI
# tests on the real binary, and the corpus goldens.
# Then builds again with clang, AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/,
# tools/sanitizer-build.sh) and runs the same suite there (the corpus articles one run per
# folder instead of one each), so memory and undefined-behaviour errors fail the run. Last,
# a fuzz smoke run: every libFuzzer target, from that same build, for 30 s (tools/fuzz.sh).
# Usage: bash tools/test.sh   (MEDLINT_SKIP_SANITIZERS=1 skips the second pass,
#                              MEDLINT_SKIP_FUZZ=1 the fuzz smoke run, MEDLINT_FUZZ_SECONDS sets its length)
set -euo pipefail
cd "$(dirname "$0")/.."

# Seconds per phase, printed at the end (and on failure), so a CI log shows where its time went.
phases=()
phase_start=$SECONDS
phase_done() {
  phases+=("$(printf '%-28s %4d s' "$1" $((SECONDS - phase_start)))")
  phase_start=$SECONDS
}
print_phases() {
  [ ${#phases[@]} -gt 0 ] || return 0
  echo "medlint: time per phase" >&2
  printf '  %s\n' "${phases[@]}" >&2
  echo "  total                        $SECONDS s" >&2
}
trap print_phases EXIT

bash tools/install-deps.sh
phase_done "dependencies"
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMEDLINT_BUILD_TESTS=ON -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build build -j "$jobs"
phase_done "release build"
ctest --test-dir build --output-on-failure -j "$jobs"
phase_done "release tests"

if [ "${MEDLINT_SKIP_SANITIZERS:-0}" != "1" ]; then
  bash tools/sanitizer-build.sh
  phase_done "sanitizer build"
  # The corpus articles are checked there by corpus-together/one-run-per-folder (one process per
  # folder) instead of one process each (label per-article): a start under ASan costs 0.5-0.8 s.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" --label-exclude per-article
  phase_done "sanitizer tests"
fi

if [ "${MEDLINT_SKIP_FUZZ:-0}" != "1" ]; then
  bash tools/fuzz.sh "${MEDLINT_FUZZ_SECONDS:-30}"
  phase_done "fuzz smoke run"
fi
