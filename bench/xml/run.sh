#!/usr/bin/env bash
# The XML reader benchmark (docs/decisions.md, "The hand-written XML reader against Foundation's
# XMLParser"): a 50,000-row SIASN export, 70 columns, as a sheet part read by AsahFormats' reader
# (XLSXSheet.rows) and by Foundation's XMLParser, and as an XLSX import against the same rows as CSV
# (with the XLSX reading alone, without the SIASN rules). Release build; each figure is the median of
# RUNS separate processes (time and peak RSS of that process, input file included).
#   bench/xml/run.sh            BENCH_ROWS=5000 RUNS=3 bench/xml/run.sh     BENCH_DATA=DIR (reuse inputs)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PATH="$PATH:/opt/swift/usr/bin"
ROWS=${BENCH_ROWS:-50000}
RUNS=${RUNS:-5}
SCRATCH=${BENCH_SCRATCH:-.build-bench-xml}  # its own build folder, git-ignored
swift build -c release --package-path bench/xml --scratch-path "$SCRATCH" >/dev/null
BIN=$SCRATCH/release/xml-bench
if [ -n "${BENCH_DATA:-}" ]; then
  TMP=$BENCH_DATA  # inputs made by an earlier run (make_xlsx.py's files), kept
else
  TMP=$(mktemp -d /tmp/asah-xml-bench.XXXXXX)
  trap 'rm -rf "$TMP"' EXIT
  python3 bench/gen_siasn.py --rows "$ROWS" --out "$TMP/siasn.csv"
  python3 bench/xml/make_xlsx.py "$TMP/siasn.csv" "$TMP"
fi
ls -l "$TMP"/siasn70.csv "$TMP"/siasn70.xlsx "$TMP"/sheet1.xml "$TMP"/sheet-4000.xml "$TMP"/sharedStrings.xml | awk '{print $5, $9}'

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
# measure LABEL MODE FILE…: one process, appended to LABEL's record (/usr/bin/time: CPU seconds and
# peak RSS of the whole process, the input file included; the program's own clock: wall seconds of
# the reading only).
measure() {
  local label=$1 mode=$2; shift 2
  /usr/bin/time -f "cpu=%U+%S rss_kb=%M" -a -o "$TMP/$label.txt" "$BIN" "$mode" "$@" >>"$TMP/$label.txt"
}
cpus() { grep -o 'cpu=[0-9.+]*' "$TMP/$1.txt" | cut -d= -f2 | bc; }
# report LABEL: the medians of its runs.
report() {
  local label=$1 wall cpu rss
  wall=$(grep -o 'seconds=[0-9.]*' "$TMP/$label.txt" | cut -d= -f2 | median)
  cpu=$(cpus "$label" | median)
  rss=$(grep -o 'rss_kb=[0-9]*' "$TMP/$label.txt" | cut -d= -f2 | median)
  echo "$label: wall ${wall} s, cpu ${cpu} s, peak RSS $((rss / 1024)) MB, $(grep -m1 -o 'FAILED.*line [0-9]*\|rows=.*' "$TMP/$label.txt")"
}
# run LABEL N MODE FILE…: N processes in a row, then their medians.
run() {
  local label=$1 n=$2; shift 2
  : >"$TMP/$label.txt"
  for _ in $(seq "$n"); do measure "$label" "$@"; done
  report "$label"
}
run sheet-asah "$RUNS" sheet "$TMP/sheet1.xml" "$TMP/sharedStrings.xml"
run sheet-xmlparser 1 xmlparser "$TMP/sheet1.xml" "$TMP/sharedStrings.xml"
run sheet4000-asah "$RUNS" sheet "$TMP/sheet-4000.xml" "$TMP/sharedStrings.xml"
run sheet4000-xmlparser "$RUNS" xmlparser "$TMP/sheet-4000.xml" "$TMP/sharedStrings.xml"
# The imports take turns (CSV, XLSX, the XLSX reading alone, and again) so that all three see the
# same load on a shared machine; the ratio is the median of each turn's XLSX/CSV.
for label in import-csv import-xlsx read-xlsx; do : >"$TMP/$label.txt"; done
for _ in $(seq "$RUNS"); do
  measure import-csv csv "$TMP/siasn70.csv"
  measure import-xlsx xlsx "$TMP/siasn70.xlsx"
  measure read-xlsx xlsx-read "$TMP/siasn70.xlsx"
done
for label in import-csv import-xlsx read-xlsx; do report "$label"; done
ratios=$(paste <(cpus import-xlsx) <(cpus import-csv) | awk '{printf "%.2f\n", $1 / $2}')
echo "import XLSX/CSV, CPU: $(echo "$ratios" | median) (each turn: $(echo "$ratios" | xargs)); issue 9's goal: at most 3"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
