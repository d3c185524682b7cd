//! JSON Schemas taken at test time from spec/party-interaction.merged.json: the operator's spec
//! with the overlay's operations, as `codegen.sh` merges them. Operations are found by method
//! and path template, e.g. `GET /partyInteraction/{id}`.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use jsonschema::{Draft, Validator};
use serde_json::{json, Map, Value};

const MERGED_SPEC: &str = "../spec/party-interaction.merged.json";

/// The merged spec, with Swagger's `x-nullable` turned into JSON Schema.
fn spec() -> &'static Value {
    static SPEC: OnceLock<Value> = OnceLock::new();
    SPEC.get_or_init(|| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(MERGED_SPEC);
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let mut spec: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
        translate_nullable(&mut spec["definitions"]);
        spec
    })
}

/// `x-nullable: true` (Swagger 2.0) means the value may also be `null`.
fn translate_nullable(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            for value in map.values_mut() {
                translate_nullable(value);
            }
            if map.remove("x-nullable") == Some(Value::Bool(true)) {
                match map.get("type").cloned() {
                    Some(Value::String(kind)) => {
                        map.insert("type".to_owned(), json!([kind, "null"]));
                    }
                    _ => {
                        let inner = Value::Object(std::mem::take(map));
                        map.insert("anyOf".to_owned(), json!([inner, { "type": "null" }]));
                    }
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(translate_nullable),
        _ => {}
    }
}

/// The spec's `basePath`, e.g. `/partyInteraction/v1`.
pub fn base_path() -> &'static str {
    spec()["basePath"]
        .as_str()
        .expect("the spec has a basePath")
}

fn paths() -> &'static Map<String, Value> {
    spec()["paths"].as_object().expect("the spec has paths")
}

/// The spec's path template (e.g. `/partyInteraction/{id}`) that a request path (with the
/// base path, e.g. `/partyInteraction/v1/partyInteraction/42`) falls under, if any.
pub fn path_template(request_path: &str) -> Option<&'static str> {
    let relative = request_path.strip_prefix(base_path())?;
    let segments: Vec<&str> = relative.split('/').collect();
    paths()
        .keys()
        .filter(|template| {
            let parts: Vec<&str> = template.split('/').collect();
            parts.len() == segments.len()
                && parts.iter().zip(&segments).all(|(part, segment)| {
                    let parameter = part.starts_with('{') && part.ends_with('}');
                    if parameter {
                        !segment.is_empty()
                    } else {
                        part == segment
                    }
                })
        })
        // A literal segment is a better match than a parameter.
        .max_by_key(|template| template.matches('{').count() == 0)
        .map(String::as_str)
}

/// The operation `METHOD template`, e.g. `("get", "/partyInteraction/{id}")`.
pub fn operation(method: &str, template: &str) -> Option<&'static Value> {
    paths()
        .get(template)?
        .get(method.to_ascii_lowercase())
        .filter(|operation| operation.is_object())
}

fn operation_or_panic(method: &str, template: &str) -> &'static Value {
    operation(method, template)
        .unwrap_or_else(|| panic!("the spec has no {} {template}", method.to_uppercase()))
}

/// What the spec says an answer with a given status looks like.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseSpec {
    /// The schema of the body, or `None` when the response has no body (204).
    pub schema: Option<Value>,
    /// Declared headers: name → Swagger type (`string`, `integer`).
    pub headers: Vec<(String, String)>,
}

fn response_spec(response: &Value) -> ResponseSpec {
    let headers = response["headers"]
        .as_object()
        .map(|headers| {
            headers
                .iter()
                .map(|(name, header)| {
                    let kind = header["type"].as_str().unwrap_or("string").to_owned();
                    (name.clone(), kind)
                })
                .collect()
        })
        .unwrap_or_default();
    ResponseSpec {
        schema: response.get("schema").cloned(),
        headers,
    }
}

/// The one schema every listed response with this status (or every error response, when
/// `any_error`) shares among `operations`; `None` if they list none.
fn shared_schema<'a>(
    operations: impl Iterator<Item = &'a Value>,
    status: Option<u16>,
) -> Option<Value> {
    let mut schemas: Vec<Value> = Vec::new();
    for operation in operations {
        let Some(responses) = operation["responses"].as_object() else {
            continue;
        };
        for (code, response) in responses {
            let wanted = match status {
                Some(status) => *code == status.to_string(),
                None => code.starts_with('4') || code.starts_with('5'),
            };
            if wanted {
                let schema = response.get("schema").cloned().unwrap_or(Value::Null);
                if !schemas.contains(&schema) {
                    schemas.push(schema);
                }
            }
        }
    }
    match schemas.as_slice() {
        [] => None,
        [schema] => Some(schema.clone()),
        several => panic!("the spec's responses do not share one schema: {several:#?}"),
    }
}

