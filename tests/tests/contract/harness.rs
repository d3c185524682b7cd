//! The harness's own checks can fail: the schemas taken from the merged spec reject bad bodies,
//! answers are judged by the operation (method and path template) they answer, and each
//! binary's servers keep what they are sent in that binary's store.

use serde_json::{json, Value};

use crate::support::spec;
use crate::support::*;

fn collection_path() -> String {
    format!("{}/partyInteraction", spec::base_path())
}

fn item_path(id: &str) -> String {
    format!("{}/{id}", collection_path())
}

fn schema_of(method: &str, path: &str, status: u16) -> Value {
    spec::response(method, path, status)
        .unwrap_or_else(|problem| panic!("{problem}"))
        .schema
        .unwrap_or_else(|| panic!("{method} {path} {status} has no body schema"))
}

#[test]
fn error_schema_from_the_spec_rejects_a_missing_code_and_a_timestamp_that_is_no_date_time() {
    // Arrange
    let schema = schema_of("POST", &collection_path(), 400);
    let body = json!({ "reason": "Bad", "timestamp": "yesterday" });

    // Act
    let violations = spec::violations_of(&schema, &body);

    // Assert
    assert_eq!(schema, json!({ "$ref": "#/definitions/Error" }));
    assert_eq!(violations.len(), 2, "violations: {violations:#?}");
}

#[test]
fn created_schema_from_the_spec_rejects_a_numeric_id_and_a_bad_nested_date() {
    // Arrange
    let schema = schema_of("POST", &collection_path(), 201);
    let body = json!({ "id": 7, "note": [{ "date": "2026-13-01T00:00:00Z" }] });

    // Act
    let violations = spec::violations_of(&schema, &body);

    // Assert
    assert_eq!(schema, json!({ "$ref": "#/definitions/PartyInteraction" }));
    assert_eq!(violations.len(), 2, "violations: {violations:#?}");
}

#[test]
fn list_schema_from_the_spec_rejects_an_object_and_an_item_with_a_numeric_id() {
    // Arrange
    let schema = schema_of("GET", &collection_path(), 200);

    // Act
    let of_an_object = spec::violations_of(&schema, &json!({ "id": "a" }));
    let of_a_bad_item = spec::violations_of(&schema, &json!([{ "id": "a" }, { "id": 7 }]));
    let of_a_good_page = spec::violations_of(&schema, &json!([{ "id": "a" }]));

    // Assert
    assert_eq!(of_an_object.len(), 1, "violations: {of_an_object:#?}");
    assert_eq!(of_a_bad_item.len(), 1, "violations: {of_a_bad_item:#?}");
    assert!(of_a_good_page.is_empty(), "violations: {of_a_good_page:#?}");
}

#[test]
fn an_id_in_the_path_selects_the_item_template_and_an_extra_segment_no_template() {
    // Act
    let item = spec::path_template(&item_path("01a2-x"));
    let collection = spec::path_template(&collection_path());
    let deeper = spec::path_template(&format!("{}/extra", item_path("01a2-x")));
    let other_version = spec::path_template("/partyInteraction/v2/partyInteraction");

    // Assert
    assert_eq!(item, Some("/partyInteraction/{id}"));
    assert_eq!(collection, Some("/partyInteraction"));
    assert_eq!(deeper, None);
    assert_eq!(other_version, None);
}

#[test]
fn a_deleted_answer_has_no_body_and_a_retrieved_one_declares_an_etag() {
    // Act
    let deleted = spec::response("DELETE", &item_path("x"), 204).expect("DELETE lists 204");
    let retrieved = spec::response("GET", &item_path("x"), 200).expect("GET lists 200");

    // Assert
    assert_eq!(deleted.schema, None);
    assert_eq!(
        retrieved.headers,
        vec![("ETag".to_owned(), "string".to_owned())]
    );
}

#[test]
fn a_status_the_operation_does_not_list_is_outside_the_contract() {
    // Act
    let conflict_on_patch = spec::response("PATCH", &item_path("x"), 409);
    let not_found_on_create = spec::response("POST", &collection_path(), 404);

    // Assert
    assert!(conflict_on_patch.is_err(), "{conflict_on_patch:?}");
    assert!(not_found_on_create.is_err(), "{not_found_on_create:?}");
}

#[test]
fn a_method_the_path_does_not_have_is_judged_by_the_405_its_operations_share() {
    // Act
    let put_on_collection = spec::response("PUT", &collection_path(), 405);
    let put_answered_200 = spec::response("PUT", &collection_path(), 200);

    // Assert
    assert_eq!(
        put_on_collection.map(|expected| expected.schema),
        Ok(Some(json!({ "$ref": "#/definitions/Error" })))
    );
    assert!(put_answered_200.is_err(), "{put_answered_200:?}");
}

#[test]
fn an_unknown_path_uses_the_schema_shared_by_every_error_response() {
    // Act
    let expected = spec::response("POST", "/nothingHere", 404);

    // Assert
    assert_eq!(
        expected.map(|expected| expected.schema),
        Ok(Some(json!({ "$ref": "#/definitions/Error" })))
    );
}

#[test]
fn the_patch_schema_lets_optional_attributes_be_null_but_not_required_ones() {
    // Arrange
    let schema = spec::request_schema("patch", "/partyInteraction/{id}");

    // Act
    let removing_notes = spec::violations_of(&schema, &json!({ "note": null }));
    let removing_the_reason = spec::violations_of(&schema, &json!({ "reason": null }));
    let setting_the_id = spec::violations_of(&schema, &json!({ "id": "other" }));

    // Assert
    assert!(removing_notes.is_empty(), "violations: {removing_notes:#?}");
    assert_eq!(removing_the_reason.len(), 1, "{removing_the_reason:#?}");
    assert_eq!(setting_the_id.len(), 1, "{setting_the_id:#?}");
}

#[tokio::test]
async fn the_server_keeps_interactions_in_the_store_of_this_binary_and_nowhere_else() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());

    // Act
    let created = create_ok(&server, &auth, &minimal_interaction()).await;

    // Assert
    let sled_store = data_dir.path().join("store");
    match crate::support::store::current() {
        Store::Sled => assert!(sled_store.is_dir(), "no sled store in the data directory"),
        Store::Postgres => {
            assert!(
                !sled_store.exists(),
                "a server on PostgreSQL made a sled store in its data directory"
            );
            let query = format!(
                "SELECT count(*) FROM interaction WHERE id = '{}'",
                id_of(&created)
            );
            let rows = data_dir.database().query_one(&query);
            assert_eq!(
                rows.as_deref(),
                Some("1"),
                "the interaction's row in the database"
            );
        }
    }
}
