#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests of the PostgreSQL corpus backend.
#
#   source .ci/postgres.sh && pg_test_start   # initdb in a temporary folder, start it, export
#                                              # FACTCHECK_TEST_POSTGRES (and FACTCHECK_TEST_PGDATA)
#   pg_test_stop                               # stop it and delete the folder
#
# Or from a shell, for local runs:  eval "$(bash .ci/postgres.sh start)"  ...  bash .ci/postgres.sh stop
#
# Debian's server binaries (/usr/lib/postgresql/N/bin) are used; the `postgresql` package is installed
# when none is found (CI machines start fresh). The server refuses to run as root, so as root it runs as
# the `postgres` user the package creates. Durability is off (fsync): the data is thrown away anyway.

pg_test_bindir() {
    local dir
    for dir in /usr/lib/postgresql/*/bin; do
        if [ -x "$dir/initdb" ]; then
            echo "$dir"
        fi
    done | sort -V | tail -n 1
}

pg_test_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_test_start() {
    local bindir port dir
    bindir=$(pg_test_bindir)
    if [ -z "$bindir" ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bindir=$(pg_test_bindir)
    fi
    if [ -z "$bindir" ]; then
        echo "postgres.sh: no PostgreSQL server binaries (initdb) found" >&2
        return 1
    fi
    dir=$(mktemp -d /tmp/factcheck-pg.XXXXXX)
    if [ "$(id -u)" = 0 ]; then
        chown postgres: "$dir"
    fi
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    pg_test_as_owner "$bindir/initdb" -D "$dir/data" -A trust -U factcheck -E UTF8 --locale=C.UTF-8 >/dev/null
    # the superuser `factcheck` needs no password; any other user must give one (the tests' reader role,
    # and their bad-credentials case)
    printf '%s\n' 'local all all trust' 'host all factcheck 127.0.0.1/32 trust' \
        'host all all 127.0.0.1/32 scram-sha-256' | pg_test_as_owner tee "$dir/data/pg_hba.conf" >/dev/null
    pg_test_as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -s \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null
    export FACTCHECK_TEST_PGDATA="$dir"
    export FACTCHECK_TEST_POSTGRES="postgresql://factcheck@127.0.0.1:$port/postgres"
    echo "postgres.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
}

pg_test_stop() {
    local bindir dir=${FACTCHECK_TEST_PGDATA:-}
    if [ -z "$dir" ] || [ ! -d "$dir" ]; then
        return 0
    fi
    bindir=$(pg_test_bindir)
    pg_test_as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -s stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    unset FACTCHECK_TEST_PGDATA FACTCHECK_TEST_POSTGRES
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    case "${1:-}" in
        start)
            pg_test_start
            echo "export FACTCHECK_TEST_PGDATA=$FACTCHECK_TEST_PGDATA FACTCHECK_TEST_POSTGRES=$FACTCHECK_TEST_POSTGRES"
            ;;
        stop)
            pg_test_stop
            ;;
        *)
            echo "usage: $0 start|stop (or source it and call pg_test_start / pg_test_stop)" >&2
            exit 2
            ;;
    esac
fi
