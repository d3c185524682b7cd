#!/usr/bin/env bash
# The backup round trip on a store of 100,000 interactions (or $1): seeded through `import`,
# exported through the running server, imported into a fresh store, exported again, and
# compared byte for byte; a second import must add nothing. It is the contract test
# operations::backup::export_import_export_round_trip..., which runs on 5,000 interactions in
# `cargo test`; a release build keeps the 100,000 to about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."
export PARTY_INTERACTION_ROUND_TRIP_SIZE="${1:-100000}"
cargo test --release --locked -p party-interaction-contract-tests --test contract -- \
    operations::backup::export_import_export_round_trip --nocapture 2>&1 \
    | grep -E "round trip of|test result|panicked|FAILED"
