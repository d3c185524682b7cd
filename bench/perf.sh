#!/usr/bin/env bash
# The benchmark suite: the real server against a ceiling, driven by wrk, with a table at the end.
#
#   bench/perf.sh            release build; creates at 1, 16, 64 and 256 connections on a fresh
#                            store, then the read-heavy mix, reads by id and start-up on a store
#                            of 1,000,000 interactions (seeded once, four to five minutes on two
#                            cores, kept in target/bench-data-1000000-100000 and shared with
#                            bench/run.sh; delete it to seed again), and checks the targets
#   bench/perf.sh --quick    seconds, not minutes: creates at 64 connections on a fresh store
#                            against the ceiling, with the debug build that `cargo test` leaves;
#                            what .ci/run runs (BENCH_PROFILE=release for the release build). It
#                            fails only if requests fail, never on a ratio.
#
# bench/postgres.sh runs the same workloads on the PostgreSQL store; both source bench/lib.sh.
#
# Settings from the environment: BENCH_SECONDS (per workload; 15, quick 3), INTERACTIONS and
# CUSTOMERS (the large store), READ_CONNECTIONS (read workloads; 16), PARTY_INTERACTION_CACHE_MB
# (the server's default unless set). wrk is installed with apt-get when missing.
#
# The ceiling (`party-interaction-bench ceiling`) is a bare hyper 1 server answering every
# request with a canned answer of the real server's size: the ratio says how much of what this
# machine, its loopback and wrk allow the real server reaches. Load generator, server and
# ceiling share the machine's cores, as they would not in production.
set -euo pipefail
cd "$(dirname "$0")/.."

QUICK=false
[ "${1:-}" = "--quick" ] && QUICK=true

if $QUICK; then
  PROFILE=${BENCH_PROFILE:-debug}
  SECONDS_EACH=${BENCH_SECONDS:-3}
else
  PROFILE=release
  SECONDS_EACH=${BENCH_SECONDS:-15}
fi
INTERACTIONS=${INTERACTIONS:-1000000}
CUSTOMERS=${CUSTOMERS:-100000}
READ_CONNECTIONS=${READ_CONNECTIONS:-16}
LARGE="target/bench-data-$INTERACTIONS-$CUSTOMERS"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/party-interaction-perf.XXXXXX")
export BENCH_RUN="$(date +%s)-$$"

# shellcheck source=bench/lib.sh
. bench/lib.sh
ensure_wrk
build "$PROFILE"
trap cleanup EXIT

# JSON bytes and number of the interactions of a stopped server's store.
json_size() {
  "$SERVER" export --data-dir "$1" --output - 2>/dev/null | wc -lc
}

echo "party-interaction perf ($PROFILE build): $(machine_line)"

# --- Creates on a fresh store ---------------------------------------------------------------
FRESH="$WORK/fresh"
mkdir -p "$FRESH"
export BENCH_KEY
BENCH_KEY=$("$SERVER" keys add --data-dir "$FRESH" --name bench --scopes read,write | tail -n 1)
export BENCH_CUSTOMERS=$CUSTOMERS
start server "$SERVER" serve --data-dir "$FRESH" --bind 127.0.0.1:0
SERVER_URL=$URL
SERVER_PID=$PID
full_body >"$WORK/full.json"
capture -X POST -H 'Content-Type: application/json' --data-binary @"$WORK/full.json" \
  "$SERVER_URL/partyInteraction/v1/partyInteraction" >"$WORK/created.json"
start ceiling-create "$BENCH" ceiling --status 201 --body-file "$WORK/created.json"
CEILING_URL=$URL
CEILING_PID=$PID

if $QUICK; then
  CONNECTIONS=(64)
else
  CONNECTIONS=(1 16 64 256)
fi
for connections in "${CONNECTIONS[@]}"; do
  URL=$SERVER_URL drive create "$connections"
  real=$RESULT
  URL=$CEILING_URL drive create "$connections"
  row create "$connections" "$real" "$RESULT" "$(rss_mib "$SERVER_PID")"
  if [ "$connections" = 64 ]; then
    CREATE_64=$real
    CEILING_64=$RESULT
  fi
done
stop "$CEILING_PID"
stop "$SERVER_PID"
read -r FRESH_COUNT FRESH_JSON < <(json_size "$FRESH")
FRESH_DISK=$(du -sb "$FRESH/store" | cut -f1)

print_table() {
  echo
  echo "| workload | connections | requests/s | ceiling requests/s | of the ceiling | p50 ms | p99 ms | p99.9 ms | server RSS MiB |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  printf 'fresh store after the creates: %d interactions, %d bytes of JSON, %d bytes on disk: %.0f bytes per interaction, %.2fx the JSON\n' \
    "$FRESH_COUNT" "$FRESH_JSON" "$FRESH_DISK" "$(echo "$FRESH_DISK / $FRESH_COUNT" | bc -l)" \
    "$(echo "$FRESH_DISK / $FRESH_JSON" | bc -l)"
}

if $QUICK; then
  print_table
  [ "$PROFILE" = debug ] &&
    echo "(debug build: the ratio shows regressions from one run to the next, not release figures)"
  exit 0
fi

