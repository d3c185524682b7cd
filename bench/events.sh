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
# event has reached its listener. A third run has subscriptions whose query wants no create
# event: the cost of the outbox alone.
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

# utime + stime of a process, in clock ticks.
cpu_ticks() {
  awk '{ print $14 + $15 }' "/proc/$1/stat"
}

run() {
  local subscriptions=$1 data="target/bench-events-$1"
  shift
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
  local before after
  before=$(cpu_ticks "$SERVER_PID")
  "$BENCH" events --url "$url" --key "$key" --subscriptions "$subscriptions" \
    --clients "$CLIENTS" --seconds "$SECONDS_EACH" "$@" | tee -a "$LOG.results"
  after=$(cpu_ticks "$SERVER_PID")
  # Server CPU (user + system) over the run, deliveries included, per interaction created.
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" '
    /^RESULT/ { last = $0 }
    END { split(last, f, " "); for (i in f) if (f[i] ~ /^creates_per_s=/) r = substr(f[i], 15)
          printf "CPU server_ms_per_create=%.3f\n", 1000 * t / hz / (r * '"$SECONDS_EACH"') }' "$LOG.results" | tee -a "$LOG.results"
  kill -TERM "$SERVER_PID"
  wait "$SERVER_PID" || true
  SERVER_PID=""
  rm -rf "$data"
}

rm -f "$LOG.results"
echo "$(nproc) cores; $CLIENTS clients; $SECONDS_EACH s per run"
run 0
run "$SUBSCRIPTIONS"
# Subscriptions that want no create event: the outbox and the workers, without deliveries.
run "$SUBSCRIPTIONS" --query eventType=PartyInteractionDeleteEvent
awk -v n="$SUBSCRIPTIONS" '
  /^RESULT/ { rate[++runs] = substr($3, index($3, "=") + 1) }
  /^CPU/ { cpu[++cpus] = substr($2, index($2, "=") + 1) }
  END {
    printf "creates/s: %.0f with no subscription; %.0f with %d subscriptions (%.1f%% less); ", rate[1], rate[2], n, 100 * (1 - rate[2] / rate[1])
    printf "%.0f with %d subscriptions that want none of the events (%.1f%% less)\n", rate[3], n, 100 * (1 - rate[3] / rate[1])
    printf "server CPU ms per create: %.3f with no subscription; %.3f with %d (+%.0f%%); %.3f with %d that want none (+%.0f%%)\n", cpu[1], cpu[2], n, 100 * (cpu[2] / cpu[1] - 1), cpu[3], n, 100 * (cpu[3] / cpu[1] - 1)
  }' "$LOG.results"
rm -f "$LOG.results"
