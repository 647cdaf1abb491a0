#!/usr/bin/env bash
# Exchange instances of 5,000 requests, out-degree 10, in several graph families, solved exactly at
# K = 3 by `koppel exchanges solve` (release build) and, when highspy is installed, by the HiGHS
# MIP solver as a reference (Benchmarks/reference/exchange_highs.py). Prints one line per run:
# koppel's time is the whole process (reading the JSON, solving, printing), HiGHS's the MIP solve only.
#
#   Benchmarks/exchange-families.sh [TIME_LIMIT_SECONDS]      (default 120)
set -euo pipefail
cd "$(dirname "$0")/.."
limit="${1:-120}"
swift build -c release --product koppel >/dev/null
(cd Benchmarks && swift build -c release --product koppel-bench >/dev/null)
bench=Benchmarks/.build/release/koppel-bench
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
# requests group seed weights: group = requests means wishes uniform over everyone.
families=(
  "5000 5000 1 weighted" "5000 5000 2 weighted"
  "5000 20 1 unit" "5000 20 1 weighted"
  "5000 100 1 unit" "5000 100 1 weighted"
  "50 50 1 weighted" "100 100 1 unit" "100 100 1 weighted"
)
for family in "${families[@]}"; do
  read -r requests group seed weights <<<"$family"
  file="$dir/x$requests-g$group-s$seed-$weights.json"
  "$bench" exchange-instance "$requests" "$group" "$seed" $([ "$weights" = unit ] && echo --unit) >"$file"
  label="requests $requests, groups of $group, seed $seed, $weights"
  start=$(date +%s%N)
  if result=$(.build/release/koppel exchanges solve "$file" --time-limit "$limit" 2>&1); then
    moved=$(sed -E 's/.*"moved":([0-9]+).*/\1/' <<<"$result")
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    printf '%s | koppel: %d ms, moved %s\n' "$label" "$ms" "$moved"
  else
    printf '%s | koppel: no proof within %s s\n' "$label" "$limit"
  fi
  if python3 -c 'import highspy' 2>/dev/null; then
    printf '%s | %s\n' "$label" "$(python3 Benchmarks/reference/exchange_highs.py "$file" --time-limit "$limit" | grep "^highs:")"
  fi
done
