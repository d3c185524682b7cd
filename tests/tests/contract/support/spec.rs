//! JSON Schemas taken from spec/party-interaction.yaml at test time.

use std::path::PathBuf;
use std::sync::OnceLock;

use jsonschema::Draft;
use serde_json::{json, Value};

const COLLECTION_PATH: &str = "/partyInteraction";

fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec/party-interaction.yaml");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        serde_yaml_ng::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()))
    })
}

fn create_operation() -> &'static Value {
    let operation = &spec()["paths"][COLLECTION_PATH]["post"];
    assert!(
        operation.is_object(),
        "the spec has no POST {COLLECTION_PATH}"
    );
    operation
}

/// The spec's `basePath`, e.g. `/partyInteraction/v1`.
pub fn base_path() -> &'static str {
    spec()["basePath"]
        .as_str()
        .expect("the spec has a basePath")
}

/// `#/definitions/<Name>` of the create operation's response for `status`.
///
/// A status the operation does not list (404) falls back to the one definition the
/// operation uses for all of its error responses.
pub fn response_ref(status: u16) -> String {
    let responses = &create_operation()["responses"];
    if let Some(reference) = responses[status.to_string()]["schema"]["$ref"].as_str() {
        return reference.to_owned();
    }
    assert!(
        status >= 400,
        "the spec lists no response {status} for POST {COLLECTION_PATH}"
    );
    let mut error_refs: Vec<&str> = responses
        .as_object()
        .expect("responses is a map")
        .iter()
        .filter(|(code, _)| code.starts_with('4') || code.starts_with('5'))
        .filter_map(|(_, response)| response["schema"]["$ref"].as_str())
        .collect();
    error_refs.sort_unstable();
    error_refs.dedup();
    assert_eq!(
        error_refs.len(),
        1,
        "the spec's error responses do not share one schema: {error_refs:?}"
    );
    error_refs[0].to_owned()
}

/// `#/definitions/<Name>` of the create operation's body parameter.
pub fn request_ref() -> String {
    create_operation()["parameters"]
        .as_array()
        .expect("the operation has parameters")
        .iter()
        .find(|parameter| parameter["in"] == "body")
        .and_then(|parameter| parameter["schema"]["$ref"].as_str())
        .expect("the operation has a body parameter with a $ref schema")
        .to_owned()
}

fn schema_for(reference: &str) -> Value {
    json!({
        "definitions": spec()["definitions"].clone(),
        "$ref": reference,
    })
}

/// Validation errors of `instance` against `reference` (e.g. `#/definitions/Error`),
/// with format validation on.
pub fn violations(reference: &str, instance: &Value) -> Vec<String> {
    let validator = jsonschema::options()
        .with_draft(Draft::Draft4)
        .should_validate_formats(true)
        .build(&schema_for(reference))
        .unwrap_or_else(|e| panic!("build a validator for {reference}: {e}"));
    validator
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// Panics unless `body` is valid against the spec's schema for a `status` answer.
pub fn assert_response_matches_spec(status: u16, body: &Value) {
    let reference = response_ref(status);
    let problems = violations(&reference, body);
    assert!(
        problems.is_empty(),
        "the {status} body does not match {reference}: {problems:#?}\nbody: {body:#}"
    );
}

/// Panics unless `body` is a valid create request per the spec (keeps fixtures honest).
pub fn assert_valid_create_request(body: &Value) {
    let reference = request_ref();
    let problems = violations(&reference, body);
    assert!(
        problems.is_empty(),
        "test fixture is not a valid {reference}: {problems:#?}"
    );
}

/// Panics unless `instance` sets every property the schema at `reference` declares,
/// recursively through `$ref`s and arrays (whose first element must be complete).
pub fn assert_uses_every_property(reference: &str, instance: &Value) {
    let mut missing = Vec::new();
    collect_missing(reference, instance, "", &mut missing);
    assert!(
        missing.is_empty(),
        "the fixture leaves out these {reference} properties: {missing:#?}"
    );
}

fn definition(reference: &str) -> &'static Value {
    let name = reference
        .strip_prefix("#/definitions/")
        .unwrap_or_else(|| panic!("unsupported $ref {reference}"));
    let definition = &spec()["definitions"][name];
    assert!(definition.is_object(), "no definition {name} in the spec");
    definition
}

fn collect_missing(reference: &str, instance: &Value, path: &str, missing: &mut Vec<String>) {
    let Some(properties) = definition(reference)["properties"].as_object() else {
        return;
    };
    for (name, property) in properties {
        let here = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}.{name}")
        };
        match instance.get(name) {
            None => missing.push(here),
            Some(value) => collect_missing_in_property(property, value, &here, missing),
        }
    }
}

fn collect_missing_in_property(
    property: &Value,
    value: &Value,
    path: &str,
    missing: &mut Vec<String>,
) {
    if let Some(reference) = property["$ref"].as_str() {
        collect_missing(reference, value, path, missing);
    } else if property["type"] == "array" {
        match value.as_array().map(Vec::as_slice) {
            None | Some([]) => missing.push(format!("{path}[0]")),
            Some([first, ..]) => {
                collect_missing_in_property(
                    &property["items"],
                    first,
                    &format!("{path}[0]"),
                    missing,
                );
            }
        }
    }
}

/// The `required` list of the definition at `reference`.
pub fn required_properties(reference: &str) -> Vec<String> {
    definition(reference)["required"]
        .as_array()
        .unwrap_or_else(|| panic!("{reference} has no required list"))
        .iter()
        .map(|name| {
            name.as_str()
                .expect("required names are strings")
                .to_owned()
        })
        .collect()
}
