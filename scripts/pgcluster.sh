#!/usr/bin/env bash
# A private PostgreSQL cluster for the quick start and the tests, built from the machine's
# PostgreSQL server binaries. It listens on a Unix socket in its own folder only, so it never
# clashes with (or exposes itself next to) another PostgreSQL on the machine.
#
#   scripts/pgcluster.sh start DIR   start (initialising if needed); prints a DATABASE_URL
#   scripts/pgcluster.sh stop DIR    stop it
set -euo pipefail

cmd=${1:?usage: pgcluster.sh start|stop DIR}
dir=${2:?usage: pgcluster.sh start|stop DIR}
dbname=${PGCLUSTER_DB:-privacyportaal}

pgbin=${PGBIN:-}
if [ -z "$pgbin" ]; then
    for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/initdb" ]; then pgbin=$candidate; break; fi
    done
fi
[ -x "$pgbin/initdb" ] || { echo "PostgreSQL-serverprogramma's (initdb) niet gevonden; zet PGBIN." >&2; exit 1; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/data"
sock="$dir/run"
# Unix socket paths are limited to ~107 bytes; fall back to a private folder under /tmp.
if [ ${#sock} -gt 80 ]; then
    sock="/tmp/pgsock-$(printf '%s' "$dir" | md5sum | cut -c1-12)"
fi

# initdb and postgres refuse to run as root: run them as the postgres user, which must own
# the data folder and be able to reach it.
as_owner=()
if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres
    as_owner=(runuser -u postgres --)
fi

run() { "${as_owner[@]}" "$@"; }

case "$cmd" in
start)
    mkdir -p "$sock"
    chmod 700 "$sock"
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir" "$sock"
        if ! runuser -u postgres -- test -x "$dir"; then
            echo "De gebruiker postgres kan $dir niet bereiken; gebruik een checkout buiten een afgeschermde map of zet DATABASE_URL." >&2
            exit 1
        fi
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        run "$pgbin/initdb" -D "$data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
            >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    if ! run "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        run "$pgbin/pg_ctl" -D "$data" -l "$dir/postgres.log" -w -t 60 \
            -o "-c listen_addresses='' -k $sock -c fsync=${PGCLUSTER_FSYNC:-on}" start >/dev/null \
            || { tail -n 20 "$dir/postgres.log" >&2; exit 1; }
    fi
    if ! run "$pgbin/psql" -h "$sock" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$dbname'" | grep -q 1; then
        run "$pgbin/createdb" -h "$sock" -U postgres "$dbname"
    fi
    # The socket folder is percent-encoded as the host, as dj-database-url expects.
    python3 -c 'import sys, urllib.parse as u; print("postgres://postgres@%s/%s" % (u.quote(sys.argv[1], safe=""), sys.argv[2]))' "$sock" "$dbname"
    ;;
stop)
    if [ -f "$data/PG_VERSION" ]; then
        run "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    ;;
*)
    echo "usage: pgcluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
