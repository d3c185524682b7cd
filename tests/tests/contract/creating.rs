//! POST /partyInteraction: what a successful create answers.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn full_call_centre_interaction_is_answered_as_sent_plus_server_fields() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = call_centre_interaction("tx-full-round-trip");
    spec::assert_valid_create_request(&sent);
    spec::assert_uses_every_property(&spec::request_ref(), &sent);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

fn parse_date(body: &serde_json::Value, field: &str) -> DateTime<Utc> {
    let text = body[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} is missing from {body:#}"));
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{field} {text:?} is not RFC 3339: {e}"))
        .with_timezone(&Utc)
}

#[tokio::test]
async fn minimal_interaction_gets_an_id_href_location_and_dates_of_now() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();
    // Whole seconds, with a second of slack either side for servers that truncate.
    let before = Utc::now() - Duration::seconds(1);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let after = Utc::now() + Duration::seconds(1);
    let created = expect_created(&answer, &server.base_url);
    for field in ["creationDate", "statusChangeDate"] {
        let date = parse_date(&created, field);
        assert!(
            before <= date && date <= after,
            "{field} {date} is not the time of the request ({before} .. {after})"
        );
    }
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn creates_without_transaction_id_get_distinct_ids() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let sent = minimal_interaction();

    // Act
    let first = create(&server, &auth, &sent).await;
    let second = create(&server, &auth, &sent).await;

    // Assert
    let first = expect_created(&first, &server.base_url);
    let second = expect_created(&second, &server.base_url);
    assert_ne!(first["id"], second["id"], "two creates got the same id");
}

#[tokio::test]
async fn top_level_fields_outside_the_schema_are_dropped() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();
    let mut with_extras = sent.clone();
    with_extras["loyaltyTier"] = json!("gold");
    with_extras["internal"] = json!({ "queue": 7 });

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &with_extras).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn nested_fields_outside_the_schema_are_dropped() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();
    let mut with_extras = sent.clone();
    with_extras["channel"][0]["routingQueue"] = json!("q-7");
    with_extras["interactionDate"]["timeZone"] = json!("Africa/Lagos");

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &with_extras).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn public_url_is_the_base_of_href_and_location() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let public_url = "https://interactions.example.test";
    let options = ServerOptions {
        public_url: Some(public_url.to_owned()),
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let created = expect_created(&answer, public_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn quantity_amounts_of_any_json_magnitude_are_returned_as_sent() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: `amount` is a JSON Schema `number`; `format: float` sets no range.
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let mut sent = minimal_interaction();
    sent["attachment"] = json!([
        { "name": "huge", "size": { "amount": 1.0e39, "units": "B" } },
        { "name": "tiny", "size": { "amount": 5.0e-50, "units": "B" } },
        { "name": "precise", "size": { "amount": 0.1, "units": "GB" } }
    ]);
    spec::assert_valid_create_request(&sent);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}
