#!/usr/bin/env bash
# Runs every test: type check, unit tests, end-to-end suites on real Redis and FerretDB.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/services.sh up
echo "[test] type check" >&2
npx tsc -p tsconfig.json --noEmit
echo "[test] jest" >&2
npx jest --ci "$@"
