//! Delivery: one worker per subscription walks the outbox from its position, POSTs each event
//! its query wants to its callback, and moves on only once the listener took it (any 2xx) or
//! the event went to the dead letters after the last attempt. So events reach each listener at
//! least once and in order, and a slow or dead listener holds up only its own subscription.
//!
//! A housekeeping task takes up replays queued from the command line, drops outbox events
//! every subscription has passed, and writes `events/status.json` for `events status`.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use bytes::Bytes;
use hmac::{Hmac, Mac as _};
use rand::Rng as _;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;
use url::{Host, Url};

use super::callback::{CallbackPolicy, GuardedResolver};
use super::dead_letters::{DeadLetter, DeadLetters};
use super::filter::EventFilter;
use super::Subscription;
use crate::clock;
use crate::query::Attributes;
use crate::store::{InteractionStore, OutboxEvent, StoreError, SubscriptionEntry};

/// Header with the signature of a delivery: `sha256=` and the hex HMAC-SHA256 of the body.
pub const SIGNATURE_HEADER: &str = "x-hub-signature-256";
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";
pub const EVENT_TYPE_HEADER: &str = "x-event-type";
/// Metric of delivery attempts, by `outcome` (`delivered`, `failed`); see [`crate::ops::metrics`].
pub const DELIVERIES: &str = "party_interaction_event_delivery_attempts_total";

/// Events read from the outbox at a time.
const BATCH: usize = 256;
/// How much of a listener's answer is read (so the connection can be reused); the rest is
/// dropped with the connection.
const MAX_ANSWER_BYTES: usize = 64 * 1024;
const HOUSEKEEPING_INTERVAL: Duration = Duration::from_secs(1);
/// How long a worker waits after being woken, for more events to batch.
const COALESCE: Duration = Duration::from_millis(2);
/// Longest time a busy worker goes without recording its position.
const POSITION_INTERVAL: Duration = Duration::from_secs(1);
/// Housekeeping rounds between prunings of the outbox.
const PRUNE_EVERY: u32 = 10;
/// Housekeeping rounds between reports of the status (which lists the dead-letter folder).
const STATUS_EVERY: u32 = 2;

#[derive(Debug, Clone)]
pub struct DeliveryConfig {
    pub timeout: Duration,
    pub retry_initial: Duration,
    pub retry_max: Duration,
    pub max_attempts: u32,
    /// How long a lease on a subscription's delivery lasts (see [`Lease`]).
    pub lease: Duration,
}

/// The running delivery of events; cheap to clone.
#[derive(Clone)]
pub struct Dispatcher {
    inner: Arc<Inner>,
    /// Shut down when the last handle goes (the tasks on it hold `Inner`, not this).
    _runtime: Arc<DeliveryRuntime>,
}

/// Delivery runs on threads of its own at a lower priority (nice 10): it is background work,
/// so on a busy machine the API comes first and the backlog drains when there is room (on an
/// idle one it makes no difference). `events status` shows the backlog.
struct DeliveryRuntime(Option<tokio::runtime::Runtime>);

impl Drop for DeliveryRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

/// `thread_priority`'s cross-platform scale (0 to 99) for nice 10 under Linux's normal policy.
const DELIVERY_PRIORITY: u8 = 22;

fn delivery_runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .max_blocking_threads(4)
        .thread_name("event-delivery")
        .on_thread_start(|| {
            let lowered = thread_priority::ThreadPriorityValue::try_from(DELIVERY_PRIORITY)
                .map_err(|err| err.to_owned())
                .and_then(|value| {
                    thread_priority::set_current_thread_priority(
                        thread_priority::ThreadPriority::Crossplatform(value),
                    )
                    .map_err(|err| err.to_string())
                });
            if let Err(err) = lowered {
                tracing::debug!(cause = err, "event delivery runs at normal priority");
            }
        })
        .enable_all()
        .build()
        .context("starting the event delivery threads")
}

