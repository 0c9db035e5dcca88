#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 60) on its committed seed corpus
# (fuzz/corpus/<target>) plus what earlier runs found (.build-fuzz/corpus/<target>, not committed),
# with at most 256 MB of memory and 2 s per input. A crash, a leak of the limits or a hang fails the
# run and leaves the input in fuzz/artifacts/ (git-ignored):
#     .build-fuzz/bin/<target> fuzz/artifacts/<target>-crash-…   reproduces it.
# Usage: fuzz/run.sh [SECONDS] [target…]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(csv xlsx sheet sharedstrings)

fuzz/build.sh
mkdir -p fuzz/artifacts
# Swift's runtime keeps metadata caches for the life of the process; they are not leaks of a reader.
# ASan holds freed blocks in a quarantine (256 MB by default) to catch use after free; with inputs
# that unpack to megabytes that quarantine alone passed the 256 MB limit after a few seconds (one
# such input peaks at 80 MB on its own), so it is kept at 32 MB and the limit measures the readers.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:quarantine_size_mb=32}
# Let libFuzzer report a Swift trap (with its input); the Swift backtracer would catch it first.
export SWIFT_BACKTRACE=enable=no
failed=()
for t in "${targets[@]}"; do
  work=.build-fuzz/corpus/$t
  mkdir -p "$work"
  dict=()
  [ "$t" = csv ] || [ "$t" = xlsx ] || dict=(-dict=fuzz/xml.dict)
  log=.build-fuzz/$t.log
  echo "fuzz: $t for ${SECONDS_EACH}s"
  start=$(date +%s)
  if .build-fuzz/bin/"$t" -max_total_time="$SECONDS_EACH" -rss_limit_mb=256 -timeout=2 -detect_leaks=0 -print_final_stats=1 \
      -artifact_prefix="fuzz/artifacts/$t-" "${dict[@]}" "$work" "fuzz/corpus/$t" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 || true)
    echo "fuzz: $t ok: $runs inputs in $(( $(date +%s) - start ))s, $cov"
  else
    echo "fuzz: $t FAILED (log: $log)"
    grep -E 'ERROR|SUMMARY|Fatal error|Test unit written|==[0-9]+==' "$log" | head -20 || true
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}; inputs in fuzz/artifacts/"
  exit 1
fi
