#!/usr/bin/env bash
# Runs the benchmark on a fresh clone as on a working copy: installs what is
# missing and starts the services, as npm test does. Arguments go to
# bench/run-bench.ts (--quick, --events N, --cpu-prof). HUB_MONGO_PORT and
# HUB_REDIS_PORT start (or reuse) the services on other ports; MONGODB_URI and
# REDIS_URL point it at servers of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh up
export MONGODB_URI=${MONGODB_URI:-mongodb://127.0.0.1:${HUB_MONGO_PORT:-27017}/kayse_hub}
export REDIS_URL=${REDIS_URL:-redis://127.0.0.1:${HUB_REDIS_PORT:-6379}}
exec node -r ts-node/register/transpile-only -r tsconfig-paths/register bench/run-bench.ts "$@"