struct Inner {
    runtime: tokio::runtime::Handle,
    store: Arc<dyn InteractionStore>,
    client: reqwest::Client,
    policy: Arc<CallbackPolicy>,
    config: DeliveryConfig,
    dead_letters: DeadLetters,
    attributes: Attributes,
    workers: Mutex<HashMap<String, Worker>>,
    /// Subscriptions that cannot be delivered (said once in the log, not at every reconcile).
    refused: Mutex<HashSet<String>>,
}

struct Worker {
    task: JoinHandle<()>,
    replays: mpsc::UnboundedSender<Replay>,
}

type Replay = (PathBuf, DeadLetter);

/// What `events status` shows, as the running server last wrote it.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub written_at: String,
    pub last_event: u64,
    pub subscriptions: Vec<SubscriptionStatus>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriptionStatus {
    pub id: String,
    pub callback: String,
    /// Events committed that the subscription has not been through yet (including events its
    /// query will skip).
    pub backlog: u64,
    pub dead_letters: usize,
}

impl Status {
    pub fn of(
        entries: &[SubscriptionEntry],
        last_event: u64,
        dead_letters: &DeadLetters,
    ) -> Status {
        let dead = dead_letters.count_by_subscription();
        let subscriptions = entries
            .iter()
            .map(|entry| SubscriptionStatus {
                id: entry.id.clone(),
                callback: serde_json::from_slice::<Subscription>(&entry.record)
                    .map(|subscription| subscription.callback)
                    .unwrap_or_default(),
                backlog: last_event.saturating_sub(entry.position),
                dead_letters: dead.get(&entry.id).copied().unwrap_or(0),
            })
            .collect();
        Status {
            written_at: clock::now_rfc3339(),
            last_event,
            subscriptions,
        }
    }
}

impl Dispatcher {
    /// Starts a worker for every stored subscription, and the housekeeping.
    pub fn start(
        store: Arc<dyn InteractionStore>,
        policy: CallbackPolicy,
        config: DeliveryConfig,
        dead_letters: DeadLetters,
        attributes: Attributes,
    ) -> anyhow::Result<Self> {
        let policy = Arc::new(policy);
        // reqwest is built without a TLS crypto provider of its own (see Cargo.toml); an
        // error means one is installed already.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .dns_resolver(Arc::new(GuardedResolver {
                policy: Arc::clone(&policy),
            }))
            .user_agent(concat!(
                "party-interaction-server/",
                env!("CARGO_PKG_VERSION")
            ))
            .build()
            .context("building the HTTP client of event delivery")?;
        let runtime = delivery_runtime()?;
        let dispatcher = Self {
            inner: Arc::new(Inner {
                runtime: runtime.handle().clone(),
                store,
                client,
                policy,
                config,
                dead_letters,
                attributes,
                workers: Mutex::new(HashMap::new()),
                refused: Mutex::new(HashSet::new()),
            }),
            _runtime: Arc::new(DeliveryRuntime(Some(runtime))),
        };

        let entries = dispatcher.inner.store.subscriptions()?;
        let last_event = *dispatcher.inner.store.durable_events().borrow();
        let status = Status::of(&entries, last_event, &dispatcher.inner.dead_letters);
        for subscription in &status.subscriptions {
            tracing::info!(
                subscription = subscription.id,
                callback = super::callback::loggable(&subscription.callback),
                backlog = subscription.backlog,
                dead_letters = subscription.dead_letters,
                "event subscription"
            );
        }
        tracing::info!(
            subscriptions = status.subscriptions.len(),
            backlog = status.subscriptions.iter().map(|s| s.backlog).sum::<u64>(),
            dead_letters = status
                .subscriptions
                .iter()
                .map(|s| s.dead_letters)
                .sum::<usize>(),
            "event delivery started"
        );
        for entry in entries {
            match serde_json::from_slice::<Subscription>(&entry.record) {
                Ok(subscription) => dispatcher.add(subscription, entry.position),
                Err(err) => tracing::error!(
                    subscription = entry.id,
                    cause = %err,
                    "a stored subscription is unreadable; its events are not delivered"
                ),
            }
        }
        dispatcher
            .inner
            .runtime
            .spawn(housekeeping(Arc::clone(&dispatcher.inner)));
        Ok(dispatcher)
    }

    pub fn policy(&self) -> &CallbackPolicy {
        &self.inner.policy
    }

    /// Starts delivering to a subscription from the event after `position`.
    pub fn add(&self, subscription: Subscription, position: u64) {
        self.inner.add(subscription, position);
    }

    /// Stops delivering to a subscription.
    pub fn remove(&self, id: &str) {
        let worker = self
            .inner
            .workers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .remove(id);
        if let Some(worker) = worker {
            worker.task.abort();
        }
    }
}

