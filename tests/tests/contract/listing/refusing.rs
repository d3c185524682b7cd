//! Queries the list refuses: never a silently ignored filter.

use crate::support::*;

/// A query parameter, and the name the refusal's message must mention.
const REFUSED: [(&str, &str, &str); 13] = [
    ("colour", "red", "colour"),
    (
        "creationDate.after",
        "2026-01-01T00:00:00Z",
        "creationDate.after",
    ),
    ("creationDate.gte", "yesterday", "creationDate.gte"),
    ("reason.gt", "a", "reason.gt"),
    ("limit", "0", "limit"),
    ("limit", "101", "limit"),
    ("limit", "300", "limit"),
    ("limit", "abc", "limit"),
    ("offset", "-1", "offset"),
    ("offset", "two", "offset"),
    ("asOf", "garbage", "asOf"),
    ("sort", "colour", "sort"),
    ("fields", "nope", "fields"),
];

#[tokio::test]
async fn a_query_that_is_not_understood_is_400_invalid_query_naming_the_parameter() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    create_ok(
        &server,
        &auth,
        &customer_interaction("233240000001", "CC", "Billing"),
    )
    .await;
    let mut wrong = Vec::new();
    for (name, value, named) in REFUSED {
        // Act
        let answer = list(&server, &auth, &[(name, value)]).await;

        // Assert (every case is tried; all the wrong answers are reported together)
        let body = expect_spec_conformance(&answer);
        let message = body["message"].as_str().unwrap_or_default();
        let refused = answer.status == 400
            && body["code"] == "invalidQuery"
            && body["status"] == "400"
            && message.contains(named);
        if !refused {
            wrong.push(format!(
                "{name}={value} -> {} {}",
                answer.status, answer.text
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "expected 400 invalidQuery naming the parameter, got:\n{}",
        wrong.join("\n")
    );
}

#[tokio::test]
async fn a_query_that_does_not_percent_decode_is_400_invalid_query() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());

    for raw in ["status=%zz", "status=%", "status=%FF", "customerId=%C3%28"] {
        // Act
        let answer = get(&format!("{}?{raw}", server.collection_url()), &auth).await;

        // Assert
        expect_error(&answer, 400, "invalidQuery");
    }
}

#[tokio::test]
async fn an_id_that_does_not_percent_decode_is_400_invalid_request() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());

    // Act
    let answer = get(&format!("{}/%FF", server.collection_url()), &auth).await;

    // Assert
    expect_error(&answer, 400, "invalidRequest");
}

#[tokio::test]
async fn the_nul_character_in_a_query_or_an_id_is_refused_and_stores_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut body = customer_interaction("233240000001", "CC", "Billing");
    body["description"] = serde_json::json!("before\u{0}after");

    // Act
    let created = create(&server, &auth, &body).await;
    let filtered = get(
        &format!("{}?customerId=a%00b", server.collection_url()),
        &auth,
    )
    .await;
    let by_id = get(&format!("{}/a%00b", server.collection_url()), &auth).await;

    // Assert
    let refusal = expect_error(&created, 400, "invalidBody");
    assert!(
        refusal["message"]
            .as_str()
            .unwrap_or_default()
            .contains("description"),
        "the refusal names no field: {refusal}"
    );
    let refusal = expect_error(&filtered, 400, "invalidQuery");
    assert!(
        refusal["message"]
            .as_str()
            .unwrap_or_default()
            .contains("NUL"),
        "{refusal}"
    );
    expect_error(&by_id, 404, "notFound");
    let all = list(&server, &auth, &[]).await;
    assert_eq!(all.header("x-total-count"), Some("0"));
}

#[tokio::test]
async fn more_than_32_filters_are_refused_once() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let many: Vec<(&str, &str)> =
        std::iter::repeat_n(("relatedParty.role", "agent"), 2000).collect();

    // Act
    let at_the_cap = list(&server, &auth, &many[..32]).await;
    let over = list(&server, &auth, &many).await;

    // Assert
    expect_ok(&at_the_cap);
    let refusal = expect_error(&over, 400, "invalidQuery");
    let message = refusal["message"].as_str().unwrap_or_default();
    assert_eq!(
        message.matches("at most 32 filters").count(),
        1,
        "{message}"
    );
}
