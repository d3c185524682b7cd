//! Bodies rejected before validation: not JSON, wrong media type, too large, too deep.

use serde_json::json;

use crate::support::*;

fn bytes_of(body: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(body).expect("serialize the body")
}

#[tokio::test]
async fn truncated_json_is_rejected_as_malformed_json() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = br#"{"direction": "inbound", "reason": "Billing"#.to_vec();

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some(JSON_UTF8),
        body,
    )
    .await;

    // Assert
    expect_error(&answer, 400, "malformedJson");
}

#[tokio::test]
async fn empty_body_is_rejected_as_malformed_json() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some(JSON_UTF8),
        Vec::new(),
    )
    .await;

    // Assert
    expect_error(&answer, 400, "malformedJson");
}

#[tokio::test]
async fn text_plain_body_is_rejected_as_unsupported_content_type() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = bytes_of(&minimal_interaction());

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some("text/plain"),
        body,
    )
    .await;

    // Assert
    expect_error(&answer, 400, "unsupportedContentType");
}

#[tokio::test]
async fn body_without_content_type_is_rejected_as_unsupported_content_type() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = bytes_of(&minimal_interaction());

    // Act
    let answer = post_raw(&server, &Auth::key(&server.default_key()), None, body).await;

    // Assert
    expect_error(&answer, 400, "unsupportedContentType");
}

#[tokio::test]
async fn application_json_without_charset_is_accepted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some("application/json"),
        bytes_of(&sent),
    )
    .await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn media_type_and_charset_are_matched_case_insensitively() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some("Application/JSON; charset=UTF-8"),
        bytes_of(&sent),
    )
    .await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

const SMALL_BODY_LIMIT: usize = 2048;

fn small_limit_server(data_dir: &DataDir) -> Server {
    let options = ServerOptions {
        body_limit: Some(SMALL_BODY_LIMIT),
        ..ServerOptions::default()
    };
    Server::start_with(data_dir, &options)
}

/// `minimal_interaction` whose description pads it to exactly `size` bytes.
fn interaction_of_size(size: usize) -> serde_json::Value {
    let mut body = minimal_interaction();
    body["description"] = json!("");
    let padding = size
        .checked_sub(bytes_of(&body).len())
        .expect("the requested size fits the minimal body");
    body["description"] = json!("x".repeat(padding));
    assert_eq!(bytes_of(&body).len(), size);
    body
}

#[tokio::test]
async fn body_over_the_body_limit_is_rejected_as_too_large() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = small_limit_server(&data_dir);
    let body = interaction_of_size(SMALL_BODY_LIMIT + 1);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &body).await;

    // Assert
    expect_error(&answer, 400, "bodyTooLarge");
}

#[tokio::test]
async fn body_of_exactly_the_body_limit_is_accepted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = small_limit_server(&data_dir);
    let sent = interaction_of_size(SMALL_BODY_LIMIT);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn body_over_the_default_limit_of_one_mebibyte_is_rejected_as_too_large() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = interaction_of_size(1024 * 1024 + 1);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &body).await;

    // Assert
    expect_error(&answer, 400, "bodyTooLarge");
}

/// `minimal_interaction` whose `note` holds `depth` nested arrays (as raw JSON text,
/// since serde_json itself refuses to build values that deep).
fn interaction_with_nested_note(depth: usize) -> Vec<u8> {
    let mut body = minimal_interaction();
    body["note"] = json!("NESTED");
    let text = serde_json::to_string(&body).expect("serialize the body");
    let nested = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    text.replace("\"NESTED\"", &nested).into_bytes()
}

#[tokio::test]
async fn note_nested_ten_thousand_arrays_deep_is_rejected_as_too_deep() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let body = interaction_with_nested_note(10_000);

    // Act
    let answer = post_raw(&server, &auth, Some(JSON_UTF8), body).await;

    // Assert: rejected, and the server is still there to serve the next request.
    expect_error(&answer, 400, "bodyTooDeep");
    let next = create(&server, &auth, &minimal_interaction()).await;
    expect_created(&next, &server.base_url);
}

#[tokio::test]
async fn note_nested_forty_arrays_deep_is_rejected_as_too_deep() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = interaction_with_nested_note(40);

    // Act
    let answer = post_raw(
        &server,
        &Auth::key(&server.default_key()),
        Some(JSON_UTF8),
        body,
    )
    .await;

    // Assert
    expect_error(&answer, 400, "bodyTooDeep");
}
