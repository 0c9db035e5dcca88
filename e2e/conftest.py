"""E2E fixtures: start the built `asah demo` server on a free port, drive Debian's Chromium.

Environment:
  ASAH_BIN       server binary (default .build/debug/asah, built by `make test-e2e`)
  CHROMIUM_PATH  browser (default /usr/bin/chromium; never Playwright's own download)
"""

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect
from server_clock import NOW, NOW_ISO

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
STARTUP_TIMEOUT = 120  # seconds; the first start migrates and seeds the demo data

# A debug build on 2 cores can be slow: wait up to 15 s for an expectation to hold.
expect.set_options(timeout=15_000)

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def demo_server():
    """A fresh `asah demo` on a free port with its own SQLite file; stopped on exit."""
    binary = os.environ.get("ASAH_BIN", str(ROOT / ".build" / "debug" / "asah"))
    if not os.access(binary, os.X_OK):
        pytest.fail(f"server binary {binary} not found: run `swift build` or set ASAH_BIN")
    tmp = tempfile.TemporaryDirectory(prefix="asah-e2e-")
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = Path(tmp.name) / "server.log"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}  # always SQLite here
    env["ASAH_NOW"] = NOW_ISO  # the server's clock stands at the lane's instant (server_clock.py)
    cmd = [binary, "demo", "--hostname", "127.0.0.1", "--port", str(port),
           "--database", str(Path(tmp.name) / "e2e.sqlite")]
    with open(log_path, "wb") as log:
        # Own process group, so the server and anything it starts are stopped together.
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)

    def server_log() -> str:
        return log_path.read_text(errors="replace")[-4000:]

    try:
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while not _healthy(url):
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode} before /healthz answered:\n{server_log()}")
            if time.monotonic() > deadline:
                pytest.fail(f"/healthz not 200 after {STARTUP_TIMEOUT} s:\n{server_log()}")
            time.sleep(0.25)
        yield url
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        tmp.cleanup()


@pytest.fixture(scope="session")
def base_url():
    """Overrides pytest-base-url: the URL of a fresh demo server, stopped after the session."""
    with demo_server() as url:
        yield url


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Debian's Chromium instead of Playwright's download (which needs the internet).
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "headless": True,
        "args": ["--no-sandbox", "--disable-dev-shm-usage"],
    }


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # bypass_csp: the axe script is injected into the page, which a strict CSP would refuse.
    return {**browser_context_args, "viewport": DESKTOP, "locale": "id-ID", "bypass_csp": True}


class Visit:
    """Screenshots (phone and desktop) and an axe audit of each page a test visits."""

    def __init__(self, page, test_name: str):
        self.page = page
        self.test_name = test_name
        self.axe = Axe()
        self.serious: list[str] = []  # reports of pages with serious/critical violations

    def record(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        for label, size in (("phone", PHONE), ("desktop", DESKTOP)):
            self.page.set_viewport_size(size)
            self.page.screenshot(path=str(ARTIFACTS / f"{self.test_name}-{name}-{label}.png"), full_page=True)
        results = self.axe.run(self.page)
        bad = [v for v in results.response["violations"] if v.get("impact") in ("serious", "critical")]
        if bad:
            ids = ", ".join(f"{v['id']} ({v['impact']})" for v in bad)
            self.serious.append(f"--- {name} ({self.page.url}): {ids}\n{results.generate_report()}")

    def assert_accessible(self) -> None:
        assert not self.serious, "axe found serious/critical violations:\n" + "\n".join(self.serious)


@pytest.fixture
def visit(page, request):
    # The browser's clock agrees with the server's (the offline script dates what it records).
    page.context.clock.set_fixed_time(NOW)
    return Visit(page, request.node.originalname)
