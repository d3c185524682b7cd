# Functions shared by bench/perf.sh and bench/postgres.sh; sourced from the repository's root,
# not run. The caller sets WORK (a scratch directory, removed at exit), SECONDS_EACH (seconds
# per wrk run) and BENCH_RUN (a tag unique to the run), and calls build and ensure_wrk.

# wrk is one client address holding up to 256 connections: like a reverse proxy, it gets the
# server's whole connection cap (--max-connections, 1,024 by default) rather than the cap per
# address, which would close its connections past 128.
export PARTY_INTERACTION_MAX_CONNECTIONS_PER_PEER=${PARTY_INTERACTION_MAX_CONNECTIONS_PER_PEER:-1024}

# Installs wrk from Debian's packages when missing.
ensure_wrk() {
  command -v wrk >/dev/null && return
  echo "installing wrk (Debian package)" >&2
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  $sudo apt-get install -y wrk >/dev/null 2>&1 ||
    { $sudo apt-get update >/dev/null && $sudo apt-get install -y wrk >/dev/null; }
}

# Builds the server and the bench binary in the profile $1 (release or debug); sets SERVER and
# BENCH to their paths.
build() {
  if [ "$1" = release ]; then
    cargo build --release --quiet -p party-interaction-server -p party-interaction-bench
  else
    cargo build --quiet -p party-interaction-server -p party-interaction-bench
  fi
  SERVER=target/$1/party-interaction-server
  BENCH=target/$1/party-interaction-bench
}

# One line about the machine and the run: cores, memory, load, seconds per workload, wrk.
machine_line() {
  echo "$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); load average before: $(cut -d' ' -f1-3 /proc/loadavg); ${SECONDS_EACH} s per workload; $(wrk --version 2>&1 | head -n 1 | cut -d' ' -f1-2)"
}

PIDS=()
# Stops every process started by `start` and removes WORK.
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}

# Starts a command that prints "Listening on URL"; sets URL and PID, and STARTUP_S (seconds
# from launch to listening).
start() {
  local log="$WORK/$1.log"
  shift
  local began
  began=$(date +%s.%N)
  "$@" >"$log" 2>"$log.err" &
  PID=$!
  PIDS+=("$PID")
  URL=""
  for _ in $(seq 1 3000); do
    URL=$(sed -n 's/^Listening on //p' "$log")
    [ -n "$URL" ] && break
    kill -0 "$PID" 2>/dev/null || break
    sleep 0.01
  done
  [ -n "$URL" ] || { cat "$log.err" >&2; echo "$1 did not start" >&2; exit 1; }
  STARTUP_S=$(echo "$(date +%s.%N) - $began" | bc)
}

stop() {
  kill -TERM "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }

field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }

# Runs wrk once: workload $1, $2 connections, against $3, transactionIds tagged $4, $5 threads
# (at most 2, never more than the connections, when absent). Prints its RESULT line.
wrk_once() {
  local workload=$1 connections=$2 url=$3 tag=$4
  local threads=${5:-$((connections < 2 ? connections : 2))}
  BENCH_RUN="$tag" BENCH_WORKLOAD=$workload wrk -t"$threads" -c"$connections" -d"${SECONDS_EACH}s" \
    --timeout 10s -s bench/wrk/workload.lua "$url" | sed -n 's/^RESULT //p'
}

# Exits unless the RESULT line $3 of workload $1 at $2 connections has no failed request.
check_result() {
  [ -n "$3" ] || { echo "wrk printed no result" >&2; exit 1; }
  local errors non2xx
  errors=$(field errors "$3")
  non2xx=$(field non2xx "$3")
  if [ "$errors" != 0 ] || [ "$non2xx" != 0 ]; then
    echo "$1 at $2 connections: $errors errors, $non2xx answers not 2xx" >&2
    exit 1
  fi
}

DRIVES=0
# Runs wrk against URL; sets RESULT to its RESULT line.
drive() {
  # transactionIds carry the run, the wrk thread and a counter: a tag per wrk run keeps them
  # unique across runs on one store.
  DRIVES=$((DRIVES + 1))
  RESULT=$(wrk_once "$1" "$2" "$URL" "$BENCH_RUN-$DRIVES")
  check_result "$1" "$2" "$RESULT"
}

ROWS=()
# One row: workload, connections, real server's RESULT, ceiling's RESULT, RSS MiB.
row() {
  local real=$3 ceiling=$4
  local rps ceiling_rps
  rps=$(field rps "$real")
  ceiling_rps=$(field rps "$ceiling")
  ROWS+=("$(printf '| %s | %s | %.0f | %.0f | %.1f%% | %s | %s | %s | %s |' "$1" "$2" \
    "$rps" "$ceiling_rps" "$(echo "100 * $rps / $ceiling_rps" | bc -l)" \
    "$(field p50_ms "$real")" "$(field p99_ms "$real")" "$(field p999_ms "$real")" "$5")")
  echo "${ROWS[-1]}"
}

# A canned answer of the real server's size, for the ceiling: the body of one real request.
capture() {
  curl -sf -H "X-API-Key: $BENCH_KEY" "$@"
}

full_body() {
  # The full create of workload.lua, rendered once with a transactionId of its own.
  cat <<EOF
{"transactionId":"ceiling-$BENCH_RUN","customerId":"233240000001","direction":"inbound","reason":"Billing dispute","status":"completed","description":"Customer disputes a roaming charge on the November invoice; credit agreed","statusChangeDate":"2026-12-03T09:19:30Z","interactionDate":{"startDateTime":"2026-12-03T09:12:00+00:00","endDateTime":"2026-12-03T09:19:30+00:00"},"channel":[{"id":"CC","href":"/channel/CC","name":"Call centre voice line","role":"contactChannel","@referredType":"Channel"}],"relatedParty":[{"id":"233240000001","href":"/party/233240000001","name":"Adaeze Okafor","role":"customer","@referredType":"Individual"},{"id":"agent-042","href":"/party/agent-042","name":"Kwame Mensah","role":"agent","@referredType":"Individual"}],"interactionItem":[{"id":"item-1","creationDate":"2026-12-03T09:14:12Z","reason":"Roaming charge disputed","reasonCode":"BILL-ROAM-01","resolution":"Credit note of 12.50 issued","prefLang":"en","csrUserName":"kmensah","csrUserId":"agent-042","location":"Accra contact centre, floor 3","item":{"id":"bill-2026-11","href":"/customerBill/bill-2026-11","name":"November 2026 bill","role":"disputedBill","@referredType":"CustomerBill"},"itemDate":{"startDateTime":"2026-12-03T09:14:00Z","endDateTime":"2026-12-03T09:17:00Z"},"note":[{"author":"kmensah","date":"2026-12-03T09:16:00Z","text":"Roaming in Togo was covered by the bundle"}]}],"attachment":[{"id":"rec-1","href":"/document/rec-1","attachmentType":"callRecording","mimeType":"audio/wav","name":"call-2026-12-03.wav","url":"https://media.example.test/recordings/call-2026-12-03.wav","size":{"amount":1.5,"units":"MB"}}],"note":[{"author":"agent-042","date":"2026-12-03T09:19:00Z","text":"Explained roaming charges; customer satisfied with the credit"},{"author":"agent-042","date":"2026-12-03T09:19:20Z","text":"Follow-up SMS sent with the credit note number"}]}
EOF
}
