"""The markdown report of cluster benchmark runs (`cluster.py report A.json B.json`): each run's
statuses, latencies by request kind and by ten-second window, the acknowledged writes found in the
database, and the manager's report timings."""

import json
import os
import subprocess
import time

WRITES = ("enrol", "assess", "komunitas")


def percentile(values, p):
    """Nearest rank; 0 for no values."""
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else 0



def fmt_statuses(samples):
    counts = {}
    for s in samples:
        counts[s[3]] = counts.get(s[3], 0) + 1
    return ", ".join(f"{'failed' if k == 0 else k}: {v:,}" for k, v in sorted(counts.items())) or "none"


def latency_table(samples, title):
    out = [f"| {title} | requests | statuses | p50 ms | p95 ms | p99 ms | max ms |", "|---|---|---|---|---|---|---|"]
    for kind in ("sign_in", "browse", "enrol", "assess", "komunitas", "report", "all"):
        rows = [s for s in samples if (kind == "all" and s[2] != "report") or s[2] == kind]
        if not rows:
            continue
        ms = [s[4] for s in rows]
        out.append(f"| {'**all of the users**' if kind == 'all' else kind} | {len(rows):,} | {fmt_statuses(rows)} | "
                   f"{percentile(ms, .5):.0f} | {percentile(ms, .95):.0f} | {percentile(ms, .99):.0f} | {max(ms):.0f} |")
    return "\n".join(out)


