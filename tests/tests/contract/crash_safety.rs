//! The crash test: the server under concurrent creates, patches and deletes is SIGKILLed at
//! random moments and restarted, cycle after cycle, on the same store (the same database, with
//! PostgreSQL). After each kill the stopped store is checked (`party-interaction-server check`:
//! indexes, count, transaction ids and outbox against the records) and exported, and every interaction is compared with what the
//! clients were told:
//! - acknowledged (an answer arrived): it must be there, byte for byte as answered; an
//!   acknowledged delete must stay gone;
//! - in flight when the server died: either the state before or the one the request asked
//!   for, nothing else; whichever it is, it is what later cycles must find.
//!
//! On PostgreSQL two server processes share the database, the clients spread over both, and
//! both are killed in each cycle, a moment apart.
//!
//! `PARTY_INTERACTION_CRASH_CYCLES` sets the number of cycles (3 by default; `.ci/run` runs
//! 25). The figures are printed (`--nocapture` shows them).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde_json::{json, Value};

use crate::events::{hub_url, subscription_input, SECRET};
use crate::support::listener::refused_url;
use crate::support::offline::{check_store, export_store};
use crate::support::*;

const CYCLES_ENV: &str = "PARTY_INTERACTION_CRASH_CYCLES";
const DEFAULT_CYCLES: usize = 3;
/// Concurrent clients, each working on interactions of its own, so that at most one request
/// about an interaction is ever in flight.
const CLIENTS: usize = 8;
/// How long the load runs before the kill, at random between these.
const LOAD_MS: (u64, u64) = (200, 1500);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);

/// What the clients know of one interaction.
#[derive(Debug, Clone)]
struct Known {
    /// The document of the last acknowledged answer; `None` once a delete was acknowledged.
    acknowledged: Option<Vec<u8>>,
    in_flight: Option<Change>,
    /// The client that works on it; `None` for one found after a crash that no client was
    /// told of (a create in flight), which is only checked from then on.
    client: Option<usize>,
}

#[derive(Debug, Clone)]
enum Change {
    Describe(String),
    Delete,
}

#[derive(Debug, Default)]
struct Figures {
    creates: u64,
    patches: u64,
    deletes: u64,
    in_flight_resolved_to_old: u64,
    in_flight_resolved_to_new: u64,
    unannounced_creates_found: u64,
}

impl Figures {
    fn acknowledged(&self) -> u64 {
        self.creates + self.patches + self.deletes
    }
}

#[derive(Debug, Default)]
struct Model {
    interactions: HashMap<String, Known>,
    /// Per client, the ids it may patch or delete.
    live: Vec<Vec<String>>,
    /// Creates sent whose answer never came.
    creates_in_flight: u64,
    figures: Figures,
    /// Answers no crash explains (a 500, say): each one fails the test.
    unexpected: Vec<String>,
}

/// A small xorshift: the cycles' timings and the clients' choices vary from run to run, and
/// the seed is printed so a failing run can be told apart.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}

fn seed() -> u64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(1, |elapsed| elapsed.as_nanos() as u64);
    nanos | 1
}

fn cycles() -> usize {
    std::env::var(CYCLES_ENV)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(DEFAULT_CYCLES)
}

