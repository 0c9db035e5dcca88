#!/usr/bin/env python3
"""Cluster benchmark (issue 11): simulated users against Asah, with one node killed half way.

  bench/cluster/run.sh                                   # both runs and the report
  python3 bench/cluster/cluster.py run --db postgres --dir D --bin asah ...   # one run (run.sh does this)
  python3 bench/cluster/cluster.py report A.json B.json  # the markdown report of the runs

One run: migrate, `asah bench-data` (the 50,000-employee agency `bench`), one node (SQLite) or two
nodes behind nginx (PostgreSQL), then accounts for N employees of that agency (opened and activated
through the API) and 40 open activities. Then N user threads, each from its own loopback address,
sign in and, with a think time between actions, browse (own profile, JP, activities, the competency
dictionary), ask for places in activities, record self-assessments and record komunitas sessions. A
manager of the agency opens its gap report and its JP compliance report every 10 s. With two nodes,
node 2 gets SIGKILL half way. Each write that got a 2xx is looked up in the database afterwards.
Figures, not a pass/fail test. Standard library only; loopback only.
"""

import argparse
import ctypes
import datetime
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import http.client
from concurrent.futures import ThreadPoolExecutor

from report import WRITES, percentile, report

PGBIN = os.environ.get("PGBIN", "/usr/lib/postgresql/15/bin")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def die_with_parent():
    """Child processes get SIGKILL if this script dies without cleaning up (prctl PR_SET_PDEATHSIG)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)


class Client:
    """One keep-alive HTTP connection from a chosen loopback source address."""

    def __init__(self, port, source="127.0.0.1", token=None, timeout=60):
        self.port, self.source, self.token, self.timeout = port, source, token, timeout
        self.conn = None

    def send(self, method, path, body=None):
        """(status, body bytes, headers); status 0 when the connection failed or timed out."""
        headers = {"Authorization": "Bearer " + self.token} if self.token else {}
        if body is not None:
            headers["Content-Type"] = "application/json"
            body = json.dumps(body)
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout,
                                                       source_address=(self.source, 0))
            self.conn.request(method, path, body=body, headers=headers)
            r = self.conn.getresponse()
            return r.status, r.read(), r.headers
        except (http.client.HTTPException, OSError):
            if self.conn:
                self.conn.close()
            self.conn = None
            return 0, b"", {}

    def json(self, method, path, body=None, expect=(200, 201)):
        status, data, _ = self.send(method, path, body)
        if status not in expect:
            raise SystemExit(f"setup: {method} {path} answered {status}: {data[:300]!r}")
        return json.loads(data) if data else None


# ---------------------------------------------------------------------------------------------------
# Processes: nodes and nginx, each in its own session, stopped by PID.

class Processes:
    def __init__(self, folder):
        self.folder, self.procs = folder, []

    def start(self, name, argv, env):
        log = open(os.path.join(self.folder, name + ".log"), "wb")
        p = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                             start_new_session=True, preexec_fn=die_with_parent)
        self.procs.append(p)
        return p

    def stop_all(self):
        for p in self.procs:
            if p.poll() is None:
                p.send_signal(signal.SIGTERM)
        for p in self.procs:
            try:
                p.wait(timeout=15)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


def wait_healthy(port, proc, seconds=120):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"process on port {port} exited ({proc.returncode}); see its log")
        if Client(port, timeout=2).send("GET", "/healthz")[0] == 200:
            return
        time.sleep(0.2)
    raise SystemExit(f"port {port} not healthy after {seconds} s")


NGINX_CONF = """daemon off; worker_processes 1; pid {run}/nginx.pid; error_log {run}/error.log;
events {{ worker_connections 4096; }}
http {{
  log_format up '$msec $status $request_method $uri "$upstream_addr" "$upstream_status" $request_time';
  access_log {run}/access.log up;
  client_body_temp_path {run}/tmp; proxy_temp_path {run}/tmp; fastcgi_temp_path {run}/tmp;
  uwsgi_temp_path {run}/tmp; scgi_temp_path {run}/tmp;
  keepalive_requests 100000;
  upstream asah {{
    server 127.0.0.1:{p1} max_fails=1 fail_timeout=5s;
    server 127.0.0.1:{p2} max_fails=1 fail_timeout=5s;
  }}
  server {{
    listen 127.0.0.1:{p0} backlog=4096;
    location / {{
      proxy_pass http://asah;
      proxy_next_upstream error timeout http_502;
      proxy_read_timeout 60s;
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      add_header X-Upstream $upstream_addr always;
    }}
  }}
}}
"""


# ---------------------------------------------------------------------------------------------------
# Database access for counts and the check of acknowledged writes.

class DB:
    def __init__(self, kind, sqlite_path=None):
        self.kind, self.path = kind, sqlite_path

    def rows(self, sql):
        if self.kind == "sqlite":
            with sqlite3.connect(self.path) as c:
                return [tuple(str(v) for v in r) for r in c.execute(sql).fetchall()]
        out = subprocess.run([PGBIN + "/psql", "-X", "-qAt", "-F", "\t", "-v", "ON_ERROR_STOP=1", "-c", sql],
                             check=True, capture_output=True, text=True).stdout
        return [tuple(line.split("\t")) for line in out.splitlines() if line]

    def scalar(self, sql):
        return self.rows(sql)[0][0]


# ---------------------------------------------------------------------------------------------------
# Setup through the API: accounts for employees of the agency, open activities.

def setup(port, agency, users, password, seed):
    manager = Client(port)
    manager.token = manager.json("POST", "/api/v1/auth/tokens",
                                 {"username": "pengelola." + agency, "password": password})["token"]
    # Employees in service, spread over the agency: every k-th of the list pages.
    nips, page = [], 1
    while len(nips) < users * 3:
        items = manager.json("GET", f"/api/v1/agencies/{agency}/employees?per=200&page={page}")["items"]
        if not items:
            break
        nips += [e["nip"] for e in items if e.get("status") in ("pns", "cpns", "pppk")]
        page += 7
    rng = random.Random(seed)
    nips = sorted(rng.sample(sorted(set(nips)), users))

    # Open and activate the accounts (bcrypt cost 12 each: a few at a time).
    def open_account(i_nip):
        i, nip = i_nip
        c = Client(port, token=manager.token)
        code = c.json("POST", f"/api/v1/agencies/{agency}/users", {"nip": nip})["activation_code"]
        pw = f"Kompeten-{i:03d}-Asah"
        Client(port).json("POST", "/api/v1/auth/activate",
                          {"username": nip, "activation_code": code, "password": pw})
        return {"nip": nip, "password": pw}

    with ThreadPoolExecutor(4) as pool:
        accounts = list(pool.map(open_account, enumerate(nips)))

    today = datetime.date.today()
    day = today + datetime.timedelta(days=10)
    activities = []
    for i in range(40):
        a = manager.json("POST", f"/api/v1/agencies/{agency}/activities", {
            "title": f"Pelatihan beban {i + 1}", "jenis_diklat_id": 3, "place": "Aula", "capacity": 60,
            "sessions": [{"date": day.isoformat(), "starts_at": "08:00", "ends_at": "16:00"}]})
        activities.append(a["id"])
    return {"accounts": accounts, "activities": activities}


# ---------------------------------------------------------------------------------------------------
# The load: user threads, the manager's reports, the kill.

class Load:
    def __init__(self, port, agency, setup_data, manager_password, users, seconds, think, ramp, run_id):
        self.port, self.agency, self.s = port, agency, setup_data
        self.manager_password = manager_password
        self.users, self.seconds, self.think, self.ramp, self.run_id = users, seconds, think, ramp, run_id
        self.lock = threading.Lock()
        self.samples = []  # (start offset s, end offset s, kind, status, ms, upstream, proxy_made)
        self.acked = {k: [] for k in WRITES}  # identifying data of each write that got a 2xx
        self.tried = {k: 0 for k in WRITES}
        self.reports = []  # (offset s, report, status, ms)
        self.examples = {}  # "kind status" -> the first answers' bodies, for the report
        self.t0 = None

    def call(self, client, kind, method, path, body=None):
        start = time.time()
        status, data, headers = client.send(method, path, body)
        end = time.time()
        upstream = headers.get("X-Upstream", "") if headers else ""
        # An error page nginx made itself (no upstream answered) is HTML naming nginx; Asah's are JSON.
        proxy_made = status >= 500 and b"nginx" in data[:2000]
        with self.lock:
            self.samples.append((start - self.t0, end - self.t0, kind, status, (end - start) * 1000, upstream,
                                 proxy_made))
            if not 200 <= status < 300:
                seen = self.examples.setdefault(f"{kind} {status}", [])
                if len(seen) < 2:
                    body = " ".join(data[:240].decode(errors="replace").split())
                    seen.append(f"sent {start - self.t0:.1f} s, answered {end - self.t0:.1f} s, via {upstream or '-'}: {body}")
        return status, data

    def user(self, i, account):
        rng = random.Random(f"{self.run_id}-{i}")
        stop = self.t0 + self.seconds
        time.sleep(max(0.0, self.t0 + self.ramp * i / self.users - time.time()))
        # Each user comes from its own address (127.20.x.y), as people behind their own machines do.
        c = Client(self.port, source=f"127.20.{i // 250}.{i % 250 + 1}")
        nip, today = account["nip"], datetime.date.today()
        while time.time() < stop and c.token is None:
            status, data = self.call(c, "sign_in", "POST", "/api/v1/auth/tokens",
                                     {"username": nip, "password": account["password"]})
            if status == 201:
                c.token = json.loads(data)["token"]
            else:
                time.sleep(1)
        codes = []  # competencies of the employee's own standard: the only ones a self-assessment may name
        others = [a["nip"] for a in self.s["accounts"] if a["nip"] != nip]
        to_ask = list(self.s["activities"])
        rng.shuffle(to_ask)
        n = 0
        while time.time() < stop:
            time.sleep(rng.uniform(0.5, 1.5) * self.think)
            if time.time() >= stop:
                break
            n += 1
            marker = f"cl-{self.run_id}-{i}-{n}"
            r = rng.random()
            if r < 0.15 and to_ask:
                activity = to_ask.pop()
                with self.lock:
                    self.tried["enrol"] += 1
                status, data = self.call(c, "enrol", "POST", f"/api/v1/activities/{activity}/enrolments")
                if 200 <= status < 300:
                    with self.lock:
                        self.acked["enrol"].append(json.loads(data)["enrolment_id"].lower())
            elif r < 0.35 and not codes:
                # Read one's own profile first (a browse): it names the competencies to assess.
                status, data = self.call(c, "browse", "GET", f"/api/v1/employees/{nip}/competency-profile")
                if status == 200:
                    codes = [item["code"] for item in json.loads(data).get("items", [])]
            elif r < 0.35:
                day = max(today - datetime.timedelta(days=rng.randint(1, 30)), today.replace(month=1, day=1))
                with self.lock:
                    self.tried["assess"] += 1
                status, _ = self.call(c, "assess", "POST", f"/api/v1/employees/{nip}/assessments", {
                    "competency": rng.choice(codes), "level": rng.randint(1, 5), "source": "self",
                    "assessed_on": day.isoformat(), "note": marker})
                if 200 <= status < 300:
                    with self.lock:
                        self.acked["assess"].append(marker)
            elif r < 0.50:
                day = max(today - datetime.timedelta(days=rng.randint(1, 5)), today.replace(month=1, day=1))
                with self.lock:
                    self.tried["komunitas"] += 1
                status, data = self.call(c, "komunitas", "POST", f"/api/v1/agencies/{self.agency}/knowledge-sessions", {
                    "topic": marker, "held_on": day.isoformat(), "minutes": rng.choice((30, 60, 90, 120)),
                    "attendees": rng.sample(others, min(len(others), rng.randint(1, 5)))})
                if 200 <= status < 300:
                    with self.lock:
                        self.acked["komunitas"].append(json.loads(data)["id"].lower())
            else:
                path = rng.choice([
                    "/api/v1/me", f"/api/v1/employees/{nip}", f"/api/v1/employees/{nip}/competency-profile",
                    f"/api/v1/employees/{nip}/learning-hours", f"/api/v1/agencies/{self.agency}/activities",
                    f"/api/v1/activities/{rng.choice(self.s['activities'])}",
                    f"/api/v1/agencies/{self.agency}/competencies"])
                self.call(c, "browse", "GET", path)

    def manager(self):
        c = Client(self.port, source="127.30.0.1", timeout=120)
        c.token = c.json("POST", "/api/v1/auth/tokens",
                         {"username": "pengelola." + self.agency, "password": self.manager_password})["token"]
        k = 0
        while self.t0 + 10 * k < self.t0 + self.seconds:
            time.sleep(max(0.0, self.t0 + 10 * k - time.time()))
            for name, path in (("gap report", f"/api/v1/agencies/{self.agency}/competency-gaps"),
                               ("JP compliance", f"/api/v1/agencies/{self.agency}/learning-hours/compliance")):
                start = time.time()
                status, _ = self.call(c, "report", "GET", path)
                self.reports.append((start - self.t0, name, status, (time.time() - start) * 1000))
            k += 1

    def run(self, kill=None):
        """Runs users and manager for `seconds`; calls `kill()` half way when given. Returns the kill offset."""
        self.t0 = time.time() + 1
        threads = [threading.Thread(target=self.user, args=(i, a), daemon=True)
                   for i, a in enumerate(self.s["accounts"])]
        threads.append(threading.Thread(target=self.manager, daemon=True))
        for t in threads:
            t.start()
        kill_at = None
        if kill:
            time.sleep(max(0.0, self.t0 + self.seconds / 2 - time.time()))
            kill_at = time.time() - self.t0
            kill()
        for t in threads:
            while t.is_alive():
                t.join(0.5)  # in short waits, so that SIGINT/SIGTERM stop the run at once
        return kill_at


# ---------------------------------------------------------------------------------------------------
# One run, start to end.

def step(msg):
    print(f"== {time.strftime('%H:%M:%S')} {msg}", file=sys.stderr, flush=True)


def run(args):
    os.makedirs(args.dir, exist_ok=True)
    procs = Processes(args.dir)
    # Stop cleanly (finally: below) on SIGTERM, and on SIGINT even when started with it ignored.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    signal.signal(signal.SIGINT, signal.default_int_handler)
    env = dict(os.environ)
    if args.db == "sqlite":
        env.pop("DATABASE_URL", None)
        env["ASAH_DATABASE_PATH"] = os.path.join(args.dir, "asah.sqlite")
        db = DB("sqlite", env["ASAH_DATABASE_PATH"])
    else:
        if not env.get("DATABASE_URL"):
            raise SystemExit("--db postgres runs under scripts/with-pg.sh (DATABASE_URL)")
        db = DB("postgres")
    env["BENCH_PASSWORD"] = password = "bench-pass-123"
    result = {"db": args.db, "users": args.users, "seconds": args.seconds, "think": args.think, "ramp": args.ramp}
    try:
        step(f"[{args.db}] migrate")
        subprocess.run([args.bin, "migrate", "--yes"], env=env, check=True, stdout=subprocess.DEVNULL)
        step(f"[{args.db}] bench-data: {args.employees} employees, {args.assessments} assessments, "
             f"{args.ledger} ledger lines")
        t = time.time()
        subprocess.run([args.bin, "bench-data", "--agency", "bench", "--employees", str(args.employees),
                        "--assessments", str(args.assessments), "--ledger", str(args.ledger)],
                       env=env, check=True, stdout=subprocess.DEVNULL)
        result["generate_seconds"] = round(time.time() - t, 1)
        if args.db == "postgres":
            db.rows("ANALYZE")

        nodes = []
        for n in range(2 if args.db == "postgres" else 1):
            port = free_port()
            node_env = dict(env, ASAH_TRUSTED_PROXIES="127.0.0.1") if args.db == "postgres" else env
            p = procs.start(f"node{n + 1}", [args.bin, "serve", "--hostname", "127.0.0.1", "--port", str(port)],
                            node_env)
            nodes.append((port, p))
        for port, p in nodes:
            wait_healthy(port, p)
        front = nodes[0][0]
        if args.db == "postgres":
            run_dir = os.path.join(args.dir, "nginx")
            os.makedirs(os.path.join(run_dir, "tmp"), exist_ok=True)
            front = free_port()
            with open(os.path.join(run_dir, "nginx.conf"), "w") as f:
                f.write(NGINX_CONF.format(run=run_dir, p0=front, p1=nodes[0][0], p2=nodes[1][0]))
            nginx = procs.start("nginx", [args.nginx, "-c", run_dir + "/nginx.conf", "-p", run_dir], env)
            wait_healthy(front, nginx)
        result["nodes"] = [f"127.0.0.1:{port}" for port, _ in nodes]

        step(f"[{args.db}] setup: {args.users} accounts (opened and activated), 40 activities")
        t = time.time()
        data = setup(nodes[0][0], "bench", args.users, password, args.seed)
        result["setup_seconds"] = round(time.time() - t, 1)
        q = db.scalar
        result["data"] = {
            "agencies": int(q("SELECT COUNT(*) FROM agencies")),
            "employees": int(q("SELECT COUNT(*) FROM employees")),
            "assessments": int(q("SELECT COUNT(*) FROM assessments")),
            "ledger": int(q("SELECT COUNT(*) FROM learning_entries")),
            "users": int(q("SELECT COUNT(*) FROM users"))}

        run_id = f"{args.db[0]}{int(time.time())}"
        load = Load(front, "bench", data, password, args.users, args.seconds, args.think, args.ramp, run_id)
        kill = None
        if args.db == "postgres":
            def kill():
                nodes[1][1].send_signal(signal.SIGKILL)
                step(f"[{args.db}] SIGKILL node 2 (127.0.0.1:{nodes[1][0]})")
        step(f"[{args.db}] load: {args.users} users for {args.seconds} s"
             + (", node 2 killed half way" if kill else ""))
        result["load_before"] = os.getloadavg()[0]
        result["kill_at"] = load.run(kill)
        result["load_after"] = os.getloadavg()[0]
        result["samples"], result["reports"], result["tried"] = load.samples, load.reports, load.tried
        result["examples"] = load.examples
        result["acked"] = {k: len(v) for k, v in load.acked.items()}
        result["survivor"] = f"127.0.0.1:{nodes[0][0]}"
        result["node_alive_after"] = [p.poll() is None for _, p in nodes]

        step(f"[{args.db}] checking every acknowledged write in the database")
        prefix = f"cl-{run_id}-%"
        found = {
            "enrol": {r[0].lower() for r in db.rows("SELECT id FROM enrolments")},
            "komunitas": {r[0].lower() for r in db.rows(f"SELECT id FROM knowledge_sessions WHERE topic LIKE '{prefix}'")},
            "assess": {r[0] for r in db.rows(f"SELECT note FROM assessments WHERE note LIKE '{prefix}'")}}
        result["missing"] = {k: sorted(set(v) - found[k])[:20] for k, v in load.acked.items()}
        result["missing_count"] = {k: len(set(v) - found[k]) for k, v in load.acked.items()}
        # Writes that are in the database though the client never got a 2xx for them (in flight at the kill).
        result["stored_unacked"] = {
            "assess": len(found["assess"] - set(load.acked["assess"])),
            "komunitas": int(q(f"SELECT COUNT(*) FROM knowledge_sessions WHERE topic LIKE '{prefix}'"))
            - len(set(load.acked["komunitas"]) & found["komunitas"]),
            "enrol": int(q("SELECT COUNT(*) FROM enrolments")) - len(set(load.acked["enrol"]) & found["enrol"])}
        # Server-side 5xx per upstream, from nginx's log.
        if args.db == "postgres":
            result["nginx_log"] = nginx_summary(os.path.join(args.dir, "nginx", "access.log"))
            with open(os.path.join(args.dir, "nginx", "error.log"), errors="replace") as f:
                errors = [l.strip() for l in f if "[error]" in l]
            result["nginx_errors"] = [len(errors)] + [l[:260] for l in errors[:3]]
        for name in ("node1", "node2"):
            path = os.path.join(args.dir, name + ".log")
            if os.path.exists(path):
                with open(path, errors="replace") as f:
                    lines = f.read().splitlines()
                result[name + "_errors"] = [l for l in lines if "[ ERROR ]" in l or "[ CRITICAL ]" in l][:10]
                result[name + "_error_count"] = sum(1 for l in lines if "[ ERROR ]" in l or "[ CRITICAL ]" in l)
        result["rss_mb"] = [rss(p.pid) for _, p in nodes if p.poll() is None]
    finally:
        procs.stop_all()
    with open(os.path.join(args.dir, "result.json"), "w") as f:
        json.dump(result, f)
    step(f"[{args.db}] done")


def rss(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM"):
                return int(line.split()[1]) // 1024
    return 0


def nginx_summary(path):
    """Counts of (status, last upstream, its status) in nginx's access log."""
    counts = {}
    with open(path) as f:
        for line in f:
            parts = line.split('"')
            status = line.split()[1]
            upstream = parts[1].split(", ")[-1] if len(parts) > 1 else "-"
            up_status = parts[3].split(", ")[-1] if len(parts) > 3 else "-"
            if status.startswith("5") or up_status.startswith("5") or ", " in parts[1]:
                key = f"{status} via {parts[1]} (upstream status {parts[3]})"
                counts[key] = counts.get(key, 0) + 1
    return counts


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("--db", choices=("postgres", "sqlite"), required=True)
    r.add_argument("--dir", required=True)
    r.add_argument("--bin", required=True)
    r.add_argument("--nginx", default="nginx")
    r.add_argument("--users", type=int, default=200)
    r.add_argument("--seconds", type=int, default=60)
    r.add_argument("--think", type=float, default=1.0)
    r.add_argument("--ramp", type=float, default=10.0)
    r.add_argument("--employees", type=int, default=50_000)
    r.add_argument("--assessments", type=int, default=1_000_000)
    r.add_argument("--ledger", type=int, default=500_000)
    r.add_argument("--seed", type=int, default=11)
    p = sub.add_parser("report")
    p.add_argument("--bin", default="")
    p.add_argument("results", nargs="+")
    args = ap.parse_args()
    try:
        run(args) if args.cmd == "run" else report(args)
    except KeyboardInterrupt:  # the processes are stopped already (finally: in run)
        sys.exit("interrupted")


if __name__ == "__main__":
    main()
