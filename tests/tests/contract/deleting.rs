//! DELETE /partyInteraction/{id}: the interaction, and everything pointing to it, is gone.

use reqwest::Method;
use serde_json::Value;

use crate::support::*;

const CUSTOMER: &str = "233240000005";
/// A fixed public URL, so `href` does not depend on the port each start happens to get.
const PUBLIC_URL: &str = "https://interactions.example.test";

#[tokio::test]
async fn deleting_answers_204_without_a_body_and_the_interaction_is_gone() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let id = id_of(&create_ok(&server, &auth, &call_centre_interaction("tx-delete")).await);

    // Act
    let deleted = delete(&server, &auth, &id).await;
    let retrieved = retrieve(&server, &auth, &id).await;
    let deleted_again = delete(&server, &auth, &id).await;

    // Assert
    expect_no_content(&deleted);
    expect_error(&retrieved, 404, "notFound");
    expect_error(&deleted_again, 404, "notFound");
}

#[tokio::test]
async fn a_deleted_interaction_leaves_every_list_and_its_count() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut history = Vec::new();
    for (channel, reason) in [("CC", "Billing"), ("USSD", "Balance"), ("APP", "Bundle")] {
        let body = customer_interaction(CUSTOMER, channel, reason);
        history.push(create_ok(&server, &auth, &body).await);
    }
    let before = expect_page(&list(&server, &auth, &[("customerId", CUSTOMER)]).await);
    let gone = history.remove(1);

    // Act
    expect_no_content(&delete(&server, &auth, &id_of(&gone)).await);

    // Assert
    let remaining: Vec<String> = before
        .ids()
        .into_iter()
        .filter(|id| *id != id_of(&gone))
        .collect();
    let by_reason = vec![id_of(&history[0]), id_of(&history[1])];
    for (query, expected) in [
        (vec![("customerId", CUSTOMER)], &remaining),
        (vec![], &remaining),
        (vec![("channel.id", "CC,USSD,APP")], &remaining),
        (vec![("sort", "reason")], &by_reason),
    ] {
        let after = expect_page(&list(&server, &auth, &query).await);
        assert_eq!(&after.ids(), expected, "ids for {query:?}");
        assert_eq!(after.total, before.total - 1, "X-Total-Count for {query:?}");
    }
}

#[tokio::test]
async fn replaying_the_create_of_a_deleted_interaction_creates_a_new_one() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = call_centre_interaction("tx-deleted-then-replayed");
    let first = create_ok(&server, &auth, &sent).await;
    expect_no_content(&delete(&server, &auth, &id_of(&first)).await);

    // Act
    let replayed = create_ok(&server, &auth, &sent).await;

    // Assert
    assert_ne!(
        replayed["id"], first["id"],
        "the replay answered the deleted interaction"
    );
    assert_eq!(replayed, expected_interaction(&sent, &replayed));
    assert_eq!(
        expect_ok(&retrieve(&server, &auth, &id_of(&replayed)).await),
        replayed
    );
    expect_error(
        &retrieve(&server, &auth, &id_of(&first)).await,
        404,
        "notFound",
    );
}

#[tokio::test]
async fn a_delete_survives_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        public_url: Some(PUBLIC_URL.to_owned()),
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let mut created = Vec::new();
    for reason in ["Billing", "Balance"] {
        let body = customer_interaction(CUSTOMER, "CC", reason);
        created.push(expect_created(
            &create(&server, &auth, &body).await,
            PUBLIC_URL,
        ));
    }
    let kept = created.pop().expect("two interactions");
    let gone = created.pop().expect("two interactions");
    expect_no_content(&delete(&server, &auth, &id_of(&gone)).await);
    let exit = server.stop_gracefully();

    // Act
    let restarted = Server::start_with(&data_dir, &options);
    let retrieved = retrieve(&restarted, &auth, &id_of(&gone)).await;
    let listed = expect_page(&list(&restarted, &auth, &[("customerId", CUSTOMER)]).await);

    // Assert
    assert!(
        exit.success(),
        "SIGTERM should end the server cleanly, got {exit}"
    );
    expect_error(&retrieved, 404, "notFound");
    assert_eq!(listed.items, vec![kept]);
    assert_eq!(listed.total, 1);
}

#[tokio::test]
async fn a_read_only_api_key_is_forbidden_to_delete() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_only = Auth::ApiKey(add_api_key(&data_dir, "reporting", "read"));
    let auth = Auth::ApiKey(add_api_key(&data_dir, "agent-desk", "read,write"));
    let server = Server::start(&data_dir);
    let created = create_ok(&server, &auth, &minimal_interaction()).await;

    // Act
    let answer = delete(&server, &read_only, &id_of(&created)).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
    let still_there: Value = expect_ok(&retrieve(&server, &auth, &id_of(&created)).await);
    assert_eq!(still_there, created);
}

#[tokio::test]
async fn a_delete_with_a_stale_if_match_is_refused_with_412_and_deletes_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let id = id_of(&create_ok(&server, &auth, &call_centre_interaction("tx-if-match")).await);
    let etag = expect_etag(&retrieve(&server, &auth, &id).await);
    let url = item_url(&server, &id);

    // Act
    let stale = send_with_headers(
        Method::DELETE,
        &url,
        &auth,
        &[("If-Match", "\"0123456789abcdef0123456789abcdef\"")],
        None,
        None,
    )
    .await;
    let still_there = retrieve(&server, &auth, &id).await;
    let current = send_with_headers(
        Method::DELETE,
        &url,
        &auth,
        &[("If-Match", &etag)],
        None,
        None,
    )
    .await;

    // Assert
    expect_error(&stale, 412, "preconditionFailed");
    expect_ok(&still_there);
    expect_no_content(&current);
    expect_error(&retrieve(&server, &auth, &id).await, 404, "notFound");
}

#[tokio::test]
async fn writes_with_a_query_parameter_are_refused_with_400_and_change_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the spec declares no query for create, patch or delete, so a parameter such as
    // `dryRun=true` must not be ignored.
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &call_centre_interaction("tx-query")).await;
    let id = id_of(&created);
    let item = server.url(&format!(
        "/partyInteraction/v1/partyInteraction/{id}?dryRun=true"
    ));
    let collection = format!("{}?dryRun=true", server.collection_url());

    // Act
    let deleted = send(Method::DELETE, &item, &auth, None, None).await;
    let patched = send(
        Method::PATCH,
        &item,
        &auth,
        Some("application/merge-patch+json"),
        Some(br#"{"status": "closed"}"#.to_vec()),
    )
    .await;
    let body = serde_json::to_vec(&call_centre_interaction("tx-query-2")).expect("serialise");
    let posted = send(
        Method::POST,
        &collection,
        &auth,
        Some("application/json"),
        Some(body),
    )
    .await;

    // Assert
    for answer in [&deleted, &patched, &posted] {
        let error = expect_error(answer, 400, "invalidQuery");
        assert!(
            error["message"]
                .as_str()
                .unwrap_or_default()
                .contains("dryRun"),
            "{error}"
        );
    }
    let retrieved = retrieve(&server, &auth, &id).await;
    assert_eq!(retrieved.status, 200, "{}", retrieved.text);
    let still: Value = retrieved.json();
    assert_eq!(still["status"], created["status"]);
    let count = list(&server, &auth, &[]).await;
    assert_eq!(count.header("X-Total-Count"), Some("1"), "{}", count.text);
}
