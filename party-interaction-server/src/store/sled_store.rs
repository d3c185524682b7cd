//! The embedded store: one sled database in the data directory.
//!
//! Trees:
//! - `interactions`: id → `PartyInteraction` JSON document, exactly as served.
//! - `transaction_ids`: transactionId → request fingerprint (32 bytes) + id it created.
//! - `transaction_of`: id → its transactionId, so that a delete can remove that entry.
//! - `by_creation`: creation time (8 bytes, see [`keys::time_bytes`]) + id → ().
//! - `by_customer`: customerId (length-prefixed) + creation time + id → ().
//! - `meta`: the number of interactions, the layout version, the number of the last event and
//!   the number of subscriptions.
//! - `outbox`: event number (8 bytes, big-endian) → event type (1 byte), length of the event id
//!   (1 byte), event id, event JSON.
//! - `subscriptions`: id → subscription JSON; `positions`: id → number of its last event.
//!
//! Every write touches all the trees it affects in one sled transaction, and the log is
//! flushed before the write is acknowledged, so after any crash the indexes, the records and
//! the outbox agree. Concurrent writes share their flushes ([`super::group_commit`]). sled runs
//! transactions one at a time, so event numbers follow commit order; [`SledStore::verify`]
//! checks that they do. Pages are compressed on disk (zstd) in stores created since
//! compression came; older ones stay as they are.

mod open;
mod verify;

use std::ops::Bound;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock, RwLockReadGuard};
use std::time::Instant;

use bytes::Bytes;
use futures::future::BoxFuture;
use serde_json::Value;
use sled::transaction::{
    ConflictableTransactionError, ConflictableTransactionResult, TransactionError,
    TransactionalTree,
};
use sled::{IVec, Transactional as _};
use tokio::sync::watch;

use super::group_commit::{Flusher, GroupCommit};
use super::keys::{customer_prefix, id_of, time_bytes, IndexKeys};
use super::{
    Candidates, Change, Changed, CreateOutcome, DeleteOutcome, FreeSpace, IdIterator,
    InteractionStore, NewInteraction, OutboxEvent, Pending, Precondition, StoreError,
    SubscriptionEntry, TimeRange, UpdateOutcome, DEFAULT_RESERVE_BYTES,
};
use crate::events::{Envelope, EventType};

pub use verify::{Inconsistency, Verification};

const FINGERPRINT_LEN: usize = 32;
const COUNT: &[u8] = b"count";
const LAYOUT: &[u8] = b"layout";
const LAST_EVENT: &[u8] = b"last_event";
const SUBSCRIBERS: &[u8] = b"subscribers";
const READY_PROBE: &[u8] = b"ready_probe";
/// Writes of interactions committed so far, for the write mark (see `store::write_mark`).
const WRITES: &[u8] = b"writes";
/// Metric names of the flushes (see [`crate::ops::metrics`]).
pub const FLUSH_SECONDS: &str = "party_interaction_store_flush_duration_seconds";
pub const FLUSH_BYTES: &str = "party_interaction_store_flush_bytes";
/// zstd level of the pages sled writes. Without compression a store took 3.5 to 4.5 times the
/// JSON it held on disk, as sled rewrites whole pages; with it, about the JSON's size. Level 1
/// is the cheapest: compression costs creates about 15% of their throughput.
const COMPRESSION_LEVEL: i32 = 1;
/// Version 2 added the indexes and the count; version 1 stores are reindexed on open.
const LAYOUT_VERSION: u64 = 2;

/// Why an export stopped.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("writing the export failed")]
    Write(#[from] std::io::Error),
}

impl From<sled::Error> for ExportError {
    fn from(err: sled::Error) -> Self {
        Self::Store(StoreError::Engine(err))
    }
}

/// When a write of an interaction is acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// Once a flush that covers it has ended: nothing acknowledged is lost in a crash.
    #[default]
    OnDisk,
    /// As soon as it is committed in memory. Someone else must call
    /// [`InteractionStore::flush`] periodically; a crash loses what was written since the
    /// last flush. Events are still sent only once on disk.
    Relaxed,
}

pub struct SledStore {
    db: sled::Db,
    durability: Durability,
    group_commit: Arc<GroupCommit>,
    /// The thread that flushes for the group commit; stopped when the store is dropped.
    _flusher: Flusher,
    trees: Trees,
    events: Arc<EventNumbers>,
    /// Writes of interactions hold it shared; an export holds it alone, so that it reads one
    /// consistent state (sled's iterators do not isolate).
    export_gate: RwLock<()>,
    /// Checked before every write: see [`FreeSpace`].
    space: FreeSpace,
}

/// What the flusher thread needs of the store to tell the events which are on disk.
struct EventNumbers {
    /// Number of the last event committed, flushed or not.
    committed: AtomicU64,
    /// Number of the last event known to be on disk.
    durable: watch::Sender<u64>,
}

