#!/usr/bin/env bash
# Competency benchmark: one agency with 50,000 employees, 600 positions, ~12 competencies per standard
# and ~1,000,000 assessments (`asah bench-data`), on SQLite and on a throwaway PostgreSQL. Measures
#   - the agency gap report over HTTP (p50/p95 of 20 sequential requests after 2 warm-ups) beside the
#     same two aggregations run as plain SQL by sqlite3 / psql on the same data (median of 5 runs);
#     goal: HTTP p50 at most 1.5x the raw SQL;
#   - the JP compliance report over HTTP (p50/p95 of 20) beside the same aggregation as plain SQL, on
#     a year of 500,000 ledger lines (BENCH_LEDGER); goal: at most 1.5x the raw SQL;
#   - bulk enrolment by competency gap: one request enrols everyone with a gap in the competency with
#     the most gaps into an activity of 5,000 seats (seconds, one sample);
#   - the employee profile API under `wrk -t2 -c32 -d10s` (rotating over 200 NIPs) beside GET /healthz
#     in the same run, in 3 alternating rounds (medians); goal: at least half the throughput of /healthz,
#     no errors.
# Writes bench/results/competency-<date>.md and prints it.
#
#   bench/competency.sh                          # builds the release binary first
#   ASAH_BIN=path/to/asah bench/competency.sh
#   BENCH_DATABASES=sqlite bench/competency.sh   # one database only (sqlite, postgres)
#   BENCH_EMPLOYEES=5000 BENCH_ASSESSMENTS=100000 bench/competency.sh   # a smaller run
#   BENCH_EXTRA_SQL="CREATE INDEX …" BENCH_TAG=index bench/competency.sh   # try an index (after the data,
#                                                    # before serving); results in competency-<date>-index.md
# When one gap report takes over 15 s, 5 HTTP requests and 3 SQL runs are timed instead (the results say so).
# A figure, not a pass/fail test: it fails only if a step fails (an HTTP error, a missing tool).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/opt/swift/usr/bin"

EMPLOYEES=${BENCH_EMPLOYEES:-50000}
POSITIONS=${BENCH_POSITIONS:-600}
ASSESSMENTS=${BENCH_ASSESSMENTS:-1000000}
LEDGER=${BENCH_LEDGER:-500000}
SEED=${BENCH_SEED:-20251201}
export BENCH_PASSWORD=${BENCH_PASSWORD:-bench-pass-123}
DATABASES=${BENCH_DATABASES:-sqlite postgres}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
SQL_RUNS=${BENCH_SQL_RUNS:-5}
HTTP_RUNS=${BENCH_HTTP_RUNS:-20}
WRK_ROUNDS=${BENCH_WRK_ROUNDS:-3}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# The two queries of GapReportQueries the API's agency report runs (competencies; units, whose lines
# also give the totals), with no unit scope; $1 agency id, $2 year. `check` (not timed) counts
# employees and assessed employees independently, for the check that HTTP and SQL agree.
sql_queries() {
    local a=$1 y=$2
    local joins="FROM employees e LEFT JOIN units u ON u.id = e.unit_id JOIN standard_items si ON si.position_id = e.position_id AND si.year = $y LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code WHERE e.agency_id = '$a'"
    echo "competencies|SELECT si.competency_code AS code, COUNT(*) AS employees, CAST(SUM(si.level) AS BIGINT) AS required_sum, COUNT(cl.level) AS assessed, CAST(SUM(cl.level) AS BIGINT) AS current_sum, CAST(SUM(CASE WHEN cl.level < si.level THEN 1 ELSE 0 END) AS BIGINT) AS with_gap, CAST(SUM(CASE WHEN cl.level < si.level THEN si.level - cl.level ELSE 0 END) AS BIGINT) AS gap_sum $joins GROUP BY si.competency_code ORDER BY si.competency_code"
    echo "units|SELECT x.unit_id, COUNT(*) AS employees, CAST(SUM(x.assessed) AS BIGINT) AS assessed, CAST(SUM(x.has_gap) AS BIGINT) AS with_any_gap FROM (SELECT e.id, e.unit_id, MAX(CASE WHEN cl.level IS NOT NULL THEN 1 ELSE 0 END) AS assessed, MAX(CASE WHEN cl.level < si.level THEN 1 ELSE 0 END) AS has_gap $joins GROUP BY e.id, e.unit_id) x GROUP BY x.unit_id"
}

