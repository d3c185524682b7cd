//! Where interactions live. Handlers see only [`InteractionStore`]; the embedded sled engine is
//! the default ([`SledStore`]), and [`PostgresStore`] keeps everything in a PostgreSQL database
//! that several server processes share.
//!
//! The store also keeps the event subscriptions and the outbox of events: every write that
//! changes an interaction appends its events (built by [`crate::events::envelopes`]) in the
//! same atomic step, while any subscription exists, so that a crash can neither lose the event
//! of a stored change nor leave an event whose change was not stored. Events are numbered in
//! commit order; each subscription keeps the number of the last one it was given.

mod group_commit;
mod keys;
mod postgres;
mod sled_store;
mod space;
mod write_mark;

use std::ops::Bound;
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use tokio::sync::watch;

use crate::errors::ApiError;
use crate::events::EventType;
use crate::query::ListQuery;

pub use group_commit::FLUSH_WRITES;
pub use postgres::{loggable as loggable_url, PostgresOptions, PostgresStore};
pub use sled_store::{Durability, ExportError, SledStore, FLUSH_BYTES, FLUSH_SECONDS};
pub use sled_store::{Inconsistency, Verification};
pub use space::{FreeSpace, DEFAULT_RESERVE_BYTES};
pub use write_mark::WriteMark;

/// A client's `transactionId` with a fingerprint of the request that used it first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransactionKey {
    pub transaction_id: String,
    pub fingerprint: [u8; 32],
}

#[derive(Debug, Clone)]
pub struct NewInteraction {
    pub id: String,
    /// The `PartyInteraction` document as JSON, exactly as it will be served.
    pub document: Bytes,
    pub transaction: Option<TransactionKey>,
    /// The request's id, carried by its events as `correlationId`.
    pub correlation_id: Option<String>,
}

/// What `create` did. Only a store failure is an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CreateOutcome {
    Created(Bytes),
    /// The transaction id was used before with the same request: its interaction.
    Replayed(Bytes),
    /// The transaction id was used before with a different request.
    TransactionConflict,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UpdateOutcome {
    Updated(Bytes),
    NotFound,
    /// The change refused the current document (a failed precondition, an invalid result).
    Refused(ApiError),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeleteOutcome {
    Deleted(Bytes),
    NotFound,
    /// The precondition refused the current document.
    Refused(ApiError),
}

/// Decides whether the current document may go (an `If-Match`, say).
pub type Precondition<'a> = &'a (dyn Fn(&[u8]) -> Result<(), ApiError> + Sync);

/// Computes a new document from the current one. It may run more than once when concurrent
/// writes collide, so it must not have side effects.
pub type Change<'a> = &'a (dyn Fn(&[u8]) -> Result<Bytes, ApiError> + Sync);

/// Creation-time bounds, in microseconds since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeRange {
    pub from: Bound<i64>,
    pub to: Bound<i64>,
}

impl TimeRange {
    pub const ALL: TimeRange = TimeRange {
        from: Bound::Unbounded,
        to: Bound::Unbounded,
    };
}

/// Interaction ids in creation order, read from an index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidates {
    /// The interactions of these customers.
    Customers {
        customer_ids: Vec<String>,
        range: TimeRange,
        descending: bool,
    },
    /// All interactions.
    All { range: TimeRange, descending: bool },
}

/// One page of a list, and how many interactions match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub documents: Vec<Bytes>,
    pub total: u64,
}

pub type IdIterator<'a> = Box<dyn Iterator<Item = Result<String, StoreError>> + Send + 'a>;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    // Shown in the message rather than as a source, so that the one-line log of a cause
    // (`cause = %err`) says what the engine reported.
    #[error("storage engine failure: {0}")]
    Engine(sled::Error),
    #[error("database failure: {0}")]
    Database(String),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    /// The write was refused, or the disk refused it: nothing of it was stored.
    #[error("the disk of the store is full: {0}")]
    StorageFull(String),
    /// Another process holds the store (a second server on the same data directory, say).
    #[error(
        "the store at {0} is in use by another process (a running server, or an import); \
         stop it first, or give this one another --data-dir"
    )]
    Locked(std::path::PathBuf),
    #[error(transparent)]
    FlushFailed(#[from] group_commit::FlushFailed),
    #[error("starting the store's flusher thread")]
    Thread(#[from] std::io::Error),
}

impl From<sled::Error> for StoreError {
    fn from(err: sled::Error) -> Self {
        Self::Engine(err)
    }
}

impl StoreError {
    /// Turns the engine's "no space left on device" into [`StoreError::StorageFull`], and a
    /// damaged record it read into [`StoreError::Corrupt`].
    pub fn classified(self) -> Self {
        match self {
            Self::Engine(sled::Error::Io(io)) if io.kind() == std::io::ErrorKind::StorageFull => {
                Self::StorageFull(io.to_string())
            }
            Self::Engine(err @ sled::Error::Corruption { .. }) => {
                Self::Corrupt(format!("the storage engine read damaged data ({err})"))
            }
            other => other,
        }
    }
}

/// What a committed write waits for before it may be acknowledged (nothing when durability is
/// relaxed); see [`InteractionStore::wait_durable`].
#[must_use = "a write is acknowledged only once durable"]
pub struct Pending(pub(crate) Option<group_commit::Ticket>);

/// What a write did to an interaction, for the events it emits.
#[derive(Debug, Clone, Copy)]
pub enum Changed<'a> {
    Created(&'a [u8]),
    Updated { before: &'a [u8], after: &'a [u8] },
    Deleted(&'a [u8]),
}

/// A subscription as stored, with its position in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscriptionEntry {
    pub id: String,
    /// The subscription as the events module wrote it (JSON).
    pub record: Bytes,
    /// Number of the last event given to it.
    pub position: u64,
}

/// An event of the outbox, by number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxEvent {
    pub seq: u64,
    pub kind: EventType,
    pub event_id: String,
    /// The event, as sent to listeners (JSON).
    pub body: Bytes,
}

