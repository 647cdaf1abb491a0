#!/usr/bin/env bash
# Runs two koppel binaries on the same interchange files and reports every difference in stdout,
# stderr or exit code of `placements solve` and `exchanges solve` (several options each).
#   Benchmarks/compare-interchange-outputs.sh OLD_KOPPEL NEW_KOPPEL [FILES...]
# Without FILES, 80 random instances from reference/interchange_instances.py are used.
set -uo pipefail
old=$1; new=$2; shift 2
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  python3 "$(dirname "$0")/reference/interchange_instances.py" "$dir"
  files=("$dir"/*.json)
fi
diffs=0; runs=0
for f in "${files[@]}"; do
  if grep -q '"participants"' "$f"; then
    variants=("exchanges solve $f" "exchanges solve $f --max-cycle 2" "exchanges solve $f --max-chain 2" "exchanges solve $f --format table")
  else
    variants=("placements solve $f" "placements solve $f --optimal placement" "placements solve $f --format table")
  fi
  for v in "${variants[@]}"; do
    $old $v >"$dir/o.out" 2>"$dir/o.err"; a=$?
    $new $v >"$dir/n.out" 2>"$dir/n.err"; b=$?
    runs=$((runs+1))
    if [ $a != $b ] || ! cmp -s "$dir/o.out" "$dir/n.out" || ! cmp -s "$dir/o.err" "$dir/n.err"; then
      echo "DIFF: $v (exit $a vs $b)"; diffs=$((diffs+1))
    fi
  done
done
echo "$runs runs, $diffs differences"
[ $diffs -eq 0 ]
