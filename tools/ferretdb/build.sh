#!/usr/bin/env bash
# Builds FerretDB 1.24 (SQLite backend) through its embeddable package, with three
# changes to upstream:
# - id-index.sed: the SQLite backend creates the _id index on the expression
#   _ferretdb_sjson->"_id" but queries by _ferretdb_sjson->'$._id', which SQLite
#   does not match to the index, so every lookup by _id scans the whole table
#   (cost grows with the collection). Both spell the same JSON path; the fix
#   makes the queries use the index's spelling.
# - update-statements.patch: an update command kept every statement's query open
#   until the command returned, so one with 100 or more statements took all 100
#   pooled connections and hung, and every other command behind it. Each
#   statement now reads its matches and closes its query before it writes.
# - filter-pushdown.patch: any filter but { _id } read and decoded every
#   document of the collection, so a query's cost grew with the table (a hub's
#   sweeper, run every few seconds, came to use a core after a day). Top-level
#   equalities to a string or ObjectId (also inside $or) now become a WHERE
#   clause on the expression the field's index is built on.
# The module is the checksummed upstream one, copied and patched in a temporary
# directory that a temporary go.mod (-modfile) points to; the build fails if a
# fix no longer applies. Usage: build.sh <output binary>
set -euo pipefail
out="$1"
cd "$(dirname "$0")"
export GOFLAGS=-mod=mod
go mod download github.com/FerretDB/FerretDB
module_dir=$(go list -m -f '{{.Dir}}' github.com/FerretDB/FerretDB)
original="$module_dir/internal/backends/sqlite/metadata/metadata.go"
work=$(mktemp -d)
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
cp -r "$module_dir" "$work/ferretdb"
chmod -R u+w "$work/ferretdb"
patched="$work/ferretdb/internal/backends/sqlite/metadata/metadata.go"
sed -i -f id-index.sed "$patched"
if ! grep -q 'IDColumn = DefaultColumn + `->"_id"`' "$patched"; then
  echo "tools/ferretdb/build.sh: the _id index fix no longer applies to FerretDB's $patched" >&2
  exit 1
fi
for fix in *.patch; do
  patch --batch --forward --silent -p1 -d "$work/ferretdb" <"$fix" || {
    echo "tools/ferretdb/build.sh: $fix no longer applies to FerretDB's module" >&2
    exit 1
  }
done
cp go.mod "$work/go.mod"
cp go.sum "$work/go.sum"
echo "replace github.com/FerretDB/FerretDB => $work/ferretdb" >>"$work/go.mod"
go build -modfile "$work/go.mod" -o "$out" .