struct Trees {
    interactions: sled::Tree,
    transaction_ids: sled::Tree,
    transaction_of: sled::Tree,
    by_creation: sled::Tree,
    by_customer: sled::Tree,
    meta: sled::Tree,
    outbox: sled::Tree,
    subscriptions: sled::Tree,
    positions: sled::Tree,
}

/// The trees inside a transaction.
struct Tx<'a> {
    interactions: &'a TransactionalTree,
    transaction_ids: &'a TransactionalTree,
    transaction_of: &'a TransactionalTree,
    by_creation: &'a TransactionalTree,
    by_customer: &'a TransactionalTree,
    meta: &'a TransactionalTree,
    outbox: &'a TransactionalTree,
}

type TxResult<T> = ConflictableTransactionResult<T, StoreError>;

impl SledStore {
    /// Opens (or creates) the store, with a page cache of `cache_bytes`; writes are
    /// acknowledged once on disk.
    pub fn open(path: &Path, cache_bytes: u64) -> Result<Self, StoreError> {
        Self::open_with(path, cache_bytes, Durability::OnDisk)
    }

    pub fn open_with(
        path: &Path,
        cache_bytes: u64,
        durability: Durability,
    ) -> Result<Self, StoreError> {
        let config = sled::Config::new()
            .path(path)
            .cache_capacity(cache_bytes)
            .use_compression(compressed(path))
            .compression_factor(COMPRESSION_LEVEL);
        let db = open::open_db(path, config)?;
        Self::on(db, path, durability).map_err(StoreError::classified)
    }

    fn on(db: sled::Db, path: &Path, durability: Durability) -> Result<Self, StoreError> {
        let trees = Trees {
            interactions: db.open_tree("interactions")?,
            transaction_ids: db.open_tree("transaction_ids")?,
            transaction_of: db.open_tree("transaction_of")?,
            by_creation: db.open_tree("by_creation")?,
            by_customer: db.open_tree("by_customer")?,
            meta: db.open_tree("meta")?,
            outbox: db.open_tree("outbox")?,
            subscriptions: db.open_tree("subscriptions")?,
            positions: db.open_tree("positions")?,
        };
        let last_event = trees
            .meta
            .get(LAST_EVENT)?
            .map_or(0, |value| decode_u64(&value));
        let events = Arc::new(EventNumbers {
            committed: AtomicU64::new(last_event),
            durable: watch::Sender::new(last_event),
        });
        let (group_commit, flusher) = {
            let (db, events) = (db.clone(), Arc::clone(&events));
            GroupCommit::start(move || flush_durably(&db, &events))?
        };
        let store = Self {
            db,
            durability,
            group_commit,
            _flusher: flusher,
            trees,
            events,
            export_gate: RwLock::new(()),
            space: FreeSpace::new(path, DEFAULT_RESERVE_BYTES),
        };
        store.upgrade()?;
        Ok(store)
    }

    /// Returns once what this thread committed is on disk, sharing the flush with the writers
    /// committing at the same time.
    fn flush_shared(&self) -> Result<(), StoreError> {
        Ok(self.group_commit.wait(self.group_commit.ticket())?)
    }

    /// What a write of an interaction this thread committed waits for before it is
    /// acknowledged: a flush, unless durability is relaxed.
    fn pending(&self) -> Pending {
        match self.durability {
            Durability::OnDisk => Pending(Some(self.group_commit.ticket())),
            Durability::Relaxed => Pending(None),
        }
    }

    fn acknowledge(&self) -> Result<(), StoreError> {
        match self.pending().0 {
            Some(ticket) => Ok(self.group_commit.wait(ticket)?),
            None => Ok(()),
        }
    }

    fn committed(&self, last_event: Option<u64>) {
        if let Some(seq) = last_event {
            self.events.committed.fetch_max(seq, Ordering::AcqRel);
        }
    }

    /// Refuses writes while less than `bytes` are free on the store's disk (0: never).
    pub fn with_free_space_reserve(mut self, bytes: u64) -> Self {
        self.space = self.space.with_reserve(bytes);
        self
    }