impl Inner {
    /// Starts delivering to a subscription from the event after `position`.
    fn add(self: &Arc<Self>, subscription: Subscription, position: u64) {
        let filter = match EventFilter::parse(
            subscription.query.as_deref().unwrap_or(""),
            &self.attributes,
        ) {
            Ok(filter) => filter,
            Err(err) => {
                // It was checked when subscribing; a later revision of the spec may differ.
                tracing::error!(
                    subscription = subscription.id,
                    problems = ?err.0,
                    "a subscription's query is no longer understood; its events are not delivered"
                );
                self.refuse(&subscription.id);
                return;
            }
        };
        let url = match Url::parse(&subscription.callback) {
            Ok(url) => url,
            Err(err) => {
                tracing::error!(subscription = subscription.id, cause = %err, "a subscription's callback is not a URL");
                self.refuse(&subscription.id);
                return;
            }
        };
        let (replays, replay_queue) = mpsc::unbounded_channel();
        let id = subscription.id.clone();
        let worker = SubscriptionWorker {
            inner: Arc::clone(self),
            subscription,
            url,
            filter,
        };
        let task = self.runtime.spawn(worker.run(position, replay_queue));
        let previous = self
            .workers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id, Worker { task, replays });
        if let Some(previous) = previous {
            previous.task.abort();
        }
    }

    fn refuse(&self, id: &str) {
        self.refused
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(id.to_owned());
    }

    /// Follows the subscriptions in the store, which other servers on a shared store add and
    /// remove: starts workers for new ones, stops those of removed ones.
    fn reconcile(self: &Arc<Self>) -> Result<(), StoreError> {
        let entries = self.store.subscriptions()?;
        let running: HashSet<String> = self
            .workers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .keys()
            .cloned()
            .collect();
        let refused = self
            .refused
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let stored: HashSet<&str> = entries.iter().map(|entry| entry.id.as_str()).collect();
        for entry in &entries {
            if running.contains(&entry.id) || refused.contains(&entry.id) {
                continue;
            }
            match serde_json::from_slice::<Subscription>(&entry.record) {
                Ok(subscription) => {
                    tracing::info!(
                        subscription = entry.id,
                        "delivering a subscription added elsewhere"
                    );
                    self.add(subscription, entry.position);
                }
                Err(err) => {
                    tracing::debug!(subscription = entry.id, cause = %err, "an unreadable subscription")
                }
            }
        }
        for id in running.iter().filter(|id| !stored.contains(id.as_str())) {
            let worker = self
                .workers
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .remove(id);
            if let Some(worker) = worker {
                tracing::info!(subscription = id, "a subscription was removed elsewhere");
                worker.task.abort();
            }
        }
        Ok(())
    }

    fn route_replay(&self, replay: Replay) {
        let (path, mut letter) = replay;
        let workers = self.workers.lock().unwrap_or_else(PoisonError::into_inner);
        match workers.get(&letter.subscription) {
            Some(worker) => {
                if let Err(mpsc::error::SendError((path, letter))) =
                    worker.replays.send((path, letter))
                {
                    // It stays in replaying/, taken up again at the next start.
                    tracing::warn!(id = letter.id, path = %path.display(), "a replay found its worker stopped");
                }
            }
            None => {
                drop(workers);
                "the subscription no longer exists".clone_into(&mut letter.last_error);
                tracing::warn!(
                    id = letter.id,
                    subscription = letter.subscription,
                    "a dead letter of a removed subscription cannot be replayed"
                );
                self.dead_letters.failed_again(&path, &letter);
            }
        }
    }
}