fn operations_of(template: &str) -> impl Iterator<Item = &'static Value> {
    paths()
        .get(template)
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|methods| methods.values())
        .filter(|operation| operation.is_object())
}

/// What the spec says `METHOD request_path` answers with `status`, or why it says nothing.
///
/// - An operation of the spec: the response it lists for `status`; a status it does not list
///   breaks the contract.
/// - A path of the spec with a method it does not have: the error response (405) that the
///   path's operations give for `status`.
/// - A path the spec does not have: the one schema shared by every error response of the
///   spec, for an error status.
pub fn response(method: &str, request_path: &str, status: u16) -> Result<ResponseSpec, String> {
    let method = method.to_ascii_lowercase();
    match path_template(request_path) {
        Some(template) => match operation(&method, template) {
            Some(operation) => operation["responses"]
                .get(status.to_string())
                .map(response_spec)
                .ok_or_else(|| {
                    format!(
                        "the spec lists no {status} response for {} {template}",
                        method.to_uppercase()
                    )
                }),
            None => shared_schema(operations_of(template), Some(status))
                .filter(|_| status >= 400)
                .map(|schema| ResponseSpec {
                    schema: Some(schema).filter(|schema| !schema.is_null()),
                    headers: Vec::new(),
                })
                .ok_or_else(|| {
                    format!(
                        "{template} has no {}, and its operations list no error {status}",
                        method.to_uppercase()
                    )
                }),
        },
        None if status >= 400 => {
            let every_operation = paths().keys().flat_map(|path| operations_of(path));
            shared_schema(every_operation, None)
                .filter(|schema| !schema.is_null())
                .map(|schema| ResponseSpec {
                    schema: Some(schema),
                    headers: Vec::new(),
                })
                .ok_or_else(|| "the spec's error responses have no schema".to_owned())
        }
        None => Err(format!(
            "{request_path} is no path of the spec, yet answered {status}"
        )),
    }
}

/// The body schema of `METHOD template`, e.g. `{"$ref": "#/definitions/PartyInteraction_Update"}`.
pub fn request_schema(method: &str, template: &str) -> Value {
    operation_or_panic(method, template)["parameters"]
        .as_array()
        .expect("the operation has parameters")
        .iter()
        .find(|parameter| parameter["in"] == "body")
        .map(|parameter| parameter["schema"].clone())
        .unwrap_or_else(|| panic!("{method} {template} has no body parameter"))
}

/// `#/definitions/<Name>` of the create operation's body parameter.
pub fn request_ref() -> String {
    request_schema("post", "/partyInteraction")["$ref"]
        .as_str()
        .expect("the create operation's body is a $ref")
        .to_owned()
}

fn validator(schema: &Value) -> Arc<Validator> {
    static VALIDATORS: OnceLock<Mutex<HashMap<String, Arc<Validator>>>> = OnceLock::new();
    let key = schema.to_string();
    let mut validators = VALIDATORS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let validator = validators.entry(key).or_insert_with(|| {
        let mut root = schema.clone();
        root["definitions"] = spec()["definitions"].clone();
        let built = jsonschema::options()
            .with_draft(Draft::Draft4)
            .should_validate_formats(true)
            .build(&root)
            .unwrap_or_else(|e| panic!("build a validator for {schema}: {e}"));
        Arc::new(built)
    });
    Arc::clone(validator)
}

/// Validation errors of `instance` against `schema` (which may `$ref` the spec's
/// definitions), with format validation on.
pub fn violations_of(schema: &Value, instance: &Value) -> Vec<String> {
    validator(schema)
        .iter_errors(instance)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// Validation errors of `instance` against `reference` (e.g. `#/definitions/Error`).
pub fn violations(reference: &str, instance: &Value) -> Vec<String> {
    violations_of(&json!({ "$ref": reference }), instance)
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

/// Panics unless `patch` is a valid body of `PATCH /partyInteraction/{id}` per the spec.
pub fn assert_valid_patch_request(patch: &Value) {
    let schema = request_schema("patch", "/partyInteraction/{id}");
    let problems = violations_of(&schema, patch);
    assert!(
        problems.is_empty(),
        "test patch is not a valid {schema}: {problems:#?}\npatch: {patch:#}"
    );
}

/// Media types an operation `consumes` (its own list, else the spec's).
pub fn consumes(method: &str, template: &str) -> Vec<String> {
    let operation = operation_or_panic(method, template);
    let list = operation
        .get("consumes")
        .unwrap_or(&spec()["consumes"])
        .as_array()
        .expect("consumes is a list");
    list.iter()
        .map(|media| media.as_str().expect("media types are strings").to_owned())
        .collect()
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
