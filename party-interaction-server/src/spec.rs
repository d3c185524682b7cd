//! The API contract, embedded at build time so the server validates exactly what the spec says.

use anyhow::Context as _;
use serde_json::{json, Map, Value};

/// The spec the API crate is generated from: the operator's, word for word, plus the overlay
/// (see `codegen.sh`).
pub const SPEC_JSON: &str = include_str!("../../spec/party-interaction.merged.json");

/// The `definitions` of the spec, as JSON.
#[derive(Debug, Clone)]
pub struct Definitions(Map<String, Value>);

impl Definitions {
    pub fn from_spec() -> anyhow::Result<Self> {
        Self::parse(SPEC_JSON)
    }

    pub fn parse(json: &str) -> anyhow::Result<Self> {
        let spec: Value = serde_json::from_str(json).context("the spec is not valid JSON")?;
        let definitions = spec
            .get("definitions")
            .and_then(Value::as_object)
            .context("the spec has no definitions")?;
        Ok(Self(definitions.clone()))
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// A JSON Schema document whose root is the named definition. Swagger 2.0 schema objects
    /// are JSON Schema draft 4 except for the `x-nullable` extension, which becomes a `null`
    /// in `type`.
    pub fn schema_for(&self, name: &str) -> Value {
        let mut definitions = Value::Object(self.0.clone());
        allow_null_where_nullable(&mut definitions);
        json!({ "definitions": definitions, "$ref": format!("#/definitions/{name}") })
    }

    /// Follows a `$ref` to `#/definitions/...`; any other schema is returned unchanged.
    pub fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        schema
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|reference| reference.strip_prefix("#/definitions/"))
            .and_then(|name| self.0.get(name))
            .unwrap_or(schema)
    }

    /// The smallest instance of a definition: its required properties with the simplest values
    /// their schemas allow (an empty string, the epoch for a date-time, `minItems` items).
    pub fn minimal_instance(&self, name: &str) -> Value {
        self.minimal(&json!({ "$ref": format!("#/definitions/{name}") }), 0)
    }

    fn minimal(&self, schema: &Value, depth: usize) -> Value {
        const MAX_DEPTH: usize = 16;
        let schema = self.resolve(schema);
        let properties = schema.get("properties").and_then(Value::as_object);
        let required = schema.get("required").and_then(Value::as_array);
        match (schema.get("type").and_then(Value::as_str), properties) {
            (Some("object"), _) | (None, Some(_)) => {
                let mut instance = Map::new();
                for name in required.into_iter().flatten().filter_map(Value::as_str) {
                    let property = properties.and_then(|properties| properties.get(name));
                    if let (Some(property), true) = (property, depth < MAX_DEPTH) {
                        instance.insert(name.to_owned(), self.minimal(property, depth + 1));
                    }
                }
                Value::Object(instance)
            }
            (Some("array"), _) => {
                let count = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let item = schema.get("items").cloned().unwrap_or(Value::Null);
                (0..count).map(|_| self.minimal(&item, depth + 1)).collect()
            }
            (Some("string"), _) => match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => "1970-01-01T00:00:00Z".into(),
                Some("uri") => "urn:x".into(),
                _ => "".into(),
            },
            (Some("number" | "integer"), _) => 0.into(),
            (Some("boolean"), _) => false.into(),
            _ => Value::Null,
        }
    }

    /// Keeps only the parts of `value` that `schema` declares, recursively: properties of
    /// objects and items of arrays. Values are otherwise returned exactly as they came.
    pub fn project(&self, value: &Value, schema: &Value) -> Value {
        let schema = self.resolve(schema);
        match value {
            Value::Object(object) => match schema.get("properties").and_then(Value::as_object) {
                Some(properties) => object
                    .iter()
                    .filter_map(|(name, field)| {
                        let field_schema = properties.get(name)?;
                        Some((name.clone(), self.project(field, field_schema)))
                    })
                    .collect(),
                None => value.clone(),
            },
            Value::Array(items) => match schema.get("items") {
                Some(item_schema) => items
                    .iter()
                    .map(|item| self.project(item, item_schema))
                    .collect(),
                None => value.clone(),
            },
            _ => value.clone(),
        }
    }
}

fn allow_null_where_nullable(schema: &mut Value) {
    match schema {
        Value::Object(fields) => {
            if fields.get("x-nullable") == Some(&Value::Bool(true)) {
                if let Some(Value::String(single)) = fields.get("type") {
                    let types = json!([single, "null"]);
                    fields.insert("type".into(), types);
                }
            }
            fields.values_mut().for_each(allow_null_where_nullable);
        }
        Value::Array(items) => items.iter_mut().for_each(allow_null_where_nullable),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn the_minimal_create_request_has_every_required_field_and_one_channel() {
        let definitions = Definitions::from_spec().unwrap();

        let minimal = definitions.minimal_instance("PartyInteraction_Create");

        assert_eq!(
            minimal,
            json!({
                "interactionDate": {},
                "reason": "",
                "status": "",
                "direction": "",
                "channel": [{"id": "", "href": ""}]
            })
        );
    }

    #[test]
    fn projection_drops_undeclared_fields_at_every_level() {
        let definitions = Definitions::from_spec().unwrap();
        let sent = json!({
            "reason": "billing",
            "transactionId": "t-1",
            "unknown": 1,
            "channel": [{"id": "CC", "href": "/c/CC", "extra": true}],
            "interactionDate": {"startDateTime": "2026-01-01T10:00:00+02:00", "x": 1}
        });

        let kept = definitions.project(&sent, &json!({"$ref": "#/definitions/PartyInteraction"}));

        assert_eq!(
            kept,
            json!({
                "reason": "billing",
                "channel": [{"id": "CC", "href": "/c/CC"}],
                "interactionDate": {"startDateTime": "2026-01-01T10:00:00+02:00"}
            })
        );
    }
}
