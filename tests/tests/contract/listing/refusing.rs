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

/// PostgreSQL's text cannot hold NUL; the store keeps the bytes as sent all the same.
#[tokio::test]
async fn the_nul_character_is_kept_as_sent_and_found_by_a_filter() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut body = customer_interaction("nul\u{0}customer", "CC", "Billing");
    body["description"] = serde_json::json!("before\u{0}after");

    // Act
    let created = create_ok(&server, &auth, &body).await;
    let retrieved = retrieve(&server, &auth, &id_of(&created)).await;
    let filtered = get(
        &format!("{}?customerId=nul%00customer", server.collection_url()),
        &auth,
    )
    .await;
    let by_id = get(&format!("{}/a%00b", server.collection_url()), &auth).await;

    // Assert
    assert_eq!(expect_ok(&retrieved)["description"], "before\u{0}after");
    assert_eq!(ids_of(&expect_page(&filtered).items), vec![id_of(&created)]);
    expect_error(&by_id, 404, "notFound");
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