fn options() -> ServerOptions {
    ServerOptions {
        extra_args: [
            "--events-allow-http",
            "--events-allow-networks",
            "127.0.0.1",
            // The listener never answers: every event stays in the outbox for the check.
            "--events-max-attempts",
            "1000",
            "--events-retry-max-ms",
            "60000",
        ]
        .map(str::to_owned)
        .to_vec(),
        ..ServerOptions::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_acknowledged_write_survives_sigkill_under_concurrent_load() {
    if crate::support::store::unavailable() {
        return;
    }
    let cycles = cycles();
    let seed = seed();
    let mut random = Random(seed);
    let data_dir = DataDir::new();
    let first = Server::start_with(&data_dir, &options());
    let key = first.default_key();
    subscribe_to_nothing(&first, &key).await;
    drop(first);
    // The data directories of the processes; the second shares the first's database.
    let mut data_dirs = vec![data_dir];
    if store::current() == Store::Postgres {
        let second = DataDir::sharing_store_of(&data_dirs[0]);
        let keys = "api-keys.json";
        std::fs::copy(data_dirs[0].path().join(keys), second.path().join(keys))
            .expect("copy the API key file for the second process");
        data_dirs.push(second);
    }
    let data_dir = &data_dirs[0];

    let model = Arc::new(Mutex::new(Model {
        live: vec![Vec::new(); CLIENTS],
        ..Model::default()
    }));
    let started = Instant::now();
    for cycle in 1..=cycles {
        // Arrange: servers on the store the last ones died on.
        let servers: Vec<Server> = data_dirs
            .iter()
            .map(|dir| Server::start_with(dir, &options()))
            .collect();
        let stop = Arc::new(AtomicBool::new(false));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let load = Load {
                    base: servers[client % servers.len()].collection_url(),
                    key: key.clone(),
                    model: Arc::clone(&model),
                    stop: Arc::clone(&stop),
                    client,
                    random: Random(random.next() | 1),
                    cycle,
                };
                tokio::spawn(load.run())
            })
            .collect();

        // Act: SIGKILL in the middle of it.
        let load_for = Duration::from_millis(LOAD_MS.0 + random.below(LOAD_MS.1 - LOAD_MS.0));
        tokio::time::sleep(load_for).await;
        let processes = servers.len();
        for server in servers {
            server.kill_hard();
            // The other process's clients go on a moment longer.
            tokio::time::sleep(Duration::from_millis(random.below(100))).await;
        }
        stop.store(true, Ordering::SeqCst);
        for client in clients {
            client.await.expect("a client task panicked");
        }

        // Assert: the store opens, agrees with itself, and holds what was acknowledged.
        let checked = check_summary(data_dir);
        let stored = export_store(data_dir);
        let mut model = model.lock().expect("the model's lock");
        let lost = reconcile(&mut model, stored);
        println!(
            "crash cycle {cycle}/{cycles}: {} process(es) killed after {} ms; check: {checked}; \
             acknowledged so far {} (creates {}, patches {}, deletes {}); lost {}",
            processes,
            load_for.as_millis(),
            model.figures.acknowledged(),
            model.figures.creates,
            model.figures.patches,
            model.figures.deletes,
            lost.len()
        );
        assert!(
            lost.is_empty(),
            "cycle {cycle} (seed {seed}) lost acknowledged writes:\n{}",
            lost.join("\n")
        );
        assert!(
            model.unexpected.is_empty(),
            "cycle {cycle} (seed {seed}): answers no crash explains:\n{}",
            model.unexpected.join("\n")
        );
    }

    let model = model.lock().expect("the model's lock");
    let figures = &model.figures;
    println!(
        "crash test: {cycles} cycles in {:.1} s (seed {seed}); acknowledged operations {} \
         (creates {}, patches {}, deletes {}); in flight at a kill: {} found as before, {} as \
         asked, {} unannounced creates found; lost 0",
        started.elapsed().as_secs_f64(),
        figures.acknowledged(),
        figures.creates,
        figures.patches,
        figures.deletes,
        figures.in_flight_resolved_to_old,
        figures.in_flight_resolved_to_new,
        figures.unannounced_creates_found,
    );
    assert!(
        figures.acknowledged() >= cycles as u64,
        "the load barely ran: {figures:?}"
    );
}

/// A subscription whose listener never answers keeps every event in the outbox, so that the
/// check compares the outbox with every record.
async fn subscribe_to_nothing(server: &Server, key: &str) {
    let input = subscription_input(&refused_url(), None, Some(SECRET));
    let answer = send(
        reqwest::Method::POST,
        &hub_url(server),
        &Auth::key(key),
        Some(JSON_UTF8),
        Some(serde_json::to_vec(&input).expect("serialize the subscription")),
    )
    .await;
    assert_eq!(answer.status, 201, "subscribing failed: {answer:?}");
}

