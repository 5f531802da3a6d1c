#!/usr/bin/env bash
# Installs what is missing, builds everything (Release, warnings as errors) and runs the
# whole test suite: unit tests, CLI tests on the real binary, and the corpus goldens.
# Then builds again with clang, AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/,
# tools/sanitizer-build.sh) and runs the same suite there, so memory and undefined-behaviour
# errors fail the run. Last, a fuzz smoke run: every libFuzzer target, from that same build,
# for 60 s (tools/fuzz.sh).
# Usage: bash tools/test.sh   (MEDLINT_SKIP_SANITIZERS=1 skips the second pass,
#                              MEDLINT_SKIP_FUZZ=1 the fuzz smoke run, MEDLINT_FUZZ_SECONDS sets its length)
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMEDLINT_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"

if [ "${MEDLINT_SKIP_SANITIZERS:-0}" != "1" ]; then
  bash tools/sanitizer-build.sh
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
fi

if [ "${MEDLINT_SKIP_FUZZ:-0}" != "1" ]; then
  bash tools/fuzz.sh "${MEDLINT_FUZZ_SECONDS:-60}"
fi
