#!/usr/bin/env bash
# Runs every test: the static checks (type check, lint with the import
# boundaries, format check, dead code: scripts/lint.sh), unit tests, end-to-end
# suites on real Redis and FerretDB, then the Zapier app's own tests against a
# running hub.
# Arguments go to jest (e.g. a path); with arguments the Zapier app is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/lint.sh
bash scripts/services.sh up
# The fault suite runs a private FerretDB it can stop and start, even when MONGODB_URI points elsewhere.
bash scripts/services.sh build-ferretdb
echo "[test] jest" >&2
mkdir -p .run
npx jest --ci --json --outputFile=.run/jest-results.json "$@"
node -e 'const r = require("./.run/jest-results.json"); console.log(`jest: ${r.numPassedTests} passed, ${r.numFailedTests} failed`)'
if [ $# -eq 0 ]; then
  echo "[test] Zapier app (zapier-platform-core's app tester against a running hub)" >&2
  node -r ts-node/register/transpile-only -r tsconfig-paths/register test/zapier-app/run-zapier-app-tests.ts --ci
fi
