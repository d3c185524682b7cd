//! The embedded store: one sled database in the data directory.
//!
//! Trees:
//! - `interactions`: interaction id → `PartyInteraction` JSON document.
//! - `transaction_ids`: transactionId → request fingerprint (32 bytes) followed by the id of
//!   the interaction that request created.
//!
//! Both are written in one sled transaction, and the log is flushed before `create` returns.

use std::path::Path;

use bytes::Bytes;
use sled::transaction::{ConflictableTransactionError, TransactionError};
use sled::Transactional as _;

use super::{CreateOutcome, InteractionStore, NewInteraction, StoreError};

const INTERACTIONS: &str = "interactions";
const TRANSACTION_IDS: &str = "transaction_ids";
const FINGERPRINT_LEN: usize = 32;

pub struct SledStore {
    db: sled::Db,
    interactions: sled::Tree,
    transaction_ids: sled::Tree,
}

impl SledStore {
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let db = sled::Config::new().path(path).open()?;
        Ok(Self {
            interactions: db.open_tree(INTERACTIONS)?,
            transaction_ids: db.open_tree(TRANSACTION_IDS)?,
            db,
        })
    }

    /// Size of the database files on disk, in bytes.
    pub fn size_on_disk(&self) -> Result<u64, StoreError> {
        Ok(self.db.size_on_disk()?)
    }
}

impl InteractionStore for SledStore {
    fn create(&self, new: NewInteraction) -> Result<CreateOutcome, StoreError> {
        let outcome = (&self.interactions, &self.transaction_ids)
            .transaction(|(interactions, transaction_ids)| {
                if let Some(key) = &new.transaction {
                    if let Some(entry) = transaction_ids.get(key.transaction_id.as_bytes())? {
                        let (fingerprint, id) = split_entry(&entry).map_err(abort)?;
                        if fingerprint != key.fingerprint {
                            return Ok(CreateOutcome::TransactionConflict);
                        }
                        let document =
                            interactions.get(id).map_err(abort_engine)?.ok_or_else(|| {
                                abort(corrupt(format!("transaction id points to missing {id:?}")))
                            })?;
                        return Ok(CreateOutcome::Replayed(Bytes::from(document.to_vec())));
                    }
                    let mut entry = Vec::with_capacity(FINGERPRINT_LEN + new.id.len());
                    entry.extend_from_slice(&key.fingerprint);
                    entry.extend_from_slice(new.id.as_bytes());
                    transaction_ids.insert(key.transaction_id.as_bytes(), entry)?;
                }
                interactions.insert(new.id.as_bytes(), new.document.as_ref())?;
                Ok(CreateOutcome::Created(new.document.clone()))
            })
            .map_err(|err| match err {
                TransactionError::Abort(err) => err,
                TransactionError::Storage(err) => StoreError::Engine(err),
            })?;

        // A replay is flushed too: the request that created it may have died before its flush.
        self.db.flush()?;
        Ok(outcome)
    }

    fn count(&self) -> Result<usize, StoreError> {
        // TODO: sled counts by walking the tree, which takes seconds at millions of records;
        // keep a counter in the same transaction as the writes when start-up time matters.
        Ok(self.interactions.len())
    }

    fn flush(&self) -> Result<(), StoreError> {
        self.db.flush()?;
        Ok(())
    }
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

fn abort(err: StoreError) -> ConflictableTransactionError<StoreError> {
    ConflictableTransactionError::Abort(err)
}

fn abort_engine(
    err: sled::transaction::UnabortableTransactionError,
) -> ConflictableTransactionError<StoreError> {
    err.into()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::store::TransactionKey;

    fn interaction(id: &str, transaction: Option<(&str, u8)>) -> NewInteraction {
        NewInteraction {
            id: id.to_owned(),
            document: Bytes::from(format!(r#"{{"id":"{id}"}}"#)),
            transaction: transaction.map(|(transaction_id, fingerprint)| TransactionKey {
                transaction_id: transaction_id.to_owned(),
                fingerprint: [fingerprint; 32],
            }),
        }
    }

    #[test]
    fn a_transaction_id_replays_the_same_request_and_refuses_another() {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path()).unwrap();

        let first = store.create(interaction("a", Some(("t", 1)))).unwrap();
        let replay = store.create(interaction("b", Some(("t", 1)))).unwrap();
        let other = store.create(interaction("c", Some(("t", 2)))).unwrap();

        assert_eq!(first, CreateOutcome::Created(Bytes::from(r#"{"id":"a"}"#)));
        assert_eq!(
            replay,
            CreateOutcome::Replayed(Bytes::from(r#"{"id":"a"}"#))
        );
        assert_eq!(other, CreateOutcome::TransactionConflict);
        assert_eq!(store.count().unwrap(), 1);
    }

    #[test]
    fn interactions_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = SledStore::open(dir.path()).unwrap();
            store.create(interaction("a", None)).unwrap();
        }

        let store = SledStore::open(dir.path()).unwrap();

        assert_eq!(store.count().unwrap(), 1);
    }
}
