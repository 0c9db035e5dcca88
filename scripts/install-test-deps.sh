#!/usr/bin/env bash
# Installs what the test lanes and benchmarks need on a fresh Debian 12 machine:
#   apt: chromium (e2e), sqlite3 (bench baseline), time (/usr/bin/time -v), wrk (load bench),
#        zlib1g-dev (XLSX reader; part of the image),
#        postgresql-15 only if it is missing (it ships with the image; see below);
#   pip: the e2e venv .venv-e2e from e2e/requirements.txt.
# Idempotent and quick when everything is present: apt-get update runs only if something is missing.
# Never runs `playwright install` (it downloads a browser; the e2e lane uses Debian's Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# --- apt packages: "package:file that proves it is installed" ---
missing=()
for pair in chromium:/usr/bin/chromium sqlite3:/usr/bin/sqlite3 time:/usr/bin/time wrk:/usr/bin/wrk \
    postgresql-client-15:/usr/bin/pg_dump; do
    pkg=${pair%%:*} file=${pair#*:}
    [ -x "$file" ] || missing+=("$pkg")
done
# zlib's header: ZIPFoundation (the XLSX reader) links zlib, in the app and in the fuzz lane's own build.
# The fuzz lane needs nothing else: libFuzzer and the sanitizer runtimes ship with the Swift toolchain.
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
# PostgreSQL 15 is part of the image. A plain `apt-get install postgresql-15` after an update is
# NOT a no-op (it upgrades the server and libpq), so install it only when the binaries are absent.
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
# `python3 -m venv` needs ensurepip (Debian splits it into python3-venv).
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)

if [ ${#missing[@]} -gt 0 ]; then
    echo "install-test-deps: apt-get install ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Python venv for the e2e lane ---
VENV=.venv-e2e
REQ=e2e/requirements.txt
STAMP="$VENV/.requirements.sha256"
want=$(sha256sum "$REQ" | cut -d' ' -f1)
if [ -x "$VENV/bin/python" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ] \
    && "$VENV/bin/python" -c 'import playwright, pytest, pytest_playwright, axe_playwright_python' 2>/dev/null; then
    : # already installed with exactly these requirements
else
    echo "install-test-deps: creating $VENV from $REQ"
    [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r "$REQ"
    echo "$want" >"$STAMP"
fi

echo "install-test-deps: ok"
