//! `transactionId` makes a create idempotent.

use futures::future::join_all;
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn repeating_a_create_with_the_same_transaction_id_returns_the_same_interaction() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = minimal_interaction_with_transaction("tx-idempotent-1");
    let first = expect_created(&create(&server, &auth, &sent).await, &server.base_url);

    // Act
    let answer = create(&server, &auth, &sent).await;

    // Assert
    let replayed = expect_created(&answer, &server.base_url);
    assert_eq!(
        replayed, first,
        "the replay answered a different interaction"
    );
}

#[tokio::test]
async fn reusing_a_transaction_id_with_a_different_body_is_a_409_conflict() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let original = minimal_interaction_with_transaction("tx-conflict-1");
    expect_created(&create(&server, &auth, &original).await, &server.base_url);
    let mut different = original.clone();
    different["reason"] = json!("Network outage complaint");

    // Act
    let answer = create(&server, &auth, &different).await;

    // Assert
    let error = expect_error(&answer, 409, "transactionIdConflict");
    assert_eq!(error["transactionId"], "tx-conflict-1", "error: {error:#}");
}

#[tokio::test]
async fn different_transaction_ids_with_the_same_body_create_different_interactions() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let first = create(
        &server,
        &auth,
        &minimal_interaction_with_transaction("tx-a"),
    )
    .await;
    let first = expect_created(&first, &server.base_url);

    // Act
    let answer = create(
        &server,
        &auth,
        &minimal_interaction_with_transaction("tx-b"),
    )
    .await;

    // Assert
    let second = expect_created(&answer, &server.base_url);
    assert_ne!(first["id"], second["id"]);
}

#[tokio::test]
async fn concurrent_identical_creates_under_one_transaction_id_yield_one_interaction() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = minimal_interaction_with_transaction("tx-concurrent");

    // Act
    let answers = join_all((0..8).map(|_| create(&server, &auth, &sent))).await;

    // Assert
    let created: Vec<_> = answers
        .iter()
        .map(|answer| expect_created(answer, &server.base_url))
        .collect();
    for other in &created[1..] {
        assert_eq!(
            other, &created[0],
            "concurrent replays answered different interactions"
        );
    }
}

#[tokio::test]
async fn concurrent_different_creates_under_one_transaction_id_yield_one_201_and_409s() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies: Vec<_> = (0..8)
        .map(|n| {
            let mut body = minimal_interaction_with_transaction("tx-race");
            body["reason"] = json!(format!("Reason number {n}"));
            body
        })
        .collect();

    // Act
    let answers = join_all(bodies.iter().map(|body| create(&server, &auth, body))).await;

    // Assert
    let winners: Vec<_> = answers
        .iter()
        .filter(|answer| answer.status == 201)
        .collect();
    assert_eq!(
        winners.len(),
        1,
        "exactly one body may win the transactionId: {answers:#?}"
    );
    for answer in answers.iter().filter(|answer| answer.status != 201) {
        let error = expect_error(answer, 409, "transactionIdConflict");
        assert_eq!(error["transactionId"], "tx-race");
    }
}