    /// Writes of interactions committed so far (durable once flushed); only ever grows.
    pub fn writes(&self) -> Result<u64, StoreError> {
        Ok(self
            .trees
            .meta
            .get(WRITES)?
            .map_or(0, |value| decode_u64(&value)))
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.db.size_on_disk()?)
    }

    /// Like [`InteractionStore::create`] without the flush: for bulk loads that flush once at
    /// the end (benchmarks, imports). Nothing is durable until [`InteractionStore::flush`].
    pub fn create_unflushed(&self, new: &NewInteraction) -> Result<CreateOutcome, StoreError> {
        self.space.check()?;
        let _writing = self.writing();
        let (outcome, last_event) = self.transaction(|tx| {
            if let Some(key) = &new.transaction {
                if let Some(entry) = tx.transaction_ids.get(key.transaction_id.as_bytes())? {
                    let (fingerprint, id) = split_entry(&entry).map_err(abort)?;
                    if fingerprint != key.fingerprint {
                        return Ok((CreateOutcome::TransactionConflict, None));
                    }
                    let document = tx.interactions.get(id)?.ok_or_else(|| {
                        abort(corrupt(format!("transaction id points to missing {id}")))
                    })?;
                    let document = Bytes::from(document.to_vec());
                    return Ok((CreateOutcome::Replayed(document), None));
                }
                let mut entry = Vec::with_capacity(FINGERPRINT_LEN + new.id.len());
                entry.extend_from_slice(&key.fingerprint);
                entry.extend_from_slice(new.id.as_bytes());
                tx.transaction_ids
                    .insert(key.transaction_id.as_bytes(), entry)?;
                tx.transaction_of
                    .insert(new.id.as_bytes(), key.transaction_id.as_bytes())?;
            }
            let document = parse(&new.document).map_err(abort)?;
            tx.interactions
                .insert(new.id.as_bytes(), new.document.as_ref())?;
            tx.index(&IndexKeys::of(&new.id, &document))?;
            tx.add_to_count(1)?;
            let last_event = tx.emit(
                Changed::Created(&new.document),
                new.correlation_id.as_deref(),
            )?;
            Ok((CreateOutcome::Created(new.document.clone()), last_event))
        })?;
        self.committed(last_event);
        Ok(outcome)
    }

    fn writing(&self) -> RwLockReadGuard<'_, ()> {
        // The guarded data is `()`: a writer that panicked left nothing half-done behind it.
        self.export_gate
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Writes every interaction to `out`, one JSON document a line, in id order, as of one
    /// moment: writes of interactions wait until the last one is written (reads go on).
    /// Returns the number of interactions written.
    pub fn export_to(&self, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
        let _alone = self
            .export_gate
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let mut written = 0;
        for entry in self.trees.interactions.iter() {
            let (_, document) = entry?;
            out.write_all(&document)?;
            out.write_all(b"\n")?;
            written += 1;
        }
        out.flush()?;
        Ok(written)
    }

    /// Writes to the store and flushes: what a readiness probe needs to know.
    pub fn probe_write(&self) -> Result<(), StoreError> {
        self.space.check()?;
        self.trees
            .meta
            .insert(READY_PROBE, crate::clock::now_rfc3339().as_bytes())?;
        self.db.flush()?;
        Ok(())
    }

    fn transaction<T>(&self, body: impl Fn(&Tx<'_>) -> TxResult<T>) -> Result<T, StoreError> {
        let t = &self.trees;
        (
            &t.interactions,
            &t.transaction_ids,
            &t.transaction_of,
            &t.by_creation,
            &t.by_customer,
            &t.meta,
            &t.outbox,
        )
            .transaction(
                |(
                    interactions,
                    transaction_ids,
                    transaction_of,
                    by_creation,
                    by_customer,
                    meta,
                    outbox,
                )| {
                    let done = body(&Tx {
                        interactions,
                        transaction_ids,
                        transaction_of,
                        by_creation,
                        by_customer,
                        meta,
                        outbox,
                    })?;
                    let writes = meta.get(WRITES)?.map_or(0, |value| decode_u64(&value));
                    meta.insert(WRITES, &(writes + 1).to_be_bytes())?;
                    Ok(done)
                },
            )
            .map_err(unwrap_abort)
    }

    /// Builds the indexes and the count of a store written before they existed.
    fn upgrade(&self) -> Result<(), StoreError> {
        let layout = self.trees.meta.get(LAYOUT)?.map(|value| decode_u64(&value));
        if layout == Some(LAYOUT_VERSION) {
            return Ok(());
        }
        let mut count = 0u64;
        for entry in self.trees.interactions.iter() {
            let (id, document) = entry?;
            let id = std::str::from_utf8(&id).map_err(|_| corrupt("a non-UTF-8 id".into()))?;
            let keys = IndexKeys::of(id, &parse(&document)?);
            self.trees
                .by_creation
                .insert(keys.by_creation, IVec::default())?;
            if let Some(key) = keys.by_customer {
                self.trees.by_customer.insert(key, IVec::default())?;
            }
            count += 1;
        }
        self.trees.meta.insert(COUNT, &count.to_be_bytes())?;
        self.trees
            .meta
            .insert(LAYOUT, &LAYOUT_VERSION.to_be_bytes())?;
        self.db.flush()?;
        if count > 0 {
            tracing::info!(interactions = count, "indexed a store of an earlier layout");
        }
        Ok(())
    }

    fn customer_ids(
        &self,
        customer_id: &str,
        range: TimeRange,
        descending: bool,
    ) -> impl Iterator<Item = Result<(Vec<u8>, String), StoreError>> + Send {
        let prefix = customer_prefix(customer_id);
        let prefix_len = prefix.len();
        let iter = self.trees.by_customer.range(key_range(&prefix, range));
        let iter: Box<dyn DoubleEndedIterator<Item = sled::Result<(IVec, IVec)>> + Send> =
            Box::new(iter);
        let iter = if descending {
            Box::new(iter.rev()) as Box<dyn Iterator<Item = _> + Send>
        } else {
            Box::new(iter)
        };
        iter.map(move |entry| {
            let (key, _) = entry?;
            let order = key[prefix_len..].to_vec();
            let id = id_of(&key, prefix_len)
                .ok_or_else(|| corrupt("customer index key".into()))?
                .to_owned();
            Ok((order, id))
        })
    }
}

