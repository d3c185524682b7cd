-- wrk script of bench/perf.sh. The workload comes from the environment:
--   BENCH_WORKLOAD   create | read-heavy (80% customer history, 20% create) | by-id
--   BENCH_KEY        API key (write scope for creates)
--   BENCH_CUSTOMERS  customers to spread over (ids as the seeded store has them)
--   BENCH_IDS_FILE   interaction ids, one a line (by-id)
--   BENCH_RUN        a tag unique to this run, so transactionIds never repeat across runs
-- Creates alternate between the smallest valid body and a full call-centre interaction with
-- items, notes, parties and an attachment; every one has its own transactionId and a random
-- customer. done() prints one RESULT line that perf.sh reads.

local workload = os.getenv("BENCH_WORKLOAD") or "create"
local key = os.getenv("BENCH_KEY") or ""
local customers = tonumber(os.getenv("BENCH_CUSTOMERS") or "100000")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local path = "/partyInteraction/v1/partyInteraction"

local threads = {}
local next_thread = 0

function setup(thread)
  thread:set("thread_number", next_thread)
  next_thread = next_thread + 1
  table.insert(threads, thread)
end

local counter = 0
local ids = {}
local post_headers = { ["X-API-Key"] = key, ["Content-Type"] = "application/json" }
local get_headers = { ["X-API-Key"] = key }

function init(args)
  math.randomseed(os.time() * 1000 + (thread_number or 0))
  local file = os.getenv("BENCH_IDS_FILE")
  if workload == "by-id" and file then
    for line in io.lines(file) do
      if #line > 0 then table.insert(ids, line) end
    end
  end
end

local function customer()
  return string.format("23324%07d", math.random(0, customers - 1))
end

local minimal = [[{"transactionId":"%s","customerId":"%s","direction":"inbound",]] ..
  [["reason":"Balance enquiry","status":"completed",]] ..
  [["channel":[{"id":"USSD","href":"/channel/USSD"}],]] ..
  [["interactionDate":{"startDateTime":"2026-12-03T09:12:00Z","endDateTime":"2026-12-03T09:12:40Z"}}]]

local full = [[{"transactionId":"%s","customerId":"%s","direction":"inbound",]] ..
  [["reason":"Billing dispute","status":"completed",]] ..
  [["description":"Customer disputes a roaming charge on the November invoice; credit agreed",]] ..
  [["statusChangeDate":"2026-12-03T09:19:30Z",]] ..
  [["interactionDate":{"startDateTime":"2026-12-03T09:12:00+00:00","endDateTime":"2026-12-03T09:19:30+00:00"},]] ..
  [["channel":[{"id":"CC","href":"/channel/CC","name":"Call centre voice line","role":"contactChannel","@referredType":"Channel"}],]] ..
  [["relatedParty":[{"id":"%s","href":"/party/%s","name":"Adaeze Okafor","role":"customer","@referredType":"Individual"},]] ..
  [[{"id":"agent-042","href":"/party/agent-042","name":"Kwame Mensah","role":"agent","@referredType":"Individual"}],]] ..
  [["interactionItem":[{"id":"item-1","creationDate":"2026-12-03T09:14:12Z","reason":"Roaming charge disputed",]] ..
  [["reasonCode":"BILL-ROAM-01","resolution":"Credit note of 12.50 issued","prefLang":"en",]] ..
  [["csrUserName":"kmensah","csrUserId":"agent-042","location":"Accra contact centre, floor 3",]] ..
  [["item":{"id":"bill-2026-11","href":"/customerBill/bill-2026-11","name":"November 2026 bill","role":"disputedBill","@referredType":"CustomerBill"},]] ..
  [["itemDate":{"startDateTime":"2026-12-03T09:14:00Z","endDateTime":"2026-12-03T09:17:00Z"},]] ..
  [["note":[{"author":"kmensah","date":"2026-12-03T09:16:00Z","text":"Roaming in Togo was covered by the bundle"}]}],]] ..
  [["attachment":[{"id":"rec-1","href":"/document/rec-1","attachmentType":"callRecording","mimeType":"audio/wav",]] ..
  [["name":"call-2026-12-03.wav","url":"https://media.example.test/recordings/call-2026-12-03.wav","size":{"amount":1.5,"units":"MB"}}],]] ..
  [["note":[{"author":"agent-042","date":"2026-12-03T09:19:00Z","text":"Explained roaming charges; customer satisfied with the credit"},]] ..
  [[{"author":"agent-042","date":"2026-12-03T09:19:20Z","text":"Follow-up SMS sent with the credit note number"}]}]]

local function create()
  counter = counter + 1
  local transaction_id = string.format("bench-%s-%d-%d", run, thread_number or 0, counter)
  local who = customer()
  local body
  if counter % 2 == 0 then
    body = string.format(full, transaction_id, who, who, who)
  else
    body = string.format(minimal, transaction_id, who)
  end
  return wrk.format("POST", path, post_headers, body)
end

local function history()
  return wrk.format("GET", path .. "?customerId=" .. customer() .. "&limit=20", get_headers)
end

local function by_id()
  return wrk.format("GET", path .. "/" .. ids[math.random(1, #ids)], get_headers)
end

function request()
  if workload == "create" then
    return create()
  elseif workload == "read-heavy" then
    if math.random() < 0.8 then return history() end
    return create()
  else
    return by_id()
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f errors=%d non2xx=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status))
end
