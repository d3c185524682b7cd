//! The harness's own checks can fail: the schemas taken from the spec reject bad bodies.

use serde_json::json;

use crate::support::spec;

#[test]
fn error_schema_from_the_spec_rejects_a_missing_code_and_a_timestamp_that_is_no_date_time() {
    // Arrange
    let reference = spec::response_ref(400);
    let body = json!({ "reason": "Bad", "timestamp": "yesterday" });

    // Act
    let violations = spec::violations(&reference, &body);

    // Assert
    assert_eq!(reference, "#/definitions/Error");
    assert_eq!(violations.len(), 2, "violations: {violations:#?}");
}

#[test]
fn created_schema_from_the_spec_rejects_a_numeric_id_and_a_bad_nested_date() {
    // Arrange
    let reference = spec::response_ref(201);
    let body = json!({ "id": 7, "note": [{ "date": "2026-13-01T00:00:00Z" }] });

    // Act
    let violations = spec::violations(&reference, &body);

    // Assert
    assert_eq!(reference, "#/definitions/PartyInteraction");
    assert_eq!(violations.len(), 2, "violations: {violations:#?}");
}

#[test]
fn unlisted_error_status_uses_the_schema_shared_by_the_listed_error_responses() {
    // Act
    let reference = spec::response_ref(404);

    // Assert
    assert_eq!(reference, "#/definitions/Error");
}
