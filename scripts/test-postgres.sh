#!/usr/bin/env bash
# A throwaway PostgreSQL server on 127.0.0.1 for the tests.
#   scripts/test-postgres.sh start   -> prints postgresql://postgres@127.0.0.1:PORT on the last line
#   scripts/test-postgres.sh stop
# Installs PostgreSQL from Debian when missing. Works as root (the server runs as user postgres).
set -euo pipefail
DIR=${MITRA_PG_DIR:-/tmp/mitra-pg}
PORT=${MITRA_PG_PORT:-54329}

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
as_pg() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop() {
  local bin; bin=$(bin_dir)
  if [[ -n "$bin" && -f "$DIR/data/postmaster.pid" ]]; then
    as_pg "$bin/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

start() {
  if [[ -z "$(bin_dir)" ]]; then
    echo "installing postgresql from Debian" >&2
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >/dev/null
  fi
  local bin; bin=$(bin_dir)
  stop
  mkdir -p "$DIR"
  [[ $(id -u) -eq 0 ]] && chown postgres "$DIR"
  as_pg "$bin/initdb" -D "$DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=300" start >/dev/null
  for _ in $(seq 50); do
    psql -q "postgresql://postgres@127.0.0.1:$PORT/postgres" -c 'SELECT 1' >/dev/null 2>&1 && break
    sleep 0.2
  done
  psql -q "postgresql://postgres@127.0.0.1:$PORT/postgres" -c 'SELECT 1' >/dev/null
  echo "postgresql://postgres@127.0.0.1:$PORT"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