# --- The large store --------------------------------------------------------------------------
if [ ! -f "$LARGE/seeded" ]; then
  rm -rf "$LARGE"
  # Straight into the store through the call `party-interaction-server import` makes, without
  # a file of generated lines in between: the two took the same time within this machine's
  # noise, as did creates over HTTP at 64 connections (bench/RESULTS.md has the figures).
  seeding_began=$(date +%s)
  "$BENCH" seed --data-dir "$LARGE" --interactions "$INTERACTIONS" --customers "$CUSTOMERS"
  echo "seeded in $(($(date +%s) - seeding_began)) s" >"$LARGE/seeded"
fi
read -r LARGE_COUNT LARGE_JSON < <(json_size "$LARGE")
LARGE_DISK=$(du -sb "$LARGE/store" | cut -f1)
"$BENCH" ids --data-dir "$LARGE" --count 10000 >"$WORK/ids.txt"
export BENCH_IDS_FILE="$WORK/ids.txt"
BENCH_KEY=$("$SERVER" keys add --data-dir "$LARGE" --name "perf-$$" --scopes read,write | tail -n 1)
trap '"$SERVER" keys revoke --data-dir "$LARGE" "perf-$$" >/dev/null 2>&1 || true; cleanup' EXIT

STARTUPS=()
for _ in 1 2 3; do
  start large "$SERVER" serve --data-dir "$LARGE" --bind 127.0.0.1:0
  STARTUPS+=("$(printf '%.2f' "$STARTUP_S")")
  SERVER_URL=$URL
  SERVER_PID=$PID
  [ ${#STARTUPS[@]} -lt 3 ] && stop "$SERVER_PID"
done

customer=$(printf '23324%07d' 1)
capture "$SERVER_URL/partyInteraction/v1/partyInteraction?customerId=$customer&limit=20" \
  >"$WORK/history.json"
capture "$SERVER_URL/partyInteraction/v1/partyInteraction/$(head -n 1 "$WORK/ids.txt")" \
  >"$WORK/one.json"

measure_read() {
  local workload=$1 body=$2
  start "ceiling-$workload" "$BENCH" ceiling --status 200 --body-file "$body"
  CEILING_URL=$URL
  CEILING_PID=$PID
  # A short warm-up of the page caches first, so that the figures are for a running server.
  SECONDS_EACH=3 URL=$SERVER_URL drive "$workload" "$READ_CONNECTIONS"
  URL=$SERVER_URL drive "$workload" "$READ_CONNECTIONS"
  real=$RESULT
  URL=$CEILING_URL drive "$workload" "$READ_CONNECTIONS"
  row "$workload" "$READ_CONNECTIONS" "$real" "$RESULT" "$(rss_mib "$SERVER_PID")"
  stop "$CEILING_PID"
}
measure_read read-heavy "$WORK/history.json"
READ_HEAVY=$real
measure_read by-id "$WORK/one.json"
LARGE_RSS=$(rss_mib "$SERVER_PID")
PEAK_RSS=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$SERVER_PID/status")
stop "$SERVER_PID"

print_table
printf 'large store: %d interactions (%s seeded, the rest created by read-heavy runs), %d bytes of JSON, %d bytes on disk: %.0f bytes per interaction, %.2fx the JSON\n' \
  "$LARGE_COUNT" "$INTERACTIONS" "$LARGE_JSON" "$LARGE_DISK" "$(echo "$LARGE_DISK / $LARGE_COUNT" | bc -l)" \
  "$(echo "$LARGE_DISK / $LARGE_JSON" | bc -l)"
echo "start-up on the large store, launch to listening, three starts: ${STARTUPS[*]} s"
echo "server RSS on the large store after the reads: $LARGE_RSS MiB (peak $PEAK_RSS MiB); page cache setting: ${PARTY_INTERACTION_CACHE_MB:-the default}"
echo "seeding the large store: $(cat "$LARGE/seeded")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# --- Targets ----------------------------------------------------------------------------------
verdict() { if [ "$(echo "$1" | bc -l)" = 1 ]; then echo met; else echo "NOT met"; fi; }
rps64=$(field rps "$CREATE_64") ceiling64=$(field rps "$CEILING_64") p99_64=$(field p99_ms "$CREATE_64")
share=$(echo "100 * $rps64 / $ceiling64" | bc -l)
slowest_start=$(printf '%s\n' "${STARTUPS[@]}" | sort -g | tail -n 1)
disk_ratio=$(echo "$LARGE_DISK / $LARGE_JSON" | bc -l)
echo
echo "| target | measured | |"
echo "|---|---|---|"
printf '| creates at 64 connections >= 30%% of the ceiling | %.1f%% | %s |\n' "$share" "$(verdict "$share >= 30")"
printf '| creates at 64 connections p99 < 20 ms | %s ms | %s |\n' "$p99_64" "$(verdict "$p99_64 < 20")"
printf '| read-heavy p99 < 10 ms on the large store | %s ms | %s |\n' "$(field p99_ms "$READ_HEAVY")" "$(verdict "$(field p99_ms "$READ_HEAVY") < 10")"
printf '| RSS < 256 MiB on the large store | %s MiB (peak %s) | %s |\n' "$LARGE_RSS" "$PEAK_RSS" "$(verdict "$PEAK_RSS < 256")"
printf '| start-up < 2 s on the large store | %s s (slowest of three) | %s |\n' "$slowest_start" "$(verdict "$slowest_start < 2")"
printf '| disk < 2x the JSON | %.2fx | %s |\n' "$disk_ratio" "$(verdict "$disk_ratio < 2")"
