#!/usr/bin/env bash
# `make run`: the portal with demo content on http://127.0.0.1:8000, on a private PostgreSQL
# cluster in .pgdata/ (kept between runs) unless DATABASE_URL points elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

export DEBUG=${DEBUG:-1}
if [ -z "${DATABASE_URL:-}" ]; then
    DATABASE_URL=$(scripts/pgcluster.sh start .pgdata)
    export DATABASE_URL
    trap 'scripts/pgcluster.sh stop .pgdata' EXIT
fi
export PRIVATE_MEDIA_ROOT=${PRIVATE_MEDIA_ROOT:-$PWD/.pgdata/private_media}

.venv/bin/python manage.py migrate --no-input
.venv/bin/python manage.py demo_data --logins-file .pgdata/demo-logins.txt
echo "Privacyportaal draait op http://127.0.0.1:8000 (stoppen met Ctrl+C)"
.venv/bin/python manage.py runserver 127.0.0.1:8000
