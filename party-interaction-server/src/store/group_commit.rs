//! Group commit: writes that commit at about the same time share one flush of the log.
//!
//! A flush makes durable everything committed before it started. A write, once committed,
//! takes a ticket (tickets are numbered in the order they are taken) and waits for the first
//! flush that starts after that. One thread of the store's own does the flushes: while one
//! runs, the writes committing meanwhile take their tickets, and the next flush covers all of
//! them. Under load a flush costs one `fsync` for many writes instead of one each, and no write
//! is acknowledged before it is on disk.
//!
//! Waiting costs no thread: request handlers await [`GroupCommit::wait_async`] on the async
//! runtime, so a burst of writes does not park a blocking thread each for the length of a
//! flush. Synchronous callers (the command line, tests) block in [`GroupCommit::wait`].
//!
//! A std `Mutex` and `Condvar` for the flusher and blocking waiters (the flush itself blocks),
//! a tokio `watch` for the async ones.

use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use tokio::sync::watch;

/// What a write waits for: the number of its ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Ticket(u64);

/// The flush that covered a write failed (the flusher logged why).
#[derive(Debug, thiserror::Error)]
#[error("the flush that covered this write failed")]
pub struct FlushFailed;

/// Tickets the flushes have covered so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Covered {
    /// Every ticket up to this one is on disk.
    durable: u64,
    /// Tickets up to this one were covered by a flush that failed (those up to `durable` by a
    /// later one that succeeded, too).
    failed: u64,
}

impl Covered {
    /// `None` while the ticket waits for its flush.
    fn outcome(self, ticket: Ticket) -> Option<Result<(), FlushFailed>> {
        if self.durable >= ticket.0 {
            Some(Ok(()))
        } else if self.failed >= ticket.0 {
            Some(Err(FlushFailed))
        } else {
            None
        }
    }
}

#[derive(Default)]
struct State {
    /// Tickets taken so far; the last one's number.
    taken: u64,
    /// The last ticket the last flush started covers.
    flushing_up_to: u64,
    covered: Covered,
    stopping: bool,
}

/// Histogram of the writes one flush covers: how many acknowledgements share it.
pub const FLUSH_WRITES: &str = "party_interaction_store_flush_writes";

pub struct GroupCommit {
    state: Mutex<State>,
    /// Wakes the flusher when a ticket is taken.
    requested: Condvar,
    /// Wakes blocking waiters when a flush ends.
    flushed: Condvar,
    /// Tells async waiters when a flush ends.
    covered: watch::Sender<Covered>,
}

/// The flusher thread, stopped (after a last flush of what waits) when this is dropped.
pub struct Flusher {
    commit: Arc<GroupCommit>,
    thread: Option<JoinHandle<()>>,
}

impl GroupCommit {
    /// Starts the flusher thread, which runs `flush` whenever tickets wait for one.
    pub fn start<E: std::fmt::Display>(
        flush: impl Fn() -> Result<(), E> + Send + 'static,
    ) -> std::io::Result<(Arc<Self>, Flusher)> {
        let commit = Arc::new(Self {
            state: Mutex::default(),
            requested: Condvar::new(),
            flushed: Condvar::new(),
            covered: watch::Sender::new(Covered::default()),
        });
        let thread = {
            let commit = Arc::clone(&commit);
            std::thread::Builder::new()
                .name("store-flusher".into())
                .spawn(move || commit.flush_while_running(flush))?
        };
        Ok((
            Arc::clone(&commit),
            Flusher {
                commit,
                thread: Some(thread),
            },
        ))
    }

    /// Takes a ticket for what this thread has committed: the next flush covers it.
    pub fn ticket(&self) -> Ticket {
        let mut state = self.lock();
        state.taken += 1;
        let ticket = Ticket(state.taken);
        drop(state);
        self.requested.notify_one();
        ticket
    }

