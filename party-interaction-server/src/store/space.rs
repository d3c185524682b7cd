//! Free space on the store's disk, checked before every write.
//!
//! sled 0.34 cannot recover from a failed write to its log: after one "no space left on
//! device" it refuses every later write until the store is opened again, even once space is
//! freed. So writes are refused while the disk has less than a reserve free, before sled's log
//! can fill it; with space freed they succeed again without a restart. The reserve has to
//! cover what concurrent writes and sled's own background work add between two checks.

use std::path::{Path, PathBuf};

use super::StoreError;

/// Room kept free by default: many concurrent writes of the largest bodies, and sled's
/// segments and snapshots.
pub const DEFAULT_RESERVE_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, Clone)]
pub struct FreeSpace {
    path: PathBuf,
    reserve: u64,
}

impl FreeSpace {
    pub fn new(path: &Path, reserve: u64) -> Self {
        Self {
            path: path.to_owned(),
            reserve,
        }
    }

    pub fn with_reserve(&self, reserve: u64) -> Self {
        Self::new(&self.path, reserve)
    }

    /// Fails with [`StoreError::StorageFull`] when less than the reserve is free for this
    /// process's user (statvfs `f_bavail`, what a write may use).
    pub fn check(&self) -> Result<(), StoreError> {
        if self.reserve == 0 {
            return Ok(());
        }
        // A failing statvfs says nothing about the disk; the write itself will tell.
        let Ok(available) = fs2::available_space(&self.path) else {
            return Ok(());
        };
        if available < self.reserve {
            return Err(StoreError::StorageFull(format!(
                "{available} bytes free at {}, below the reserve of {} bytes",
                self.path.display(),
                self.reserve
            )));
        }
        Ok(())
    }
}
