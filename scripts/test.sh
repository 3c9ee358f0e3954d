#!/usr/bin/env bash
# Builds aiocc and runs every test (unit, golden, compile-error, CLI) in parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${AIOCC_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja >/dev/null
cmake --build "$build"
# A cache private to this build keeps test runs independent of ~/.cache.
export AIOCC_CACHE_DIR="$PWD/$build/cache"
ctest --test-dir "$build" -j"$(nproc)" --output-on-failure --timeout 300
# The sanitizers and the front end's fuzzer, bounded (README, "Tests"): a second build tree.
./scripts/sanitize.sh --golden sample --fuzz-seconds 60
