//! The write mark: how many writes the store had made durable, kept in a file of its own
//! beside the store (`<data-dir>/store.mark`), so that a store that lost writes says so.
//!
//! sled takes the first damaged record of its log for the torn end of an interrupted write:
//! it opens without that record and everything logged after it, as if they had never been
//! written, and the store it leaves agrees with itself. The mark is what it cannot agree with:
//! a store that recovered fewer writes than the mark counts lost acknowledged ones, and the
//! server refuses to start on it. The mark is written after a flush and at most once a
//! second, so it never counts a write that was not durable, and damage to what the last
//! second wrote goes unnoticed.
//!
//! A server that stops cleanly says so in the mark (`<writes> clean`); whether the last stop
//! was clean tells the next start whether to read the whole store before serving (see
//! `--store-check`).
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError, Weak};
use std::time::Duration;

use anyhow::Context as _;

use super::{InteractionStore as _, SledStore};

const FILE_NAME: &str = "store.mark";
const INTERVAL: Duration = Duration::from_secs(1);

/// The word after the count of writes in a mark written at a clean stop.
const CLEAN: &str = "clean";

#[derive(Debug, Clone)]
pub struct WriteMark {
    path: PathBuf,
    /// Set once the clean stop's mark is written: nothing may overwrite it after.
    closed: Arc<Mutex<bool>>,
}

/// What a mark file says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub writes: u64,
    /// Whether the server that wrote the mark stopped cleanly.
    pub clean: bool,
}

impl WriteMark {
    pub fn in_data_dir(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(FILE_NAME),
            closed: Arc::new(Mutex::new(false)),
        }
    }

    /// The mark, or `None` when no mark was ever written (a store older than marks, or one
    /// filled by `import` alone).
    pub fn read_mark(&self) -> anyhow::Result<Option<Mark>> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                return Err(err).with_context(|| format!("reading {}", self.path.display()))
            }
        };
        let bad = || {
            format!(
                "{} is not a write mark: {:?}",
                self.path.display(),
                text.trim()
            )
        };
        let mut words = text.split_whitespace();
        let writes = words
            .next()
            .and_then(|w| w.parse().ok())
            .with_context(bad)?;
        let clean = match (words.next(), words.next()) {
            (None, None) => false,
            (Some(CLEAN), None) => true,
            _ => anyhow::bail!(bad()),
        };
        Ok(Some(Mark { writes, clean }))
    }

    /// Fails when the store holds fewer writes than the mark: damage cost it some.
    pub fn verify(&self, store: &SledStore) -> anyhow::Result<()> {
        self.verify_mark(store, self.read_mark()?)
    }

    /// [`Self::verify`] with the mark already read.
    pub fn verify_mark(&self, store: &SledStore, mark: Option<Mark>) -> anyhow::Result<()> {
        let Some(Mark { writes: marked, .. }) = mark else {
            return Ok(());
        };
        let recovered = store.writes()?;
        anyhow::ensure!(
            recovered >= marked,
            "the store recovered {recovered} writes, but {marked} had been made durable (as {} \
             records): the storage engine stopped reading its log at a damaged record, and \
             what was written after it is missing",
            self.path.display()
        );
        Ok(())
    }

    /// Flushes the store, then records the writes that flush covered.
    pub fn record(&self, store: &SledStore) -> anyhow::Result<u64> {
        let closed = self.closed.lock().unwrap_or_else(PoisonError::into_inner);
        let writes = store.writes()?;
        if !*closed {
            store.flush()?;
            self.write(&writes.to_string())?;
        }
        Ok(writes)
    }

    /// At a clean stop, once nothing writes any more: flushes the store, then records its
    /// writes and that the stop was clean. No later record replaces this one.
    pub fn record_clean(&self, store: &SledStore) -> anyhow::Result<()> {
        let mut closed = self.closed.lock().unwrap_or_else(PoisonError::into_inner);
        let writes = store.writes()?;
        store.flush()?;
        self.write(&format!("{writes} {CLEAN}"))?;
        *closed = true;
        Ok(())
    }

    fn write(&self, line: &str) -> anyhow::Result<()> {
        let temporary = self.path.with_extension("mark.tmp");
        let mut file = std::fs::File::create(&temporary)
            .with_context(|| format!("creating {}", temporary.display()))?;
        writeln!(file, "{line}")?;
        file.sync_all()?;
        std::fs::rename(&temporary, &self.path)
            .with_context(|| format!("replacing {}", self.path.display()))?;
        Ok(())
    }

    /// Keeps the mark up to date, once a second while the store changes, until the store is
    /// dropped; `recorded` is what the mark holds now.
    pub fn keep(self, store: &Arc<SledStore>, recorded: u64) -> anyhow::Result<()> {
        let store: Weak<SledStore> = Arc::downgrade(store);
        std::thread::Builder::new()
            .name("write-mark".to_owned())
            .spawn(move || {
                let mut recorded = Some(recorded);
                while let Some(store) = store.upgrade() {
                    match store.writes() {
                        Ok(writes) if Some(writes) == recorded => {}
                        Ok(_) => match self.record(&store) {
                            Ok(writes) => recorded = Some(writes),
                            Err(err) => {
                                tracing::warn!(cause = %format!("{err:#}"), "the write mark was not updated");
                            }
                        },
                        Err(err) => tracing::warn!(cause = %err, "the write mark was not updated"),
                    }
                    drop(store);
                    std::thread::sleep(INTERVAL);
                }
            })
            .context("starting the write mark's thread")?;
        Ok(())
    }
}