pub trait InteractionStore: Send + Sync + 'static {
    /// Stores a new interaction, its transaction id and its index entries atomically, and
    /// durably: when this returns, the outcome survives a crash.
    fn create(&self, interaction: NewInteraction) -> Result<CreateOutcome, StoreError>;

    /// [`Self::create`] in two steps, for callers that would rather not block a thread until
    /// the interaction is durable: this returns once it is committed (what a concurrent read
    /// sees), and the outcome may be acknowledged once [`Self::wait_durable`] of what it
    /// returns has succeeded.
    fn create_committed(
        &self,
        interaction: NewInteraction,
    ) -> Result<(CreateOutcome, Pending), StoreError>;

    /// Returns once the write that gave `pending` is on disk, sharing the flush with other
    /// writes of the moment.
    fn wait_durable(&self, pending: Pending) -> BoxFuture<'_, Result<(), StoreError>>;

    /// Like [`Self::create`] without waiting for the disk: for bulk loads (imports,
    /// benchmarks), which call [`Self::flush`] once at the end.
    fn create_unflushed(&self, interaction: &NewInteraction) -> Result<CreateOutcome, StoreError>;

    /// Stores, as [`Self::create_unflushed`] does, each interaction whose id is not in the
    /// store yet, and tells which were stored: for imports, which flush at the end.
    fn import(&self, interactions: &[NewInteraction]) -> Result<Vec<bool>, StoreError> {
        interactions
            .iter()
            .map(|new| {
                if self.get(&new.id)?.is_some() {
                    return Ok(false);
                }
                Ok(matches!(
                    self.create_unflushed(new)?,
                    CreateOutcome::Created(_)
                ))
            })
            .collect()
    }

    fn get(&self, id: &str) -> Result<Option<Bytes>, StoreError>;

    /// Replaces an interaction by `change(current)`, atomically and durably, indexes included.
    /// `correlation_id` is the request's, for its events.
    fn update(
        &self,
        id: &str,
        change: Change<'_>,
        correlation_id: Option<&str>,
    ) -> Result<UpdateOutcome, StoreError>;

    /// Removes an interaction and everything that points to it, if `precondition` allows.
    fn delete(
        &self,
        id: &str,
        precondition: Precondition<'_>,
        correlation_id: Option<&str>,
    ) -> Result<DeleteOutcome, StoreError>;

    /// One page of a list query (filters, order, paging and count) among the interactions
    /// whose ids sort at or before `snapshot`, when the engine answers queries itself; `None`
    /// when the caller is to work from [`Self::candidates`] and the documents.
    fn search(&self, _query: &ListQuery, _snapshot: &str) -> Option<Result<Page, StoreError>> {
        None
    }

    /// Ids of the candidates, in creation order (ties by id).
    fn candidates(&self, candidates: &Candidates) -> IdIterator<'_>;

    /// Number of stored interactions.
    fn count(&self) -> Result<u64, StoreError>;

    /// Writes everything to disk.
    fn flush(&self) -> Result<(), StoreError>;

    /// Takes a write and makes it durable: what a readiness probe needs to know.
    fn probe_write(&self) -> Result<(), StoreError>;

    /// Bytes the store takes on disk.
    fn size_on_disk(&self) -> Result<u64, StoreError>;

    /// Writes every interaction to `out`, one JSON document a line, in id order, as of one
    /// moment. Returns the number written.
    fn export_to(&self, out: &mut dyn std::io::Write) -> Result<u64, ExportError>;

    /// Adds a subscription (durably), positioned after the last event committed so far, which
    /// is returned: it sees exactly the events of the writes committed after this returns.
    fn add_subscription(&self, id: &str, record: &[u8]) -> Result<u64, StoreError>;

    fn subscription(&self, id: &str) -> Result<Option<Bytes>, StoreError>;

    /// Removes a subscription and its position (durably); false if there was none.
    fn remove_subscription(&self, id: &str) -> Result<bool, StoreError>;

    fn subscriptions(&self) -> Result<Vec<SubscriptionEntry>, StoreError>;

    /// Up to `max` events numbered above `after`, in order, among those already on disk.
    fn events_after(&self, after: u64, max: usize) -> Result<Vec<OutboxEvent>, StoreError>;

    /// Records that a subscription has been given every event up to `seq`. Not flushed: after
    /// a crash a subscription may be given an event again, never skip one.
    fn set_position(&self, subscription: &str, seq: u64) -> Result<(), StoreError>;

    /// Takes, or renews, this process's lease on delivering a subscription's events, for
    /// `term`: the recorded position when it holds the lease, `None` while another process
    /// does (engines shared by several processes; one that a single process opens grants it).
    fn lease(&self, subscription: &str, term: Duration) -> Result<Option<u64>, StoreError>;

    /// Gives up what this process holds for others to take (its leases), at a clean stop.
    fn release(&self) -> Result<(), StoreError> {
        Ok(())
    }

    /// Drops the events every subscription has been given; returns how many.
    fn prune_events(&self) -> Result<u64, StoreError>;

    /// The number of the last event on disk, updated as writes are flushed.
    fn durable_events(&self) -> watch::Receiver<u64>;
}
