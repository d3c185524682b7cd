#!/usr/bin/env bash
# Property-based conformance run of schemathesis against the real server.
#
#   tests/schemathesis.sh [extra schemathesis run options...]
#
# Installs schemathesis (pinned) into .tools/schemathesis (gitignored) if needed, builds
# party-interaction-server, starts it on 127.0.0.1:0 with a fresh temporary data
# directory and an API key made with `keys add`, runs every schemathesis check on
# spec/party-interaction.merged.json (the operator's spec plus the overlay's operations, as
# codegen.sh merges them), stops the server and exits non-zero on any failure.
#
# Environment:
#   SCHEMATHESIS_MAX_EXAMPLES  test cases per operation and phase (default 100)
#   SCHEMATHESIS_MAX_TIME      time budget of the run in seconds: the fuzzing and stateful
#                              phases repeat until it is spent (default: none, one pass)
#   SCHEMATHESIS_SEED          fix the random seed to reproduce a run
#   CARGO_PROFILE              cargo profile to build the server with (default dev)
set -euo pipefail

SCHEMATHESIS_VERSION="4.32.5"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.tools/schemathesis"
SPEC="$ROOT/spec/party-interaction.merged.json"
CARGO="${CARGO:-cargo}"
PROFILE="${CARGO_PROFILE:-dev}"

log() { printf 'schemathesis.sh: %s\n' "$*" >&2; }

# 1. schemathesis, pinned, in its own virtualenv.
if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -qF "$SCHEMATHESIS_VERSION"; then
    log "installing schemathesis $SCHEMATHESIS_VERSION into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$SCHEMATHESIS_VERSION"
fi

# 2. The server binary.
log "building party-interaction-server ($PROFILE)"
"$CARGO" build --manifest-path "$ROOT/Cargo.toml" --profile "$PROFILE" \
    -p party-interaction-server --bin party-interaction-server >&2
TARGET_DIR="$("$CARGO" metadata --manifest-path "$ROOT/Cargo.toml" --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
if [ "$PROFILE" = dev ]; then PROFILE_DIR=debug; else PROFILE_DIR="$PROFILE"; fi
SERVER="$TARGET_DIR/$PROFILE_DIR/party-interaction-server"

# 3. A fresh data directory with one read,write key, and the server on a free port.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/party-interaction-schemathesis.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

for var in BIND DATA_DIR JWKS_FILE JWT_ISSUER JWT_AUDIENCE BODY_LIMIT PUBLIC_URL LOG_FORMAT; do
    unset "PARTY_INTERACTION_$var"
done

KEY="$("$SERVER" keys add --name schemathesis --scopes read,write --data-dir "$WORK/data" | tail -n 1)"
[ -n "$KEY" ] || { log "keys add printed no key"; exit 1; }

"$SERVER" serve --bind 127.0.0.1:0 --data-dir "$WORK/data" >"$WORK/stdout" 2>"$WORK/stderr" &
SERVER_PID=$!

BASE_URL=""
for _ in $(seq 1 300); do
    BASE_URL="$(sed -n 's/^Listening on //p' "$WORK/stdout" | head -n 1)"
    [ -n "$BASE_URL" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$BASE_URL" ]; then
    log "the server did not report a listening address within 30 s; its stderr:"
    cat "$WORK/stderr" >&2
    exit 1
fi
log "server at $BASE_URL (pid $SERVER_PID)"

# 4. schemathesis, bounded: every check, every phase (examples, coverage, fuzzing, and the
#    stateful phase, which chains operations along the links schemathesis infers, e.g. create
#    then retrieve, patch and delete the created id), a fixed number of examples per phase.
ST_ARGS=(
    run "$SPEC"
    --url "$BASE_URL/partyInteraction/v1"
    --header "X-API-Key: $KEY"
    --checks all
    --max-examples "${SCHEMATHESIS_MAX_EXAMPLES:-100}"
    --request-timeout 10
)
if [ -n "${SCHEMATHESIS_MAX_TIME:-}" ]; then
    ST_ARGS+=(--max-time "$SCHEMATHESIS_MAX_TIME")
fi
if [ -n "${SCHEMATHESIS_SEED:-}" ]; then
    ST_ARGS+=(--seed "$SCHEMATHESIS_SEED")
fi

set +e
(cd "$WORK" && "$VENV/bin/schemathesis" --config-file "$ROOT/tests/schemathesis.toml" "${ST_ARGS[@]}" "$@")
STATUS=$?
set -e

if ! kill -0 "$SERVER_PID" 2>/dev/null; then
    log "the server died during the run; its stderr:"
    tail -n 50 "$WORK/stderr" >&2
    STATUS=1
fi
exit "$STATUS"
