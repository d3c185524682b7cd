//! Storage faults on real filesystems: a disk that fills up, a read-only or missing data
//! directory, a second server on a data directory in use, a damaged store. Each gets a clear
//! answer or a clear start-up error, and nothing acknowledged is lost.
//!
//! The small and read-only disks are tmpfs mounts the tests make, which needs root (or
//! CAP_SYS_ADMIN). Where mounting is not permitted those tests print why and check nothing,
//! unless `PARTY_INTERACTION_REQUIRE_MOUNT=1` (which `.ci/run` sets) makes that a failure.
//!
//! All but one are about the store's files in the data directory, which only sled keeps there:
//! the PostgreSQL binary runs only the missing data directory (which it still needs).

mod damaged_store;
mod full_disk;
mod start_up;

use std::ffi::OsStr;
use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use tempfile::TempDir;

use crate::support::server::run_to_exit;
use crate::support::DataDir;

const REQUIRE_MOUNT_ENV: &str = "PARTY_INTERACTION_REQUIRE_MOUNT";

/// How long a server that cannot start may take to say so and exit.
const REFUSAL_PATIENCE: Duration = Duration::from_secs(30);

/// A size-limited tmpfs, mounted for one test and unmounted when dropped.
pub struct SmallDisk {
    mount_point: TempDir,
}

impl SmallDisk {
    /// Mounts a tmpfs of `size_mib` MiB; `None` (after printing why) where that is not
    /// permitted and not required.
    pub fn mount(size_mib: u64, test: &str) -> Option<Self> {
        let mount_point = tempfile::Builder::new()
            .prefix("party-interaction-disk-")
            .tempdir()
            .expect("create a mount point");
        let options = format!("size={size_mib}m,mode=0700");
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &options, "tmpfs"])
            .arg(mount_point.path())
            .output();
        let reason = match mounted {
            Ok(output) if output.status.success() => return Some(Self { mount_point }),
            Ok(output) => format!(
                "`mount -t tmpfs` failed ({}): {}",
                output.status,
                String::from_utf8_lossy(&output.stderr).trim()
            ),
            Err(err) => format!("`mount` could not run: {err}"),
        };
        let required = std::env::var(REQUIRE_MOUNT_ENV).is_ok_and(|value| value == "1");
        assert!(
            !required,
            "{test}: {reason}, and {REQUIRE_MOUNT_ENV}=1 requires the test to run"
        );
        println!("SKIPPED {test}: {reason}; it needs to mount a tmpfs (run the tests as root)");
        None
    }

    pub fn path(&self) -> &Path {
        self.mount_point.path()
    }

    /// Remounts the disk read-only (`true`) or writable again.
    pub fn set_read_only(&self, read_only: bool) {
        let options = if read_only {
            "remount,ro"
        } else {
            "remount,rw"
        };
        let output = Command::new("mount")
            .args(["-o", options])
            .arg(self.path())
            .output()
            .expect("run mount -o remount");
        assert!(
            output.status.success(),
            "mount -o {options} {} failed: {}",
            self.path().display(),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazily, so that a server a failing test left running cannot keep it mounted.
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

/// `serve` on `data_dir` (and on `store`, a `--store` URL, if given), expected to refuse to
/// start: its output, once it has exited.
pub fn serve_expecting_refusal(data_dir: &Path, store: Option<&str>) -> Output {
    let mut args: Vec<&OsStr> = vec![
        "serve".as_ref(),
        "--bind".as_ref(),
        "127.0.0.1:0".as_ref(),
        "--data-dir".as_ref(),
        data_dir.as_os_str(),
    ];
    if let Some(url) = store {
        args.extend::<[&OsStr; 2]>(["--store".as_ref(), url.as_ref()]);
    }
    let output = run_to_exit(&args, REFUSAL_PATIENCE);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        !output.status.success() && !stdout.contains("Listening on"),
        "the server started on {}: {output:?}",
        data_dir.display()
    );
    output
}

/// The one `error:` line a refused start ends with, which must name `path` and say `why`.
pub fn expect_start_up_error(output: &Output, path: &Path, why: &str) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr);
    let error = stderr
        .lines()
        .rev()
        .find(|line| line.starts_with("error: "))
        .unwrap_or_else(|| panic!("no `error:` line on stderr: {stderr}"))
        .to_owned();
    let path = path.display().to_string();
    assert!(
        error.contains(&path) && error.contains(why),
        "the start-up error should name {path} and say {why:?}: {error}"
    );
    error
}

/// A data directory holding a store with `count` interactions, written by a server that was
/// then stopped; returns the stored documents, by id, as exported.
pub async fn stopped_store_with(
    data_dir: &DataDir,
    count: usize,
) -> std::collections::HashMap<String, Vec<u8>> {
    use crate::support::*;

    let server = Server::start(data_dir);
    let auth = Auth::key(&server.default_key());
    for n in 0..count {
        let body = call_centre_interaction(&format!("seed-{n}"));
        assert_eq!(create(&server, &auth, &body).await.status, 201);
    }
    assert!(server.stop_gracefully().success());
    let stored = offline::export_store(data_dir);
    assert_eq!(
        stored.len(),
        count,
        "the seeded store holds {}",
        stored.len()
    );
    stored
}
