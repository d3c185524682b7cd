//! What a 201 promises survives the process: a graceful stop, and SIGKILL.

use serde_json::json;

use crate::support::*;

/// A fixed public URL, so `href` does not depend on the port each start happens to get.
const PUBLIC_URL: &str = "https://interactions.example.test";

fn start(data_dir: &DataDir) -> Server {
    let options = ServerOptions {
        public_url: Some(PUBLIC_URL.to_owned()),
        ..ServerOptions::default()
    };
    Server::start_with(data_dir, &options)
}

#[tokio::test]
async fn created_interaction_is_replayed_after_a_graceful_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = call_centre_interaction("tx-graceful-restart");
    let first = expect_created(&create(&server, &auth, &sent).await, PUBLIC_URL);
    let exit = server.stop_gracefully();
    assert!(
        exit.success(),
        "SIGTERM should end the server cleanly, got {exit}"
    );

    // Act
    let restarted = start(&data_dir);
    let answer = create(&restarted, &auth, &sent).await;

    // Assert
    let replayed = expect_created(&answer, PUBLIC_URL);
    assert_eq!(
        replayed["id"], first["id"],
        "the restarted server made a new interaction"
    );
    assert_eq!(replayed, expected_interaction(&sent, &first));
}

#[tokio::test]
async fn transaction_id_conflict_is_still_detected_after_a_graceful_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let original = minimal_interaction_with_transaction("tx-conflict-restart");
    expect_created(&create(&server, &auth, &original).await, PUBLIC_URL);
    server.stop_gracefully();
    let mut different = original.clone();
    different["status"] = json!("inProgress");

    // Act
    let restarted = start(&data_dir);
    let answer = create(&restarted, &auth, &different).await;

    // Assert
    let error = expect_error(&answer, 409, "transactionIdConflict");
    assert_eq!(
        error["transactionId"], "tx-conflict-restart",
        "error: {error:#}"
    );
}

#[tokio::test]
async fn interaction_acknowledged_with_201_survives_sigkill() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = call_centre_interaction("tx-sigkill");
    let first = expect_created(&create(&server, &auth, &sent).await, PUBLIC_URL);
    server.kill_hard();

    // Act
    let restarted = start(&data_dir);
    let answer = create(&restarted, &auth, &sent).await;

    // Assert
    let replayed = expect_created(&answer, PUBLIC_URL);
    assert_eq!(
        replayed["id"], first["id"],
        "the 201 before SIGKILL was not durable"
    );
    assert_eq!(replayed, expected_interaction(&sent, &first));
}

#[tokio::test]
async fn the_whole_store_is_checked_at_the_start_after_a_crash_not_after_a_clean_stop() {
    if crate::support::store::not_on(
        Store::Sled,
        "the check after a crash follows sled's write mark; PostgreSQL recovers from a crash itself",
    ) {
        return;
    }
    // Arrange: one interaction, then a SIGKILL.
    let data_dir = DataDir::new();
    let server = start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = call_centre_interaction("tx-store-check");
    expect_created(&create(&server, &auth, &sent).await, PUBLIC_URL);
    server.kill_hard();

    // Act: a start after the crash, then one after a clean stop.
    let after_crash = start(&data_dir);
    let retrieved = create(&after_crash, &auth, &sent).await;
    let crash_log = after_crash.stderr();
    assert!(after_crash.stop_gracefully().success());
    let after_clean_stop = start(&data_dir);
    let clean_log = after_clean_stop.stderr();

    // Assert
    expect_created(&retrieved, PUBLIC_URL);
    assert!(
        crash_log.contains("store checked"),
        "no full check after a crash:\n{crash_log}"
    );
    assert!(
        !clean_log.contains("store checked"),
        "a full check after a clean stop:\n{clean_log}"
    );
}