impl Tx<'_> {
    fn index(&self, keys: &IndexKeys) -> TxResult<()> {
        self.by_creation.insert(keys.by_creation.as_slice(), &[])?;
        if let Some(key) = &keys.by_customer {
            self.by_customer.insert(key.as_slice(), &[])?;
        }
        Ok(())
    }

    fn unindex(&self, keys: &IndexKeys) -> TxResult<()> {
        self.by_creation.remove(keys.by_creation.as_slice())?;
        if let Some(key) = &keys.by_customer {
            self.by_customer.remove(key.as_slice())?;
        }
        Ok(())
    }

    /// Appends the events of a change to the outbox, if anyone subscribes; returns the number
    /// of the last one.
    fn emit(&self, changed: Changed<'_>, correlation_id: Option<&str>) -> TxResult<Option<u64>> {
        let subscribers = self
            .meta
            .get(SUBSCRIBERS)?
            .map_or(0, |value| decode_u64(&value));
        if subscribers == 0 {
            return Ok(None);
        }
        let events =
            crate::events::envelopes(changed, correlation_id).map_err(|err| abort(corrupt(err)))?;
        if events.is_empty() {
            return Ok(None);
        }
        let mut seq = self
            .meta
            .get(LAST_EVENT)?
            .map_or(0, |value| decode_u64(&value));
        for event in events {
            seq += 1;
            self.outbox
                .insert(&seq.to_be_bytes(), encode_event(&event))?;
        }
        self.meta.insert(LAST_EVENT, &seq.to_be_bytes())?;
        Ok(Some(seq))
    }

    fn add_to_count(&self, delta: i64) -> TxResult<()> {
        let count = self.meta.get(COUNT)?.map_or(0, |value| decode_u64(&value));
        let count = count.saturating_add_signed(delta);
        self.meta.insert(COUNT, &count.to_be_bytes())?;
        Ok(())
    }
}

impl InteractionStore for SledStore {
    fn create(&self, new: NewInteraction) -> Result<CreateOutcome, StoreError> {
        let outcome = self.create_unflushed(&new)?;
        // A replay is flushed too: the request that created it may have died before its flush.
        self.acknowledge()?;
        Ok(outcome)
    }

    fn create_committed(
        &self,
        new: NewInteraction,
    ) -> Result<(CreateOutcome, Pending), StoreError> {
        let outcome = self.create_unflushed(&new)?;
        Ok((outcome, self.pending()))
    }

