#!/usr/bin/env bash
# Door benchmark: hostile uploads and 200 clients writing for 60 s against a release demo server
# (SQLite); results in bench/results/door-<date>.md. A figure, not a pass/fail test.
#   bench/door.sh                  # builds the release binary first (its own build folder)
#   ASAH_BIN=path/to/asah BENCH_CLIENTS=50 BENCH_SECONDS=10 bench/door.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"
if [ -z "${ASAH_BIN:-}" ]; then
    swift build -c release --product asah --scratch-path .build-release
    ASAH_BIN=.build-release/release/asah
fi
OUT=bench/results/door-$(date -u +%F).md
python3 bench/door.py --bin "$ASAH_BIN" --clients "${BENCH_CLIENTS:-200}" --seconds "${BENCH_SECONDS:-60}" | tee "$OUT"
