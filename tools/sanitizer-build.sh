#!/usr/bin/env bash
# Configures and builds build-asan/: clang with AddressSanitizer + UndefinedBehaviorSanitizer,
# assertions on, warnings as errors, and libFuzzer's coverage instrumentation, so the one build
# serves both the sanitizer pass of the test suite (tools/test.sh) and the fuzz targets
# (tools/fuzz.sh). -O1 -gline-tables-only keeps file:line stacks in sanitizer reports at a
# fraction of the build time of full debug information. Benchmarks are left out. A unity build
# (files compiled in batches) like the release build's.
# Usage: bash tools/sanitizer-build.sh [TARGET...]   (default: everything else)
set -euo pipefail
cd "$(dirname "$0")/.."
# A build-asan/ configured with another compiler (GCC, before the fuzz build was merged in)
# cannot switch compilers in place.
if [ -f build-asan/CMakeCache.txt ] && ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' build-asan/CMakeCache.txt; then
  rm -rf build-asan
fi
cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" -DMEDLINT_SANITIZE=ON -DMEDLINT_FUZZ=ON \
  -DMEDLINT_WERROR=ON -DMEDLINT_BUILD_TESTS=ON -DMEDLINT_BUILD_BENCHMARKS=OFF -DCMAKE_UNITY_BUILD=ON >/dev/null
if [ $# -gt 0 ]; then
  cmake --build build-asan -j "$(nproc)" --target "$@"
else
  cmake --build build-asan -j "$(nproc)"
fi
