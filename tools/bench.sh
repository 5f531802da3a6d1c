#!/usr/bin/env bash
# Whole-program benchmark of the medlint binary on generated corpora: wall time, MB/s,
# files/s and peak RSS (GNU time) for each size and job count, as the table in BENCHMARKS.md.
# Usage: bash tools/bench.sh [SIZES=1M,100M] [JOBS=1,2] [WORK_DIR=/tmp/medlint-bench]
#   a size ending in "jsonl" (e.g. 1Gjsonl) is one JSONL stream linted with --input-format jsonl;
#   one ending in "single" (e.g. 50Msingle) is one large file (split across the jobs).
# Modes: jsonl-out (--format jsonl --no-corpus-checks), json-out (--format json
# --no-corpus-checks, streamed), json+corpus (--format json with the corpus pass).
# Needs a release build in build/ (bash tools/setup.sh) and GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-1M,100M}
jobs_list=${2:-1,2}
work=${3:-/tmp/medlint-bench}
medlint=$PWD/build/medlint
generate=$PWD/build/medlint_corpus_gen
[[ -x $medlint && -x $generate ]] || { echo "build first: bash tools/setup.sh" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

echo "commit $(git rev-parse --short HEAD), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
printf '%-10s %-5s %-14s %9s %9s %10s %12s\n' corpus jobs mode seconds MB/s files/s "peak RSS MB"
IFS=, read -ra sizes_array <<<"$sizes"
IFS=, read -ra jobs_array <<<"$jobs_list"
for size in "${sizes_array[@]}"; do
  if [[ $size == *jsonl ]]; then
    input=$work/${size}.jsonl
    [[ -f $input ]] || "$generate" -o "$input" -s "${size%jsonl}" --mode jsonl 2>/dev/null
    documents=$(wc -l <"$input")
  elif [[ $size == *single ]]; then
    input=$work/${size}.txt
    [[ -f $input ]] || "$generate" -o "$input" -s "${size%single}" --mode single 2>/dev/null
    documents=1
  else
    input=$work/$size
    [[ -d $input ]] || "$generate" -o "$input" -s "$size" 2>/dev/null
    documents=$(find "$input" -type f | wc -l)
  fi
  # Text bytes (what medlint reads), not JSON or file-system overhead.
  bare=${size%jsonl}
  bytes=$(numfmt --from=si "${bare%single}")
  # Read once untimed, so the first timed row does not also pay for a cold page cache (it
  # used to come out seconds slower than the same work in the next row).
  if [[ -d $input ]]; then find "$input" -type f -exec cat {} + >/dev/null; else cat "$input" >/dev/null; fi
  for jobs in "${jobs_array[@]}"; do
    modes=("jsonl-out")
    [[ $size == *jsonl || $size == *single ]] || modes+=("json-out" "json+corpus")
    for mode in "${modes[@]}"; do
      if [[ $size == *jsonl ]]; then
        args=(check --input-format jsonl --format jsonl -q -j "$jobs" -)
      elif [[ $mode == jsonl-out ]]; then
        args=(check "$input" --format jsonl --no-corpus-checks -q -j "$jobs")
      elif [[ $mode == json-out ]]; then
        args=(check "$input" --format json --no-corpus-checks -q -j "$jobs")
      else
        args=(check "$input" --format json -q -j "$jobs")
      fi
      stats=$work/time.txt
      if [[ $size == *jsonl ]]; then
        /usr/bin/time -f 'RESULT %e %M' -o "$stats" "$medlint" "${args[@]}" <"$input" >/dev/null || [[ $? -le 1 ]]
      else
        /usr/bin/time -f 'RESULT %e %M' -o "$stats" "$medlint" "${args[@]}" >/dev/null || [[ $? -le 1 ]]
      fi
      # GNU time also writes "Command exited with non-zero status 1" (findings) to the file.
      read -r _ seconds rss_kb < <(grep '^RESULT' "$stats")
      awk -v c="$size" -v j="$jobs" -v m="$mode" -v s="$seconds" -v b="$bytes" -v d="$documents" -v r="$rss_kb" \
        'BEGIN { printf "%-10s %-5s %-14s %9.2f %9.2f %10.0f %12.0f\n", c, j, m, s, b / 1e6 / s, d / s, r / 1024 }'
    done
  done
done