async fn housekeeping(inner: Arc<Inner>) {
    let mut round = 0u32;
    loop {
        let first = round == 0;
        let dead_letters = inner.dead_letters.clone();
        let replays = tokio::task::spawn_blocking(move || dead_letters.take_replays(first))
            .await
            .unwrap_or_default();
        for replay in replays {
            inner.route_replay(replay);
        }
        if !first {
            let reconciling = Arc::clone(&inner);
            match tokio::task::spawn_blocking(move || reconciling.reconcile()).await {
                Ok(Ok(())) => {}
                Ok(Err(err)) => tracing::warn!(cause = %err, "reading the subscriptions failed"),
                Err(err) => tracing::warn!(cause = %err, "reading the subscriptions failed"),
            }
        }
        if round.is_multiple_of(PRUNE_EVERY) {
            let store = Arc::clone(&inner.store);
            match tokio::task::spawn_blocking(move || store.prune_events()).await {
                Ok(Ok(pruned)) if pruned > 0 => tracing::debug!(pruned, "pruned delivered events"),
                Ok(Ok(_)) => {}
                Ok(Err(err)) => tracing::error!(cause = %err, "pruning delivered events failed"),
                Err(err) => tracing::error!(cause = %err, "pruning delivered events failed"),
            }
        }
        if !round.is_multiple_of(STATUS_EVERY) {
        } else if let Err(err) = write_status(&inner).await {
            tracing::warn!(cause = %format!("{err:#}"), "writing the event status failed");
        }
        round = round.wrapping_add(1);
        tokio::time::sleep(HOUSEKEEPING_INTERVAL).await;
    }
}

/// Writes `events/status.json`, for `events status`.
async fn write_status(inner: &Arc<Inner>) -> anyhow::Result<()> {
    let store = Arc::clone(&inner.store);
    let dead_letters = inner.dead_letters.clone();
    let status = tokio::task::spawn_blocking(move || -> Result<Status, StoreError> {
        let entries = store.subscriptions()?;
        let last_event = *store.durable_events().borrow();
        Ok(Status::of(&entries, last_event, &dead_letters))
    })
    .await??;
    inner.dead_letters.write_status(&status)
}

struct SubscriptionWorker {
    inner: Arc<Inner>,
    subscription: Subscription,
    url: Url,
    filter: EventFilter,
}

/// Whether this process delivers a subscription's events. On a store that several servers
/// share, one of them at a time holds a subscription's lease, renewed at a third of its term;
/// a server that cannot renew stops delivering, and another takes the lease once it lapses,
/// going on from the last recorded position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lease {
    Elsewhere,
    /// Held since it was taken for the `generation`th time, from the recorded `position`.
    Held {
        generation: u64,
        position: u64,
    },
}

