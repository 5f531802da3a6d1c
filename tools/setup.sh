#!/usr/bin/env bash
# Installs what is missing and builds medlint (Release, a unity build: see README "Tests") into build/.
# Usage: bash tools/setup.sh && build/medlint check corpus/
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_UNITY_BUILD=ON >/dev/null
cmake --build build --target medlint