    fn wait_durable(&self, pending: Pending) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async move {
            match pending.0 {
                Some(ticket) => Ok(self.group_commit.wait_async(ticket).await?),
                None => Ok(()),
            }
        })
    }

    fn create_unflushed(&self, new: &NewInteraction) -> Result<CreateOutcome, StoreError> {
        SledStore::create_unflushed(self, new)
    }

    fn get(&self, id: &str) -> Result<Option<Bytes>, StoreError> {
        Ok(self
            .trees
            .interactions
            .get(id.as_bytes())?
            .map(|document| Bytes::from(document.to_vec())))
    }

    fn update(
        &self,
        id: &str,
        change: Change<'_>,
        correlation_id: Option<&str>,
    ) -> Result<UpdateOutcome, StoreError> {
        self.space.check()?;
        let _writing = self.writing();
        let (outcome, last_event) = self.transaction(|tx| {
            let Some(current) = tx.interactions.get(id.as_bytes())? else {
                return Ok((UpdateOutcome::NotFound, None));
            };
            let changed = match change(&current) {
                Ok(changed) => changed,
                Err(refusal) => return Ok((UpdateOutcome::Refused(refusal), None)),
            };
            let old_keys = IndexKeys::of(id, &parse(&current).map_err(abort)?);
            let new_keys = IndexKeys::of(id, &parse(&changed).map_err(abort)?);
            if old_keys != new_keys {
                tx.unindex(&old_keys)?;
                tx.index(&new_keys)?;
            }
            tx.interactions.insert(id.as_bytes(), changed.as_ref())?;
            let last_event = tx.emit(
                Changed::Updated {
                    before: &current,
                    after: &changed,
                },
                correlation_id,
            )?;
            Ok((UpdateOutcome::Updated(changed), last_event))
        })?;
        self.committed(last_event);
        if matches!(outcome, UpdateOutcome::Updated(_)) {
            self.acknowledge()?;
        }
        Ok(outcome)
    }

    fn delete(
        &self,
        id: &str,
        precondition: Precondition<'_>,
        correlation_id: Option<&str>,
    ) -> Result<DeleteOutcome, StoreError> {
        self.space.check()?;
        let _writing = self.writing();
        let (outcome, last_event) = self.transaction(|tx| {
            let Some(document) = tx.interactions.get(id.as_bytes())? else {
                return Ok((DeleteOutcome::NotFound, None));
            };
            if let Err(refusal) = precondition(&document) {
                return Ok((DeleteOutcome::Refused(refusal), None));
            }
            tx.interactions.remove(id.as_bytes())?;
            tx.unindex(&IndexKeys::of(id, &parse(&document).map_err(abort)?))?;
            if let Some(transaction_id) = tx.transaction_of.remove(id.as_bytes())? {
                tx.transaction_ids.remove(transaction_id)?;
            }
            tx.add_to_count(-1)?;
            let last_event = tx.emit(Changed::Deleted(&document), correlation_id)?;
            Ok((
                DeleteOutcome::Deleted(Bytes::from(document.to_vec())),
                last_event,
            ))
        })?;
        self.committed(last_event);
        if matches!(outcome, DeleteOutcome::Deleted(_)) {
            self.acknowledge()?;
        }
        Ok(outcome)
    }

    fn candidates(&self, candidates: &Candidates) -> IdIterator<'_> {
        match candidates {
            Candidates::All { range, descending } => {
                let iter = self.trees.by_creation.range(key_range(&[], *range));
                let iter: Box<dyn Iterator<Item = sled::Result<(IVec, IVec)>> + Send> =
                    if *descending {
                        Box::new(iter.rev())
                    } else {
                        Box::new(iter)
                    };
                Box::new(iter.map(|entry| {
                    let (key, _) = entry?;
                    id_of(&key, 0)
                        .map(str::to_owned)
                        .ok_or_else(|| corrupt("creation index key".into()))
                }))
            }
            Candidates::Customers {
                customer_ids,
                range,
                descending,
            } => {
                let streams: Vec<_> = customer_ids
                    .iter()
                    .map(|customer_id| self.customer_ids(customer_id, *range, *descending))
                    .collect();
                Box::new(Merge::new(streams, *descending))
            }
        }
    }

    fn count(&self) -> Result<u64, StoreError> {
        Ok(self
            .trees
            .meta
            .get(COUNT)?
            .map_or(0, |value| decode_u64(&value)))
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.flush_shared()
    }

    fn probe_write(&self) -> Result<(), StoreError> {
        SledStore::probe_write(self)
    }

    fn size_on_disk(&self) -> Result<u64, StoreError> {
        SledStore::size_on_disk(self)
    }

    fn export_to(&self, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
        SledStore::export_to(self, out)
    }

    /// One process holds the store (its lock file says so): the lease is always this one's.
    fn lease(
        &self,
        subscription: &str,
        _term: std::time::Duration,
    ) -> Result<Option<u64>, StoreError> {
        Ok(Some(
            self.trees
                .positions
                .get(subscription.as_bytes())?
                .map_or(0, |value| decode_u64(&value)),
        ))
    }

    fn add_subscription(&self, id: &str, record: &[u8]) -> Result<u64, StoreError> {
        self.space.check()?;
        let t = &self.trees;
        let position = (&t.subscriptions, &t.positions, &t.meta)
            .transaction(|(subscriptions, positions, meta)| {
                let last_event = meta.get(LAST_EVENT)?.map_or(0, |value| decode_u64(&value));
                if subscriptions.insert(id.as_bytes(), record)?.is_none() {
                    let count = meta.get(SUBSCRIBERS)?.map_or(0, |value| decode_u64(&value));
                    meta.insert(SUBSCRIBERS, &(count + 1).to_be_bytes())?;
                }
                positions.insert(id.as_bytes(), &last_event.to_be_bytes())?;
                Ok(last_event)
            })
            .map_err(unwrap_abort)?;
        self.flush_shared()?;
        Ok(position)
    }

    fn subscription(&self, id: &str) -> Result<Option<Bytes>, StoreError> {
        Ok(self
            .trees
            .subscriptions
            .get(id.as_bytes())?
            .map(|record| Bytes::from(record.to_vec())))
    }

    fn remove_subscription(&self, id: &str) -> Result<bool, StoreError> {
        let t = &self.trees;
        let removed = (&t.subscriptions, &t.positions, &t.meta)
            .transaction(|(subscriptions, positions, meta)| {
                if subscriptions.remove(id.as_bytes())?.is_none() {
                    return Ok(false);
                }
                positions.remove(id.as_bytes())?;
                let count = meta.get(SUBSCRIBERS)?.map_or(0, |value| decode_u64(&value));
                meta.insert(SUBSCRIBERS, &count.saturating_sub(1).to_be_bytes())?;
                Ok(true)
            })
            .map_err(unwrap_abort)?;
        if removed {
            self.flush_shared()?;
        }
        Ok(removed)
    }

    fn subscriptions(&self) -> Result<Vec<SubscriptionEntry>, StoreError> {
        let mut entries = Vec::new();
        for entry in self.trees.subscriptions.iter() {
            let (id, record) = entry?;
            let position = self
                .trees
                .positions
                .get(&id)?
                .map_or(0, |value| decode_u64(&value));
            let id = String::from_utf8(id.to_vec())
                .map_err(|_| corrupt("a non-UTF-8 subscription id".into()))?;
            entries.push(SubscriptionEntry {
                id,
                record: Bytes::from(record.to_vec()),
                position,
            });
        }
        Ok(entries)
    }

    fn events_after(&self, after: u64, max: usize) -> Result<Vec<OutboxEvent>, StoreError> {
        let durable = *self.events.durable.borrow();
        if after >= durable {
            return Ok(Vec::new());
        }
        let from = (after + 1).to_be_bytes();
        let to = durable.to_be_bytes();
        self.trees
            .outbox
            .range(from..=to)
            .take(max)
            .map(|entry| {
                let (seq, value) = entry?;
                decode_event(decode_u64(&seq), &value)
            })
            .collect()
    }

    fn set_position(&self, subscription: &str, seq: u64) -> Result<(), StoreError> {
        // Only while the subscription exists: a removed one must not come back as a position.
        self.trees
            .positions
            .fetch_and_update(subscription.as_bytes(), |position| {
                position.map(|_| seq.to_be_bytes().to_vec())
            })?;
        Ok(())
    }

    fn prune_events(&self) -> Result<u64, StoreError> {
        let last_event = self
            .trees
            .meta
            .get(LAST_EVENT)?
            .map_or(0, |value| decode_u64(&value));
        let mut passed = last_event;
        for entry in self.trees.positions.iter() {
            let (_, position) = entry?;
            passed = passed.min(decode_u64(&position));
        }
        let mut pruned = 0;
        for entry in self.trees.outbox.range(..=passed.to_be_bytes()) {
            let (seq, _) = entry?;
            self.trees.outbox.remove(seq)?;
            pruned += 1;
        }
        Ok(pruned)
    }

    fn durable_events(&self) -> watch::Receiver<u64> {
        self.events.durable.subscribe()
    }
}

