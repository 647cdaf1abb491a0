#!/usr/bin/env bash
# Builds koppel and the benchmark harness in release mode and runs every workload.
#   Benchmarks/run.sh            full sizes (20k, 200k, 1M profiles); writes Benchmarks/RESULTS.md
#   Benchmarks/run.sh --quick    small sizes (5k, 20k, 100k); writes Benchmarks/RESULTS-quick.md
# Other options go to the harness: --only rank,import  --sizes twente  --data DIR  --no-write
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/.."
# The shipped form of koppel (as CI and the README build it): release, Swift's runtime linked in
# statically. Both products are built with the same flags, so the second build reuses the first.
swift build -c release --static-swift-stdlib --package-path Benchmarks --product koppel
swift build -c release --static-swift-stdlib --package-path Benchmarks --product koppel-bench
exec "$here/.build/release/koppel-bench" --root "$PWD" "$@"
