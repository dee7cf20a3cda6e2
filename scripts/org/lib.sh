#!/usr/bin/env bash
# Shared helpers for the org scripts: precondition checks that say exactly what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SCRATCH_ALIAS="${KEYSTONE_ORG_ALIAS:-keystone}"
export SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true

fail() {
    echo "error: $*" >&2
    exit 1
}

# The Salesforce CLI: a global `sf` if there is one, otherwise the project's own (npm install).
sf_cli() {
    if command -v sf >/dev/null 2>&1; then
        sf "$@"
    elif [ -x "$ROOT/node_modules/.bin/sf" ]; then
        "$ROOT/node_modules/.bin/sf" "$@"
    else
        fail "the Salesforce CLI is not installed: run 'npm install' in $ROOT (or install sf globally)"
    fi
}

require_dev_hub() {
    local hub
    hub="$(sf_cli config get target-dev-hub --json 2>/dev/null | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{const r=JSON.parse(s).result;console.log((r&&r[0]&&r[0].value)||"")}catch{console.log("")}})')"
    [ -n "$hub" ] || fail "no default Dev Hub: authorise one with 'npx sf org login web --set-default-dev-hub --alias devhub'"
    sf_cli org display --target-org "$hub" --json >/dev/null 2>&1 ||
        fail "the Dev Hub '$hub' is not reachable or its session expired: run 'npx sf org login web --set-default-dev-hub --alias $hub'"
    echo "Dev Hub: $hub"
}

require_scratch_org() {
    sf_cli org display --target-org "$SCRATCH_ALIAS" --json >/dev/null 2>&1 ||
        fail "no scratch org '$SCRATCH_ALIAS': run 'npm run org:setup' first (or set KEYSTONE_ORG_ALIAS)"
}