/// Flushes, then moves the durable event number up to what the flush covered.
fn flush_durably(db: &sled::Db, events: &EventNumbers) -> Result<(), StoreError> {
    let covered = events.committed.load(Ordering::Acquire);
    let started = Instant::now();
    let flushed = db.flush()?;
    metrics::histogram!(FLUSH_SECONDS).record(started.elapsed().as_secs_f64());
    metrics::histogram!(FLUSH_BYTES).record(flushed as f64);
    events.durable.send_if_modified(|durable| {
        let moved = covered > *durable;
        if moved {
            *durable = covered;
        }
        moved
    });
    Ok(())
}

/// Merges per-customer streams, each already in order, into one ordered stream of ids.
struct Merge<I: Iterator<Item = Result<(Vec<u8>, String), StoreError>>> {
    streams: Vec<std::iter::Peekable<I>>,
    descending: bool,
}

impl<I: Iterator<Item = Result<(Vec<u8>, String), StoreError>>> Merge<I> {
    fn new(streams: Vec<I>, descending: bool) -> Self {
        Self {
            streams: streams.into_iter().map(Iterator::peekable).collect(),
            descending,
        }
    }
}

impl<I: Iterator<Item = Result<(Vec<u8>, String), StoreError>>> Iterator for Merge<I> {
    type Item = Result<String, StoreError>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut best: Option<(usize, Vec<u8>)> = None;
        for index in 0..self.streams.len() {
            match self.streams[index].peek() {
                None => continue,
                // Surface an error as soon as it is seen.
                Some(Err(_)) => {
                    return self.streams[index]
                        .next()
                        .map(|entry| entry.map(|(_, id)| id))
                }
                Some(Ok((order, _))) => {
                    let better = best.as_ref().is_none_or(|(_, best)| {
                        if self.descending {
                            order > best
                        } else {
                            order < best
                        }
                    });
                    if better {
                        best = Some((index, order.clone()));
                    }
                }
            }
        }
        let (index, _) = best?;
        self.streams[index]
            .next()
            .map(|entry| entry.map(|(_, id)| id))
    }
}

