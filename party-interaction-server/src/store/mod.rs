//! Where interactions live. Handlers see only [`InteractionStore`]; the embedded sled engine is
//! the default, and a deployment that needs a database server can add another engine behind
//! the same trait.

mod sled_store;

use bytes::Bytes;

pub use sled_store::SledStore;

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

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("storage engine failure")]
    Engine(#[from] sled::Error),
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
}

pub trait InteractionStore: Send + Sync + 'static {
    /// Stores a new interaction and its transaction id atomically, and durably: when this
    /// returns, the outcome survives a crash.
    fn create(&self, interaction: NewInteraction) -> Result<CreateOutcome, StoreError>;

    /// Number of stored interactions.
    fn count(&self) -> Result<usize, StoreError>;

    /// Writes everything to disk.
    fn flush(&self) -> Result<(), StoreError>;
}
