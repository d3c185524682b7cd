//! Bodies that are JSON but not a valid PartyInteraction_Create: 400 `invalidBody`
//! whose message names the JSON path of each offending field.

use serde_json::{json, Value};

use crate::support::*;

/// Starts a server and POSTs `body` with a write key; returns the 400 message.
async fn rejection_message_for(body: &Value) -> String {
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let answer = create(&server, &Auth::key(&server.default_key()), body).await;
    expect_invalid_body(&answer)
}

fn assert_mentions(message: &str, expected: &[&str]) {
    for needle in expected {
        assert!(
            message.contains(needle),
            "the message {message:?} does not mention {needle:?}"
        );
    }
}

#[tokio::test]
async fn channel_without_href_is_rejected_naming_channel_0_href() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["channel"][0]
        .as_object_mut()
        .expect("channel[0] is an object")
        .remove("href");

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["channel[0].href", "required"]);
}

#[tokio::test]
async fn second_related_party_without_referred_type_is_rejected_naming_its_index() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["relatedParty"] = json!([
        {
            "id": "cust-1",
            "href": "https://api.example.test/individual/cust-1",
            "@referredType": "Individual"
        },
        { "id": "agent-7", "href": "https://api.example.test/partyRole/agent-7" }
    ]);

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["relatedParty[1].@referredType", "required"]);
    assert!(
        !message.contains("relatedParty[0]"),
        "the valid relatedParty[0] is blamed: {message:?}"
    );
}

#[tokio::test]
async fn interaction_item_whose_item_has_no_role_is_rejected_naming_the_nested_path() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["interactionItem"] = json!([{
        "id": "item-1",
        "item": { "id": "bill-1", "href": "https://api.example.test/customerBill/bill-1" }
    }]);

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["interactionItem[0].item.role", "required"]);
}

#[tokio::test]
async fn each_required_property_left_out_is_named_as_required() {
    if crate::support::store::unavailable() {
        return;
    }
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    for property in spec::required_properties(&spec::request_ref()) {
        // Arrange
        let mut body = minimal_interaction();
        body.as_object_mut()
            .expect("the body is an object")
            .remove(&property);

        // Act
        let answer = create(&server, &auth, &body).await;

        // Assert
        let message = expect_invalid_body(&answer);
        assert_mentions(&message, &[property.as_str(), "required"]);
    }
}

#[tokio::test]
async fn empty_channel_list_is_rejected_as_needing_at_least_one_item() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["channel"] = json!([]);

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["channel", "at least 1"]);
}

#[tokio::test]
async fn interaction_start_that_is_not_a_date_time_is_rejected() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["interactionDate"]["startDateTime"] = json!("yesterday at ten");

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["interactionDate.startDateTime", "date-time"]);
}

#[tokio::test]
async fn note_date_without_a_time_zone_is_rejected() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["note"] = json!([{ "text": "called back", "date": "2026-05-01T10:00:00" }]);

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["note[0].date", "date-time"]);
}

#[tokio::test]
async fn null_status_is_rejected_as_not_a_string() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["status"] = Value::Null;

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["status", "string"]);
}

#[tokio::test]
async fn numeric_status_is_rejected_as_not_a_string() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["status"] = json!(3);

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["status", "string"]);
}

#[tokio::test]
async fn channel_that_is_an_object_instead_of_a_list_is_rejected() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    body["channel"] =
        json!({ "id": "ch-voice", "href": "https://api.example.test/channel/ch-voice" });

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["channel"]);
}

#[tokio::test]
async fn every_offending_field_is_named_in_the_one_message() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut body = minimal_interaction();
    let fields = body.as_object_mut().expect("the body is an object");
    fields.remove("reason");
    fields.insert("direction".to_owned(), json!(false));
    body["channel"][0]
        .as_object_mut()
        .expect("channel[0] is an object")
        .remove("id");

    // Act
    let message = rejection_message_for(&body).await;

    // Assert
    assert_mentions(&message, &["reason", "direction", "channel[0].id"]);
}

#[tokio::test]
async fn validation_error_echoes_the_transaction_id_of_the_request() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let mut body = minimal_interaction_with_transaction("tx-invalid-echo");
    body.as_object_mut()
        .expect("the body is an object")
        .remove("reason");

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &body).await;

    // Assert
    let error = expect_error(&answer, 400, "invalidBody");
    assert_eq!(
        error["transactionId"], "tx-invalid-echo",
        "error: {error:#}"
    );
}

#[tokio::test]
async fn rejected_create_stores_nothing_under_its_transaction_id() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: an invalid body is rejected under a transactionId...
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut invalid = minimal_interaction_with_transaction("tx-after-rejection");
    invalid["channel"] = json!([]);
    let rejected = create(&server, &auth, &invalid).await;
    expect_invalid_body(&rejected);
    let valid = minimal_interaction_with_transaction("tx-after-rejection");

    // Act: ...so a valid body under the same transactionId is a fresh create, not a 409.
    let answer = create(&server, &auth, &valid).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&valid, &created));
}