/// Keys under `prefix` whose creation time lies in `range`.
fn key_range(prefix: &[u8], range: TimeRange) -> (Bound<Vec<u8>>, Bound<Vec<u8>>) {
    let key = |micros: i64| {
        let mut key = prefix.to_vec();
        key.extend_from_slice(&time_bytes(micros));
        key
    };
    let from = match range.from {
        Bound::Included(micros) => Bound::Included(key(micros)),
        Bound::Excluded(micros) if micros == i64::MAX => Bound::Excluded(end_of(prefix)),
        Bound::Excluded(micros) => Bound::Included(key(micros + 1)),
        Bound::Unbounded => Bound::Included(prefix.to_vec()),
    };
    let to = match range.to {
        Bound::Included(micros) if micros == i64::MAX => Bound::Excluded(end_of(prefix)),
        Bound::Included(micros) => Bound::Excluded(key(micros + 1)),
        Bound::Excluded(micros) => Bound::Excluded(key(micros)),
        Bound::Unbounded => Bound::Excluded(end_of(prefix)),
    };
    (from, to)
}

/// A key above every key that starts with `prefix` (ids are text, so below 0xFF).
fn end_of(prefix: &[u8]) -> Vec<u8> {
    let mut key = prefix.to_vec();
    key.extend_from_slice(&[0xFF; 9]);
    key
}

/// Whether the store at `path` compresses its pages: new stores do; sled refuses to open an
/// existing one with another setting than it was created with, which its `conf` file records.
fn compressed(path: &Path) -> bool {
    match std::fs::read(path.join("conf")) {
        Ok(conf) => conf
            .split(|&byte| byte == b'\n')
            .any(|line| line == b"use_compression: true"),
        // A new store; a `conf` that exists but cannot be read, sled reports when it opens it.
        Err(_) => true,
    }
}

fn parse(document: &[u8]) -> Result<Value, StoreError> {
    serde_json::from_slice(document).map_err(|err| corrupt(format!("a document: {err}")))
}

fn encode_event(event: &Envelope) -> Vec<u8> {
    let id = &event.event_id.as_bytes()[..event.event_id.len().min(255)];
    let mut value = Vec::with_capacity(2 + id.len() + event.body.len());
    value.push(event.kind.code());
    value.push(id.len() as u8);
    value.extend_from_slice(id);
    value.extend_from_slice(&event.body);
    value
}

fn decode_event(seq: u64, value: &[u8]) -> Result<OutboxEvent, StoreError> {
    let bad = || corrupt(format!("outbox event {seq}"));
    let (&code, rest) = value.split_first().ok_or_else(bad)?;
    let (&id_len, rest) = rest.split_first().ok_or_else(bad)?;
    let (id, body) = rest.split_at_checked(usize::from(id_len)).ok_or_else(bad)?;
    Ok(OutboxEvent {
        seq,
        kind: EventType::from_code(code).ok_or_else(bad)?,
        event_id: std::str::from_utf8(id).map_err(|_| bad())?.to_owned(),
        body: Bytes::copy_from_slice(body),
    })
}

fn decode_u64(bytes: &[u8]) -> u64 {
    bytes.try_into().map_or(0, u64::from_be_bytes)
}

fn split_entry(entry: &[u8]) -> Result<([u8; FINGERPRINT_LEN], &str), StoreError> {
    let (fingerprint, id) = entry
        .split_at_checked(FINGERPRINT_LEN)
        .ok_or_else(|| corrupt("transaction entry too short".to_owned()))?;
    let id = std::str::from_utf8(id).map_err(|_| corrupt("transaction entry id".to_owned()))?;
    let fingerprint = fingerprint
        .try_into()
        .map_err(|_| corrupt("transaction entry fingerprint".to_owned()))?;
    Ok((fingerprint, id))
}

fn corrupt(what: String) -> StoreError {
    StoreError::Corrupt(what)
}

fn unwrap_abort(err: TransactionError<StoreError>) -> StoreError {
    match err {
        TransactionError::Abort(err) => err,
        TransactionError::Storage(err) => StoreError::Engine(err),
    }
}

