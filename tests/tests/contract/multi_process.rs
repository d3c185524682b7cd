//! Two server processes on one PostgreSQL database, as a deployment behind a load balancer runs
//! them: a transactionId makes a create idempotent across both, each lists and pages what
//! both wrote, and events are delivered by one process at a time, exactly once, and still
//! delivered once the process delivering them is SIGKILLed and its lease has expired.
//!
//! Each process has a data directory of its own (as on hosts of their own) holding the same
//! API key file. Only the PostgreSQL store can be shared: the sled binary skips these tests.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use serde_json::{json, Value};

use crate::events::{event_id, event_type, interaction_id_of, Delivery, CREATE_EVENT, SECRET};
use crate::support::listener::{Behavior, Listener, Recorded};
use crate::support::*;

const WHY_POSTGRES_ONLY: &str = "only PostgreSQL can be shared by two server processes";
/// Both servers answer with this base, as behind one load balancer.
const PUBLIC_URL: &str = "https://interactions.example.test";
/// The event delivery lease, short so that a takeover happens within the test.
const LEASE_SECONDS: u64 = 3;
/// How long after a SIGKILL the other process may take to deliver: the lease, the time to
/// notice that it expired, and the retries.
const TAKEOVER_PATIENCE: Duration = Duration::from_secs(LEASE_SECONDS + 27);

/// A server process, its data directory, and how it was started (to start it again).
struct Process {
    server: Server,
    options: ServerOptions,
    /// Last, so that the server is killed before its data directory is removed.
    data_dir: DataDir,
}

/// Two server processes, A and B, on the same database, accepting the same key.
struct Pair {
    a: Process,
    b: Process,
    auth: Auth,
}

fn options(extra_args: Vec<String>) -> ServerOptions {
    ServerOptions {
        public_url: Some(PUBLIC_URL.to_owned()),
        extra_args,
        ..ServerOptions::default()
    }
}

impl Pair {
    fn start() -> Self {
        Self::start_with(Vec::new())
    }

    /// A is started first (and creates the default key), then B on a copy of A's key file.
    fn start_with(extra_args: Vec<String>) -> Self {
        let options = options(extra_args);
        let a_dir = DataDir::new();
        let a = Server::start_with(&a_dir, &options);
        let auth = Auth::key(&a.default_key());
        let b_dir = DataDir::sharing_store_of(&a_dir);
        let keys = "api-keys.json";
        std::fs::copy(a_dir.path().join(keys), b_dir.path().join(keys))
            .expect("copy A's API key file for B");
        let b = Server::start_with(&b_dir, &options);
        assert_eq!(
            b.announced_key, None,
            "B made a key of its own instead of using A's"
        );
        Self {
            a: Process {
                server: a,
                options: options.clone(),
                data_dir: a_dir,
            },
            b: Process {
                server: b,
                options,
                data_dir: b_dir,
            },
            auth,
        }
    }

    fn both(&self) -> [&Server; 2] {
        [&self.a.server, &self.b.server]
    }
}

/// POSTs `body` to `server`; checks the 201 (with the shared public URL) and returns it.
async fn created_on(server: &Server, auth: &Auth, body: &Value) -> Value {
    expect_created(&create(server, auth, body).await, PUBLIC_URL)
}

fn postgres_only() -> bool {
    crate::support::store::not_on(Store::Postgres, WHY_POSTGRES_ONLY)
}

/// Every page of `query` on `server`, following `rel="next"`: the items in order and the
/// `X-Total-Count`.
async fn walk(server: &Server, auth: &Auth, query: &[(&str, &str)]) -> (Vec<Value>, u64) {
    let first = expect_page(&list(server, auth, query).await);
    let total = first.total;
    let mut seen = first.items.clone();
    if let Some(next) = first.link("next") {
        let (rest, later_total) = walk_from(server, auth, next).await;
        assert_eq!(later_total, total, "X-Total-Count changed between pages");
        seen.extend(rest);
    }
    (seen, total)
}

