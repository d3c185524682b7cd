//! Group commit: writers that commit at about the same time share one flush of the log.
//!
//! A flush makes durable everything committed before it started, so a writer waits for the
//! first flush that *starts* after its own commit. While one flush runs, the writers committing
//! meanwhile queue up; when it ends, one of them flushes for all of them. Under load a flush
//! costs one `fsync` for many writes instead of one each, and no write is acknowledged before
//! it is on disk.
//!
//! A std `Mutex` and `Condvar`, not tokio's: writers run on blocking threads (the store is
//! synchronous), and the flush itself blocks.

use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

#[derive(Default)]
pub struct GroupCommit {
    state: Mutex<State>,
    flushed: Condvar,
}

#[derive(Default)]
struct State {
    /// Flushes started so far; the number of the last one is its generation.
    started: u64,
    /// Generation of the last flush that ended, well or not.
    ended: u64,
    /// Generation of the last flush that succeeded.
    succeeded: u64,
    flushing: bool,
    /// Writers waiting for someone else's flush.
    waiting: usize,
}

/// The flush that covered a write failed; the flusher got the error itself.
#[derive(Debug, thiserror::Error)]
#[error("the flush that covered this write failed")]
pub struct FlushFailed;

impl GroupCommit {
    /// Returns once a flush that started after this call has succeeded, running `flush` on
    /// this thread if no other is flushing. Call it after the write has committed.
    pub fn wait_durable<E>(&self, flush: impl FnOnce() -> Result<(), E>) -> Result<(), Covered<E>> {
        let mut state = self.lock();
        let needed = state.started + 1;
        loop {
            if state.succeeded >= needed {
                return Ok(());
            }
            if state.ended >= needed {
                return Err(Covered::ByFailedFlush(FlushFailed));
            }
            if !state.flushing {
                break;
            }
            state.waiting += 1;
            state = self
                .flushed
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
            state.waiting -= 1;
        }

        state.started += 1;
        let generation = state.started;
        state.flushing = true;
        drop(state);

        // Whatever happens in `flush`, the others must learn that it ended.
        let ending = EndOfFlush {
            commit: self,
            generation,
            succeeded: false,
        };
        let result = flush();
        ending.end(result.is_ok());
        result.map_err(Covered::Flusher)
    }

    #[cfg(test)]
    fn waiting(&self) -> usize {
        self.lock().waiting
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state is counters only, updated in single steps: a panic leaves it consistent.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Why [`GroupCommit::wait_durable`] failed.
#[derive(Debug)]
pub enum Covered<E> {
    /// This thread flushed, and the flush failed with this error.
    Flusher(E),
    /// Another thread's flush, which would have covered this write, failed.
    ByFailedFlush(FlushFailed),
}

struct EndOfFlush<'a> {
    commit: &'a GroupCommit,
    generation: u64,
    succeeded: bool,
}

impl EndOfFlush<'_> {
    fn end(mut self, succeeded: bool) {
        self.succeeded = succeeded;
    }
}

impl Drop for EndOfFlush<'_> {
    fn drop(&mut self) {
        let mut state = self.commit.lock();
        state.ended = self.generation;
        if self.succeeded {
            state.succeeded = self.generation;
        }
        state.flushing = false;
        drop(state);
        self.commit.flushed.notify_all();
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;
    use std::time::Duration;

    /// A stand-in for the log: writes get increasing numbers, and a flush makes durable every
    /// write numbered before it started, after a while (like an fsync).
    #[derive(Default)]
    struct Log {
        written: AtomicU64,
        durable: AtomicU64,
        flushes: AtomicU64,
    }

    impl Log {
        fn write(&self) -> u64 {
            self.written.fetch_add(1, Ordering::SeqCst) + 1
        }

        fn flush(&self) -> Result<(), &'static str> {
            let covered = self.written.load(Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(2));
            self.durable.fetch_max(covered, Ordering::SeqCst);
            self.flushes.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
    }

    #[test]
    fn no_concurrent_writer_returns_before_its_write_is_flushed_and_they_share_flushes() {
        let log = Arc::new(Log::default());
        let commit = Arc::new(GroupCommit::default());
        let writers = 32;
        let writes_each = 50;

        let handles: Vec<_> = (0..writers)
            .map(|_| {
                let (log, commit) = (Arc::clone(&log), Arc::clone(&commit));
                std::thread::spawn(move || {
                    for _ in 0..writes_each {
                        let mine = log.write();
                        commit.wait_durable(|| log.flush()).unwrap();
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
    fn a_writer_alone_flushes_its_own_write() {
        let log = Log::default();
        let commit = GroupCommit::default();

        for expected_flushes in 1..=3 {
            let mine = log.write();
            commit.wait_durable(|| log.flush()).unwrap();

            assert_eq!(log.durable.load(Ordering::SeqCst), mine);
            assert_eq!(log.flushes.load(Ordering::SeqCst), expected_flushes);
        }
    }

    #[test]
    fn writers_covered_by_a_failed_flush_are_told_and_the_next_flush_works_again() {
        let commit = Arc::new(GroupCommit::default());
        let (entered, release) = (
            Arc::new(std::sync::Barrier::new(2)),
            Arc::new(std::sync::Barrier::new(2)),
        );
        let holder = {
            let (commit, entered, release) = (
                Arc::clone(&commit),
                Arc::clone(&entered),
                Arc::clone(&release),
            );
            std::thread::spawn(move || {
                commit.wait_durable(|| {
                    entered.wait();
                    release.wait();
                    Ok::<(), &str>(())
                })
            })
        };
        entered.wait();
        // Two writers commit while that flush runs, so neither is covered by it; the next
        // flush, which one of them runs for both, fails.
        let queued: Vec<_> = (0..2)
            .map(|_| {
                let commit = Arc::clone(&commit);
                std::thread::spawn(move || commit.wait_durable(|| Err::<(), _>("disk gone")))
            })
            .collect();
        while commit.waiting() < 2 {
            std::thread::yield_now();
        }
        release.wait();

        assert!(holder.join().unwrap().is_ok());
        let outcomes: Vec<_> = queued.into_iter().map(|t| t.join().unwrap()).collect();
        let flusher = outcomes
            .iter()
            .filter(|outcome| matches!(outcome, Err(Covered::Flusher("disk gone"))))
            .count();
        let covered = outcomes
            .iter()
            .filter(|outcome| matches!(outcome, Err(Covered::ByFailedFlush(_))))
            .count();
        assert_eq!((flusher, covered), (1, 1));
        assert!(commit.wait_durable(|| Ok::<(), ()>(())).is_ok());
    }
}
