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
# The front end under the sanitizers and its fuzzer, bounded (README, "Tests"): a second build
# tree. The sanitized runtime and golden cases (scripts/sanitize.sh's default) take longer
# than the rest of the suite together: run them with scripts/sanitize.sh.
./scripts/sanitize.sh --golden none --fuzz-seconds 60 --fuzz-seeds 50
