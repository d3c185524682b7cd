//! A damaged store stops the start with an error that says so. sled finds some damage itself
//! while opening; a damaged record elsewhere is found by reading the whole store at start-up;
//! and where sled took damage for the torn end of its log and opened without what followed,
//! the write mark (`<data-dir>/store.mark`) finds the writes missing. Nothing is lost without
//! a word.

use std::path::Path;

use super::{expect_start_up_error, serve_expecting_refusal, stopped_store_with};
use crate::support::*;

/// Interactions in the damaged store.
const STORED: usize = 60;

fn store_file(data_dir: &DataDir) -> std::path::PathBuf {
    data_dir.path().join("store").join("db")
}

/// Overwrites every occurrence of `needle` in the file with `#`s; returns how many there were.
fn scribble_over(file: &Path, needle: &[u8]) -> usize {
    let mut bytes = std::fs::read(file).expect("read the store file");
    let mut found = 0;
    let mut at = 0;
    while let Some(offset) = bytes[at..]
        .windows(needle.len())
        .position(|window| window == needle)
    {
        let start = at + offset;
        bytes[start..start + needle.len()].fill(b'#');
        found += 1;
        at = start + needle.len();
    }
    std::fs::write(file, bytes).expect("write the store file");
    found
}

#[tokio::test]
async fn a_store_file_with_a_damaged_record_stops_the_start() {
    if crate::support::store::not_on(
        Store::Sled,
        "it damages sled's files in <data-dir>/store; PostgreSQL keeps its own files",
    ) {
        return;
    }
    // Arrange: every copy of one interaction's id in the file is overwritten, so that sled's
    // checksums of the records holding it no longer match. Where they lie decides which check
    // finds it (sled's own at opening, the read of the whole store, or the write mark); each
    // stops the start.
    let data_dir = DataDir::new();
    let stored = stopped_store_with(&data_dir, STORED).await;
    let victim = stored.keys().nth(STORED / 2).expect("a stored id").clone();
    let file = store_file(&data_dir);
    let copies = scribble_over(&file, victim.as_bytes());
    assert!(copies > 0, "{victim} is not in {}", file.display());

    // Act
    let refused = serve_expecting_refusal(data_dir.path(), None);

    // Assert
    expect_start_up_error(&refused, data_dir.path(), "damage");
    let check = crate::support::server::run_cli(&["check", "--data-dir", &path_text(&data_dir)]);
    assert!(
        !check.status.success(),
        "check passed a damaged store: {check:?}"
    );
}

#[tokio::test]
async fn a_truncated_store_file_stops_the_start() {
    if crate::support::store::not_on(
        Store::Sled,
        "it damages sled's files in <data-dir>/store; PostgreSQL keeps its own files",
    ) {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    stopped_store_with(&data_dir, STORED).await;
    let file = store_file(&data_dir);
    let whole = std::fs::read(&file).expect("read the store file");
    // sled's file has room to spare beyond what it wrote (zeros): cut what it wrote in half.
    let written = whole
        .iter()
        .rposition(|&byte| byte != 0)
        .map_or(0, |last| last + 1);
    std::fs::write(&file, &whole[..written / 2]).expect("truncate the store file");

    // Act
    let refused = serve_expecting_refusal(data_dir.path(), None);

    // Assert: refused, by sled's own check or by the write mark. (sled rewrites the torn end
    // of its log as it opens, so the file is not left exactly as it was: README, "Known
    // limitations".)
    expect_start_up_error(&refused, data_dir.path(), "damage");
    let check = crate::support::server::run_cli(&["check", "--data-dir", &path_text(&data_dir)]);
    assert!(
        !check.status.success(),
        "check passed a truncated store: {check:?}"
    );
}

#[tokio::test]
async fn a_store_that_lost_its_later_writes_stops_the_start() {
    if crate::support::store::not_on(
        Store::Sled,
        "it rolls sled's files back behind the write mark (<data-dir>/store.mark), which only sled has",
    ) {
        return;
    }
    // Arrange: the store as it was after a few writes, put back after more were acknowledged
    // (what sled leaves after cutting its log at a damaged record, or a rolled-back disk).
    let data_dir = DataDir::new();
    stopped_store_with(&data_dir, 2).await;
    let store = data_dir.path().join("store");
    let earlier = data_dir.path().join("store-earlier");
    copy_dir(&store, &earlier);
    let auth = Auth::key(&add_api_key(&data_dir, "later", "read,write"));
    let server = Server::start(&data_dir);
    let later = create(&server, &auth, &call_centre_interaction("later")).await;
    assert_eq!(later.status, 201, "{later:#?}");
    assert!(server.stop_gracefully().success());
    std::fs::remove_dir_all(&store).expect("remove the store");
    std::fs::rename(&earlier, &store).expect("put the earlier store back");

    // Act
    let refused = serve_expecting_refusal(data_dir.path(), None);

    // Assert: the store agrees with itself, but not with the mark.
    let error = expect_start_up_error(&refused, data_dir.path(), "lost writes to damage");
    assert!(error.contains("store.mark"), "{error}");
    let check = crate::support::server::run_cli(&["check", "--data-dir", &path_text(&data_dir)]);
    assert!(
        !check.status.success(),
        "check passed a store that lost writes: {check:?}"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create the copy");
    for entry in std::fs::read_dir(from).expect("list the store") {
        let entry = entry.expect("a directory entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy a store file");
        }
    }
}

fn path_text(data_dir: &DataDir) -> String {
    data_dir.path().to_string_lossy().into_owned()
}
