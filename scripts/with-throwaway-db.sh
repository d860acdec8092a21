#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster that is removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

tmp=$(mktemp -d "${TMPDIR:-/tmp}/privacyportaal-db.XXXXXX")
chmod 755 "$tmp"
cleanup() {
    scripts/pgcluster.sh stop "$tmp" || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# Durability is pointless for a database that is thrown away; skipping fsync saves minutes.
DATABASE_URL=$(PGCLUSTER_FSYNC=off scripts/pgcluster.sh start "$tmp")
export DATABASE_URL
export SECRET_KEY=${SECRET_KEY:-throwaway-$(date +%s%N)-not-secret}
export PRIVATE_MEDIA_ROOT="$tmp/private_media"
"$@"