    /// Blocks until the ticket's write is on disk.
    pub fn wait(&self, ticket: Ticket) -> Result<(), FlushFailed> {
        let mut state = self.lock();
        loop {
            if let Some(outcome) = state.covered.outcome(ticket) {
                return outcome;
            }
            state = self
                .flushed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    /// Returns once the ticket's write is on disk, without holding a thread meanwhile.
    pub async fn wait_async(&self, ticket: Ticket) -> Result<(), FlushFailed> {
        let mut receiver = self.covered.subscribe();
        let covered = match receiver
            .wait_for(|covered| covered.outcome(ticket).is_some())
            .await
        {
            Ok(covered) => *covered,
            // The flusher is gone, so no flush will cover it.
            Err(_) => return Err(FlushFailed),
        };
        covered.outcome(ticket).unwrap_or(Err(FlushFailed))
    }

    fn flush_while_running<E: std::fmt::Display>(&self, flush: impl Fn() -> Result<(), E>) {
        loop {
            let mut state = self.lock();
            while state.taken == state.flushing_up_to && !state.stopping {
                state = self
                    .requested
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if state.taken == state.flushing_up_to {
                return;
            }
            // Every ticket taken so far was taken after its write committed, so the flush
            // starting now covers them all.
            let up_to = state.taken;
            let writes = up_to - state.flushing_up_to;
            state.flushing_up_to = up_to;
            drop(state);
            metrics::histogram!(FLUSH_WRITES).record(writes as f64);

            let result = flush();

            let mut state = self.lock();
            match result {
                Ok(()) => state.covered.durable = up_to,
                Err(err) => {
                    tracing::error!(cause = %err, "flushing the store failed");
                    state.covered.failed = up_to;
                }
            }
            let covered = state.covered;
            drop(state);
            self.flushed.notify_all();
            self.covered.send_replace(covered);
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state is counters only, updated in single steps: a panic leaves it consistent.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Drop for Flusher {
    fn drop(&mut self) {
        self.commit.lock().stopping = true;
        self.commit.requested.notify_one();
        if let Some(thread) = self.thread.take() {
            if thread.join().is_err() {
                tracing::error!("the store's flusher thread panicked");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::time::Duration;

    /// A stand-in for the log: writes get increasing numbers, and a flush makes durable every
    /// write numbered before it started, after a while (like an fsync).
    #[derive(Default)]
    struct Log {
        written: AtomicU64,
        durable: AtomicU64,
        flushes: AtomicU64,
        failing: AtomicBool,
    }

    impl Log {
        fn write(&self) -> u64 {
            self.written.fetch_add(1, Ordering::SeqCst) + 1
        }

        fn flush(&self) -> Result<(), &'static str> {
            let covered = self.written.load(Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(2));
            self.flushes.fetch_add(1, Ordering::SeqCst);
            if self.failing.load(Ordering::SeqCst) {
                return Err("disk gone");
            }
            self.durable.fetch_max(covered, Ordering::SeqCst);
            Ok(())
        }
    }

    fn started(log: &Arc<Log>) -> (Arc<GroupCommit>, Flusher) {
        let log = Arc::clone(log);
        GroupCommit::start(move || log.flush()).unwrap()
    }

    #[test]
    fn no_concurrent_writer_returns_before_its_write_is_flushed_and_they_share_flushes() {
        let log = Arc::new(Log::default());
        let (commit, _flusher) = started(&log);
        let writers = 32;
        let writes_each = 50;

        let handles: Vec<_> = (0..writers)
            .map(|_| {
                let (log, commit) = (Arc::clone(&log), Arc::clone(&commit));
                std::thread::spawn(move || {
                    for _ in 0..writes_each {
                        let mine = log.write();
                        commit.wait(commit.ticket()).unwrap();
                        assert!(
                            log.durable.load(Ordering::SeqCst) >= mine,
                            "write {mine} was acknowledged before a flush covered it"
                        );
                    }
                })
            })
            .collect();
        for handle in handles {
            handle.join().unwrap();
        }

        let writes = writers * writes_each;
        assert_eq!(log.durable.load(Ordering::SeqCst), writes);
        let flushes = log.flushes.load(Ordering::SeqCst);
        assert!(
            flushes < writes / 2,
            "{flushes} flushes for {writes} writes: writers did not share them"
        );
    }

    #[test]
    fn async_waiters_are_acknowledged_only_once_flushed() {
        let log = Arc::new(Log::default());
        let (commit, _flusher) = started(&log);
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();

        runtime.block_on(async {
            let tasks: Vec<_> = (0..64)
                .map(|_| {
                    let (log, commit) = (Arc::clone(&log), Arc::clone(&commit));
                    tokio::spawn(async move {
                        for _ in 0..20 {
                            let mine = log.write();
                            commit.wait_async(commit.ticket()).await.unwrap();
                            assert!(log.durable.load(Ordering::SeqCst) >= mine);
                        }
                    })
                })
                .collect();
            for task in tasks {
                task.await.unwrap();
            }
        });

        assert_eq!(log.durable.load(Ordering::SeqCst), 64 * 20);
        assert!(log.flushes.load(Ordering::SeqCst) < 64 * 20 / 2);
    }

    #[test]
    fn a_writer_alone_gets_a_flush_of_its_own() {
        let log = Arc::new(Log::default());
        let (commit, _flusher) = started(&log);

        for expected_flushes in 1..=3 {
            let mine = log.write();
            commit.wait(commit.ticket()).unwrap();

            assert_eq!(log.durable.load(Ordering::SeqCst), mine);
            assert_eq!(log.flushes.load(Ordering::SeqCst), expected_flushes);
        }
    }

    #[test]
    fn writers_covered_by_a_failed_flush_are_told_and_the_next_flush_works_again() {
        let log = Arc::new(Log::default());
        let (commit, _flusher) = started(&log);
        log.failing.store(true, Ordering::SeqCst);

        log.write();
        let failed = commit.wait(commit.ticket());
        log.failing.store(false, Ordering::SeqCst);
        let mine = log.write();
        let next = commit.wait(commit.ticket());

        assert!(failed.is_err());
        assert!(next.is_ok());
        assert_eq!(log.durable.load(Ordering::SeqCst), mine);
    }

    #[test]
    fn stopping_the_flusher_flushes_what_waits_first() {
        let log = Arc::new(Log::default());
        let (commit, flusher) = started(&log);

        log.write();
        let ticket = commit.ticket();
        drop(flusher);

        assert!(commit.wait(ticket).is_ok());
        assert_eq!(log.durable.load(Ordering::SeqCst), 1);
    }
}