# LearningQueries.compliance with no unit scope and the default minimum of 20 JP; $1 agency id, $2 year.
compliance_query() {
    echo "SELECT x.unit_id, COUNT(*) AS pns, CAST(SUM(CASE WHEN x.total >= 2000 THEN 1 ELSE 0 END) AS BIGINT) AS met FROM (SELECT e.id, e.unit_id, CAST(COALESCE(SUM(l.jp_hundredths), 0) AS BIGINT) AS total FROM employees e LEFT JOIN units u ON u.id = e.unit_id LEFT JOIN learning_entries l ON l.employee_id = e.id AND l.year = $2 WHERE e.agency_id = '$1' AND e.status IN ('pns', 'cpns') GROUP BY e.id, e.unit_id) x GROUP BY x.unit_id"
}

check_query() {
    local a=$1 y=$2
    echo "SELECT COUNT(DISTINCT e.id) AS employees, COUNT(DISTINCT CASE WHEN cl.level IS NOT NULL THEN e.id END) AS assessed FROM employees e JOIN standard_items si ON si.position_id = e.position_id AND si.year = $y LEFT JOIN current_levels cl ON cl.employee_id = e.id AND cl.competency_code = si.competency_code WHERE e.agency_id = '$a'"
}

# One database, in its own process (under scripts/with-pg.sh for PostgreSQL). Needs BENCH_TMP, ASAH_BIN.
run_one() {
    local db=$1
    local out=$BENCH_TMP/$db
    mkdir -p "$out"
    if [ "$db" = sqlite ]; then
        unset DATABASE_URL
        export ASAH_DATABASE_PATH=$out/bench.sqlite
        q() { sqlite3 -bail "$ASAH_DATABASE_PATH" "$1"; }
    else
        [ -n "${DATABASE_URL:-}" ] || { echo "run under scripts/with-pg.sh" >&2; exit 1; }
        q() { "$PGBIN/psql" -X -qAt -v ON_ERROR_STOP=1 -c "$1"; }
    fi
    SERVER_PID=
    stop_server() {
        local rc=$?
        if [ -n "$SERVER_PID" ]; then
            kill "$SERVER_PID" 2>/dev/null || true
            wait "$SERVER_PID" 2>/dev/null || true
        fi
        exit $rc
    }
    trap stop_server EXIT

    echo "== [$db] migrate"
    "$ASAH_BIN" migrate --yes </dev/null >"$out/migrate.log" 2>&1 || { cat "$out/migrate.log" >&2; exit 1; }

    echo "== [$db] bench-data: $EMPLOYEES employees, $POSITIONS positions, $ASSESSMENTS assessments (seed $SEED)"
    /usr/bin/time -v -o "$out/gen.time" "$ASAH_BIN" bench-data --agency bench --employees "$EMPLOYEES" \
        --positions "$POSITIONS" --assessments "$ASSESSMENTS" --ledger "$LEDGER" --seed "$SEED" </dev/null 2>&1 \
        | tee "$out/gen.log"
    local agency year
    agency=$(q "SELECT id FROM agencies WHERE code = 'bench'")
    if [ -n "${BENCH_EXTRA_SQL:-}" ]; then
        echo "== [$db] extra SQL: $BENCH_EXTRA_SQL"
        q "$BENCH_EXTRA_SQL" >/dev/null
    fi
    q "SELECT (SELECT count(*) FROM employees) || ' employees, ' || (SELECT count(*) FROM positions) || ' positions, '
         || (SELECT count(*) FROM standard_items) || ' standard items, ' || (SELECT count(*) FROM assessments)
         || ' assessments, ' || (SELECT count(*) FROM current_levels) || ' current levels'" >"$out/counts.txt"
    if [ "$db" = sqlite ]; then
        stat -c %s "$ASAH_DATABASE_PATH" >"$out/size.txt"
    else
        q "SELECT pg_database_size(current_database())" >"$out/size.txt"
    fi

    echo "== [$db] asah serve"
    local port base
    port=$(free_port)
    base="http://127.0.0.1:$port"
    "$ASAH_BIN" serve --hostname 127.0.0.1 --port "$port" </dev/null >"$out/server.log" 2>&1 &
    SERVER_PID=$!
    for _ in $(seq 300); do
        curl -fsS "$base/healthz" >/dev/null 2>&1 && break
        sleep 0.1
    done
    curl -fsS "$base/healthz" >/dev/null || { cat "$out/server.log" >&2; exit 1; }
    local token
    token=$(curl -fsS -X POST -H 'Content-Type: application/json' \
        --data "{\"username\": \"pengelola.bench\", \"password\": \"$BENCH_PASSWORD\"}" "$base/api/v1/auth/tokens" \
        | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
    local auth="Authorization: Bearer $token"

    echo "== [$db] gap report over HTTP: 2 warm-ups"
    local gaps="$base/api/v1/agencies/bench/competency-gaps"
    curl -fsS -o /dev/null -w '%{time_total} s\n' -H "$auth" "$gaps"
    local warm runs=$HTTP_RUNS sql_runs=$SQL_RUNS slow=0
    warm=$(curl -fsS -o "$out/gaps.json" -w '%{time_total}' -H "$auth" "$gaps")
    echo "$warm s"
    if awk -v t="$warm" 'BEGIN { exit !(t > 15) }'; then
        runs=5 sql_runs=3 slow=1
        echo "   (slow: timing $runs HTTP requests and $sql_runs SQL runs instead)"
    fi
    echo "$runs $sql_runs $slow" >"$out/runs.txt"
    echo "== [$db] gap report over HTTP: $runs timed"
    : >"$out/http.txt"
    for _ in $(seq "$runs"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H "$auth" "$gaps" >>"$out/http.txt"
    done
    year=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["year"])' "$out/gaps.json")

    echo "== [$db] the same aggregations as plain SQL: $sql_runs runs each"
    sql_queries "$agency" "$year" >"$out/queries.txt"
    local script=$out/sql-script.txt
    if [ "$db" = sqlite ]; then
        { echo ".timer on"; echo ".output /dev/null"
          for _ in $(seq "$sql_runs"); do cut -d'|' -f2- "$out/queries.txt" | sed 's/$/;/'; done; } >"$script"
        sqlite3 -bail "$ASAH_DATABASE_PATH" <"$script" | awk '/^Run Time:/ { print $4 * 1000 }' >"$out/sql-ms.txt"
        { while IFS='|' read -r name query; do
              echo "-- $name"; sqlite3 "$ASAH_DATABASE_PATH" "EXPLAIN QUERY PLAN $query"
          done <"$out/queries.txt"; } >"$out/plans.txt"
    else
        { echo '\timing on'; echo '\o /dev/null'
          for _ in $(seq "$sql_runs"); do cut -d'|' -f2- "$out/queries.txt" | sed 's/$/;/'; done; } >"$script"
        "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -f "$script" | awk '/^Time:/ { print $2 }' >"$out/sql-ms.txt"
        { while IFS='|' read -r name query; do
              echo "-- $name"; q "EXPLAIN (ANALYZE, BUFFERS) $query"
          done <"$out/queries.txt"; } >"$out/plans.txt"
    fi
    # The report's own totals, for the check that HTTP and SQL count the same.
    q "$(check_query "$agency" "$year")" >"$out/sql-totals.txt"

    echo "== [$db] JP compliance over HTTP (2 warm-ups, $runs timed) and as plain SQL ($sql_runs runs)"
    local compliance="$base/api/v1/agencies/bench/learning-hours/compliance?year=$year"
    curl -fsS -o /dev/null -H "$auth" "$compliance"
    curl -fsS -o "$out/compliance.json" -H "$auth" "$compliance"
    : >"$out/compliance-http.txt"
    for _ in $(seq "$runs"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H "$auth" "$compliance" >>"$out/compliance-http.txt"
    done
    local cq
    cq=$(compliance_query "$agency" "$year")
    if [ "$db" = sqlite ]; then
        { echo ".timer on"; echo ".output /dev/null"; for _ in $(seq "$sql_runs"); do echo "$cq;"; done; } >"$out/csql.txt"
        sqlite3 -bail "$ASAH_DATABASE_PATH" <"$out/csql.txt" | awk '/^Run Time:/ { print $4 * 1000 }' >"$out/compliance-sql-ms.txt"
    else
        { echo '\timing on'; echo '\o /dev/null'; for _ in $(seq "$sql_runs"); do echo "$cq;"; done; } >"$out/csql.txt"
        "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -f "$out/csql.txt" | awk '/^Time:/ { print $2 }' >"$out/compliance-sql-ms.txt"
    fi
    q "SELECT COUNT(*) FROM learning_entries" >"$out/ledger-count.txt"

    echo "== [$db] bulk enrolment by gap: one activity (5,000 seats), the competency with most gaps"
    local gapcode
    gapcode=$(python3 -c 'import json, sys; r = json.load(open(sys.argv[1])); print(max(r["competencies"], key=lambda c: c["with_gap"])["code"])' "$out/gaps.json")
    local activity
    activity=$(curl -fsS -X POST -H "$auth" -H 'Content-Type: application/json' --data "{\"title\": \"Bench $gapcode\",
        \"jenis_diklat_id\": 3, \"place\": \"Aula\", \"capacity\": 5000,
        \"sessions\": [{\"date\": \"$year-12-01\", \"starts_at\": \"08:00\", \"ends_at\": \"16:00\"}]}" \
        "$base/api/v1/agencies/bench/activities" | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
    curl -fsS -o "$out/enrol.json" -w '%{time_total}\n' -X POST -H "$auth" -H 'Content-Type: application/json' \
        --data "{\"competency\": \"$gapcode\"}" "$base/api/v1/activities/$activity/enrolments/by-gap" >"$out/enrol-time.txt"
    echo "$gapcode" >"$out/enrol-code.txt"
    cat "$out/enrol.json"; echo; cat "$out/enrol-time.txt"

    echo "== [$db] wrk: GET /healthz, then the employee profile over 200 NIPs"
    q "SELECT nip FROM (SELECT nip, row_number() OVER (ORDER BY nip) AS r FROM employees WHERE agency_id = '$agency') x
       WHERE r % $(( EMPLOYEES / 200 > 0 ? EMPLOYEES / 200 : 1 )) = 1 ORDER BY nip LIMIT 200" >"$out/nips.txt"
    for nip in $(cat "$out/nips.txt"); do  # every profile answers 200 (and the cache is warm)
        curl -fsS -o /dev/null -H "$auth" "$base/api/v1/employees/$nip/competency-profile"
    done
    {
        echo "local nips = {"
        sed 's/.*/  "&",/' "$out/nips.txt"
        echo "}"
        echo "local i = 0"
        echo "request = function()"
        echo "  i = i + 1"
        echo "  return wrk.format(\"GET\", \"/api/v1/employees/\" .. nips[(i % #nips) + 1] .. \"/competency-profile\","
        echo "    { [\"Authorization\"] = \"Bearer $token\" })"
        echo "end"
    } >"$out/profile.lua"
    # Alternating rounds, as throughput on this shared machine drifts by a third from one minute to the next.
    for r in $(seq "$WRK_ROUNDS"); do
        wrk -t2 -c32 -d10s --latency "$base/healthz" >"$out/wrk-healthz-$r.txt"
        wrk -t2 -c32 -d10s --latency -s "$out/profile.lua" "$base" >"$out/wrk-profile-$r.txt"
        echo "   round $r: healthz $(awk '/Requests\/sec/ { print $2 }' "$out/wrk-healthz-$r.txt") req/s," \
            "profile $(awk '/Requests\/sec/ { print $2 }' "$out/wrk-profile-$r.txt") req/s"
    done
}

if [ "${1:-}" = "--one" ]; then
    run_one "$2"
    exit 0
fi

for tool in /usr/bin/time sqlite3 wrk curl python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool: run scripts/install-test-deps.sh" >&2; exit 1; }
done
if [ -z "${ASAH_BIN:-}" ]; then
    # Its own build folder, so a release build never races a debug build in .build.
    swift build -c release --product asah --scratch-path .build-release
    ASAH_BIN=.build-release/release/asah
fi
ASAH_BIN=$(realpath "$ASAH_BIN")
export ASAH_BIN EMPLOYEES POSITIONS ASSESSMENTS LEDGER SEED PGBIN WRK_ROUNDS
BENCH_TMP=$(mktemp -d /tmp/asah-bench.XXXXXX)
export BENCH_TMP
trap 'rm -rf "$BENCH_TMP"' EXIT

for db in $DATABASES; do
    case $db in
    sqlite) bench/competency.sh --one sqlite ;;
    postgres) scripts/with-pg.sh bench/competency.sh --one postgres ;;
    *) echo "unknown database $db (sqlite, postgres)" >&2; exit 1 ;;
    esac
