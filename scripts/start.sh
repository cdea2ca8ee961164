#!/usr/bin/env bash
# Runs the hub (API and worker in one process) on its local defaults, with a short demo.
# Honours PORT, HUB_ADMIN_TOKEN, MONGODB_URI, REDIS_URL; HUB_DEMO=0 skips the demo.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh up
echo "[start] building" >&2
npx tsc -p tsconfig.build.json

mkdir -p .data
secret() { # a value kept across runs in .data/, generated the first time
  [ -s ".data/$1" ] || node -e "process.stdout.write(require('crypto').randomBytes($2).toString('hex'))" >".data/$1"
  chmod 600 ".data/$1"; cat ".data/$1"
}
export HUB_ADMIN_TOKEN=${HUB_ADMIN_TOKEN:-$(secret admin-token 24)}
export HUB_ENCRYPTION_KEY=${HUB_ENCRYPTION_KEY:-$(secret encryption-key 32)}
export PORT=${PORT:-3000}
export HUB_ROLE=${HUB_ROLE:-all}
# Local runs keep the terminal readable; production sets LOG_LEVEL=info (JSON lines on stdout).
export LOG_LEVEL=${LOG_LEVEL:-warn}
export TS_NODE_BASEURL=./dist
URL="http://127.0.0.1:$PORT"

node -r tsconfig-paths/register dist/apps/hub/src/main.js &
HUB_PID=$!
trap 'kill -TERM $HUB_PID 2>/dev/null; wait $HUB_PID' INT TERM

for _ in $(seq 1 150); do
  curl -fs "$URL/health/ready" >/dev/null 2>&1 && break
  kill -0 $HUB_PID 2>/dev/null || { echo "[start] the hub exited" >&2; exit 1; }
  sleep 0.2
done

cat >&2 <<MSG

  Kayse Hub is running: $URL
  API docs (OpenAPI):   $URL/docs
  Health / metrics:     $URL/health/ready  $URL/metrics
  Platform admin token: $HUB_ADMIN_TOKEN
    (creates workspaces: POST /v1/workspaces with "Authorization: Bearer <token>")

MSG
if [ "${HUB_DEMO:-1}" != 0 ]; then
  HUB_URL=$URL TS_NODE_BASEURL= npm run --silent demo || echo "[start] the demo failed (the hub keeps running)" >&2
fi
echo "[start] Ctrl-C stops the hub" >&2
wait $HUB_PID
