//! Data directories a server cannot use: read-only, missing in a read-only parent, or in use
//! by another server. Each stops the start with an error naming the directory and why, and
//! leaves what is stored as it was.

use super::{expect_start_up_error, serve_expecting_refusal, stopped_store_with, SmallDisk};
use crate::support::offline::{check_store, export_store};
use crate::support::*;

#[tokio::test]
async fn a_read_only_data_directory_stops_the_start_and_keeps_the_store() {
    if crate::support::store::not_on(
        Store::Sled,
        "it keeps the store on a disk made read-only, which holds the store only with sled",
    ) {
        return;
    }
    // Arrange: a store on a disk then mounted read-only (larger than the server's default
    // free-space reserve, or it would refuse the writes).
    let test = "a_read_only_data_directory_stops_the_start_and_keeps_the_store";
    let Some(disk) = SmallDisk::mount(256, test) else {
        return;
    };
    let data_dir = DataDir::inside(disk.path());
    let stored = stopped_store_with(&data_dir, 3).await;
    disk.set_read_only(true);

    // Act
    let refused = serve_expecting_refusal(data_dir.path(), None);

    // Assert
    expect_start_up_error(&refused, data_dir.path(), "is not writable");
    disk.set_read_only(false);
    check_store(&data_dir);
    assert_eq!(export_store(&data_dir), stored);
}

#[tokio::test]
async fn a_missing_data_directory_in_a_read_only_parent_stops_the_start() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let test = "a_missing_data_directory_in_a_read_only_parent_stops_the_start";
    let Some(disk) = SmallDisk::mount(1, test) else {
        return;
    };
    disk.set_read_only(true);
    let data_dir = disk.path().join("missing").join("data");
    // With PostgreSQL the store is a database of its own; the data directory is still needed.
    let store = DataDir::new();

    // Act
    let refused = serve_expecting_refusal(&data_dir, store.store_url().as_deref());

    // Assert
    let error = expect_start_up_error(&refused, &data_dir, "creating the data directory");
    assert!(error.contains("Read-only file system"), "{error}");
}

#[tokio::test]
async fn a_second_server_on_a_data_directory_in_use_refuses_to_start_and_harms_nothing() {
    if crate::support::store::not_on(
        Store::Sled,
        "only sled's files are locked by one process; servers share a PostgreSQL database by design",
    ) {
        return;
    }
    // Arrange: a server that holds an interaction.
    let data_dir = DataDir::new();
    let first = Server::start(&data_dir);
    let auth = Auth::key(&first.default_key());
    let before = create(&first, &auth, &call_centre_interaction("in-use-1")).await;
    let before = expect_created(&before, &first.base_url);

    // Act
    let refused = serve_expecting_refusal(data_dir.path(), None);
    let check = crate::support::server::run_cli(&[
        "check",
        "--data-dir",
        &data_dir.path().to_string_lossy(),
    ]);

    // Assert: the second server and `check` say why; the first goes on serving.
    expect_start_up_error(
        &refused,
        &data_dir.path().join("store"),
        "is in use by another process",
    );
    assert!(!check.status.success(), "check ran on a store in use");
    assert!(
        String::from_utf8_lossy(&check.stderr).contains("is in use by another process"),
        "check on a store in use: {check:?}"
    );
    let read = expect_ok(&retrieve(&first, &auth, &id_of(&before)).await);
    assert_eq!(read, before);
    let after = create(&first, &auth, &call_centre_interaction("in-use-2")).await;
    let after = expect_created(&after, &first.base_url);
    assert!(first.stop_gracefully().success());
    check_store(&data_dir);
    let stored = export_store(&data_dir);
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert!(stored.contains_key(&id_of(&before)) && stored.contains_key(&id_of(&after)));
}
