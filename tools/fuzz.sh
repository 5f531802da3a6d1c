#!/usr/bin/env bash
# Builds the libFuzzer targets in the sanitizer build (build-asan/: clang, ASan + UBSan +
# coverage, tools/sanitizer-build.sh) and runs them side by side, each for SECONDS (default
# 60), with seed corpora from corpus/, ../shared/seeds and rules/. The corpora grow in
# build-asan/fuzz-corpus/ across runs.
# Usage: bash tools/fuzz.sh [SECONDS] [TARGET...]     targets: decode_segment lint load
# A crash stops the run with exit 1; libFuzzer writes the input as build-asan/crashes/TARGET/crash-*.
# Copy it into tests/fuzz-regressions/TARGET/ so the test suite replays it from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(decode_segment lint load)

bash tools/install-deps.sh
bash tools/sanitizer-build.sh "${targets[@]/#/fuzz_}"

# Seeds: every article and rule file of the project (and the shared seeds when present).
seed() {
  local target="$1" dir="build-asan/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case "$target" in
    decode_segment) find corpus ../shared/seeds -type f ! -name '*.json' ! -name '*.args' 2>/dev/null | while read -r f; do cp "$f" "$dir/$(echo "$f" | tr '/' '_')"; done ;;
    lint)  # first byte: 0 text, 1 HTML, 2 Markdown
      find corpus ../shared/seeds -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) 2>/dev/null | while read -r f; do
        case "$f" in *.html) p='\x01' ;; *.md) p='\x02' ;; *) p='\x00' ;; esac
        { printf "$p"; cat "$f"; } > "$dir/$(echo "$f" | tr '/' '_')"
      done ;;
    load)  # first byte: 0 rule pack, 1 profile, 2 config
      for f in rules/*.json; do { printf '\x00'; cat "$f"; } > "$dir/pack_$(basename "$f")"; done
      for f in rules/profiles/*.json; do { printf '\x01'; cat "$f"; } > "$dir/profile_$(basename "$f")"; done
      find corpus tests -name '*config*.json' | while read -r f; do { printf '\x02'; cat "$f"; } > "$dir/config_$(echo "$f" | tr '/' '_')"; done ;;
  esac
}

# -timeout flags an input that takes over 10 s; -rss_limit_mb bounds memory per process.
run_target() {
  local target="$1"
  "build-asan/fuzz_$target" "build-asan/fuzz-corpus/$target" "build-asan/seeds/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$2" -print_final_stats=1 \
    -artifact_prefix="build-asan/crashes/$target/" > "build-asan/$target.log" 2>&1
}

declare -A pids
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "build-asan/fuzz-corpus/$target" "build-asan/crashes/$target"
  max_len=65536
  [ "$target" = lint ] && max_len=16384  # the whole rule set per input: shorter inputs, more of them
  echo "medlint: fuzzing $target for ${seconds}s" >&2
  run_target "$target" "$max_len" &
  pids[$target]=$!
done
status=0
for target in "${targets[@]}"; do
  if ! wait "${pids[$target]}"; then
    echo "medlint: fuzz_$target found a problem; see build-asan/$target.log and build-asan/crashes/$target/" >&2
    grep -m1 -A12 -E "^==[0-9]+==ERROR|runtime error|Deadly|timeout" "build-asan/$target.log" >&2 || true
    status=1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-asan/$target.log" | sed "s/^/medlint: $target /" >&2 || true
done
exit $status