/// The figures of `check` on the stopped store, which must be consistent.
fn check_summary(data_dir: &DataDir) -> String {
    let figures = check_store(data_dir);
    format!(
        "{} interactions, {} transaction ids, {} events, consistent",
        figures["interactions"], figures["transactionIds"], figures["events"]
    )
}

/// Compares the store with what the clients were told; returns the writes it lost. Writes in
/// flight take the state found, which later cycles must find again.
fn reconcile(model: &mut Model, mut stored: HashMap<String, Vec<u8>>) -> Vec<String> {
    let mut lost = Vec::new();
    let mut resolved_old = 0;
    let mut resolved_new = 0;
    let mut gone = Vec::new();
    for (id, known) in &mut model.interactions {
        let found = stored.remove(id);
        let in_flight = known.in_flight.take();
        match (known.acknowledged.clone(), in_flight, found) {
            (None, _, Some(_)) => lost.push(format!("{id}: deleted (204) but stored again")),
            (None, _, None) => {}
            (Some(_), Some(Change::Delete), None) => {
                resolved_new += 1;
                known.acknowledged = None;
                gone.push((id.clone(), known.client));
            }
            (Some(_), _, None) => lost.push(format!("{id}: acknowledged but missing")),
            (Some(answered), None | Some(Change::Delete), Some(found)) => {
                if found != answered {
                    lost.push(format!(
                        "{id}: stored differs from the acknowledged answer:\n  answered {}\n  \
                         stored   {}",
                        String::from_utf8_lossy(&answered),
                        String::from_utf8_lossy(&found)
                    ));
                }
            }
            (Some(answered), Some(Change::Describe(description)), Some(found)) => {
                if found == answered {
                    resolved_old += 1;
                    continue;
                }
                let mut asked: Value = serde_json::from_slice(&answered).expect("answered JSON");
                asked["description"] = json!(description);
                let stored: Value = serde_json::from_slice(&found).expect("stored JSON");
                if stored == asked {
                    resolved_new += 1;
                    known.acknowledged = Some(found);
                } else {
                    lost.push(format!(
                        "{id}: neither the acknowledged document nor the patch in flight:\n  \
                         stored {stored}"
                    ));
                }
            }
        }
    }
    for (id, client) in gone {
        if let Some(client) = client {
            model.live[client].retain(|live| live != &id);
        }
    }
    let unannounced = stored.len() as u64;
    if unannounced > model.creates_in_flight {
        lost.push(format!(
            "{unannounced} interactions no client created (only {} creates were in flight)",
            model.creates_in_flight
        ));
    }
    for (id, document) in stored {
        model.interactions.insert(
            id,
            Known {
                acknowledged: Some(document),
                in_flight: None,
                client: None,
            },
        );
    }
    model.creates_in_flight = 0;
    model.figures.in_flight_resolved_to_old += resolved_old;
    model.figures.in_flight_resolved_to_new += resolved_new;
    model.figures.unannounced_creates_found += unannounced;
    lost
}

/// One client's share of the load, until its server dies.
struct Load {
    base: String,
    key: String,
    model: Arc<Mutex<Model>>,
    stop: Arc<AtomicBool>,
    client: usize,
    random: Random,
    cycle: usize,
}

impl Load {
    async fn run(mut self) {
        let http = reqwest::Client::builder()
            .no_proxy()
            .timeout(REQUEST_TIMEOUT)
            .build()
            .expect("an HTTP client");
        let mut sent = 0u64;
        while !self.stop.load(Ordering::SeqCst) {
            sent += 1;
            let target = self.pick();
            let answered = match target {
                Some(id) if self.random.below(5) < 2 => self.delete(&http, &id).await,
                Some(id) => self.describe(&http, &id, sent).await,
                None => self.create(&http, sent).await,
            };
            if !answered {
                // The server is gone; what was in flight stays unresolved until the check.
                break;
            }
        }
    }

