#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server on 127.0.0.1 for the tests.
#   scripts/test-postgres.sh start   -> prints postgresql://postgres@127.0.0.1:PORT (only line on stdout)
#   scripts/test-postgres.sh stop    -> stops it and removes its directory
# MITRA_PG_DIR (default /tmp/mitra-pg) is the data directory; the server's unix socket and log live
# in it too. MITRA_PG_PORT defaults to 54329. Installs PostgreSQL from Debian when missing. Works as
# root (initdb refuses root, so the server runs as user postgres), repeatedly, and over a stale
# cluster left by an earlier run (a killed server, a half-made directory).
set -euo pipefail
DIR=${MITRA_PG_DIR:-/tmp/mitra-pg}
PORT=${MITRA_PG_PORT:-54329}
PG_BIN=/usr/lib/postgresql/15/bin
URL="postgresql://postgres@127.0.0.1:$PORT"

log() { echo "test-postgres: $*" >&2; }
root() { [[ $(id -u) -eq 0 ]]; }
as_pg() { if root; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_postgres() {
  [[ -x "$PG_BIN/postgres" ]] && return 0
  log "installing postgresql from Debian"
  local sudo=""; root || sudo="sudo"
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
  # Debian's package starts its own cluster on 5432; ours does not need it.
  [[ -x "$PG_BIN/postgres" ]] || { log "no $PG_BIN/postgres after installing"; exit 1; }
}

# The pid of the postmaster recorded in DIR, if that process is still a running postgres.
running_pid() {
  local pid
  [[ -f "$DIR/postmaster.pid" ]] || return 1
  pid=$(head -1 "$DIR/postmaster.pid" 2>/dev/null || true)
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == postgres* ]] || return 1
  echo "$pid"
}

stop() {
  local pid
  if pid=$(running_pid); then
    as_pg "$PG_BIN/pg_ctl" -D "$DIR" -m fast -t 20 -w stop >/dev/null 2>&1 || true
    # Still there (a wedged server): end that one process, by its recorded id.
    if kill -0 "$pid" 2>/dev/null; then
      kill -QUIT "$pid" 2>/dev/null || true
      for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -rf "$DIR"
}

ready() { psql -X -q "$URL/postgres" -c 'SELECT 1' >/dev/null 2>&1; }

start() {
  install_postgres
  stop
  if ready; then
    log "something else already answers on 127.0.0.1:$PORT; set MITRA_PG_PORT to another port"
    exit 1
  fi
  mkdir -p "$DIR"
  root && chown postgres: "$DIR"
  chmod 700 "$DIR"
  as_pg "$PG_BIN/initdb" -D "$DIR" -U postgres -E UTF8 --locale=C.UTF-8 --auth=trust >/dev/null
  # Trust, but only over this cluster's own unix socket and 127.0.0.1.
  cat >"$DIR/pg_hba.conf" <<'HBA'
local all all trust
host  all all 127.0.0.1/32 trust
HBA
  root && chown postgres: "$DIR/pg_hba.conf"
  as_pg "$PG_BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
    start >/dev/null || { log "server did not start:"; tail -20 "$DIR/server.log" >&2 || true; exit 1; }
  for _ in $(seq 100); do ready && break; sleep 0.1; done
  ready || { log "server does not answer on $URL:"; tail -20 "$DIR/server.log" >&2 || true; exit 1; }
  echo "$URL"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
