//! Backup and restore: `export` (through the running server) and `import` (into a stopped
//! server's data directory), as JSON lines.
//!
//! The round trip runs on 5,000 interactions by default, which a debug build does in seconds;
//! `scripts/backup-round-trip.sh` runs the same test on 100,000 in a release build
//! (PARTY_INTERACTION_ROUND_TRIP_SIZE sets the number).

use std::path::{Path, PathBuf};
use std::time::Instant;

use serde_json::json;

use super::get_plain;
use crate::support::server::run_cli;
use crate::support::*;

const DEFAULT_ROUND_TRIP_SIZE: usize = 5_000;

fn round_trip_size() -> usize {
    std::env::var("PARTY_INTERACTION_ROUND_TRIP_SIZE")
        .ok()
        .and_then(|size| size.parse().ok())
        .unwrap_or(DEFAULT_ROUND_TRIP_SIZE)
}

/// Stored interactions as the server writes them (keys sorted, compact), in id order.
pub(crate) fn stored_interactions(count: usize) -> String {
    let mut lines = String::new();
    for n in 0..count {
        // UUID-shaped, as the server assigns, and in id order.
        let id = format!("00000000-0000-7000-8000-{n:012}");
        let document = json!({
            "id": id,
            "href": format!("https://pi.example.test/partyInteraction/v1/partyInteraction/{id}"),
            "creationDate": format!("2026-05-01T{:02}:{:02}:{:02}.000Z", n / 3600 % 24, n / 60 % 60, n % 60),
            "customerId": format!("cust-{}", n % 997),
            "direction": if n % 2 == 0 { "inbound" } else { "outbound" },
            "reason": "Billing enquiry — ünïcode",
            "status": "completed",
            "channel": [{"id": "CC", "href": "https://api.example.test/channel/CC"}],
            "interactionDate": {"startDateTime": "2026-05-01T10:00:00Z"}
        });
        lines.push_str(&serde_json::to_string(&document).expect("serialize"));
        lines.push('\n');
    }
    lines
}

pub(crate) fn path_text(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}

/// Runs a command that must succeed; returns its stderr.
pub(crate) fn run_ok<A: AsRef<std::ffi::OsStr> + std::fmt::Debug>(args: &[A]) -> String {
    let output = run_cli(args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{args:?} failed: {stderr}");
    stderr
}

/// `import --input FILE` into the stopped store of `data_dir`; returns its stderr.
pub(crate) fn import(data_dir: &DataDir, file: &Path) -> String {
    let mut args = vec!["import".to_owned()];
    args.extend(data_dir.store_args());
    args.extend(["--input".to_owned(), path_text(file).to_owned()]);
    run_ok(&args)
}

/// `export --output FILE` of the stopped store of `data_dir`.
pub(crate) fn export_stopped(data_dir: &DataDir, file: &Path) {
    let mut args = vec!["export".to_owned()];
    args.extend(data_dir.store_args());
    args.extend(["--output".to_owned(), path_text(file).to_owned()]);
    run_ok(&args);
}

pub(crate) fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
}

#[tokio::test]
async fn export_import_export_round_trip_gives_identical_output_and_reimport_adds_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a store seeded through `import` itself, served by a running server.
    let count = round_trip_size();
    let work = DataDir::new();
    let file = |name: &str| -> PathBuf { work.path().join(name) };
    let seed = stored_interactions(count);
    std::fs::write(file("seed.jsonl"), &seed).expect("write the seed");
    let original = DataDir::new();
    import(&original, &file("seed.jsonl"));
    let server = Server::start(&original);
    let key = server.default_key();

    // Act
    let first = file("first.jsonl");
    let started = Instant::now();
    run_ok(&[
        "export",
        "--server",
        &server.base_url,
        "--api-key",
        &key,
        "--output",
        path_text(&first),
    ]);
    let exported_in = started.elapsed();
    let restored = DataDir::new();
    let started = Instant::now();
    let imported = import(&restored, &first);
    let imported_in = started.elapsed();
    let second = file("second.jsonl");
    export_stopped(&restored, &second);
    let reimported = import(&restored, &first);
    let third = file("third.jsonl");
    export_stopped(&restored, &third);

    // Assert
    let exported = read(&first);
    // Figures for scripts/backup-round-trip.sh; nothing is asserted on them.
    eprintln!(
        "round trip of {count} interactions: {} bytes; export through the server {exported_in:?}; \
         import into a fresh store {imported_in:?}",
        exported.len()
    );
    assert_eq!(exported.lines().count(), count);
    assert!(
        exported == seed,
        "the export differs from what was imported"
    );
    assert!(
        read(&second) == exported,
        "export → import → export changed the output"
    );
    assert!(
        read(&third) == exported,
        "a second import changed the store"
    );
    assert!(
        imported.contains(&format!(
            "Imported {count} interaction(s); 0 already present"
        )),
        "{imported}"
    );
    assert!(
        reimported.contains(&format!(
            "Imported 0 interaction(s); {count} already present"
        )),
        "{reimported}"
    );
    let auth = Auth::key(&key);
    let page = expect_page(&list(&server, &auth, &[("limit", "1")]).await);
    assert_eq!(page.total, count as u64);
}