/// The pages from a `next` link on: their items in order and their `X-Total-Count`, which
/// every page must give alike, as every link must carry the same asOf snapshot. The links are
/// under the public URL; each is followed on `server`.
async fn walk_from(server: &Server, auth: &Auth, next: &str) -> (Vec<Value>, u64) {
    let snapshot = query_value(next, "asOf").expect("a next link carries asOf");
    let mut next = next.to_owned();
    let mut seen = Vec::new();
    let mut total = None;
    loop {
        let path = next.strip_prefix(PUBLIC_URL).unwrap_or_else(|| {
            panic!("the next link {next} is not under the public URL {PUBLIC_URL}")
        });
        let url = server.url(path);
        assert_eq!(
            query_value(&url, "asOf").as_deref(),
            Some(snapshot.as_str()),
            "the asOf snapshot changed between pages: {url}"
        );
        let page = expect_page(&get(&url, auth).await);
        assert_eq!(
            *total.get_or_insert(page.total),
            page.total,
            "X-Total-Count changed between pages"
        );
        seen.extend(page.items.iter().cloned());
        assert!(seen.len() <= 1_000, "the walk does not end");
        match page.link("next") {
            Some(link) => next = link.to_owned(),
            None => return (seen, page.total),
        }
    }
}

/// The ids of `documents`; panics if one appears twice.
fn distinct_ids(documents: &[Value], what: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for id in ids_of(documents) {
        assert!(ids.insert(id.clone()), "{what}: {id} appears twice");
    }
    ids
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_create_sent_to_both_processes_at_once_is_stored_once() {
    if postgres_only() {
        return;
    }
    // Arrange
    let pair = Pair::start();
    let [a, b] = pair.both();
    let transactions: Vec<String> = (0..20).map(|n| format!("tx-both-{n}")).collect();

    // Act: each create sent to A and B at the same moment.
    let mut answers = Vec::new();
    for transaction_id in &transactions {
        let body = call_centre_interaction(transaction_id);
        let (from_a, from_b) =
            tokio::join!(create(a, &pair.auth, &body), create(b, &pair.auth, &body));
        answers.push((body, from_a, from_b));
    }
    let mut conflicts = Vec::new();
    for (body, _, _) in &answers {
        let mut different = body.clone();
        different["reason"] = json!("Another reason with the same transactionId");
        for server in [a, b] {
            conflicts.push(create(server, &pair.auth, &different).await);
        }
    }
    let (listed_on_a, total_on_a) = walk(a, &pair.auth, &[("limit", "50")]).await;
    let (listed_on_b, total_on_b) = walk(b, &pair.auth, &[("limit", "50")]).await;

    // Assert
    let mut ids = BTreeSet::new();
    for (body, from_a, from_b) in &answers {
        let created_by_a = expect_created(from_a, PUBLIC_URL);
        let created_by_b = expect_created(from_b, PUBLIC_URL);
        assert_eq!(
            created_by_a, created_by_b,
            "A and B answered different interactions for transactionId {}",
            body["transactionId"]
        );
        assert_eq!(created_by_a, expected_interaction(body, &created_by_a));
        ids.insert(id_of(&created_by_a));
    }
    assert_eq!(ids.len(), transactions.len(), "{ids:?}");
    for conflict in &conflicts {
        expect_error(conflict, 409, "transactionIdConflict");
    }
    assert_eq!((total_on_a, total_on_b), (20, 20));
    assert_eq!(distinct_ids(&listed_on_a, "the list on A"), ids);
    assert_eq!(listed_on_b, listed_on_a, "A and B list differently");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn both_processes_page_and_filter_through_what_both_wrote_alike() {
    if postgres_only() {
        return;
    }
    // Arrange: 30 creates spread over both processes, for three customers, in two statuses,
    // on days of their own.
    let pair = Pair::start();
    let [a, b] = pair.both();
    let mut created = Vec::new();
    for n in 0..30_usize {
        let customer = format!("23324000010{}", n % 3);
        let mut body = customer_interaction(&customer, "CC", &format!("Contact {n}"));
        body["status"] = json!(if n % 2 == 0 {
            "completed"
        } else {
            "inProgress"
        });
        body["creationDate"] = json!(format!("2026-03-{:02}T09:00:00Z", n + 1));
        let server = if n % 2 == 0 { a } else { b };
        created.push(created_on(server, &pair.auth, &body).await);
    }
    let all = distinct_ids(&created, "the creates");

    // Act: page through on A while B creates, and the same on B; filter on both.
    let mut walks = Vec::new();
    for (walker, writer) in [(a, b), (b, a)] {
        let first = expect_page(&list(walker, &pair.auth, &[("limit", "7")]).await);
        let newcomer = customer_interaction("233240000199", "APP", "Arrived while paging");
        let arrived = created_on(writer, &pair.auth, &newcomer).await;
        let next = first.link("next").expect("a next link").to_owned();
        let (rest, total) = walk_from(walker, &pair.auth, &next).await;
        walks.push((first, rest, total, arrived));
    }
    let queries: [&[(&str, &str)]; 4] = [
        &[("customerId", "233240000101")],
        &[("status", "inProgress")],
        &[
            ("creationDate.gte", "2026-03-05T00:00:00Z"),
            ("creationDate.lt", "2026-03-17T00:00:00Z"),
        ],
        &[
            ("customerId", "233240000102"),
            ("status", "completed"),
            ("creationDate.gt", "2026-03-10T09:00:00Z"),
        ],
    ];
    let mut filtered = Vec::new();
    for query in queries {
        let with_limit: Vec<(&str, &str)> = query.iter().copied().chain([("limit", "4")]).collect();
        let (on_a, _) = walk(a, &pair.auth, &with_limit).await;
        let (on_b, _) = walk(b, &pair.auth, &with_limit).await;
        filtered.push((query, on_a, on_b));
    }

    // Assert
    // The first walk sees the 30; the second those and the one created during the first.
    let mut before = all.clone();
    for (first, rest, total, arrived) in &walks {
        let expected_total = before.len() as u64;
        let mut seen = first.items.clone();
        seen.extend(rest.iter().cloned());
        assert_eq!(first.total, expected_total);
        assert_eq!(*total, expected_total, "X-Total-Count of the later pages");
        assert_eq!(
            distinct_ids(&seen, "the walk"),
            before,
            "the walk did not see each interaction once (the one created meanwhile: {})",
            id_of(arrived)
        );
        before.insert(id_of(arrived));
    }
    for (query, on_a, on_b) in &filtered {
        let expected: BTreeSet<String> = created
            .iter()
            .filter(|document| matches(document, query))
            .map(id_of)
            .collect();
        assert!(!expected.is_empty(), "{query:?} selects nothing");
        assert_eq!(
            distinct_ids(on_a, "a filtered walk"),
            expected,
            "{query:?} on A"
        );
        assert_eq!(on_b, on_a, "{query:?}: A and B answer differently");
    }
}

/// Whether `document` passes the customerId, status and creationDate filters of `query`
/// (the test's creation dates are all UTC, in one format, so they compare as text).
fn matches(document: &Value, query: &[(&str, &str)]) -> bool {
    query.iter().all(|(name, value)| {
        let field = |name: &str| document[name].as_str().unwrap_or_default().to_owned();
        match *name {
            "customerId" | "status" => field(name) == *value,
            "creationDate.gte" => field("creationDate").as_str() >= *value,
            "creationDate.gt" => field("creationDate").as_str() > *value,
            "creationDate.lt" => field("creationDate").as_str() < *value,
            other => panic!("the test's filters have no {other}"),
        }
    })
}

/// The create events of `records` accepted by the listener, counted by eventId and by the
/// interaction they are about.
fn create_events(records: &[Recorded]) -> (BTreeMap<String, usize>, BTreeMap<String, usize>) {
    let mut by_event = BTreeMap::new();
    let mut by_interaction = BTreeMap::new();
    for record in records.iter().filter(|record| record.accepted()) {
        let event = record.json();
        assert_eq!(
            record.header("x-hub-signature-256"),
            Some(crate::events::signature(SECRET, &record.body).as_str()),
            "a delivery not signed with the subscription's secret"
        );
        if event_type(&event) != CREATE_EVENT {
            continue;
        }
        *by_event.entry(event_id(&event).to_owned()).or_insert(0) += 1;
        let interaction = interaction_id_of(&event).expect("a create event names its interaction");
        *by_interaction.entry(interaction.to_owned()).or_insert(0) += 1;
    }
    (by_event, by_interaction)
}

/// Creates `count` interactions through `server`; their ids.
async fn create_through(server: &Server, auth: &Auth, label: &str, count: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 0..count {
        let body = customer_interaction("233240000150", "USSD", &format!("{label} {n}"));
        ids.push(id_of(&created_on(server, auth, &body).await));
    }
    ids
}

/// Waits until the listener accepted a create event of every id in `ids`; returns the counts
/// by eventId and by interaction.
async fn wait_for_creates(
    listener: &Listener,
    ids: &[String],
    patience: Duration,
    what: &str,
) -> (BTreeMap<String, usize>, BTreeMap<String, usize>) {
    eventually_within(patience, what, || {
        let (by_event, by_interaction) = create_events(&listener.requests());
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| !by_interaction.contains_key(*id))
            .collect();
        let outcome = if missing.is_empty() {
            Ok((by_event, by_interaction))
        } else {
            Err(format!("no create event yet for {missing:?}"))
        };
        async move { outcome }
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_written_through_both_are_delivered_once_and_survive_the_delivering_process() {
    if postgres_only() {
        return;
    }
    // Arrange: a subscription registered through A; both may deliver, with a short lease.
    let delivery = Delivery {
        max_attempts: 10_000,
        ..Delivery::default()
    };
    let mut flags = delivery.flags();
    flags.extend([
        "--events-lease-seconds".to_owned(),
        LEASE_SECONDS.to_string(),
    ]);
    let pair = Pair::start_with(flags);
    let listener = Listener::start(Behavior::Answer(200));
    let input = crate::events::subscription_input(&listener.url(), None, Some(SECRET));
    let subscribed = crate::events::subscribe(&pair.a.server, &pair.auth, &input).await;
    assert_eq!(
        subscribed.status, 201,
        "subscribing through A: {subscribed:#?}"
    );
    // Every process picks up a subscription registered through another within about 2 s.
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Act 1: writes through both, both alive.
    let mut written = Vec::new();
    for round in 0..5 {
        written.extend(create_through(&pair.a.server, &pair.auth, &format!("A {round}"), 2).await);
        written.extend(create_through(&pair.b.server, &pair.auth, &format!("B {round}"), 2).await);
    }
    let (by_event, by_interaction) = wait_for_creates(
        &listener,
        &written,
        listener_patience(),
        "every create event, both processes alive",
    )
    .await;
    // Time for a second delivery of any of them to arrive, if one were to.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (by_event_later, by_interaction_later) = create_events(&listener.requests());

    // Act 2: writes through both, then A is SIGKILLed at once, with events of them perhaps
    // still undelivered or in its hands; writes go on through B.
    let Pair { a, b, auth } = pair;
    let mut before_a_died = create_through(&a.server, &auth, "A before its death", 3).await;
    before_a_died.extend(create_through(&b.server, &auth, "B before A's death", 3).await);
    let a = kill(a);
    let mut across_a = before_a_died;
    across_a.extend(create_through(&b.server, &auth, "B after A's death", 5).await);
    wait_for_creates(
        &listener,
        &across_a,
        TAKEOVER_PATIENCE,
        "the create events written around A's SIGKILL",
    )
    .await;

    // Act 3: A comes back, then B dies the same way. B was alone, so it held the lease: now
    // A must take over from a dead leaseholder, whichever delivered before.
    let a = a.restart();
    let mut before_b_died = create_through(&b.server, &auth, "B before its death", 3).await;
    before_b_died.extend(create_through(&a.server, &auth, "A before B's death", 3).await);
    kill(b);
    let mut across_b = before_b_died;
    across_b.extend(create_through(&a.server, &auth, "A after B's death", 5).await);
    wait_for_creates(
        &listener,
        &across_b,
        TAKEOVER_PATIENCE,
        "the create events written around B's SIGKILL, the leaseholder",
    )
    .await;

    // Assert: exactly once while both lived; nothing lost across the kills (wait_for_creates
    // saw every create event there).
    assert_eq!(
        by_event, by_event_later,
        "deliveries arrived after all were in"
    );
    assert_eq!(by_interaction, by_interaction_later);
    let twice: Vec<_> = by_event.iter().filter(|(_, count)| **count > 1).collect();
    assert!(
        twice.is_empty(),
        "events delivered more than once: {twice:?}"
    );
    let per_interaction: BTreeSet<usize> = by_interaction.values().copied().collect();
    assert_eq!(
        per_interaction,
        BTreeSet::from([1]),
        "create events per interaction: {by_interaction:?}"
    );
    assert_eq!(
        by_interaction.keys().cloned().collect::<BTreeSet<_>>(),
        written.iter().cloned().collect::<BTreeSet<_>>()
    );
    drop(a);
}

fn listener_patience() -> Duration {
    crate::support::listener::DELIVERY_PATIENCE
}

/// A process SIGKILLed; its data directory and options remain, to start it again.
struct Killed {
    options: ServerOptions,
    data_dir: DataDir,
}

fn kill(process: Process) -> Killed {
    let Process {
        server,
        options,
        data_dir,
    } = process;
    server.kill_hard();
    Killed { options, data_dir }
}

impl Killed {
    fn restart(self) -> Process {
        let server = Server::start_with(&self.data_dir, &self.options);
        Process {
            server,
            options: self.options,
            data_dir: self.data_dir,
        }
    }
}
