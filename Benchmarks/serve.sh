#!/usr/bin/env bash
# `koppel serve` under load (issue 14, point 6): wrk over loopback, 16 keep-alive connections,
# top-50 candidates for the open vacancies in turn, as a regional adviser.
#   Benchmarks/serve.sh [--sizes twente,national] [--duration SECONDS] [--runs N] [--koppel PATH]
# Per size: start to first answer (the warm index is built at start), p50/p99/requests per
# second (median of the runs), resident memory, and an import of 1,000 changed profiles during
# a run: how long until the new data version serves, and that run's p99. It prints a Markdown
# block for Benchmarks/RESULTS.md and writes nothing there itself. Datasets are made with
# `koppel demo` into Benchmarks/.data/serve-SIZE.koppel on first use (national: minutes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/.."
sizes=twente; duration=20; runs=3; koppel=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes=$2; shift 2;;
    --duration) duration=$2; shift 2;;
    --runs) runs=$2; shift 2;;
    --koppel) koppel=$2; shift 2;;
    *) echo "usage: $0 [--sizes twente,national] [--duration SECONDS] [--runs N] [--koppel PATH]" >&2; exit 64;;
  esac
done
command -v wrk >/dev/null || { echo "serve.sh needs wrk (apt-get install wrk)" >&2; exit 1; }
if [ -z "$koppel" ]; then
  # The shipped form, as run.sh builds it.
  swift build -c release --static-swift-stdlib --package-path "$here" --product koppel >&2
  koppel="$here/.build/release/koppel"
fi
work=$(mktemp -d /tmp/koppel-serve-bench-XXXXXX)
server=""
stop() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi; }
trap 'stop; rm -rf "$work"' EXIT

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# wrk's latency in ms ("1.23ms", "456.00us", "1.02s").
ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); print v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); print v } else { sub(/s$/, "", v); print v * 1000 } }'; }
rss_mib() { awk "/^$2:/ { printf \"%.0f\", \$2 / 1024 }" "/proc/$1/status"; }

commit=$(git -C "$root" rev-parse --short HEAD)
echo "Run: $(date -u +%Y-%m-%dT%H:%M:%SZ) · commit \`$commit\` · \`Benchmarks/serve.sh --sizes $sizes --duration $duration --runs $runs\` · release build"
echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //; s/ [0-9]*-Core.*//'), $(nproc) cores, $(free -g | awk '/^Mem:/ { print $2 }') GiB, $(uname -sr) · load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| size | profiles | start → first answer | p50 | p99 | requests/s | RSS after the runs | peak RSS | import of 1,000 changed profiles → new version serves | p99 of the run with the swap |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

for size in ${sizes//,/ }; do
  db="$here/.data/serve-$size.koppel"
  if [ ! -f "$db" ]; then
    mkdir -p "$here/.data"
    echo "preparing $db …" >&2
    "$koppel" demo --db "$db" --size "$size" --today 2026-11-25 --seed 14 > /dev/null
  fi
  "$koppel" users add bench-regio --name "Benchmark regionaal" --role regional --no-password --db "$db" 2>/dev/null || true
  token=$("$koppel" users token bench-regio --days 1 --label serve-bench --db "$db" 2>/dev/null)
  profiles=$(sqlite3 "$db" "SELECT count(*) FROM person")
  sqlite3 "$db" "SELECT id FROM vacancy WHERE status = 'open' ORDER BY id" > "$work/vacancies.txt"
  cat > "$work/candidates.lua" <<LUA
local ids = {}
for line in io.lines("$work/vacancies.txt") do ids[#ids + 1] = line end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/v1/vacancies/" .. ids[(i % #ids) + 1] .. "/candidates?limit=50&on=2026-11-25",
    { ["Authorization"] = "Bearer $token" })
end
LUA
  port=$((20000 + RANDOM % 20000))
  first_vacancy=$(head -1 "$work/vacancies.txt")
  url="http://127.0.0.1:$port/api/v1/vacancies/$first_vacancy/candidates?limit=50&on=2026-11-25"
  start=$(date +%s.%N)
  "$koppel" serve --db "$db" --port "$port" --insecure-cookie 2> "$work/serve.log" &
  server=$!
  until curl -fs -o /dev/null -H "Authorization: Bearer $token" "$url"; do sleep 0.02; done
  first=$(echo "$(date +%s.%N) - $start" | bc)

  : > "$work/p50"; : > "$work/p99"; : > "$work/rps"
  for run in $(seq 1 "$runs"); do
    wrk -t2 -c16 -d"${duration}s" --latency -s "$work/candidates.lua" "http://127.0.0.1:$port" > "$work/wrk-$run.txt"
    awk '$1 == "50%" { print $2 }' "$work/wrk-$run.txt" | ms >> "$work/p50"
    awk '$1 == "99%" { print $2 }' "$work/wrk-$run.txt" | ms >> "$work/p99"
    awk '/^Requests\/sec/ { print $2 }' "$work/wrk-$run.txt" >> "$work/rps"
    if grep -q "Non-2xx" "$work/wrk-$run.txt"; then echo "run $run had non-2xx answers:" >&2; cat "$work/wrk-$run.txt" >&2; fi
  done
  rss=$(rss_mib "$server" VmRSS); peak=$(rss_mib "$server" VmHWM)

  # 1,000 changed profiles: their hours per week move by one.
  sqlite3 -csv -header "$db" "SELECT id, display_name, employer, CASE WHEN hours_per_week >= 40 THEN 32 ELSE coalesce(hours_per_week, 32) + 1 END AS hours_per_week FROM person ORDER BY id LIMIT 1000 OFFSET 5000" > "$work/changed.csv"
  before=$(curl -fs -D - -o /dev/null -H "Authorization: Bearer $token" "$url" | awk -F': ' 'tolower($1) == "koppel-data-version" { print $2 + 0 }')
  wrk -t2 -c16 -d"${duration}s" --latency -s "$work/candidates.lua" "http://127.0.0.1:$port" > "$work/wrk-swap.txt" &
  load=$!
  sleep 3
  sent=$(date +%s.%N)
  curl -fs -o "$work/import.json" -H "Authorization: Bearer $token" -H "Content-Type: text/csv" \
    --data-binary "@$work/changed.csv" "http://127.0.0.1:$port/api/v1/imports/persons?format=csv"
  imported=$(echo "$(date +%s.%N) - $sent" | bc)
  while true; do
    now=$(curl -fs -D - -o /dev/null -H "Authorization: Bearer $token" "$url" | awk -F': ' 'tolower($1) == "koppel-data-version" { print $2 + 0 }')
    [ "$now" -gt "$before" ] && break
    sleep 0.05
  done
  swapped=$(echo "$(date +%s.%N) - $sent" | bc)
  wait "$load"
  swap_p99=$(awk '$1 == "99%" { print $2 }' "$work/wrk-swap.txt" | ms)
  stop
  printf '| %s | %s | %.2f s | %.2f ms | %.2f ms | %.0f | %s MiB | %s MiB | %.2f s (the import request: %.2f s) | %.2f ms |\n' \
    "$size" "$profiles" "$first" "$(median < "$work/p50")" "$(median < "$work/p99")" "$(median < "$work/rps")" "$rss" "$peak" \
    "$swapped" "$imported" "$swap_p99"
  echo "  $size: runs p50 $(tr '\n' ' ' < "$work/p50")ms, p99 $(tr '\n' ' ' < "$work/p99")ms, req/s $(tr '\n' ' ' < "$work/rps")" >&2
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
