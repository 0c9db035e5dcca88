#!/usr/bin/env bash
# Import benchmark: a 50,000-row synthetic SIASN export imported by `asah import-employees` into a
# fresh SQLite database, against the sqlite3 shell's raw `.import` of the same file as a baseline.
# Prints seconds, rows/s and peak memory for both, and writes bench/results/import-<date>.md.
#
#   bench/import.sh                      # builds the release binary first
#   ASAH_BIN=path/to/asah bench/import.sh
#   BENCH_ROWS=5000 bench/import.sh      # a smaller run
# A figure, not a pass/fail test: it fails only if a step fails or rows go missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

ROWS=${BENCH_ROWS:-50000}
SEED=${BENCH_SEED:-20250630}
if [ -z "${ASAH_BIN:-}" ]; then
    # Its own build folder, so a release build never races a debug build in .build.
    swift build -c release --product asah --scratch-path .build-release
    ASAH_BIN=.build-release/release/asah
fi
for tool in /usr/bin/time sqlite3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/install-test-deps.sh" >&2; exit 1; }
done

TMP=$(mktemp -d /tmp/asah-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
CSV=$TMP/siasn.csv
DB=$TMP/bench.sqlite
unset DATABASE_URL # always SQLite here

echo "== generating $ROWS rows (seed $SEED)"
python3 bench/gen_siasn.py --rows "$ROWS" --seed "$SEED" --out "$CSV"
python3 bench/gen_siasn.py --verify "$CSV"

echo "== preparing $DB"
ASAH_DATABASE_PATH=$DB "$ASAH_BIN" migrate --yes </dev/null >"$TMP/migrate.log" 2>&1 \
    || { cat "$TMP/migrate.log" >&2; exit 1; }
ASAH_DATABASE_PATH=$DB "$ASAH_BIN" create-agency --code bench --name "Kota Bench" --kind kota \
    --province "Sumatera Utara" </dev/null

# timed NAME CMD...: runs CMD under /usr/bin/time -v; output in $TMP/NAME.out, figures in $TMP/NAME.time.
timed() {
    local name=$1
    shift
    /usr/bin/time -v -o "$TMP/$name.time" "$@" </dev/null >"$TMP/$name.out" 2>&1 \
        || { cat "$TMP/$name.out" "$TMP/$name.time" >&2; exit 1; }
}
# Wall-clock seconds and peak RSS (MiB) from a /usr/bin/time -v report.
seconds() { awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
peak_mib() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }

echo "== asah import-employees"
timed asah env ASAH_DATABASE_PATH="$DB" "$ASAH_BIN" import-employees --agency bench --file "$CSV"
tail -n 5 "$TMP/asah.out"
imported=$(sqlite3 "$DB" "SELECT count(*) FROM employees")

echo "== sqlite3 .import (baseline)"
timed raw sqlite3 "$TMP/raw.sqlite" ".mode list" ".separator |" ".import $CSV raw"
raw_rows=$(sqlite3 "$TMP/raw.sqlite" "SELECT count(*) FROM raw")

if [ "$imported" -ne "$ROWS" ] || [ "$raw_rows" -ne "$ROWS" ]; then
    echo "row count mismatch: asah $imported, sqlite3 $raw_rows, expected $ROWS" >&2
    exit 1
fi

a_s=$(seconds "$TMP/asah.time") r_s=$(seconds "$TMP/raw.time")
a_mem=$(peak_mib "$TMP/asah.time") r_mem=$(peak_mib "$TMP/raw.time")
rate() { awk -v n="$ROWS" -v s="$1" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }
a_rate=$(rate "$a_s") r_rate=$(rate "$r_s")
ratio=$(awk -v a="$a_s" -v r="$r_s" 'BEGIN { printf "%.1f", (r > 0 ? a / r : 0) }')
size_mib=$(awk -v b="$(stat -c %s "$CSV")" 'BEGIN { printf "%.1f", b / 1048576 }')

table=$(cat <<EOF
| step | seconds | rows/s | peak memory (MiB) |
|---|---|---|---|
| asah import-employees | $a_s | $a_rate | $a_mem |
| sqlite3 .import (raw table, no checks) | $r_s | $r_rate | $r_mem |

asah takes **${ratio}x** the time of the raw import.
EOF
)
echo
echo "$table"

mkdir -p bench/results
out=bench/results/import-$(date +%Y-%m-%d).md
cat >"$out" <<EOF
# Import benchmark, $(date -u +"%Y-%m-%d %H:%M UTC")

- file: $ROWS rows, $(head -1 "$CSV" | awk -F'|' '{ print NF }') columns, $size_mib MiB, pipe-separated, seed $SEED (\`bench/gen_siasn.py\`)
- database: fresh SQLite file; agency \`bench\` created first; $imported employees after the import
- binary: \`$ASAH_BIN\`; commit $(git rev-parse --short HEAD 2>/dev/null || echo "none")$(git diff --quiet HEAD 2>/dev/null || echo " (uncommitted changes)")
- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)
- measured with \`/usr/bin/time -v\` (wall clock, maximum resident set size)

$table

Output of the import command (last lines):

\`\`\`
$(tail -n 5 "$TMP/asah.out")
\`\`\`
EOF
echo "wrote $out"