def window_table(samples, seconds, kill_at):
    """Users' requests (not the manager's) by the window in which they started."""
    width = 10 if seconds >= 30 else max(1, seconds // 5)
    out = [f"| started in (s) | requests | sign-ins | 2xx | 4xx | 5xx | failed | p50 ms | p99 ms | max ms |",
           "|---|---|---|---|---|---|---|---|---|---|"]
    for w in range(0, seconds, width):
        rows = [x for x in samples if x[2] != "report" and w <= x[0] < w + width]
        if not rows:
            continue
        ms = [x[4] for x in rows]
        count = lambda f: sum(1 for x in rows if f(x[3]))
        mark = " (kill)" if kill_at is not None and w <= kill_at < w + width else ""
        out.append(f"| {w}-{w + width}{mark} | {len(rows):,} | {sum(1 for x in rows if x[2] == 'sign_in')} | "
                   f"{count(lambda s: 200 <= s < 300):,} | {count(lambda s: 400 <= s < 500)} | "
                   f"{count(lambda s: s >= 500)} | {count(lambda s: s == 0)} | {percentile(ms, .5):.0f} | "
                   f"{percentile(ms, .99):.0f} | {max(ms):.0f} |")
    return "\n".join(out)


def report_run(r):
    title = ("Run A: PostgreSQL, two nodes behind nginx, node 2 killed half way" if r["db"] == "postgres"
             else "Run B: SQLite, one node, no proxy")
    out = [f"## {title}\n"]
    d = r["data"]
    out.append(f"- data: {d['agencies']} agency, {d['employees']:,} employees, {d['assessments']:,} assessments, "
               f"{d['ledger']:,} JP ledger lines, {d['users']} accounts (generated in {r['generate_seconds']} s; "
               f"accounts and activities set up in {r['setup_seconds']} s)")
    out.append(f"- load: {r['users']} users for {r['seconds']} s (sign-ins spread over the first {r['ramp']} s, "
               f"think time {0.5 * r['think']:.1f}-{1.5 * r['think']:.1f} s between actions); "
               f"load average {r['load_before']:.2f} before, {r['load_after']:.2f} after")
    s = r["samples"]
    total = len(s)
    errors = [x for x in s if x[3] == 0 or x[3] >= 500]
    out.append(f"- requests: {total:,} ({total / r['seconds']:.0f}/s), statuses: {fmt_statuses(s)}; "
               f"5xx or failed: {len(errors)}")
    if r["kill_at"] is not None:
        k = r["kill_at"]
        out.append(f"- node 2 got SIGKILL at {k:.1f} s; node 1 ({r['survivor']}) alive at the end: "
                   f"{'yes' if r['node_alive_after'][0] else 'NO'}")
    out.append("")
    if r["kill_at"] is not None:
        k = r["kill_at"]
        phases = [("before the kill (ended before it)", [x for x in s if x[1] < k]),
                  ("in flight at the kill", [x for x in s if x[0] < k <= x[1]]),
                  ("after the kill (started after it)", [x for x in s if x[0] >= k])]
        out.append("| phase | requests | statuses |\n|---|---|---|")
        for name, rows in phases:
            out.append(f"| {name} | {len(rows):,} | {fmt_statuses(rows)} |")
        out.append("")
        after = phases[2][1]
        app5 = [x for x in after if x[3] >= 500 and not x[6]]
        proxy5 = [x for x in s if x[3] >= 500 and x[6]]
        surv5 = [x for x in s if x[3] >= 500 and not x[6] and x[5].split(", ")[-1] == r["survivor"]]
        out.append(f"- 5xx answered by the surviving node (Asah's own error, `X-Upstream` = node 1), whole run: "
                   f"**{len(surv5)}**; app 5xx after the kill: {len(app5)}")
        out.append(f"- 5xx made by nginx itself (no upstream answered): {len(proxy5)}"
                   + (" — " + ", ".join(f"{x[2]} {x[0]:.1f}→{x[1]:.1f} s" for x in proxy5[:8])
                      + " (kind, sent→answered)" if proxy5 else ""))
        failed = [x for x in s if x[3] == 0]
        out.append(f"- client-side failures (connection error or 60 s timeout): {len(failed)}")
        retried = sum(1 for x in s if ", " in x[5])
        out.append(f"- requests nginx passed to the other node after an error (two upstreams in `X-Upstream`): {retried}")
        if r.get("nginx_log"):
            out.append("- nginx access log, 5xx or retried lines: "
                       + "; ".join(f"{v} × {k}" for k, v in sorted(r["nginx_log"].items(), key=lambda kv: -kv[1])[:6]))
        if r.get("nginx_errors") and r["nginx_errors"][0]:
            out.append(f"- nginx error log: {r['nginx_errors'][0]} [error] lines; first: "
                       + " / ".join(f"`{l}`" for l in r["nginx_errors"][1:]))
        out.append("")
    out.append(latency_table(s, "request kind (whole run)"))
    out.append("")
    rest = [x[4] for x in s if x[2] not in ("report", "sign_in")]
    out.append(f"Users' requests other than sign-in: p50 {percentile(rest, .5):.0f} ms, "
               f"p99 {percentile(rest, .99):.0f} ms.\n")
    out.append(window_table(s, r["seconds"], r["kill_at"]))
    out.append("")
    if r["kill_at"] is not None:
        out.append(latency_table([x for x in s if x[0] >= r["kill_at"]], "request kind (after the kill)"))
        out.append("")
    acked = r["acked"]
    missing = r["missing_count"]
    out.append("| write | tried | acknowledged (2xx) | found in the database | missing | stored without a 2xx |")
    out.append("|---|---|---|---|---|---|")
    for k in WRITES:
        out.append(f"| {k} | {r['tried'][k]:,} | {acked[k]:,} | {acked[k] - missing[k]:,} | {missing[k]} | "
                   f"{r['stored_unacked'][k]} |")
    n_acked, n_missing = sum(acked.values()), sum(missing.values())
    out.append(f"\n**Acknowledged writes: {n_acked:,}, found: {n_acked - n_missing:,}, missing: {n_missing}.**")
    if n_missing:
        out.append(f"Missing (first ones): {json.dumps(r['missing'])}")
    out.append("")
    out.append("| manager's report (every 10 s) | calls | statuses | each call (ms) | median ms |")
    out.append("|---|---|---|---|---|")
    for name in ("gap report", "JP compliance"):
        calls = [x for x in r["reports"] if x[1] == name]
        statuses = {}
        for x in calls:
            statuses[x[2]] = statuses.get(x[2], 0) + 1
        out.append(f"| {name} | {len(calls)} | {', '.join(f'{k}: {v}' for k, v in sorted(statuses.items()))} | "
                   f"{', '.join(f'{x[3]:.0f}' for x in calls)} | {percentile([x[3] for x in calls], .5):.0f} |")
    out.append("")
    for key, bodies in sorted(r.get("examples", {}).items()):
        out.append(f"- answers `{key}` (first ones): " + " / ".join(f"`{b}`" for b in bodies))
    for name in ("node1", "node2"):
        if r.get(name + "_error_count"):
            out.append(f"- {name} log: {r[name + '_error_count']} ERROR/CRITICAL lines; first: "
                       + " / ".join(f"`{l[:200]}`" for l in r[name + "_errors"][:3]))
    out.append(f"- peak resident memory of the node(s) alive at the end: {r['rss_mb']} MB\n")
    return "\n".join(out)


def report(args):
    machine = subprocess.run(["sh", "-c", "nproc; awk '/MemTotal/ {print int($2/1048576+0.5)}' /proc/meminfo; "
                              "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], capture_output=True,
                             text=True).stdout.split("\n")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                           text=True).stdout.strip()
    print(f"# Cluster benchmark, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}\n")
    print(f"- commit {commit}{' (with uncommitted changes in the work tree)' if dirty else ''}; binary `{args.bin}`")
    print(f"- machine: {machine[0]} cores ({machine[2].strip()}), {machine[1]} GiB RAM; the client (Python "
          "threads), nginx, the node(s) and PostgreSQL share the cores")
    print("- users: employees of the benchmark agency `bench` (`asah bench-data`), each with an account opened "
          "and activated through the API and its own loopback address (127.20.x.y). Each signs in, then loops: "
          "50 % browse (own record, profile, JP, the activity list, one activity, the dictionary), 15 % ask for "
          "a place in an open activity, 20 % record a self-assessment, 15 % record a komunitas session with "
          "1-5 colleagues; a think time between actions. The manager `pengelola.bench` opens the gap report "
          "and the JP compliance report every 10 s.")
    print("- proxy (run A): nginx, round robin over the two nodes, `max_fails=1 fail_timeout=5s`, "
          "`proxy_next_upstream error timeout http_502`: a request whose node refuses the connection goes to the "
          "other node; a POST already sent to the node that dies is not retried (the client gets the 502). "
          "Nodes trust nginx's `X-Forwarded-For` (`ASAH_TRUSTED_PROXIES=127.0.0.1`).")
    print("- a write counts as acknowledged when it got a 2xx; afterwards each is looked up in the database "
          "(enrolments and komunitas sessions by the id in the answer, self-assessments by a unique note).\n")
    for path in args.results:
        if not os.path.exists(path):
            print(f"## {path}: no result (the run failed; see its output)\n")
            continue
        with open(path) as f:
            print(report_run(json.load(f)))
