//! Events that could not be delivered, kept as one JSON file each under
//! `<data-dir>/events/dead-letters/`, so that the command line can list and replay them while
//! the server runs (the store itself is locked by the server).
//!
//! Replaying moves a file to `replay/`; the server moves it to `replaying/` before it hands
//! it to the subscription's worker, and removes it once delivered (or moves it back here when
//! it fails again). A crash in between leaves it in `replaying/`, which is taken up at start.
//!
//! The running server also writes `status.json` there, the backlog `events status` shows.

use std::fs;
use std::io::Write as _;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

const DEAD: &str = "dead-letters";
const REPLAY: &str = "replay";
const REPLAYING: &str = "replaying";
const SUFFIX: &str = ".json";
const STATUS: &str = "status.json";

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeadLetter {
    /// `<event number>-<subscription id>`, also the file's name.
    pub id: String,
    pub subscription: String,
    pub callback: String,
    pub event_id: String,
    pub event_type: String,
    pub attempts: u32,
    pub last_error: String,
    pub failed_at: String,
    /// The event exactly as it was sent.
    pub event: Box<RawValue>,
}

impl DeadLetter {
    pub fn id_for(seq: u64, subscription: &str) -> String {
        format!("{seq}-{subscription}")
    }
}

/// The dead-letter folders of a data directory.
#[derive(Debug, Clone)]
pub struct DeadLetters {
    root: PathBuf,
}

