#!/usr/bin/env bash
# Read latency of party-interaction-server on a large store, with figures printed at the end.
#
#   bench/run.sh                  1,000,000 interactions across 100,000 customers, 16 clients
#   INTERACTIONS=100000 CUSTOMERS=10000 CLIENTS=16 BENCH_SECONDS=20 bench/run.sh
#
# The store is seeded once into target/bench-data-<interactions>-<customers> (reused by later
# runs; delete it to reseed). The server and the load generator are release builds on this
# machine, on loopback, so they share its cores: the figures include that contention.
set -euo pipefail
cd "$(dirname "$0")/.."

INTERACTIONS=${INTERACTIONS:-1000000}
CUSTOMERS=${CUSTOMERS:-100000}
CLIENTS=${CLIENTS:-16}
SECONDS_EACH=${BENCH_SECONDS:-20}
DATA="target/bench-data-$INTERACTIONS-$CUSTOMERS"
# The page cache holds the whole store (2.7 GiB on disk for the default size).
export PARTY_INTERACTION_CACHE_MB=${PARTY_INTERACTION_CACHE_MB:-4096}

cargo build --release --quiet -p party-interaction-server -p party-interaction-bench
BENCH=target/release/party-interaction-bench
SERVER=target/release/party-interaction-server

if [ ! -f "$DATA/seeded" ]; then
  rm -rf "$DATA"
  "$BENCH" seed --data-dir "$DATA" --interactions "$INTERACTIONS" --customers "$CUSTOMERS"
  touch "$DATA/seeded"
fi

"$BENCH" ids --data-dir "$DATA" --count 10000 >"$DATA/bench-ids.txt"
KEY=$("$SERVER" keys add --data-dir "$DATA" --name "bench-$$" --scopes read | tail -n 1)
LOG=$(mktemp)
"$SERVER" serve --data-dir "$DATA" --bind 127.0.0.1:0 >"$LOG" 2>"$LOG.err" &
SERVER_PID=$!
cleanup() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  "$SERVER" keys revoke --data-dir "$DATA" "bench-$$" >/dev/null || true
  rm -f "$LOG" "$LOG.err"
}
trap cleanup EXIT

URL=""
for _ in $(seq 1 600); do
  URL=$(sed -n 's/^Listening on //p' "$LOG")
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { cat "$LOG.err" >&2; echo "the server did not start" >&2; exit 1; }

echo "store: $INTERACTIONS interactions, $CUSTOMERS customers; page cache $PARTY_INTERACTION_CACHE_MB MiB; $(nproc) cores; $CLIENTS clients"
load() {
  # A short warm-up first, so that the figures are for a running server, not a cold cache.
  "$BENCH" load --url "$URL" --key "$KEY" --clients "$CLIENTS" --customers "$CUSTOMERS" \
    --ids-file "$DATA/bench-ids.txt" --seconds 3 "$@" >/dev/null
  "$BENCH" load --url "$URL" --key "$KEY" --clients "$CLIENTS" --customers "$CUSTOMERS" \
    --ids-file "$DATA/bench-ids.txt" --seconds "$SECONDS_EACH" "$@"
}
load --read customer-history
load --read by-id
