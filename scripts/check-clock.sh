#!/usr/bin/env bash
# The system clock is read in two places only: `WallClock.system` (the injected clock's production
# source) and `WriteTime.now` (bookkeeping stamps such as created_at, which no rule reads). Rules,
# handlers and the demo take "now" and "today" from the injected clock; tests fix it, so no test
# depends on the day it runs. This check fails on any other read, in Sources, Packages and Tests.
set -euo pipefail
cd "$(dirname "$0")/.."

reads='Date\(\)|Date\.now|Date\(timeIntervalSinceNow|\.timeIntervalSinceNow|CFAbsoluteTimeGetCurrent|gettimeofday|time\(nil\)'
allowed='^(Packages/AsahCore/Sources/AsahCore/WallClock\.swift|Sources/AsahServer/Support/WriteTime\.swift):'
found=$(grep -rnE "$reads" --include='*.swift' Sources Packages/*/Sources Tests Packages/*/Tests | grep -vE "$allowed" || true)
# Tests read neither the production clock nor write time.
found+=$'\n'$(grep -rnE 'WallClock\.system|WriteTime\.now|= \.system\b' --include='*.swift' Tests Packages/*/Tests || true)
found=$(printf '%s\n' "$found" | sed '/^$/d')
if [ -n "$found" ]; then
    echo "The system clock is read outside WallClock.system and WriteTime.now:" >&2
    echo "$found" >&2
    exit 1
fi
echo "clock: only WallClock.system and WriteTime.now read the system clock"
