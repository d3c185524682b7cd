#!/usr/bin/env bash
# The workloads of bench/perf.sh against the PostgreSQL store, with one server process and with
# two on the same database, each against the ceiling; a table at the end.
#
#   bench/postgres.sh    release build; on a fresh database: creates at 16 and 64 connections
#                        with one server, then the same with two (one wrk per server, half the
#                        connections each, at once); on a second database loaded with
#                        100,000 interactions: the read-heavy mix and reads by id, with one
#                        server and with two. Both databases are created for the run and
#                        dropped at its end.
#
# Settings from the environment:
#   BENCH_PG            PostgreSQL without the database (postgres://postgres@127.0.0.1:5432);
#                       the user must be allowed to create databases
#   BENCH_PG_ADMIN_DB   database to connect to for CREATE and DROP DATABASE (postgres)
#   BENCH_SECONDS       per workload (15)
#   INTERACTIONS, CUSTOMERS   the loaded store (100000 and 10000: ten interactions a customer,
#                       as perf.sh's 1,000,000 over 100,000). Its JSON lines are generated once
#                       (`party-interaction-bench seed` into a scratch sled store, then
#                       `export`) and kept in target/bench-pg-<interactions>-<customers>.jsonl;
#                       delete it to generate them again. Each run loads them with `import`.
#   CREATE_CONNECTIONS  connections of the creates, in all ("16 64")
#   READ_CONNECTIONS    connections of the reads, in all (16)
#   PARTY_INTERACTION_PG_POOL_SIZE   the servers' pools (the server's default unless set)
#
# With two servers, each wrk has one thread and half the connections, so that the load
# generator has the two threads it has with one server; requests/s is the sum of the two,
# and latencies are given per server (first / second). The ceiling is then two ceiling
# processes driven the same way. Besides latency, each row gives the CPU the servers and
# PostgreSQL used during the real run, per request (PostgreSQL: the backends of the run's
# database and the cluster's background processes, such as the WAL writer, which other
# databases share), and how busy the whole machine was: PostgreSQL, the servers and wrk share
# its cores, with whatever else runs there.
set -euo pipefail
cd "$(dirname "$0")/.."

