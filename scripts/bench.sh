#!/usr/bin/env bash
# Benchmark: release build, then size / throughput (Node + headless Chromium) / cold-start figures.
# Prints figures only; fails only if something crashes. BENCH_QUICK=1 for short rounds. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node bench/run.mjs
