//! The attributes a query may name, derived from the spec's `PartyInteraction` definition.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::spec::Definitions;

/// How values of an attribute compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    DateTime,
    Number,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribute {
    pub kind: Kind,
    /// Whether an array lies on the way to it (it can have several values per interaction).
    pub repeated: bool,
}

/// Dotted path → attribute, for every scalar reachable in a `PartyInteraction`.
#[derive(Debug, Clone)]
pub struct Attributes {
    scalars: BTreeMap<String, Attribute>,
    first_level: Vec<String>,
}

/// The definitions are not recursive, but a guard keeps a future revision from looping.
const MAX_DEPTH: usize = 8;

impl Attributes {
    pub fn of(definitions: &Definitions, definition: &str) -> Self {
        let mut scalars = BTreeMap::new();
        let root = serde_json::json!({ "$ref": format!("#/definitions/{definition}") });
        walk(definitions, &root, String::new(), false, 0, &mut scalars);
        let first_level = definitions
            .resolve(&root)
            .get("properties")
            .and_then(Value::as_object)
            .map(|properties| properties.keys().cloned().collect())
            .unwrap_or_default();
        Self {
            scalars,
            first_level,
        }
    }

    pub fn scalar(&self, path: &str) -> Option<Attribute> {
        self.scalars.get(path).copied()
    }

    pub fn is_first_level(&self, name: &str) -> bool {
        self.first_level.iter().any(|field| field == name)
    }
}

fn walk(
    definitions: &Definitions,
    schema: &Value,
    path: String,
    repeated: bool,
    depth: usize,
    out: &mut BTreeMap<String, Attribute>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    let schema = definitions.resolve(schema);
    if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
        for (name, property) in properties {
            let path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            walk(definitions, property, path, repeated, depth + 1, out);
        }
        return;
    }
    match schema.get("type").and_then(Value::as_str) {
        Some("array") => {
            if let Some(items) = schema.get("items") {
                walk(definitions, items, path, true, depth + 1, out);
            }
        }
        Some("string") => {
            let kind = match schema.get("format").and_then(Value::as_str) {
                Some("date-time") => Kind::DateTime,
                _ => Kind::Text,
            };
            out.insert(path, Attribute { kind, repeated });
        }
        Some("number" | "integer") => {
            out.insert(
                path,
                Attribute {
                    kind: Kind::Number,
                    repeated,
                },
            );
        }
        _ => {}
    }
}
