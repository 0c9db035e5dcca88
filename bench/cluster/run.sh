#!/usr/bin/env bash
# Cluster benchmark (issue 11): 200 simulated users for 60 s on
#   A. two `asah serve` nodes on one throwaway PostgreSQL behind nginx (round robin), node 2 killed
#      (SIGKILL) half way: every write that got a 2xx is looked up in the database afterwards;
#   B. one node on SQLite, no proxy;
# while a manager of the 50,000-employee agency opens its gap and JP compliance reports every 10 s.
# Results in bench/results/cluster-<date>.md (also printed). A figure, not a pass/fail test: it fails
# only when a step fails or a tool is missing. Installs nothing.
#   bench/cluster/run.sh                              # builds the release binary first (.build-release)
#   ASAH_BIN=path/to/asah BENCH_USERS=20 BENCH_SECONDS=10 BENCH_EMPLOYEES=5000 bench/cluster/run.sh
# Settings: BENCH_USERS (200), BENCH_SECONDS (60; the kill at half), BENCH_THINK (1.0: think time of
# 0.5-1.5 s between a user's actions), BENCH_RAMP (10: sign-ins spread over these seconds),
# BENCH_EMPLOYEES (50000), BENCH_ASSESSMENTS (1000000), BENCH_LEDGER (500000), BENCH_RUNS ("postgres sqlite"),
# BENCH_KEEP=1 (keep the temp folder with the node and nginx logs and each run's result.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/opt/swift/usr/bin:/usr/sbin"
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
RUNS=${BENCH_RUNS:-postgres sqlite}

missing=()
command -v python3 >/dev/null || missing+=(python3)
if [[ " $RUNS " == *" postgres "* ]]; then
    command -v nginx >/dev/null || missing+=(nginx)
    [ -x "$PGBIN/initdb" ] && [ -x "$PGBIN/psql" ] || missing+=(postgresql-15)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "missing: ${missing[*]}; install with:" >&2
    echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
fi

if [ -z "${ASAH_BIN:-}" ]; then
    # Its own build folder, so a release build never races a debug build in .build.
    swift build -c release --product asah --scratch-path .build-release
    ASAH_BIN=.build-release/release/asah
fi
ASAH_BIN=$(realpath "$ASAH_BIN")

TMP=$(mktemp -d /tmp/asah-cluster.XXXXXX)
# The driver stops its nodes and nginx itself (and they die with it); with-pg.sh stops PostgreSQL.
if [ "${BENCH_KEEP:-0}" = 1 ]; then
    trap 'echo "logs and results kept in $TMP" >&2' EXIT
else
    trap 'rm -rf "$TMP"' EXIT
fi
trap 'exit 130' INT
trap 'exit 143' TERM

args=(--bin "$ASAH_BIN" --users "${BENCH_USERS:-200}" --seconds "${BENCH_SECONDS:-60}"
    --think "${BENCH_THINK:-1.0}" --ramp "${BENCH_RAMP:-10}" --employees "${BENCH_EMPLOYEES:-50000}"
    --assessments "${BENCH_ASSESSMENTS:-1000000}" --ledger "${BENCH_LEDGER:-500000}")
results=()
for db in $RUNS; do
    case $db in
    postgres) scripts/with-pg.sh python3 bench/cluster/cluster.py run --db postgres --dir "$TMP/postgres" "${args[@]}" ;;
    sqlite) env -u DATABASE_URL python3 bench/cluster/cluster.py run --db sqlite --dir "$TMP/sqlite" "${args[@]}" ;;
    *) echo "unknown run $db (postgres, sqlite)" >&2; exit 1 ;;
    esac
    results+=("$TMP/$db/result.json")
done

mkdir -p bench/results
OUT=bench/results/cluster-$(date -u +%F).md
python3 bench/cluster/cluster.py report --bin "$ASAH_BIN" "${results[@]}" | tee "$OUT"
echo "(written to $OUT)" >&2
