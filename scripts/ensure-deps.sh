#!/usr/bin/env bash
# Installs npm dependencies where node_modules is missing or older than the lock file:
# the hub itself, and the Zapier app (a package of its own, built on zapier-platform-core).
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in . apps/zapier; do
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    echo "[deps] npm ci in $dir" >&2
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done