impl Lease {
    /// Starts the task that takes and renews the lease; its state is watched.
    fn keep(inner: &Arc<Inner>, subscription: &str) -> (watch::Receiver<Lease>, JoinHandle<()>) {
        let (state, watched) = watch::channel(Lease::Elsewhere);
        let (inner_keeper, id) = (Arc::clone(inner), subscription.to_owned());
        let term = inner.config.lease;
        let task = inner.runtime.spawn(async move {
            let mut generation = 0u64;
            let mut held = false;
            loop {
                let store = Arc::clone(&inner_keeper.store);
                let key = id.clone();
                let taken = tokio::task::spawn_blocking(move || store.lease(&key, term)).await;
                match taken {
                    Ok(Ok(Some(position))) if !held => {
                        held = true;
                        generation += 1;
                        tracing::debug!(subscription = id, position, "delivering this subscription's events");
                        state.send_replace(Lease::Held { generation, position });
                    }
                    Ok(Ok(Some(_))) => {}
                    Ok(Ok(None)) => {
                        if held {
                            tracing::warn!(subscription = id, "another server delivers this subscription's events now");
                        }
                        held = false;
                        state.send_replace(Lease::Elsewhere);
                    }
                    Ok(Err(err)) => {
                        tracing::error!(subscription = id, cause = %err, "the lease on a subscription's delivery could not be renewed");
                        held = false;
                        state.send_replace(Lease::Elsewhere);
                    }
                    Err(err) => {
                        tracing::error!(subscription = id, cause = %err, "the lease on a subscription's delivery could not be renewed");
                        held = false;
                        state.send_replace(Lease::Elsewhere);
                    }
                }
                tokio::time::sleep(term / 3).await;
            }
        });
        (watched, task)
    }
}

/// Aborts a task when dropped: a worker's keeper goes with the worker.
struct AbortOnDrop(JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// The fields of an event a delivery needs besides its body.
struct Head<'a> {
    event_id: &'a str,
    event_type: &'a str,
}

