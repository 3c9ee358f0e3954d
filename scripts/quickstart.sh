#!/usr/bin/env bash
# Installs missing Debian packages, builds aiocc and runs a sample script natively.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja >/dev/null
cmake --build build
echo "+ build/aiocc run samples/await_keyword/gather_steps.py"
build/aiocc run samples/await_keyword/gather_steps.py