done

# Figures: medians, percentiles (nearest rank), wrk's lines, /usr/bin/time's wall clock and peak memory.
tables=$(python3 - "$BENCH_TMP" $DATABASES <<'EOF'
import json, math, re, statistics, sys
tmp, dbs = sys.argv[1], sys.argv[2:]
def read(db, name): return open(f"{tmp}/{db}/{name}").read()
def pct(values, p):
    s = sorted(values); return s[max(0, math.ceil(p / 100 * len(s)) - 1)]
def ms(text):  # wrk latency "1.23ms" / "850.00us" / "1.02s"
    m = re.match(r"([\d.]+)(us|ms|s)", text)
    return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)]
def wrk(text):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", text, re.M).group(1))
    total = int(re.search(r"(\d+) requests in", text).group(1))
    non2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", text) or [0, 0])[1])
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    errors = sum(int(x) for x in sock.groups()) if sock else 0
    return rps, p99, total, non2xx, errors
def gen(db):
    t = read(db, "gen.time")
    wall = re.search(r"Elapsed \(wall clock\) time.*: (\S+)", t).group(1).split(":")
    secs = 0.0
    for part in wall: secs = secs * 60 + float(part)
    peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    return secs, peak
names = {"sqlite": "SQLite", "postgres": "PostgreSQL 15"}
out = []
for db in dbs:
    http = [float(x) * 1000 for x in read(db, "http.txt").split()]
    queries = [line.split("|", 1)[0] for line in read(db, "queries.txt").splitlines()]
    times = [float(x) for x in read(db, "sql-ms.txt").split()]
    runs, sql_runs, slow = (int(x) for x in read(db, "runs.txt").split())
    assert len(times) == sql_runs * len(queries), (db, len(times))
    med = {q: statistics.median(times[i::len(queries)]) for i, q in enumerate(queries)}
    raw = med["competencies"] + med["units"]
    p50, p95 = pct(http, 50), pct(http, 95)
    import glob
    def rounds_of(kind):
        files = sorted(glob.glob(f"{tmp}/{db}/wrk-{kind}-*.txt"), key=lambda f: int(f.rsplit("-", 1)[1][:-4]))
        return [wrk(open(f).read()) for f in files]
    hr, pr = rounds_of("healthz"), rounds_of("profile")
    h_rps, h_p99 = statistics.median(r[0] for r in hr), statistics.median(r[1] for r in hr)
    p_rps, p_p99 = statistics.median(r[0] for r in pr), statistics.median(r[1] for r in pr)
    h_n, h_non, h_err = (sum(r[i] for r in hr) for i in (2, 3, 4))
    p_n, p_non, p_err = (sum(r[i] for r in pr) for i in (2, 3, 4))
    each = ", ".join(f"{p[0]:.0f}/{h[0]:.0f} = {p[0] / h[0]:.2f}" for h, p in zip(hr, pr))
    c_http = [float(x) * 1000 for x in read(db, "compliance-http.txt").split()]
    c_sql = statistics.median(float(x) for x in read(db, "compliance-sql-ms.txt").split())
    c_p50 = pct(c_http, 50)
    c_ratio = c_p50 / c_sql if c_sql > 0 else float("inf")
    c_report = json.load(open(f"{tmp}/{db}/compliance.json"))
    ledger = int(read(db, "ledger-count.txt").strip())
    enrol = json.load(open(f"{tmp}/{db}/enrol.json"))
    enrol_s = float(read(db, "enrol-time.txt").strip())
    enrol_code = read(db, "enrol-code.txt").strip()
    secs, peak = gen(db)
    report = json.load(open(f"{tmp}/{db}/gaps.json"))
    sql_emp, sql_assessed = read(db, "sql-totals.txt").strip().split("|")
    same = int(sql_emp) == report["employees"] and int(sql_assessed) == report["assessed"]
    size = int(read(db, "size.txt").strip()) / 1048576
    ratio = p50 / raw if raw > 0 else float("inf")
    tput = p_rps / h_rps if h_rps > 0 else 0
    ok = lambda b: "met" if b else "**not met**"
    out.append(f"""### {names[db]}

Data: {read(db, "counts.txt").strip()}; {size:.0f} MiB on disk. Generated by `asah bench-data` in **{secs:.0f} s** (peak memory {peak:.0f} MiB).
Report: {report["employees"]} employees in standards, {report["assessed"]} assessed, {len(report["competencies"])} competencies, {len(report["units"])} unit lines; plain SQL counts the same: {"yes" if same else "**no**"}.

| gap report (`GET /api/v1/agencies/bench/competency-gaps`) | ms |
|---|---|
| HTTP p50 ({len(http)} sequential requests after 2 warm-ups{"; fewer, as one took over 15 s" if slow else ""}) | {p50:.1f} |
| HTTP p95 | {p95:.1f} |
| plain SQL `competencies` (median of {sql_runs}) | {med["competencies"]:.1f} |
| plain SQL `units` (per employee, then per unit; its lines give the totals) | {med["units"]:.1f} |
| plain SQL, sum of the two | {raw:.1f} |

HTTP p50 ÷ plain SQL = **{ratio:.2f}×** (goal at most 1.5×: {ok(ratio <= 1.5)}).

| `wrk -t2 -c32 -d10s`, {len(hr)} alternating rounds | requests/s (median) | p99 (ms, median) | requests (all rounds) | non-2xx | socket errors |
|---|---|---|---|---|---|
| `GET /healthz` | {h_rps:.0f} | {h_p99:.1f} | {h_n} | {h_non} | {h_err} |
| `GET /api/v1/employees/{{nip}}/competency-profile` (200 NIPs) | {p_rps:.0f} | {p_p99:.1f} | {p_n} | {p_non} | {p_err} |

| JP compliance (`GET /api/v1/agencies/bench/learning-hours/compliance`), {ledger} ledger lines | ms |
|---|---|
| HTTP p50 ({len(c_http)} sequential requests after 2 warm-ups) | {c_p50:.1f} |
| HTTP p95 | {pct(c_http, 95):.1f} |
| plain SQL, the same aggregation (median of {sql_runs}) | {c_sql:.1f} |

Compliance: {c_report["met"]} of {c_report["pns"]} PNS at 20 JP ({c_report["rate"]} %); HTTP p50 ÷ plain SQL = **{c_ratio:.2f}×** (goal at most 1.5×: {ok(c_ratio <= 1.5)}).

Bulk enrolment by gap (`POST /api/v1/activities/{{id}}/enrolments/by-gap`, competency {enrol_code}, an activity of 5,000 seats): **{enrol["enrolled"]} enrolled and {enrol["waitlisted"]} waitlisted in {enrol_s:.2f} s** (one request, one transaction).

Profile ÷ healthz throughput (medians) = **{tput:.2f}**; round by round, profile/healthz: {each} (goal at least 0.5 with no errors: {ok(tput >= 0.5 and p_non == 0 and p_err == 0)}).
""")
print("\n".join(out))
EOF
)

