#!/usr/bin/env bash
# Runs every test (unit, integration against real PostgreSQL/Redis/Kafka, end-to-end through the gateway)
# and ends with one line: "N passed, N failed". Installs what it needs on a fresh clone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
mkdir -p .run

bash deploy/local/install.sh
# Endpoints from the environment win; with Docker and none configured, the harness uses testcontainers;
# otherwise the local servers (started here if needed).
if [ -n "${TEST_DATABASE_ADMIN_URL:-}${TEST_KAFKA_BROKERS:-}" ] || ! docker info >/dev/null 2>&1; then
  if [ -z "${TEST_DATABASE_ADMIN_URL:-}${TEST_KAFKA_BROKERS:-}" ]; then bash deploy/local/infra.sh up; fi
  export MM_TEST_USE_LOCAL=1
fi
status=0
npx jest --ci --maxWorkers=2 --json --outputFile=.run/jest-results.json "$@" || status=$?
node -e '
  const r = require(process.argv[1]);
  const failed = r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(`${r.numPassedTests} passed, ${failed} failed`);
' "$ROOT/.run/jest-results.json" || { echo "0 passed, 1 failed"; exit 1; }
exit "$status"
