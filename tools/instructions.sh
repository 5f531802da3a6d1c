#!/usr/bin/env bash
# Instructions executed by one pass of the lint pipeline over the 1 MB generated corpus, counted
# by valgrind's callgrind: repeatable to the instruction whatever else the machine is doing,
# unlike wall time on a shared machine. The pass is the second of two (two repetitions minus
# one), so the per-thread caches (words per token, hunspell answers) are warm, as in a run.
# Prints the total and the functions costing the most, inclusive of what they call.
# Usage: bash tools/instructions.sh [PATTERN] [ROWS]   PATTERN: a regex over function names
# (default: rules' check functions, the scan, sentences, decoding and resolving).
# Needs the release build with benchmarks (bash tools/setup.sh && cmake --build build)
# and valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."
pattern=${1:-'::check\(|LiteralPrefilter::scan\(|avx2_hs_scan|split_sentences|decode_bytes|resolve_finding|Document::Document'}
rows=${2:-30}
bench=$PWD/build/medlint_bench_stages
[[ -x $bench ]] || { echo "build first: cmake --build build --target medlint_bench_stages" >&2; exit 2; }
command -v valgrind >/dev/null || { echo "needs valgrind (apt-get install valgrind)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for repetitions in 1 2; do
  valgrind --tool=callgrind --callgrind-out-file="$work/$repetitions.out" --toggle-collect='medlint::lint_text*' \
    "$bench" --corpus-mb=1 --benchmark_filter='^pipeline/' --benchmark_min_time=0.001 \
    --benchmark_repetitions="$repetitions" >/dev/null 2>&1
  callgrind_annotate --inclusive=yes "$work/$repetitions.out" >"$work/$repetitions.txt" 2>/dev/null
done
echo "commit $(git rev-parse --short HEAD)"
python3 - "$work/1.txt" "$work/2.txt" "$pattern" "$rows" <<'PY'
import re, sys

def read(path):
    costs, total = {}, 0
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"\s*([\d,]+) \([^)]*\)\s+(.*)$", line)
        if not m:
            continue
        value = int(m.group(1).replace(",", ""))
        name = re.sub(r"\s*\[[^\]]*\]$", "", re.sub(r"^\?\?\?:", "", m.group(2)))
        if name == "PROGRAM TOTALS":
            total = value
        else:
            costs[name] = costs.get(name, 0) + value
    return total, costs

one_total, one = read(sys.argv[1])
two_total, two = read(sys.argv[2])
print(f"instructions per pass over 1 MB: {two_total - one_total:,} (first, cold pass: {one_total:,})")
rows = sorted(((two[k] - one.get(k, 0), k) for k in two if re.search(sys.argv[3], k)), reverse=True)
for value, name in rows[: int(sys.argv[4])]:
    print(f"{value:>14,}  {name[:140]}")
PY