impl SubscriptionWorker {
    async fn run(self, mut position: u64, mut replays: mpsc::UnboundedReceiver<Replay>) {
        let mut durable = self.inner.store.durable_events();
        let (lease, keeper) = Lease::keep(&self.inner, &self.subscription.id);
        let _keeper = AbortOnDrop(keeper);
        let mut lease = lease;
        // The generation of the lease this worker delivers under; 0 for none.
        let mut holding = 0u64;
        // The position is recorded at most every POSITION_INTERVAL, and when the worker has
        // caught up: a write per event would cost each subscription a store write per event.
        let mut recorded = position;
        let mut recorded_at = Instant::now();
        loop {
            while let Ok(replay) = replays.try_recv() {
                self.replay(replay).await;
            }
            match *lease.borrow_and_update() {
                Lease::Held {
                    generation,
                    position: from,
                } if generation != holding => {
                    // Taken now: go on from what was recorded (by this process or another).
                    holding = generation;
                    position = from;
                    recorded = from;
                    recorded_at = Instant::now();
                }
                Lease::Held { .. } => {}
                Lease::Elsewhere => holding = 0,
            }
            if holding == 0 {
                tokio::select! {
                    changed = lease.changed() => if changed.is_err() { return },
                    replay = replays.recv() => match replay {
                        Some(replay) => self.replay(replay).await,
                        None => return,
                    },
                }
                continue;
            }
            // Marked before reading, so an event made durable meanwhile wakes the wait below.
            durable.borrow_and_update();
            let batch = match self.inner.store.events_after(position, BATCH) {
                Ok(batch) => batch,
                Err(err) => {
                    tracing::error!(subscription = self.subscription.id, cause = %err, "reading the outbox failed");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            };
            if batch.is_empty() {
                let unrecorded = recorded != position;
                if unrecorded && recorded_at.elapsed() >= POSITION_INTERVAL {
                    self.record(position);
                    recorded = position;
                    recorded_at = Instant::now();
                }
                let record_due = tokio::time::Instant::from_std(recorded_at + POSITION_INTERVAL);
                tokio::select! {
                    changed = durable.changed() => {
                        if changed.is_err() {
                            return;
                        }
                        // Let a few more events arrive, so that a busy store wakes each
                        // worker for a batch rather than for every event.
                        tokio::time::sleep(COALESCE).await;
                    }
                    () = tokio::time::sleep_until(record_due), if recorded != position => {
                        self.record(position);
                        recorded = position;
                        recorded_at = Instant::now();
                    }
                    changed = lease.changed() => if changed.is_err() { return },
                    replay = replays.recv() => match replay {
                        Some(replay) => self.replay(replay).await,
                        None => return,
                    },
                }
                continue;
            }
            for event in batch {
                // Another process delivers from here on (this one's lease lapsed).
                if !matches!(*lease.borrow(), Lease::Held { generation, .. } if generation == holding)
                {
                    break;
                }
                self.handle(&event).await;
                position = event.seq;
                if recorded_at.elapsed() >= POSITION_INTERVAL {
                    self.record(position);
                    recorded = position;
                    recorded_at = Instant::now();
                }
            }
        }
    }

    fn record(&self, position: u64) {
        if let Err(err) = self
            .inner
            .store
            .set_position(&self.subscription.id, position)
        {
            tracing::error!(subscription = self.subscription.id, cause = %err, "recording the delivery position failed");
        }
    }

    async fn handle(&self, event: &OutboxEvent) {
        if !self.filter.wants_type(event.kind) {
            return;
        }
        if self.filter.filters_interactions() {
            let wanted = serde_json::from_slice::<Value>(&event.body)
                .is_ok_and(|value| self.filter.matches(event.kind, &value));
            if !wanted {
                return;
            }
        }
        let head = Head {
            event_id: &event.event_id,
            event_type: event.kind.name(),
        };
        if let Err((attempts, last_error)) = self.deliver(&event.body, &head).await {
            let id = DeadLetter::id_for(event.seq, &self.subscription.id);
            self.dead_letter(id, &event.body, &head, attempts, last_error)
                .await;
        }
    }

    async fn replay(&self, (path, mut letter): Replay) {
        let body = Bytes::from(letter.event.get().to_owned());
        let head = Head {
            event_id: &letter.event_id,
            event_type: &letter.event_type,
        };
        let dead_letters = self.inner.dead_letters.clone();
        match self.deliver(&body, &head).await {
            Ok(()) => {
                tracing::info!(
                    id = letter.id,
                    subscription = self.subscription.id,
                    "replayed a dead letter"
                );
                let _ = tokio::task::spawn_blocking(move || dead_letters.replayed(&path)).await;
            }
            Err((attempts, last_error)) => {
                letter.attempts += attempts;
                letter.last_error = last_error;
                letter.failed_at = clock::now_rfc3339();
                tracing::warn!(
                    id = letter.id,
                    subscription = self.subscription.id,
                    attempts = letter.attempts,
                    "a replayed dead letter failed again"
                );
                let _ =
                    tokio::task::spawn_blocking(move || dead_letters.failed_again(&path, &letter))
                        .await;
            }
        }
    }

    async fn dead_letter(
        &self,
        id: String,
        body: &Bytes,
        head: &Head<'_>,
        attempts: u32,
        last_error: String,
    ) {
        tracing::warn!(
            subscription = self.subscription.id,
            event_id = head.event_id,
            attempts,
            last_error,
            "an event could not be delivered; it is now a dead letter"
        );
        let event = match std::str::from_utf8(body)
            .ok()
            .and_then(|text| serde_json::value::RawValue::from_string(text.to_owned()).ok())
        {
            Some(event) => event,
            None => {
                tracing::error!(id, "an undeliverable event is not JSON; dropped");
                return;
            }
        };
        let letter = DeadLetter {
            id,
            subscription: self.subscription.id.clone(),
            callback: self.subscription.callback.clone(),
            event_id: head.event_id.to_owned(),
            event_type: head.event_type.to_owned(),
            attempts,
            last_error,
            failed_at: clock::now_rfc3339(),
            event,
        };
        let dead_letters = self.inner.dead_letters.clone();
        match tokio::task::spawn_blocking(move || dead_letters.add(&letter)).await {
            Ok(Ok(())) => {}
            Ok(Err(err)) => {
                tracing::error!(cause = %format!("{err:#}"), "writing a dead letter failed")
            }
            Err(err) => tracing::error!(cause = %err, "writing a dead letter failed"),
        }
    }

    /// Tries up to the configured number of times; on failure, how many and the last error.
    async fn deliver(&self, body: &Bytes, head: &Head<'_>) -> Result<(), (u32, String)> {
        let config = &self.inner.config;
        let mut last_error = String::new();
        for attempt in 1..=config.max_attempts.max(1) {
            match self.post(body, head).await {
                Ok(()) => {
                    metrics::counter!(DELIVERIES, "outcome" => "delivered").increment(1);
                    return Ok(());
                }
                Err(err) => {
                    metrics::counter!(DELIVERIES, "outcome" => "failed").increment(1);
                    tracing::debug!(
                        subscription = self.subscription.id,
                        event_id = head.event_id,
                        attempt,
                        cause = err,
                        "a delivery failed"
                    );
                    last_error = err;
                }
            }
            if attempt < config.max_attempts {
                tokio::time::sleep(backoff(config, attempt)).await;
            }
        }
        Err((config.max_attempts.max(1), last_error))
    }

    async fn post(&self, body: &Bytes, head: &Head<'_>) -> Result<(), String> {
        // The resolver checks the addresses of names; an address in the URL is checked here.
        match self.url.host() {
            Some(Host::Ipv4(address)) => self.inner.policy.check_address(address.into())?,
            Some(Host::Ipv6(address)) => self.inner.policy.check_address(address.into())?,
            _ => {}
        }
        if self.url.scheme() == "http" && !self.inner.policy.allow_http {
            return Err("plain http callbacks are no longer allowed".to_owned());
        }
        let response = self
            .inner
            .client
            .post(self.url.clone())
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(SIGNATURE_HEADER, signature(&self.subscription.secret, body))
            .header(IDEMPOTENCY_HEADER, head.event_id)
            .header(EVENT_TYPE_HEADER, head.event_type)
            .body(body.clone())
            .send()
            .await
            .map_err(|err| describe(&err))?;
        let status = response.status();
        drain(response).await;
        if status.is_success() {
            Ok(())
        } else {
            Err(format!("the listener answered {status}"))
        }
    }
}

/// Reads a little of an answer so the connection can serve the next delivery.
async fn drain(mut response: reqwest::Response) {
    let mut read = 0;
    while let Ok(Some(chunk)) = response.chunk().await {
        read += chunk.len();
        if read > MAX_ANSWER_BYTES {
            break;
        }
    }
}

/// The error and its causes in one line (reqwest's own message omits the cause).
fn describe(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    text
}

/// `sha256=` and the hex HMAC-SHA256 of the body, keyed with the secret.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC accepts keys of any length.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

/// Exponential backoff with jitter: after attempt n, between half and all of
/// `initial × 2^(n-1)`, capped at `max`.
fn backoff(config: &DeliveryConfig, attempt: u32) -> Duration {
    let ceiling = config
        .retry_initial
        .saturating_mul(2u32.saturating_pow(attempt.saturating_sub(1)))
        .min(config.retry_max);
    let half = ceiling / 2;
    half + rand::rng().random_range(Duration::ZERO..=half)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_the_hex_hmac_of_the_body() {
        // RFC 4231, test case 2.
        assert_eq!(
            signature("Jefe", b"what do ya want for nothing?"),
            "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn backoff_grows_with_jitter_up_to_its_cap() {
        let config = DeliveryConfig {
            timeout: Duration::from_secs(1),
            retry_initial: Duration::from_millis(100),
            retry_max: Duration::from_millis(1000),
            max_attempts: 10,
            lease: Duration::from_secs(30),
        };
        for _ in 0..100 {
            let first = backoff(&config, 1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let third = backoff(&config, 3);
            assert!(third >= Duration::from_millis(200) && third <= Duration::from_millis(400));
            let late = backoff(&config, 30);
            assert!(late >= Duration::from_millis(500) && late <= Duration::from_millis(1000));
        }
    }
}
