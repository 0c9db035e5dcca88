#!/usr/bin/env python3
"""Door benchmark (issue 9): hostile uploads and concurrent writes against a running demo server.

  bench/door.sh                      # release build, then this script
  python3 bench/door.py --bin .build/debug/asah --clients 200 --seconds 60

1. Hostile workbooks sent to the SIASN import API as a manager (dry run): 10,000 comments before the
   workbook's root (929 bytes), one cell at column XFD in each of 1,000 rows (6 KB), and a sheet that
   unpacks to far more than 100 times its file. For each: status, seconds, and the server's resident
   memory (VmRSS) and peak (VmHWM) before and after; then /healthz.
2. Concurrent writes: N clients for S seconds, each looping over a manager's nominations into the
   demo's open activities and assessments of random employees. Reports requests, statuses, 5xx, and
   latency percentiles. Figures, not a pass/fail test. Standard library only; loopback only.
"""

import argparse
import http.client
import io
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import tempfile
import threading
import time
import zipfile


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def memory(pid):
    fields = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            k, _, v = line.partition(":")
            if k in ("VmRSS", "VmHWM"):
                fields[k] = int(v.split()[0]) // 1024
    return fields


def workbook(sheet_rows, prefix=""):
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("xl/workbook.xml", prefix + '<workbook xmlns:r="r"><sheets><sheet name="A" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>{sheet_rows}</sheetData></worksheet>')
    return buf.getvalue()


class Client:
    def __init__(self, port, token=None):
        self.port, self.token = port, token
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def send(self, method, path, body=None, content_type="application/json"):
        headers = {}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        if body is not None:
            headers["Content-Type"] = content_type
        try:
            self.conn.request(method, path, body=body, headers=headers)
            r = self.conn.getresponse()
            data = r.read()
            return r.status, data
        except (http.client.HTTPException, OSError):
            self.conn.close()
            self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
            return 0, b""


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=".build-release/release/asah")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=60)
    args = ap.parse_args()

    tmp = tempfile.mkdtemp(prefix="asah-door-")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    log = open(os.path.join(tmp, "server.log"), "wb")
    proc = subprocess.Popen([args.bin, "demo", "--hostname", "127.0.0.1", "--port", str(port),
                             "--database", os.path.join(tmp, "door.sqlite")],
                            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 180
        while True:
            try:
                if Client(port).send("GET", "/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if time.time() > deadline or proc.poll() is not None:
                raise SystemExit("server did not start")
            time.sleep(0.5)
        status, body = Client(port).send("POST", "/api/v1/auth/tokens",
                                         json.dumps({"username": "pengelola.medan", "password": "asah-demo"}))
        token = json.loads(body)["token"]
        manager = Client(port, token)

        print(f"# Door benchmark ({args.bin})\n")
        print("## Hostile workbooks (SIASN import API, dry run)\n")
        print("| file | bytes | status | seconds | RSS before → after (MB) | peak (MB) | /healthz after |")
        print("|---|---|---|---|---|---|---|")
        files = [
            ("10,000 comments before the workbook's root",
             workbook('<row r="1"><c r="A1" t="inlineStr"><is><t>NIP BARU</t></is></c></row>', "<!---->" * 10_000)),
            ("one cell at XFD in each of 1,000 rows",
             workbook("".join(f'<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>' for r in range(1, 1001)))),
            ("a sheet of 2,000,000 empty rows (12 MB unpacked)", workbook("<row/>" * 2_000_000)),
        ]
        for name, data in files:
            before = memory(proc.pid)
            t = time.perf_counter()
            status, _ = manager.send("POST", "/api/v1/agencies/medan/imports/employees?dry_run=true", data,
                                     "application/octet-stream")
            seconds = time.perf_counter() - t
            after = memory(proc.pid)
            health = Client(port).send("GET", "/healthz")[0]
            print(f"| {name} | {len(data):,} | {status} | {seconds:.2f} | {before['VmRSS']} → {after['VmRSS']} | "
                  f"{after['VmHWM']} | {health} |")

        # Writes: nominations into the open activities and assessments of random employees.
        # The demo schedules its open activity weeks ahead: in December it falls in the next year.
        activities = []
        this_year = time.gmtime().tm_year
        for year in (this_year, this_year + 1):
            _, body = manager.send("GET", f"/api/v1/agencies/medan/activities?year={year}")
            activities += [a["id"] for a in json.loads(body)["items"] if a.get("status") in ("open", "planned", "running")]
        print(f"\n(writes go to {len(activities)} open activities and to assessments)")
        _, body = manager.send("GET", "/api/v1/agencies/medan/employees?per=200")
        nips = [e["nip"] for e in json.loads(body)["items"]]
        latencies, statuses, lock = [], {}, threading.Lock()
        stop = time.time() + args.seconds

        def worker(seed):
            rng = random.Random(seed)
            c = Client(port, token)
            while time.time() < stop:
                if rng.random() < 0.5 and activities:
                    path = f"/api/v1/activities/{rng.choice(activities)}/enrolments"
                    body = json.dumps({"nip": rng.choice(nips)})
                else:
                    path = f"/api/v1/employees/{rng.choice(nips)}/assessments"
                    body = json.dumps({"competency": "M.0" + str(rng.randint(1, 8)), "level": rng.randint(1, 5),
                                       "source": "assessment_center", "assessed_on": "2026-11-02"})
                t = time.perf_counter()
                status, _ = c.send("POST", path, body)
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    latencies.append(ms)
                    statuses[status] = statuses.get(status, 0) + 1

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.clients)]
        t0 = time.time()
        for th in threads:
            th.start()
        for th in threads:
            th.join()
        elapsed = time.time() - t0
        errors = sum(n for s, n in statuses.items() if s >= 500 or s == 0)
        print(f"\n## {args.clients} clients writing for {args.seconds} s (SQLite)\n")
        print(f"- requests: {len(latencies):,} ({len(latencies) / elapsed:.0f}/s); statuses: "
              + ", ".join(f"{s}: {n:,}" for s, n in sorted(statuses.items())))
        print(f"- 5xx or failed connections: {errors}")
        print(f"- latency ms: p50 {statistics.median(latencies):.0f}, p90 {percentile(latencies, 0.9):.0f}, "
              f"p99 {percentile(latencies, 0.99):.0f}, max {max(latencies):.0f}")
        print(f"- server RSS after: {memory(proc.pid)['VmRSS']} MB (peak {memory(proc.pid)['VmHWM']} MB)")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)


if __name__ == "__main__":
    main()
