#!/usr/bin/env bash
# Create throughput with event subscriptions active, against none, with figures at the end.
#
#   bench/events.sh                    10 subscriptions, 16 clients, 20 s per run
#   SUBSCRIPTIONS=10 CLIENTS=16 BENCH_SECONDS=20 bench/events.sh
#
# Each run starts the release server on a fresh store in target/bench-events-<n>. The
# listeners live in the load generator's process and answer 204 at once; server, load and
# listeners share this machine's cores on loopback, so the figures include that contention
# (delivering 10 events per create is work the same cores do). A run counts only once every
# event has reached its listener.
set -euo pipefail
cd "$(dirname "$0")/.."

SUBSCRIPTIONS=${SUBSCRIPTIONS:-10}
CLIENTS=${CLIENTS:-16}
SECONDS_EACH=${BENCH_SECONDS:-20}

cargo build --release --quiet -p party-interaction-server -p party-interaction-bench
BENCH=target/release/party-interaction-bench
SERVER=target/release/party-interaction-server

SERVER_PID=""
LOG=$(mktemp)
cleanup() {
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -f "$LOG" "$LOG.err"
}
trap cleanup EXIT

run() {
  local subscriptions=$1 data="target/bench-events-$1"
  rm -rf "$data"
  local key
  key=$("$SERVER" keys add --data-dir "$data" --name bench --scopes read,write | tail -n 1)
  "$SERVER" serve --data-dir "$data" --bind 127.0.0.1:0 \
    --events-allow-http --events-allow-networks 127.0.0.0/8 >"$LOG" 2>"$LOG.err" &
  SERVER_PID=$!
  local url=""
  for _ in $(seq 1 600); do
    url=$(sed -n 's/^Listening on //p' "$LOG")
    [ -n "$url" ] && break
    sleep 0.1
  done
  [ -n "$url" ] || { cat "$LOG.err" >&2; echo "the server did not start" >&2; exit 1; }
  "$BENCH" events --url "$url" --key "$key" --subscriptions "$subscriptions" \
    --clients "$CLIENTS" --seconds "$SECONDS_EACH" | tee -a "$LOG.results"
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" || true
  SERVER_PID=""
  rm -rf "$data"
}

rm -f "$LOG.results"
echo "$(nproc) cores; $CLIENTS clients; $SECONDS_EACH s per run"
run 0
run "$SUBSCRIPTIONS"
awk -v n="$SUBSCRIPTIONS" '
  /^RESULT/ {
    for (i = 2; i <= NF; i++) { split($i, kv, "="); v[$2, kv[1]] = kv[2] }
    if ($2 == "subscriptions=0") base = v[$2, "creates_per_s"]
    else { with = v[$2, "creates_per_s"]; key = $2 }
  }
  END {
    printf "creates/s: %.0f with no subscription, %.0f with %d: %.1f%% less\n", base, with, n, 100 * (1 - with / base)
  }' "$LOG.results"
rm -f "$LOG.results"