PROFILE=release
SECONDS_EACH=${BENCH_SECONDS:-15}
PG=${BENCH_PG:-postgres://postgres@127.0.0.1:5432}
ADMIN_DB=${BENCH_PG_ADMIN_DB:-postgres}
INTERACTIONS=${INTERACTIONS:-100000}
CUSTOMERS=${CUSTOMERS:-10000}
read -r -a CREATE_CONNECTIONS <<<"${CREATE_CONNECTIONS:-16 64}"
READ_CONNECTIONS=${READ_CONNECTIONS:-16}
LINES="target/bench-pg-$INTERACTIONS-$CUSTOMERS.jsonl"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/party-interaction-pg.XXXXXX")
export BENCH_RUN="$(date +%s)-$$"
FRESH_DB="pi_bench_${$}_fresh"
LARGE_DB="pi_bench_${$}_large"

# shellcheck source=bench/lib.sh
. bench/lib.sh

admin() { psql "$PG/$ADMIN_DB" -X -q -At -v ON_ERROR_STOP=1 -c "$1"; }
sql() { psql "$PG/$1" -X -q -At -v ON_ERROR_STOP=1 -c "$2"; }

DATABASES=()
drop_databases() {
  for db in "${DATABASES[@]}"; do
    admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" || echo "could not drop $db" >&2
  done
}
create_database() {
  admin "CREATE DATABASE $1"
  DATABASES+=("$1")
}
trap 'cleanup; drop_databases' EXIT

ensure_wrk
build "$PROFILE"

TICK=$(getconf CLK_TCK)
# "pid ticks" for each process in the arguments: CPU used so far, in clock ticks.
ticks_of() {
  for pid; do
    awk -v pid="$pid" '{ print pid, $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true
  done
}
# CPU of the servers, of PostgreSQL (the backends of the database DB and the background
# processes, which other databases of the cluster share), and of the whole machine (busy, all).
cpu_sample() {
  ticks_of "${SERVER_PIDS[@]}" >"$WORK/cpu-$1-server"
  # shellcheck disable=SC2046
  ticks_of $(admin "SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND (datname = '$DB' OR backend_type <> 'client backend')") \
    >"$WORK/cpu-$1-postgres"
  awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' \
    /proc/stat >"$WORK/cpu-$1-machine"
}
# Ticks used between two samples by the processes of one kind (new processes from zero).
ticks_between() {
  awk 'NR == FNR { before[$1] = $2; next } { used += $2 - before[$1] } END { print used + 0 }' \
    "$WORK/cpu-$1-$3" "$WORK/cpu-$2-$3"
}

# Runs workload $1 with $2 connections in all, split evenly over the URLs that follow: one wrk
# per URL, all at once (with one thread each when there are several). Sets RESULTS.
drive_all() {
  local workload=$1 connections=$2
  shift 2
  local each=$((connections / $#)) threads="" pids=() n=0
  [ $# -gt 1 ] && threads=1
  for url; do
    DRIVES=$((DRIVES + 1))
    n=$((n + 1))
    wrk_once "$workload" "$each" "$url" "$BENCH_RUN-$DRIVES" $threads >"$WORK/wrk-$n" &
    pids+=($!)
  done
  for pid in "${pids[@]}"; do wait "$pid"; done
  RESULTS=()
  for i in $(seq 1 "$n"); do
    RESULTS+=("$(cat "$WORK/wrk-$i")")
    check_result "$workload" "$each" "${RESULTS[-1]}"
  done
}

# Starts a ceiling per server answering status $1 with the body in file $2; sets CEILING_URLS.
start_ceilings() {
  CEILING_URLS=()
  CEILING_PIDS=()
  for i in $(seq 1 "${#SERVER_URLS[@]}"); do
    start "ceiling-$i" "$BENCH" ceiling --status "$1" --body-file "$2"
    CEILING_URLS+=("$URL")
    CEILING_PIDS+=("$PID")
  done
}
stop_ceilings() { for pid in "${CEILING_PIDS[@]}"; do stop "$pid"; done; }

joined() { local IFS=/; echo "$*" | sed 's|/| / |g'; }

ROWS=()
# Measures workload $1 at $2 connections on the running servers, then on the running ceilings,
# and adds a row.
measure() {
  local workload=$1 connections=$2
  cpu_sample before
  drive_all "$workload" "$connections" "${SERVER_URLS[@]}"
  cpu_sample after
  local real=("${RESULTS[@]}")
  local requests=0 rps=0 p50=() p99=() p999=() rss=()
  for r in "${real[@]}"; do
    requests=$((requests + $(field requests "$r")))
    rps=$(echo "$rps + $(field rps "$r")" | bc -l)
    p50+=("$(field p50_ms "$r")")
    p99+=("$(field p99_ms "$r")")
    p999+=("$(field p999_ms "$r")")
  done
  for pid in "${SERVER_PIDS[@]}"; do rss+=("$(rss_mib "$pid")"); done
  local server_ticks postgres_ticks busy all
  server_ticks=$(ticks_between before after server)
  postgres_ticks=$(ticks_between before after postgres)
  read -r busy all < <(paste "$WORK/cpu-before-machine" "$WORK/cpu-after-machine" |
    awk '{ print $3 - $1, $4 - $2 }')
  drive_all "$workload" "$connections" "${CEILING_URLS[@]}"
  local ceiling_rps=0
  for r in "${RESULTS[@]}"; do ceiling_rps=$(echo "$ceiling_rps + $(field rps "$r")" | bc -l); done
  ROWS+=("$(printf '| %s | %s | %s | %.0f | %.0f | %.1f%% | %s | %s | %s | %.2f / %.2f | %.0f%% | %s |' \
    "$workload" "${#SERVER_URLS[@]}" "$connections" "$rps" "$ceiling_rps" \
    "$(echo "100 * $rps / $ceiling_rps" | bc -l)" "$(joined "${p50[@]}")" "$(joined "${p99[@]}")" \
    "$(joined "${p999[@]}")" \
    "$(echo "1000 * $server_ticks / $TICK / $requests" | bc -l)" \
    "$(echo "1000 * $postgres_ticks / $TICK / $requests" | bc -l)" \
    "$(echo "100 * $busy / $all" | bc -l)" "$(joined "${rss[@]}")")")
  echo "${ROWS[-1]}"
}

SERVER_URLS=()
SERVER_PIDS=()
# Starts a server on database $1 with the data directory $2; adds it to SERVER_URLS.
start_server() {
  start "server-$((${#SERVER_URLS[@]} + 1))" "$SERVER" serve --data-dir "$2" --store "$PG/$1" \
    --bind 127.0.0.1:0
  SERVER_URLS+=("$URL")
  SERVER_PIDS+=("$PID")
}
stop_servers() {
  for pid in "${SERVER_PIDS[@]}"; do stop "$pid"; done
  SERVER_URLS=()
  SERVER_PIDS=()
}

# "interactions, bytes of served JSON, bytes of the database" of database $1.
store_size() {
  sql "$1" "SELECT count(*), coalesce(sum(octet_length(raw)), 0), pg_database_size(current_database()) FROM interaction" |
    tr '|' ' '
}
size_line() {
  local count json disk
  read -r count json disk < <(store_size "$1")
  printf '%d interactions, %d bytes of JSON, database %d bytes (%.0f MiB): %.0f bytes per interaction, %.2fx the JSON' \
    "$count" "$json" "$disk" "$(echo "$disk / 1048576" | bc -l)" "$(echo "$disk / $count" | bc -l)" \
    "$(echo "$disk / $json" | bc -l)"
}

echo "party-interaction PostgreSQL store ($PROFILE build): $(machine_line)"
echo "PostgreSQL $(admin 'SHOW server_version'): shared_buffers $(admin 'SHOW shared_buffers'), synchronous_commit $(admin 'SHOW synchronous_commit'), max_connections $(admin 'SHOW max_connections'); server pool ${PARTY_INTERACTION_PG_POOL_SIZE:-$("$SERVER" serve --help | sed -n 's/.*PG_POOL_SIZE=.*\[default: \([0-9]*\)\].*/\1 (the default)/p')} connections per process"

# One data directory per server, as on two hosts, holding the same API key.
DIRS=("$WORK/server-1" "$WORK/server-2")
mkdir -p "${DIRS[@]}"
export BENCH_KEY
BENCH_KEY=$("$SERVER" keys add --data-dir "${DIRS[0]}" --name bench --scopes read,write | tail -n 1)
cp -p "${DIRS[0]}/api-keys.json" "${DIRS[1]}/"
export BENCH_CUSTOMERS=$CUSTOMERS

# --- Creates on a fresh database ------------------------------------------------------------
DB=$FRESH_DB
create_database "$DB"
start_server "$FRESH_DB" "${DIRS[0]}"
full_body >"$WORK/full.json"
capture -X POST -H 'Content-Type: application/json' --data-binary @"$WORK/full.json" \
  "${SERVER_URLS[0]}/partyInteraction/v1/partyInteraction" >"$WORK/created.json"
start_ceilings 201 "$WORK/created.json"
for connections in "${CREATE_CONNECTIONS[@]}"; do measure create "$connections"; done
stop_ceilings
start_server "$FRESH_DB" "${DIRS[1]}"
start_ceilings 201 "$WORK/created.json"
for connections in "${CREATE_CONNECTIONS[@]}"; do measure create "$connections"; done
stop_ceilings
stop_servers
FRESH_SIZE=$(size_line "$FRESH_DB")

# --- Reads on a loaded database -------------------------------------------------------------
if [ ! -f "$LINES" ]; then
  generating_began=$(date +%s)
  "$BENCH" seed --data-dir "$WORK/seed" --interactions "$INTERACTIONS" --customers "$CUSTOMERS" >/dev/null
  "$SERVER" export --data-dir "$WORK/seed" --output "$LINES.partial"
  rm -rf "$WORK/seed"
  mv "$LINES.partial" "$LINES"
  echo "generated $LINES in $(($(date +%s) - generating_began)) s"
fi
DB=$LARGE_DB
create_database "$DB"
import_began=$(date +%s.%N)
"$SERVER" import --data-dir "${DIRS[0]}" --store "$PG/$LARGE_DB" --input "$LINES" >/dev/null
IMPORT_S=$(echo "$(date +%s.%N) - $import_began" | bc)
sql "$LARGE_DB" "ANALYZE"
LOADED_SIZE=$(size_line "$LARGE_DB")
sql "$LARGE_DB" "SELECT id FROM interaction ORDER BY random() LIMIT 10000" >"$WORK/ids.txt"
export BENCH_IDS_FILE="$WORK/ids.txt"

start_server "$LARGE_DB" "${DIRS[0]}"
LARGE_STARTUP=$(printf '%.2f' "$STARTUP_S")
customer=$(printf '23324%07d' 1)
capture "${SERVER_URLS[0]}/partyInteraction/v1/partyInteraction?customerId=$customer&limit=20" \
  >"$WORK/history.json"
capture "${SERVER_URLS[0]}/partyInteraction/v1/partyInteraction/$(head -n 1 "$WORK/ids.txt")" \
  >"$WORK/one.json"

# A short warm-up first, so that the figures are for running servers and a warm buffer cache.
measure_read() {
  local seconds=$SECONDS_EACH
  SECONDS_EACH=3 drive_all "$1" "$READ_CONNECTIONS" "${SERVER_URLS[@]}"
  SECONDS_EACH=$seconds
  measure "$1" "$READ_CONNECTIONS"
}
read_workloads() {
  start_ceilings 200 "$WORK/history.json"
  measure_read read-heavy
  stop_ceilings
  start_ceilings 200 "$WORK/one.json"
  measure_read by-id
  stop_ceilings
}
read_workloads
start_server "$LARGE_DB" "${DIRS[1]}"
read_workloads
LARGE_RSS=()
for pid in "${SERVER_PIDS[@]}"; do
  LARGE_RSS+=("$(rss_mib "$pid") (peak $(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status"))")
done
stop_servers

echo
echo "| workload | servers | connections | requests/s | ceiling requests/s | of the ceiling | p50 ms | p99 ms | p99.9 ms | CPU ms per request: servers / PostgreSQL | machine busy | server RSS MiB |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${ROWS[@]}"
echo
echo "fresh database after the creates: $FRESH_SIZE"
echo "loaded database: $INTERACTIONS interactions imported in $(printf '%.1f' "$IMPORT_S") s: $LOADED_SIZE"
echo "loaded database after the reads: $(size_line "$LARGE_DB")"
echo "start-up on the loaded database, launch to listening: $LARGE_STARTUP s"
echo "server RSS after the reads, MiB: $(joined "${LARGE_RSS[@]}")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
