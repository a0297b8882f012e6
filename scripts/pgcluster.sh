#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests (never for users).
#   scripts/pgcluster.sh start DIR   creates DIR (or takes it empty), starts a server in it on a
#                                    free port of 127.0.0.1, superuser "casedesk" with a random
#                                    password, and writes DIR/pgpass and DIR/env
#   scripts/pgcluster.sh restart DIR stops that server (fast: its sessions are ended) and starts it
#                                    again on the same port with the same settings
#   scripts/pgcluster.sh stop DIR    stops that server at once and removes DIR; quiet and
#                                    successful when it already is stopped or gone
# `source DIR/env` exports CASEDESK_TEST_PG=postgresql://casedesk@127.0.0.1:PORT and
# PGPASSFILE=DIR/pgpass. PostgreSQL refuses to run as root: as root, DIR is handed to the
# "postgres" account and the server runs as that account (DIR's parent must let it through).
# The server is tuned for speed, not safety (fsync, synchronous_commit, full_page_writes off).
set -euo pipefail

bindir=/usr/lib/postgresql/15/bin
marker=.casedesk-pgcluster

usage() {
  echo "usage: $0 start|restart|stop DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2
[ -n "$dir" ] || usage
dir=$(realpath -m -- "$dir")
case $dir in
  /) echo "pgcluster: refusing to use /" >&2; exit 2 ;;
  *\'* | *$'\n'*) echo "pgcluster: DIR must not contain a quote or a newline: $dir" >&2; exit 2 ;;
esac

as_root=0
if [ "$(id -u)" -eq 0 ]; then as_root=1; fi

# pg OUT PROGRAM ARGS...: runs a PostgreSQL program as the account the server runs as, from /
# (the caller's working folder may be closed to that account), its output into the file OUT.
# The redirection stays inside the subshell, so a trap that fires meanwhile still reaches the
# caller's stderr.
pg() {
  local out=$1 prog=$bindir/$2
  shift 2
  if [ $as_root -eq 1 ]; then
    (cd / && exec runuser -u postgres -- "$prog" "$@") >"$out" 2>&1
  else
    (cd / && exec "$prog" "$@") >"$out" 2>&1
  fi
}

# Is something listening on 127.0.0.1:$1?
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
  if [ -f "$dir/data/PG_VERSION" ]; then
    if ! pg /dev/null pg_ctl -D "$dir/data" -m immediate -w -t 30 stop; then
      # pg_ctl failed (not running, or stuck): make sure the postmaster is gone.
      local pid
      pid=$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)
      if [[ $pid =~ ^[0-9]+$ ]] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]; then
        kill -QUIT "$pid" 2>/dev/null || true
        for _ in 1 2 3 4 5 6 7 8 9 10; do
          kill -0 "$pid" 2>/dev/null || break
          sleep 0.2
        done
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
  if [ -d "$dir" ]; then
    # Remove only what this script made (or an empty folder), never an arbitrary tree.
    if [ -e "$dir/$marker" ] || [ -z "$(ls -A "$dir")" ]; then
      rm -rf -- "$dir"
    else
      echo "pgcluster: $dir is not a pgcluster folder; left in place" >&2
      return 1
    fi
  fi
}

start_cluster() {
  [ -x "$bindir/initdb" ] || { echo "pgcluster: $bindir/initdb missing (apt-get install postgresql-15)" >&2; exit 1; }
  if [ -e "$dir" ]; then
    if [ ! -d "$dir" ] || [ -n "$(ls -A "$dir")" ]; then
      echo "pgcluster: $dir exists and is not an empty folder" >&2
      exit 1
    fi
  else
    mkdir -m 0700 -- "$dir"
  fi
  touch "$dir/$marker"

  ok=0  # global: read by the EXIT trap
  # On any failure or interruption from here on: print what the server said, stop, clean up.
  fail_cleanup() {
    if [ "$ok" -eq 1 ]; then return; fi
    local f
    for f in "$dir/initdb.log" "$dir/log"; do
      if [ -s "$f" ]; then
        echo "pgcluster: tail of $f:" >&2
        tail -n 30 "$f" >&2
      fi
    done
    echo "pgcluster: could not start PostgreSQL in $dir" >&2
    stop_cluster || true
  }
  trap fail_cleanup EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM

  if [ $as_root -eq 1 ]; then
    chown -R postgres: "$dir"
    if ! runuser -u postgres -- test -x "$dir"; then
      echo "pgcluster: the postgres account cannot reach $dir (check the rights of its parents)" >&2
      exit 1
    fi
  fi

  local password pwfile
  password=$(od -An -tx1 -N16 /dev/urandom | tr -d ' \n')
  pwfile="$dir/pwfile"
  (umask 077 && printf '%s\n' "$password" >"$pwfile")
  if [ $as_root -eq 1 ]; then chown postgres: "$pwfile"; fi
  if ! pg "$dir/initdb.log" initdb -D "$dir/data" -U casedesk -E UTF8 --locale=C.UTF-8 --no-sync \
      --auth-host=scram-sha-256 --auth-local=scram-sha-256 --pwfile "$pwfile"; then
    rm -f "$pwfile"
    exit 1
  fi
  rm -f "$pwfile" "$dir/initdb.log"

  local port="" started=0
  for _ in 1 2 3 4 5 6 7 8; do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40001))
    port_busy "$port" && continue
    rm -f "$dir/log"
    if pg /dev/null pg_ctl -D "$dir/data" -l "$dir/log" -w -t 60 start -o \
        "-k '$dir' -p $port -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400"; then
      started=1
      break
    fi
    # Somebody took the port between the check and the bind: try another; anything else is fatal.
    grep -qE 'could not bind|could not create any TCP/IP sockets|Address already in use' "$dir/log" 2>/dev/null || break
  done
  [ $started -eq 1 ] || exit 1

  # Written by the caller (root stays root): the client side is the caller's, not the server's.
  (umask 077 && printf '127.0.0.1:%s:*:casedesk:%s\n' "$port" "$password" >"$dir/pgpass")
  chmod 0600 "$dir/pgpass"
  {
    printf "export CASEDESK_TEST_PG='postgresql://casedesk@127.0.0.1:%s'\n" "$port"
    printf "export PGPASSFILE='%s/pgpass'\n" "$dir"
  } >"$dir/env"
  ok=1
  trap - EXIT INT TERM
  echo "pgcluster: PostgreSQL 15 on 127.0.0.1:$port ($dir)"
}

restart_cluster() {
  [ -e "$dir/$marker" ] && [ -f "$dir/data/PG_VERSION" ] || { echo "pgcluster: $dir is not a pgcluster folder" >&2; exit 1; }
  # Without -o, pg_ctl restarts with the options of the previous start (data/postmaster.opts).
  if ! pg /dev/null pg_ctl -D "$dir/data" -l "$dir/log" -m fast -w -t 60 restart; then
    echo "pgcluster: could not restart PostgreSQL in $dir" >&2
    tail -n 30 "$dir/log" >&2 || true
    exit 1
  fi
}

case $action in
  start) start_cluster ;;
  restart) restart_cluster ;;
  stop) stop_cluster ;;
  *) usage ;;
esac
