#!/usr/bin/env bash
# Starts the whole system on this machine: infrastructure, the five services, the demo organization,
# the gateway. Stays in the foreground; Ctrl-C stops everything it started (including Kafka).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUN="$ROOT/.run"
LOGS="$RUN/logs"
mkdir -p "$LOGS"
say() { echo "[start] $*"; }

bash deploy/local/install.sh
rm -f "$RUN/kafka.started" # infra.sh marks Kafka as ours only if this run starts it
bash deploy/local/infra.sh up
node deploy/local/build.mjs

ADMIN_URL="${DATABASE_ADMIN_URL:-postgres://postgres:postgres@127.0.0.1:5432/postgres}"
PG_HOSTPORT="$(node -e 'const u = new URL(process.argv[1]); console.log(u.host)' "$ADMIN_URL")"
export KAFKA_BROKERS="${KAFKA_BROKERS:-127.0.0.1:9092}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export JWKS_URL="http://127.0.0.1:4001/.well-known/jwks.json"
export NODE_ENV="${NODE_ENV:-development}"
SECRET="${SIGNING_KEY_SECRET:-local-development-signing-key-secret-0001}"

PIDS=()
cleanup() {
  trap - INT TERM EXIT
  say "stopping"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 20); do
    alive=0
    for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
    [ "$alive" = 0 ] && break
    sleep 0.5
  done
  for pid in "${PIDS[@]}"; do kill -9 "$pid" 2>/dev/null && say "process $pid did not stop in 10 s; killed"; done
  bash deploy/local/infra.sh down
  say "stopped"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

db_url() { echo "postgres://mm_$1_app:mm_$1_app@$PG_HOSTPORT/mentormesh_$1"; }

start_service() {
  local name=$1 port=$2 entry=$3
  shift 3
  env PORT="$port" DATABASE_URL="$(db_url "$name")" DATABASE_ADMIN_URL="$ADMIN_URL" "$@" \
    node "$entry" >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
}

wait_ready() {
  local name=$1 url=$2
  for _ in $(seq 1 90); do
    if curl -fsS "$url" >/dev/null 2>&1; then say "$name ready"; return; fi
    sleep 1
  done
  say "$name did not become ready; last log lines:"; tail -20 "$LOGS/$name.log"; exit 1
}

start_service identity 4001 services/identity/dist/main.js SIGNING_KEY_SECRET="$SECRET" DEV_LOGIN_ENABLED=true
wait_ready identity http://127.0.0.1:4001/health/ready
start_service matching 4002 services/matching/dist/main.js
start_service scheduling 4003 services/scheduling/dist/main.js
start_service feedback 4004 services/feedback/dist/main.js
start_service recognition 4005 services/recognition/dist/main.js
for s in matching:4002 scheduling:4003 feedback:4004 recognition:4005; do wait_ready "${s%%:*}" "http://127.0.0.1:${s##*:}/health/ready"; done

say "seeding the demo organization"
env DATABASE_URL="$(db_url identity)" SIGNING_KEY_SECRET="$SECRET" LOG_LEVEL=warn \
  node services/identity/dist/cli/seed-demo.js "${DEMO_EMPLOYEES:-300}" | tee "$RUN/demo.json"

env PORT=4000 node gateway/dist/main.js >"$LOGS/gateway.log" 2>&1 &
PIDS+=($!)
wait_ready gateway http://127.0.0.1:4000/health/ready

say "giving the demo mentors profiles and availability (through the gateway)"
node deploy/local/seed-demo-activity.mjs demo http://127.0.0.1:4001 http://127.0.0.1:4000 | tee "$RUN/demo-activity.json"

cat <<INFO

  MentorMesh is running.
  Gateway:  http://localhost:4000/graphql      (logs in .run/logs/)
  Get a demo token (development login, enabled only here):
    TOKEN=\$(curl -s -X POST localhost:4001/dev/login -H 'content-type: application/json' \\
      -d '{"tenant":"demo","email":"admin@demo.mentormesh.dev"}' | node -pe 'JSON.parse(require("fs").readFileSync(0)).accessToken')
  First query:
    curl -s localhost:4000/graphql -H "authorization: Bearer \$TOKEN" -H 'content-type: application/json' \\
      -d '{"query":"{ me { displayName roles } employees(page: {first: 3}) { edges { node { displayName department timeZone mentorProfile { isMentor } } } } }"}'
  Then ask for help in plain words (README, "A first query"):
    recommendMentors(input: { question: "..." }, first: 5)

  Ctrl-C stops everything.
INFO
wait -n "${PIDS[@]}" || true
say "a process exited on its own; see .run/logs/"
exit 1
