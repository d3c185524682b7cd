//! Opening sled, with its failures told apart: sled reports a store held by another process
//! as a plain I/O error, and gives up on some damaged files by panicking.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

use crate::store::StoreError;

/// sled's own words when another process holds the lock on its files.
const LOCK_HELD: &str = "could not acquire lock";

pub(super) fn open_db(path: &Path, config: sled::Config) -> Result<sled::Db, StoreError> {
    let opened = catch_unwind(AssertUnwindSafe(|| config.open()));
    match opened {
        Ok(Ok(db)) => Ok(db),
        Ok(Err(sled::Error::Io(io))) if io.to_string().contains(LOCK_HELD) => {
            Err(StoreError::Locked(path.to_owned()))
        }
        Ok(Err(sled::Error::Corruption { .. })) => Err(StoreError::Corrupt(format!(
            "the storage engine found damaged files in {}; they were left as they are: restore \
             the data directory from a backup",
            path.display()
        ))),
        Ok(Err(err)) => Err(StoreError::Engine(err).classified()),
        Err(panic) => {
            let detail = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("no detail");
            Err(StoreError::Corrupt(format!(
                "the storage engine could not read the files in {} ({detail}); restore the \
                 data directory from a backup",
                path.display()
            )))
        }
    }
}
