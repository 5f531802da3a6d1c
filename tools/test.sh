#!/usr/bin/env bash
# Installs what is missing, builds everything (Release, warnings as errors) and runs the
# whole test suite: unit tests, CLI tests on the real binary, and the corpus goldens.
# Usage: bash tools/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs=$(nproc)
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DMEDLINT_BUILD_TESTS=ON >/dev/null
cmake --build build -j "$jobs"
ctest --test-dir build --output-on-failure -j "$jobs"
