#!/usr/bin/env bash
# Installs the Debian 12 packages medlint needs to build and test, skipping those present.
# Usage: bash tools/install-deps.sh   (as root, or as a user with sudo)
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config   # toolchain
  libboost-regex-dev libicu-dev      # Boost.Regex with ICU (u32regex), ICU itself
  nlohmann-json3-dev libcli11-dev    # JSON in and out, command-line options
  libhunspell-dev hunspell-en-us     # English word list: tells common words from names
  libgumbo-dev libmd4c-dev           # HTML and Markdown parsers with source positions
  libvectorscan-dev                  # one-pass multi-literal scan for every rule (Hyperscan fork)
  libbenchmark-dev                   # bench/: per-stage engine benchmarks (Google Benchmark)
  catch2                             # unit tests
  python3 python3-jsonschema         # tests: profiles validate against rules/schema/profile.schema.json
  chromium fonts-dejavu-core         # tests: auditor HTML reports rendered in headless Chromium
  patch                              # tests: the --fix-dry-run diff must apply with patch(1)
  parallel                           # tests: JSONL mode split across jobs by GNU parallel --pipe
  clang libclang-rt-14-dev           # the sanitizer build and the libFuzzer targets (tools/sanitizer-build.sh)
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
if [ ${#missing[@]} -gt 0 ]; then
  echo "medlint: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  run_as_root apt-get update -qq
  run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Test tools from the npm registry, pinned by tools/node/package-lock.json: Microsoft's SARIF
# Multitool (validates --format sarif) and puppeteer-core (drives Debian's chromium; it never
# downloads a browser). Uses the machine's Node.js and npm; skipped when they are absent, and
# the tests that need these tools then report themselves skipped.
node_dir="$(cd "$(dirname "$0")" && pwd)/node"
multitool="$node_dir/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if command -v npm >/dev/null 2>&1; then
  if [ ! -x "$multitool" ] || [ "$node_dir/package-lock.json" -nt "$node_dir/node_modules/.package-lock.json" ]; then
    echo "medlint: installing test tools into tools/node (npm ci)" >&2
    (cd "$node_dir" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
    chmod u+x "$multitool"  # the package's own postinstall step, skipped by --ignore-scripts
  fi
else
  echo "medlint: npm not found; SARIF and HTML report tests will be skipped" >&2
fi
