#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL 15 server:
#   scripts/with-pg.sh swift test
# Starts a private server (temp data dir, free port on 127.0.0.1, Unix socket in the temp dir),
# creates role `app` (password app_pw, CREATEDB so tests may make a database each) owning `appdb`,
# exports DATABASE_URL and the PG* variables, runs the command, then stops the server, deletes
# everything and exits with the command's status. Without a command it runs a smoke check.
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
    echo "with-pg: PostgreSQL 15 not found in $PGBIN (run scripts/install-test-deps.sh)" >&2
    exit 1
fi

# initdb and pg_ctl refuse to run as root: as root, run them as an unprivileged OS user.
if [ "$(id -u)" -eq 0 ]; then
    PG_OS_USER=${PG_OS_USER:-postgres}
    id -u "$PG_OS_USER" >/dev/null 2>&1 \
        || useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_OS_USER"
    as_pg() { runuser -u "$PG_OS_USER" -- "$@"; }
else
    PG_OS_USER=$(id -un)
    as_pg() { "$@"; }
fi

# Short path: the Unix socket path must stay under 107 bytes.
PGTMP=$(mktemp -d /tmp/pgtest.XXXXXX)
chown "$PG_OS_USER" "$PGTMP"
cleanup() {
    local rc=$?
    as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PGTMP"
    exit $rc
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

echo 'super_pw' >"$PGTMP/pw"
chown "$PG_OS_USER" "$PGTMP/pw"
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres --pwfile="$PGTMP/pw" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$PGTMP/initdb.log" 2>&1 || { cat "$PGTMP/initdb.log" >&2; exit 1; }

# The free port can be taken between the check and the start: try a few ports.
started=no
for _ in 1 2 3; do
    PGPORT=$(free_port)
    if as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 30 start \
        -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null; then
        started=yes
        break
    fi
done
if [ "$started" != yes ]; then
    cat "$PGTMP/server.log" >&2
    exit 1
fi

# Superuser over the Unix socket (trust), then the application's role and database.
"$PGBIN/psql" -h "$PGTMP" -p "$PGPORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt \
    -c "CREATE ROLE app LOGIN CREATEDB PASSWORD 'app_pw'" \
    -c "CREATE DATABASE appdb OWNER app"

export PGHOST=127.0.0.1 PGPORT PGUSER=app PGPASSWORD=app_pw PGDATABASE=appdb
export DATABASE_URL="postgresql://app:app_pw@127.0.0.1:$PGPORT/appdb"
echo "with-pg: throwaway PostgreSQL at $DATABASE_URL"

if [ $# -gt 0 ]; then
    "$@"
else
    # Smoke check: the app role can create and query a table over TCP; a wrong password is refused.
    "$PGBIN/psql" -v ON_ERROR_STOP=1 -qAt \
        -c "CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)" \
        -c "INSERT INTO t (name) VALUES ('a'), ('b'), ('c')" \
        -c "SELECT current_user, current_database(), count(*) FROM t" \
        -c "SHOW server_version"
    if PGPASSWORD=WRONG PGCONNECT_TIMEOUT=5 "$PGBIN/psql" -c 'SELECT 1' >/dev/null 2>&1; then
        echo "with-pg: ERROR: wrong password accepted" >&2
        exit 1
    fi
    echo "with-pg: smoke check ok"
fi
