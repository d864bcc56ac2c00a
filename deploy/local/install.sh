#!/usr/bin/env bash
# npm ci when node_modules is missing or older than package-lock.json; a second run does nothing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
stamp=node_modules/.mentormesh-lock
if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
  echo "[install] npm ci"
  # npm 11 writes lock files without the other platforms' optional bindings of unrs-resolver (a jest
  # dependency) and then refuses them in `npm ci`; `npm install` installs the same locked versions.
  npm ci --no-audit --no-fund --loglevel=error || npm install --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
