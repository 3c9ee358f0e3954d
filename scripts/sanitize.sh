#!/usr/bin/env bash
# Sanitizers and front-end fuzzing (README, "Trust"). Builds a second tree, build-asan, with
# clang's AddressSanitizer and UndefinedBehaviorSanitizer (any report is fatal) and libFuzzer
# instrumentation: aiocc, its runtime library (so every program aiocc compiles there is
# sanitized too) and the front end's fuzz target. Then:
#   1. replays the fuzz regression corpus (tests/fuzz/frontend/corpus) through the fuzz target;
#   2. fuzzes the front end for SECONDS (default 60), seeded with SEEDS .py files of the
#      repository (default 250, an even sample of them; 0 for all: libFuzzer runs every seed
#      before its clock starts, about 14 minutes for all of them) and a dictionary of Python
#      tokens; a finding is saved as build-asan/fuzz/crash-* (copy it into the corpus once fixed);
#   3. runs golden cases with the sanitized aiocc and programs: every 8th (--golden sample, the
#      default, what CI runs) or all of them (--golden all, about an hour on 2 cores).
# Usage: scripts/sanitize.sh [--golden sample|all|none] [--fuzz-seconds N] [--fuzz-seeds N]
set -euo pipefail
cd "$(dirname "$0")/.."
golden=sample
seconds=60
seed_count=250
while [ $# -gt 0 ]; do
  case "$1" in
    --golden) golden="$2"; shift 2 ;;
    --fuzz-seconds) seconds="$2"; shift 2 ;;
    --fuzz-seeds) seed_count="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "sanitize.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
build=${AIOCC_ASAN_BUILD_DIR:-build-asan}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-19 \
      -DAIOCC_SANITIZE=ON -DAIOCC_FUZZ=ON >/dev/null
# The sanitized runtime (most of the build's time) only when golden cases run.
targets=(aiocc_fuzz_frontend)
[ "$golden" != none ] && targets+=(aiocc aiocc_rt)
cmake --build "$build" --target "${targets[@]}"
fuzzer="$PWD/$build/aiocc_fuzz_frontend"
# The program and the compiler exit with _exit (as CPython, which frees nothing at exit
# either): LeakSanitizer reports only what a fuzz input leaks while it is processed.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

echo "== 1. replaying tests/fuzz/frontend/corpus"
if ! "$fuzzer" -rss_limit_mb=8192 -timeout=10 tests/fuzz/frontend/corpus/* >"$build/replay.log" 2>&1; then
  tail -n 40 "$build/replay.log"
  echo "sanitize.sh: an input of the regression corpus fails" >&2
  exit 1
fi
echo "$(ls tests/fuzz/frontend/corpus | wc -l) inputs pass"

if [ "$seconds" -gt 0 ]; then
  echo "== 2. fuzzing the front end for $seconds s"
  seeds="$build/fuzz/seeds" work="$build/fuzz/corpus"
  rm -rf "$seeds" "$build"/fuzz/{crash,timeout,leak,oom,slow-unit}-* && mkdir -p "$seeds" "$work"
  # An even sample of the repository's .py files, the same on every run.
  total=$(git ls-files '*.py' | wc -l)
  stride=1
  [ "$seed_count" -gt 0 ] && stride=$(( (total + seed_count - 1) / seed_count ))
  git ls-files '*.py' | LC_ALL=C sort | awk -v s="$stride" 'NR % s == 0' |
    while read -r f; do cp "$f" "$seeds/$(echo "$f" | tr / _)"; done
  "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=8192 -max_len=65536 \
            -dict=tests/fuzz/frontend/python.dict -artifact_prefix="$build/fuzz/" \
            -print_final_stats=1 "$work" "$seeds" tests/fuzz/frontend/corpus 2>&1 \
    | grep -E '^(#[0-9]+\s+(INITED|DONE)|stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true
  if ls "$build"/fuzz/crash-* "$build"/fuzz/timeout-* "$build"/fuzz/leak-* "$build"/fuzz/oom-* >/dev/null 2>&1; then
    echo "sanitize.sh: the fuzzer found inputs that fail: $(ls "$build"/fuzz/{crash,timeout,leak,oom}-* 2>/dev/null)" >&2
    exit 1
  fi
fi

if [ "$golden" != none ]; then
  stride=8
  [ "$golden" = all ] && stride=1
  echo "== 3. golden cases under the sanitizers (every ${stride})"
  export AIOCC_CACHE_DIR="$PWD/$build/cache"
  # The cases as the suite finds them (a several-file program's modules are not cases).
  golden_cases() { python3 scripts/golden.py list samples tests/golden | LC_ALL=C sort; }
  golden_cases | awk -v s="$stride" 'NR % s == 1 % s' |
    xargs -P "$(nproc)" -n 1 python3 scripts/golden.py check "$build/aiocc" >"$build/golden.log" 2>&1 \
    || { cat "$build/golden.log"; echo "sanitize.sh: golden cases failed under the sanitizers" >&2; exit 1; }
  echo "$(golden_cases | awk -v s="$stride" 'NR % s == 1 % s' | wc -l) golden cases passed"
fi
