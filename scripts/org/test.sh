#!/usr/bin/env bash
# npm run test:org — runs every Apex test of the package in the scratch org, with code coverage.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

require_scratch_org
mkdir -p .gate/apex-tests
sf_cli apex run test --target-org "$SCRATCH_ALIAS" --test-level RunLocalTests --code-coverage \
    --result-format human --output-dir .gate/apex-tests --wait 60