plans=""
for db in $DATABASES; do
    plans+="
<details><summary>Query plans, $db</summary>

\`\`\`
$(cat "$BENCH_TMP/$db/plans.txt")
\`\`\`
</details>
"
done

mkdir -p bench/results
out=bench/results/competency-$(date +%Y-%m-%d)${BENCH_TAG:+-$BENCH_TAG}.md
cat >"$out" <<EOF
# Competency benchmark, $(date -u +"%Y-%m-%d %H:%M UTC")

- data: \`asah bench-data --agency bench --employees $EMPLOYEES --positions $POSITIONS --assessments $ASSESSMENTS --seed $SEED\` (9 national + 3-5 teknis items per standard, one of them required of every position, assessments from 5 sources over 3 years, current levels maintained)
- extra SQL before serving: ${BENCH_EXTRA_SQL:-none}
- databases: $DATABASES (SQLite: a file in a temp dir, WAL, no ANALYZE; PostgreSQL 15: \`scripts/with-pg.sh\`, fsync off, ANALYZE after the load)
- plain SQL: \`sqlite3\` \`.timer on\` / \`psql\` \`\\timing\`, on the same database in the same run, while the server is up and idle
- binary: \`$ASAH_BIN\`; commit $(git rev-parse --short HEAD 2>/dev/null || echo "none")$(git diff --quiet HEAD 2>/dev/null || echo " (uncommitted changes)")
- machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); wrk, curl and the server share the cores

$tables
$plans
EOF
echo
cat "$out"
echo "wrote $out"
