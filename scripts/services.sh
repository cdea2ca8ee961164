#!/usr/bin/env bash
# Brings up (or down) the local services the hub needs: Redis and a
# MongoDB-wire server. Installs what is missing. Honours MONGODB_URI and
# REDIS_URL: when set, that service is the user's and is left alone.
#   bash scripts/services.sh up|down|status
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DATA="$ROOT/.data"
RUN="$ROOT/.run"
REDIS_PORT=${HUB_REDIS_PORT:-6379}
MONGO_PORT=${HUB_MONGO_PORT:-27017}
FERRETDB_BIN="$DATA/bin/ferretdb"
mkdir -p "$DATA" "$RUN"

log() { printf '[services] %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

wait_port() {
  local port=$1 name=$2
  for _ in $(seq 1 100); do port_open "$port" && return 0; sleep 0.2; done
  log "$name did not open port $port; see $RUN/$name.log"; tail -20 "$RUN/$name.log" >&2 || true; exit 1
}

wait_closed() {
  for _ in $(seq 1 100); do port_open "$1" || return 0; sleep 0.2; done
  log "port $1 is still open"; exit 1
}

ensure_redis_installed() {
  command -v redis-server >/dev/null && return
  log "installing redis-server from Debian packages"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
}

start_redis() {
  if [ -n "${REDIS_URL:-}" ]; then log "REDIS_URL is set: using $REDIS_URL"; return; fi
  if port_open "$REDIS_PORT"; then log "redis already listening on $REDIS_PORT"; return; fi
  ensure_redis_installed
  mkdir -p "$DATA/redis"
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$DATA/redis" \
    --appendonly yes --appendfsync everysec --save "" \
    --pidfile "$RUN/redis.pid" --logfile "$RUN/redis.log"
  wait_port "$REDIS_PORT" redis
  log "redis on 127.0.0.1:$REDIS_PORT"
}

# FerretDB's `go install` binary refuses to start without the version file its
# release build generates, so we build its embeddable package (tools/ferretdb),
# with its SQLite _id-index bug fixed (see tools/ferretdb/build.sh).
build_ferretdb() {
  local newest
  newest=$(ls -t "$ROOT"/tools/ferretdb/{main.go,go.sum,build.sh,id-index.sed,*.patch} | head -1)
  if [ -x "$FERRETDB_BIN" ] && [ "$FERRETDB_BIN" -nt "$newest" ]; then return; fi
  command -v go >/dev/null || { log "Go is needed to build FerretDB (or set MONGODB_URI)"; exit 1; }
  log "building FerretDB 1.24 (first time only, a few minutes)"
  local started=$SECONDS
  bash "$ROOT/tools/ferretdb/build.sh" "$FERRETDB_BIN"
  log "FerretDB built in $((SECONDS - started)) s"
}

start_mongo() {
  if [ -n "${MONGODB_URI:-}" ]; then log "MONGODB_URI is set: using it"; return; fi
  if port_open "$MONGO_PORT" && [ -f "$RUN/ferretdb.pid" ] && kill -0 "$(cat "$RUN/ferretdb.pid")" 2>/dev/null; then
    build_ferretdb
    # Our own FerretDB, started before its binary was rebuilt: restart it on the new one.
    if [ "$FERRETDB_BIN" -nt "$RUN/ferretdb.pid" ]; then stop_one ferretdb; wait_closed "$MONGO_PORT"; fi
  fi
  if port_open "$MONGO_PORT"; then log "MongoDB-wire server already listening on $MONGO_PORT"; return; fi
  if command -v mongod >/dev/null; then
    mkdir -p "$DATA/mongod"
    mongod --bind_ip 127.0.0.1 --port "$MONGO_PORT" --dbpath "$DATA/mongod" --fork \
      --logpath "$RUN/mongod.log" --pidfilepath "$RUN/mongod.pid" >/dev/null
    wait_port "$MONGO_PORT" mongod
    log "mongod on 127.0.0.1:$MONGO_PORT"
    return
  fi
  build_ferretdb
  # Its SQLite settings are the build's defaults (tools/ferretdb/main.go), shared with the tests' private FerretDBs.
  nohup "$FERRETDB_BIN" -listen-addr "127.0.0.1:$MONGO_PORT" -sqlite-dir "$DATA/ferretdb" >"$RUN/ferretdb.log" 2>&1 &
  echo $! >"$RUN/ferretdb.pid"
  wait_port "$MONGO_PORT" ferretdb
  log "FerretDB (SQLite) on 127.0.0.1:$MONGO_PORT, data in $DATA/ferretdb"
}

stop_one() {
  local pidfile="$RUN/$1.pid"
  [ -f "$pidfile" ] || return 0
  kill "$(cat "$pidfile")" 2>/dev/null || true
  rm -f "$pidfile"
  log "stopped $1"
}

case "${1:-up}" in
  up) start_redis; start_mongo ;;
  down) stop_one redis; stop_one ferretdb; stop_one mongod ;;
  build-ferretdb) build_ferretdb ;;
  status)
    port_open "$REDIS_PORT" && echo "redis: up ($REDIS_PORT)" || echo "redis: down"
    port_open "$MONGO_PORT" && echo "mongo-wire: up ($MONGO_PORT)" || echo "mongo-wire: down" ;;
  *) echo "usage: $0 up|down|status|build-ferretdb" >&2; exit 2 ;;
esac
