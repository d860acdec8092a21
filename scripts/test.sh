#!/usr/bin/env bash
# `make test`: the whole suite, browser journeys included, against a throwaway cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

# The browser journeys drive Debian's Chromium (Playwright's own browser download cannot
# work on these machines). Install it when we can; CI must never skip the journeys.
if ! command -v chromium >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Chromium installeren voor de browsertests…"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    elif [ "${CI:-}" = true ]; then
        echo "Chromium ontbreekt en kan niet worden geïnstalleerd; de browsertests moeten draaien." >&2
        exit 1
    else
        echo "Let op: Chromium ontbreekt; de browsertests worden overgeslagen." >&2
    fi
fi

exec scripts/with-throwaway-db.sh .venv/bin/python -m pytest "$@"