fn abort(err: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(err)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::store::TransactionKey;

    const CACHE: u64 = 64 * 1024 * 1024;

    fn interaction(
        id: &str,
        customer: &str,
        created: &str,
        tx: Option<(&str, u8)>,
    ) -> NewInteraction {
        NewInteraction {
            id: id.to_owned(),
            document: Bytes::from(format!(
                r#"{{"id":"{id}","customerId":"{customer}","creationDate":"{created}"}}"#
            )),
            transaction: tx.map(|(transaction_id, fingerprint)| TransactionKey {
                transaction_id: transaction_id.to_owned(),
                fingerprint: [fingerprint; 32],
            }),
            correlation_id: None,
        }
    }

    fn ids(store: &SledStore, candidates: Candidates) -> Vec<String> {
        store.candidates(&candidates).map(Result::unwrap).collect()
    }

    #[test]
    fn a_transaction_id_replays_the_same_request_and_refuses_another() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), CACHE).unwrap();
        let first = interaction("a", "c", "2026-01-01T00:00:00Z", Some(("t", 1)));

        let created = store.create(first.clone()).unwrap();
        let replay = store
            .create(interaction(
                "b",
                "c",
                "2026-01-01T00:00:00Z",
                Some(("t", 1)),
            ))
            .unwrap();
        let other = store
            .create(interaction(
                "c",
                "c",
                "2026-01-01T00:00:00Z",
                Some(("t", 2)),
            ))
            .unwrap();

        assert_eq!(created, CreateOutcome::Created(first.document.clone()));
        assert_eq!(replay, CreateOutcome::Replayed(first.document));
        assert_eq!(other, CreateOutcome::TransactionConflict);
        assert_eq!(store.count().unwrap(), 1);
    }

    #[test]
    fn a_create_committed_then_awaited_is_stored_and_counted() {
        let dir = tempfile::tempdir().unwrap();
        let new = interaction("a", "c", "2026-01-01T00:00:00Z", Some(("t", 1)));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .unwrap();

        {
            let store = SledStore::open(dir.path(), CACHE).unwrap();
            let (outcome, pending) = store.create_committed(new.clone()).unwrap();
            runtime.block_on(store.wait_durable(pending)).unwrap();
            assert_eq!(outcome, CreateOutcome::Created(new.document.clone()));
        }
        let reopened = SledStore::open(dir.path(), CACHE).unwrap();

        assert_eq!(reopened.get("a").unwrap(), Some(new.document));
        assert_eq!(reopened.count().unwrap(), 1);
    }

    #[test]
    fn a_customers_history_comes_newest_first_across_customers() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), CACHE).unwrap();
        for (id, customer, created) in [
            ("1", "alice", "2026-01-01T10:00:00Z"),
            ("2", "bob", "2026-01-02T10:00:00Z"),
            ("3", "alice", "2026-01-03T10:00:00+05:00"),
            ("4", "alice2", "2026-01-04T10:00:00Z"),
        ] {
            store
                .create(interaction(id, customer, created, None))
                .unwrap();
        }

        let history = ids(
            &store,
            Candidates::Customers {
                customer_ids: vec!["alice".into(), "bob".into()],
                range: TimeRange::ALL,
                descending: true,
            },
        );

        assert_eq!(history, ["3", "2", "1"]);
    }

    #[test]
    fn a_delete_removes_the_record_its_index_entries_and_its_transaction_id() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), CACHE).unwrap();
        store
            .create(interaction(
                "a",
                "c",
                "2026-01-01T00:00:00Z",
                Some(("t", 1)),
            ))
            .unwrap();

        assert!(matches!(
            store.delete("a", &|_| Ok(()), None).unwrap(),
            DeleteOutcome::Deleted(_)
        ));

        assert_eq!(store.get("a").unwrap(), None);
        assert_eq!(store.count().unwrap(), 0);
        assert!(store.trees.by_creation.is_empty());
        assert!(store.trees.by_customer.is_empty());
        assert!(store.trees.transaction_ids.is_empty());
        assert!(store.trees.transaction_of.is_empty());
        assert_eq!(
            store.delete("a", &|_| Ok(()), None).unwrap(),
            DeleteOutcome::NotFound
        );
    }

    #[test]
    fn an_update_moves_the_index_entries_with_the_document() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), CACHE).unwrap();
        store
            .create(interaction("a", "old", "2026-01-01T00:00:00Z", None))
            .unwrap();
        let changed =
            Bytes::from(r#"{"id":"a","customerId":"new","creationDate":"2026-01-01T00:00:00Z"}"#);

        let outcome = store.update("a", &|_| Ok(changed.clone()), None).unwrap();

        assert_eq!(outcome, UpdateOutcome::Updated(changed));
        let customers = |customer: &str| Candidates::Customers {
            customer_ids: vec![customer.into()],
            range: TimeRange::ALL,
            descending: false,
        };
        assert!(ids(&store, customers("old")).is_empty());
        assert_eq!(ids(&store, customers("new")), ["a"]);
    }

    #[test]
    fn time_ranges_bound_the_index_scan() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), CACHE).unwrap();
        for (id, created) in [
            ("1", "2026-01-01T00:00:00Z"),
            ("2", "2026-01-02T00:00:00Z"),
            ("3", "2026-01-03T00:00:00Z"),
        ] {
            store.create(interaction(id, "c", created, None)).unwrap();
        }
        let day2 = crate::query::instant_micros("2026-01-02T00:00:00Z").unwrap();

        let from_day2 = ids(
            &store,
            Candidates::All {
                range: TimeRange {
                    from: Bound::Included(day2),
                    to: Bound::Unbounded,
                },
                descending: false,
            },
        );
        let before_day2 = ids(
            &store,
            Candidates::All {
                range: TimeRange {
                    from: Bound::Unbounded,
                    to: Bound::Excluded(day2),
                },
                descending: true,
            },
        );

        assert_eq!(from_day2, ["2", "3"]);
        assert_eq!(before_day2, ["1"]);
    }
}
