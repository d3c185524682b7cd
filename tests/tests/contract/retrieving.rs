//! GET /partyInteraction/{id}: one interaction, as it was created.

use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn retrieving_an_interaction_answers_exactly_what_its_create_answered_with_an_etag() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &call_centre_interaction("tx-retrieve")).await;

    // Act
    let answer = retrieve(&server, &auth, &id_of(&created)).await;

    // Assert
    assert_eq!(expect_ok(&answer), created);
    expect_etag(&answer);
}

#[tokio::test]
async fn retrieving_an_unknown_id_is_404_not_found() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    create_ok(&server, &auth, &minimal_interaction()).await;

    // Act
    let answer = retrieve(&server, &auth, "01a23ccc-0000-7000-8000-000000000000").await;

    // Assert
    expect_error(&answer, 404, "notFound");
}

#[tokio::test]
async fn fields_selects_the_named_attributes_besides_id_and_href() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &call_centre_interaction("tx-fields")).await;

    // Act
    let answer = retrieve_with(
        &server,
        &auth,
        &id_of(&created),
        &[("fields", "reason,status")],
    )
    .await;

    // Assert
    let expected = json!({
        "id": created["id"],
        "href": created["href"],
        "reason": created["reason"],
        "status": created["status"],
    });
    assert_eq!(expect_ok(&answer), expected);
}

#[tokio::test]
async fn fields_naming_no_attribute_is_400_invalid_query_naming_it() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &minimal_interaction()).await;

    // Act
    let answer = retrieve_with(&server, &auth, &id_of(&created), &[("fields", "nope")]).await;

    // Assert
    let error = expect_error(&answer, 400, "invalidQuery");
    let message = error["message"].as_str().unwrap_or_default();
    assert!(message.contains("nope"), "message: {message}");
}

#[tokio::test]
async fn a_read_only_api_key_may_retrieve() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_key = add_api_key(&data_dir, "reporting", "read");
    let write_key = add_api_key(&data_dir, "ingest", "write");
    let server = Server::start(&data_dir);
    let created = create_ok(&server, &Auth::ApiKey(write_key), &minimal_interaction()).await;

    // Act
    let answer = retrieve(&server, &Auth::ApiKey(read_key), &id_of(&created)).await;

    // Assert
    assert_eq!(expect_ok(&answer), created);
}

#[tokio::test]
async fn a_write_only_api_key_is_forbidden_to_retrieve() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let write_key = add_api_key(&data_dir, "ingest", "write");
    let server = Server::start(&data_dir);
    let auth = Auth::ApiKey(write_key);
    let created = create_ok(&server, &auth, &minimal_interaction()).await;

    // Act
    let answer = retrieve(&server, &auth, &id_of(&created)).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
}

#[tokio::test]
async fn retrieving_without_credentials_is_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let created = create_ok(
        &server,
        &Auth::key(&server.default_key()),
        &minimal_interaction(),
    )
    .await;

    // Act
    let answer = retrieve(&server, &Auth::None, &id_of(&created)).await;

    // Assert
    expect_unauthorized(&answer);
}