impl DeadLetters {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            root: data_dir.join("events"),
        }
    }

    fn dir(&self, which: &str) -> PathBuf {
        self.root.join(which)
    }

    fn file(&self, which: &str, id: &str) -> PathBuf {
        self.dir(which).join(format!("{id}{SUFFIX}"))
    }

    /// Writes a dead letter durably (a temporary file, synced, then renamed).
    pub fn add(&self, letter: &DeadLetter) -> anyhow::Result<()> {
        let dir = self.dir(DEAD);
        fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let temporary = dir.join(format!(".{}.tmp", letter.id));
        // Dead letters hold customers' data: for the server's user alone.
        let mut file = fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&temporary)
            .with_context(|| format!("creating {}", temporary.display()))?;
        file.write_all(serde_json::to_string_pretty(letter)?.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, self.file(DEAD, &letter.id))?;
        fs::File::open(&dir)?.sync_all()?;
        Ok(())
    }

    /// Every dead letter, oldest event first.
    pub fn list(&self) -> anyhow::Result<Vec<DeadLetter>> {
        let mut letters: Vec<DeadLetter> = self
            .files(DEAD)?
            .into_iter()
            .filter_map(|path| read(&path).ok())
            .collect();
        letters.sort_by_key(|letter| seq_of(&letter.id));
        Ok(letters)
    }

    /// Queues dead letters for the server to deliver again; returns those queued.
    pub fn queue_replay(&self, ids: &[String]) -> anyhow::Result<Vec<String>> {
        let ids = self.existing(ids)?;
        fs::create_dir_all(self.dir(REPLAY))?;
        let mut queued = Vec::new();
        for id in &ids {
            let from = self.file(DEAD, id);
            fs::rename(&from, self.file(REPLAY, id))
                .with_context(|| format!("queueing {id} for replay"))?;
            queued.push(id.clone());
        }
        Ok(queued)
    }

    /// Deletes dead letters; returns how many.
    pub fn discard(&self, ids: &[String]) -> anyhow::Result<usize> {
        let ids = self.existing(ids)?;
        for id in &ids {
            fs::remove_file(self.file(DEAD, id)).with_context(|| format!("discarding {id}"))?;
        }
        Ok(ids.len())
    }

    /// The ids, once each, after checking that each names a dead letter.
    fn existing(&self, ids: &[String]) -> anyhow::Result<Vec<String>> {
        let mut unique: Vec<String> = Vec::new();
        for id in ids {
            let shown: String = id.chars().take(80).collect();
            anyhow::ensure!(
                !id.is_empty()
                    && id.len() <= 128
                    && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{shown:?} is not a dead-letter id"
            );
            anyhow::ensure!(
                self.file(DEAD, id).exists(),
                "there is no dead letter {shown}"
            );
            if !unique.contains(id) {
                unique.push(id.clone());
            }
        }
        Ok(unique)
    }

    pub fn all_ids(&self) -> anyhow::Result<Vec<String>> {
        Ok(self.list()?.into_iter().map(|letter| letter.id).collect())
    }

    /// Replays queued since the last call (and, on the first call, any a crash interrupted),
    /// each moved to `replaying/` first.
    pub fn take_replays(&self, first: bool) -> Vec<(PathBuf, DeadLetter)> {
        let mut taken = Vec::new();
        if first {
            let mut interrupted = self.files(REPLAYING).unwrap_or_default();
            interrupted.sort_by_key(|path| {
                path.file_name()
                    .and_then(|name| name.to_str())
                    .map_or(0, seq_of)
            });
            for path in interrupted {
                match read(&path) {
                    Ok(letter) => taken.push((path, letter)),
                    Err(err) => {
                        tracing::warn!(path = %path.display(), cause = %err, "an unreadable replay is left alone")
                    }
                }
            }
        }
        if fs::create_dir_all(self.dir(REPLAYING)).is_err() {
            return taken;
        }
        // In the order of their events, so a subscription gets them in order.
        let mut queued = self.files(REPLAY).unwrap_or_default();
        queued.sort_by_key(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .map_or(0, seq_of)
        });
        for path in queued {
            let Some(name) = path.file_name() else {
                continue;
            };
            let target = self.dir(REPLAYING).join(name);
            if fs::rename(&path, &target).is_err() {
                continue;
            }
            match read(&target) {
                Ok(letter) => taken.push((target, letter)),
                Err(err) => {
                    tracing::warn!(path = %target.display(), cause = %err, "an unreadable replay is left alone")
                }
            }
        }
        taken
    }

    /// A replay was delivered.
    pub fn replayed(&self, path: &Path) {
        if let Err(err) = fs::remove_file(path) {
            tracing::warn!(path = %path.display(), cause = %err, "a delivered replay could not be removed");
        }
    }

    /// A replay failed again: back to the dead letters, with the new failure.
    pub fn failed_again(&self, path: &Path, letter: &DeadLetter) {
        match self.add(letter) {
            Ok(()) => self.replayed(path),
            Err(err) => {
                tracing::error!(id = letter.id, cause = %format!("{err:#}"), "a failed replay could not be put back")
            }
        }
    }

    /// Replaces `status.json` (a temporary file, then renamed).
    pub fn write_status(&self, status: &super::dispatch::Status) -> anyhow::Result<()> {
        fs::create_dir_all(&self.root)?;
        let temporary = self.root.join(".status.json.tmp");
        fs::write(&temporary, serde_json::to_string_pretty(status)?)?;
        fs::rename(&temporary, self.root.join(STATUS))?;
        Ok(())
    }

    pub fn read_status(&self) -> anyhow::Result<super::dispatch::Status> {
        let path = self.root.join(STATUS);
        let text =
            fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
        serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
    }

    /// Dead letters per subscription id, from the files' names (`<event number>-<id>.json`),
    /// so that counting them reads no file.
    pub fn count_by_subscription(&self) -> std::collections::BTreeMap<String, usize> {
        let mut counts = std::collections::BTreeMap::new();
        for path in self.files(DEAD).unwrap_or_default() {
            let subscription = path
                .file_name()
                .and_then(|name| name.to_str())
                .and_then(|name| name.strip_suffix(SUFFIX))
                .and_then(|id| id.split_once('-'))
                .map(|(_, subscription)| subscription.to_owned());
            if let Some(subscription) = subscription {
                *counts.entry(subscription).or_insert(0) += 1;
            }
        }
        counts
    }

    fn files(&self, which: &str) -> anyhow::Result<Vec<PathBuf>> {
        let dir = self.dir(which);
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(err) => return Err(err).with_context(|| format!("reading {}", dir.display())),
        };
        let mut files = Vec::new();
        for entry in entries {
            let path = entry?.path();
            let name = path
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or("");
            if name.ends_with(SUFFIX) && !name.starts_with('.') {
                files.push(path);
            }
        }
        Ok(files)
    }
}

fn read(path: &Path) -> anyhow::Result<DeadLetter> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

fn seq_of(id: &str) -> u64 {
    id.split('-')
        .next()
        .and_then(|seq| seq.parse().ok())
        .unwrap_or(0)
}