#[tokio::test]
async fn import_reports_bad_lines_by_number_and_imports_the_rest() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let work = DataDir::new();
    let good = stored_interactions(2);
    let mut lines: Vec<&str> = good.lines().collect();
    lines.insert(1, "{not json");
    lines.insert(2, r#"{"id": "ia-x", "reason": 7}"#);
    lines.insert(3, r#"{"id": "ia-y"}"#);
    let foreign_id = good
        .lines()
        .next()
        .expect("a line")
        .replace("00000000-0000-7000-8000-000000000000", "../../etc");
    lines.insert(4, &foreign_id);
    let input = work.path().join("input.jsonl");
    std::fs::write(&input, lines.join("\n")).expect("write the input");
    let target = DataDir::new();

    // Act
    let mut args = vec!["import".to_owned()];
    args.extend(target.store_args());
    args.extend(["--input".to_owned(), path_text(&input).to_owned()]);
    let output = run_cli(&args);
    let exported = work.path().join("exported.jsonl");
    export_stopped(&target, &exported);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "bad lines must fail the import: {stderr}"
    );
    for number in [2, 3, 4, 5] {
        assert!(
            stderr.contains(&format!("line {number}: ")),
            "line {number}: {stderr}"
        );
    }
    assert!(
        !stderr.contains("line 1:") && !stderr.contains("line 6:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 5: the id must be a lower-case UUID"),
        "{stderr}"
    );
    assert!(stderr.contains("Imported 2 interaction(s); 0 already present; 4 line(s) rejected"));
    assert_eq!(read(&exported), good);
}

#[tokio::test]
async fn the_export_endpoint_needs_the_write_scope() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let reader = add_api_key(&data_dir, "reader", "read");
    let url = server.url("/admin/export");

    // Act
    let anonymous = get_plain(&url, &[]).await;
    let read_only = eventually("the new key to be accepted", || {
        let (url, reader) = (url.clone(), reader.clone());
        async move {
            let answer = get_plain(&url, &[("X-API-Key", reader.as_str())]).await;
            (answer.status != 401)
                .then_some(answer)
                .ok_or("still 401".to_owned())
        }
    })
    .await;

    // Assert
    super::expect_error_outside_the_api(&anonymous, 401, "unauthorized");
    super::expect_error_outside_the_api(&read_only, 403, "forbidden");
}

#[tokio::test]
async fn exporting_a_running_servers_store_directly_says_to_go_through_the_server() {
    if crate::support::store::not_on(
        Store::Sled,
        "only sled's store is locked by the running server; PostgreSQL is shared by design",
    ) {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let _server = Server::start(&data_dir);

    // Act
    let output = run_cli(&["export", "--data-dir", path_text(data_dir.path())]);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("--server"), "{stderr}");
}

#[tokio::test]
async fn a_failed_export_leaves_the_previous_backup_at_that_path_untouched() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let work = DataDir::new();
    let backup = work.path().join("backup.jsonl");
    std::fs::write(&backup, "the last good backup\n").expect("write the old backup");

    // Act: a key the server does not know, so the server refuses the export.
    let output = run_cli(&[
        "export",
        "--server",
        &server.url(""),
        "--api-key",
        "not-a-key",
        "--output",
        path_text(&backup),
    ]);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert_eq!(read(&backup), "the last good backup\n");
    let left: Vec<_> = std::fs::read_dir(work.path())
        .expect("list the directory")
        .map(|entry| entry.expect("an entry").file_name())
        .collect();
    assert_eq!(left, ["backup.jsonl"], "no partial file may be left behind");
}
