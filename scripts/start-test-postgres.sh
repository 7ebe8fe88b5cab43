#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the store tests and prints the line that points the
# tests at it, so that CI (or a developer) can run:
#
#     eval "$(scripts/start-test-postgres.sh)"
#
# Only that `export SIMPUL_TEST_DATABASE_URL=…` line goes to stdout; everything else goes to stderr.
# The cluster listens on 127.0.0.1 only, trusts local connections (it holds nothing but test
# schemas), runs without fsync, and lives in $SIMPUL_TEST_PG_DIR (default /tmp/simpul-test-postgres).
# Running the script again while the cluster runs just prints the line again.
set -euo pipefail

dir="${SIMPUL_TEST_PG_DIR:-/tmp/simpul-test-postgres}"
first_port="${SIMPUL_TEST_PG_PORT:-54329}"
database="simpul_test"

say() { echo "start-test-postgres: $*" >&2; }

find_bin() {
    local candidate
    for candidate in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -rV); do
        if [[ -x "$candidate/initdb" && -x "$candidate/pg_ctl" ]]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

bin="$(find_bin || true)"
if [[ -z "$bin" ]]; then
    if [[ "$(id -u)" != 0 ]]; then
        say "PostgreSQL server binaries not found and not root: install Debian's 'postgresql' package"
        exit 1
    fi
    say "installing PostgreSQL (apt-get install postgresql)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update >&2
    apt-get install -y --no-install-recommends postgresql >&2
    bin="$(find_bin)" || { say "PostgreSQL installed but initdb not found"; exit 1; }
fi

# initdb refuses to run as root: as root, the cluster belongs to the `postgres` user.
as_owner() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir "$dir" --shell /usr/sbin/nologin postgres
fi

data="$dir/data"
port_file="$dir/port"

running() { [[ -f "$data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

init_cluster() {
    rm -rf "$dir"
    mkdir -p "$dir/socket"
    if [[ "$(id -u)" == 0 ]]; then chown -R postgres: "$dir"; fi
    say "creating a cluster in $data"
    as_owner "$bin/initdb" -D "$data" --username=postgres --auth=trust --encoding=UTF8 --no-locale >&2
}

start_cluster() {
    local port="$first_port"
    while ! port_free "$port"; do
        port=$((port + 1))
        if (( port > first_port + 20 )); then
            say "no free port between $first_port and $port"
            exit 1
        fi
    done
    echo "$port" > "$port_file"
    say "starting PostgreSQL on 127.0.0.1:$port"
    as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $dir/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >&2
}

if running; then
    say "already running"
else
    [[ -f "$data/PG_VERSION" ]] || init_cluster
    if ! start_cluster; then
        # A cluster left half-written by an earlier run: start over once.
        say "start failed; recreating the cluster (log: $dir/server.log)"
        init_cluster
        start_cluster
    fi
fi

port="$(cat "$port_file")"
for _ in $(seq 1 60); do
    "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
    sleep 0.5
done
"$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || { say "PostgreSQL did not become ready (log: $dir/server.log)"; exit 1; }

psql_admin() { "$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres "$@"; }
if [[ "$(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
    psql_admin -c "CREATE DATABASE $database" >&2
fi

echo "export SIMPUL_TEST_DATABASE_URL='postgres://postgres@127.0.0.1:$port/$database?sslmode=disable'"
