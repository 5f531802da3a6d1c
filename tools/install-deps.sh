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
  catch2                             # unit tests
  python3 python3-jsonschema         # tests: profiles validate against rules/schema/profile.schema.json
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

run_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}
echo "medlint: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
run_as_root apt-get update -qq
run_as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