    /// An interaction of this client to change, or `None` to create one (half the time).
    fn pick(&mut self) -> Option<String> {
        let model = self.model.lock().expect("the model's lock");
        let live = &model.live[self.client];
        if live.is_empty() || self.random.below(2) == 0 {
            return None;
        }
        Some(live[self.random.below(live.len() as u64) as usize].clone())
    }

    async fn create(&mut self, http: &reqwest::Client, sent: u64) -> bool {
        let transaction_id = format!("crash-{}-{}-{sent}", self.cycle, self.client);
        let body = call_centre_interaction(&transaction_id);
        self.model
            .lock()
            .expect("the model's lock")
            .creates_in_flight += 1;
        let request = http
            .post(&self.base)
            .header("X-API-Key", &self.key)
            .header("Content-Type", JSON_UTF8)
            .body(serde_json::to_vec(&body).expect("serialize"));
        let Some((status, document)) = answer_of(request).await else {
            return false;
        };
        let mut model = self.model.lock().expect("the model's lock");
        model.creates_in_flight -= 1;
        if status != 201 {
            model.unexpected.push(format!("create answered {status}"));
            return true;
        }
        let id = id_of(&serde_json::from_slice(&document).expect("a JSON 201"));
        model.figures.creates += 1;
        model.live[self.client].push(id.clone());
        model.interactions.insert(
            id,
            Known {
                acknowledged: Some(document),
                in_flight: None,
                client: Some(self.client),
            },
        );
        true
    }

    async fn describe(&mut self, http: &reqwest::Client, id: &str, sent: u64) -> bool {
        let description = format!(
            "Patched by client {} in cycle {}, #{sent}",
            self.client, self.cycle
        );
        self.set_in_flight(id, Change::Describe(description.clone()));
        let request = http
            .patch(format!("{}/{id}", self.base))
            .header("X-API-Key", &self.key)
            .header("Content-Type", "application/merge-patch+json")
            .body(json!({ "description": description }).to_string());
        let Some((status, document)) = answer_of(request).await else {
            return false;
        };
        let mut model = self.model.lock().expect("the model's lock");
        if status != 200 {
            model
                .unexpected
                .push(format!("patch of {id} answered {status}"));
            return true;
        }
        model.figures.patches += 1;
        if let Some(known) = model.interactions.get_mut(id) {
            known.acknowledged = Some(document);
            known.in_flight = None;
        }
        true
    }

    async fn delete(&mut self, http: &reqwest::Client, id: &str) -> bool {
        self.set_in_flight(id, Change::Delete);
        let request = http
            .delete(format!("{}/{id}", self.base))
            .header("X-API-Key", &self.key);
        let Some((status, _)) = answer_of(request).await else {
            return false;
        };
        let mut model = self.model.lock().expect("the model's lock");
        if status != 204 {
            model
                .unexpected
                .push(format!("delete of {id} answered {status}"));
            return true;
        }
        model.figures.deletes += 1;
        if let Some(known) = model.interactions.get_mut(id) {
            known.acknowledged = None;
            known.in_flight = None;
        }
        model.live[self.client].retain(|live| live != id);
        true
    }

    fn set_in_flight(&self, id: &str, change: Change) {
        let mut model = self.model.lock().expect("the model's lock");
        if let Some(known) = model.interactions.get_mut(id) {
            known.in_flight = Some(change);
        }
    }
}

/// The status and whole body, or `None` when the server died before answering in full.
async fn answer_of(request: reqwest::RequestBuilder) -> Option<(u16, Vec<u8>)> {
    let response = request.send().await.ok()?;
    let status = response.status().as_u16();
    let body = response.bytes().await.ok()?;
    Some((status, body.to_vec()))
}
