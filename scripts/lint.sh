#!/usr/bin/env bash
# The checks that need no services, fastest first to fail: types, lint (with the
# import boundaries), formatting, dead code. `npm test` runs this before the suites.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[lint] type check (tsc)" >&2
npx tsc -p tsconfig.json --noEmit
echo "[lint] eslint: type-aware rules and import boundaries" >&2
npx eslint --cache --cache-strategy content --cache-location node_modules/.cache/eslint/ --max-warnings 0 .
echo "[lint] prettier --check" >&2
npx prettier --check --log-level warn .
echo "[lint] knip: unused files, exports and dependencies" >&2
npx knip --no-progress
