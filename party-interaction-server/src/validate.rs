//! Request bodies: JSON syntax, nesting depth, and the spec's schema, with messages that name
//! the JSON path of every offending field.

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use jsonschema::{ValidationError, Validator};
use serde_json::Value;

use crate::spec::Definitions;

/// Deepest nesting of arrays and objects accepted in a body. The deepest valid interaction is
/// about six levels deep; anything far beyond that is an attack or a bug, not an interaction.
pub const MAX_JSON_DEPTH: usize = 32;

/// Most items an array of a body may hold. An interaction lists a few channels, parties,
/// notes and attachments; a thousand of any is a bug or an attack, and each would be stored,
/// indexed and sent in every event.
pub const MAX_ARRAY_ITEMS: usize = 1000;

/// How many schema violations one answer lists; the rest are counted.
const MAX_REPORTED_VIOLATIONS: usize = 20;

#[derive(Debug, PartialEq)]
pub enum BodyError {
    Malformed(String),
    TooDeep,
    /// The JSON path of an array with more than [`MAX_ARRAY_ITEMS`] items.
    ArrayTooLong {
        path: String,
    },
    Invalid(Vec<String>),
}

/// Validates bodies against one definition of the spec.
pub struct BodyValidator {
    schema: Validator,
}

impl BodyValidator {
    pub fn new(definitions: &Definitions, definition: &str) -> anyhow::Result<Self> {
        Self::build(&definitions.schema_for(definition), definition)
    }

    fn build(schema: &Value, definition: &str) -> anyhow::Result<Self> {
        let schema = jsonschema::draft4::options()
            .should_validate_formats(true)
            .build(schema)
            .map_err(|err| {
                anyhow::anyhow!("definition {definition} is not a valid schema: {err}")
            })?;
        Ok(Self { schema })
    }

    /// Parses and validates a body; the parsed value is returned only when it is valid.
    pub fn parse(&self, body: &[u8]) -> Result<Value, BodyError> {
        if exceeds_depth(body, MAX_JSON_DEPTH) {
            return Err(BodyError::TooDeep);
        }
        let value: Value = serde_json::from_slice(body).map_err(|err| {
            BodyError::Malformed(if body.iter().all(u8::is_ascii_whitespace) {
                "the body is empty; a JSON object is required".to_owned()
            } else {
                format!("the body is not valid JSON: {err}")
            })
        })?;
        if let Some(path) = overlong_array(&value, "") {
            return Err(BodyError::ArrayTooLong { path });
        }

        self.validate(&value)
            .map(|()| value)
            .map_err(BodyError::Invalid)
    }

    /// Checks a parsed value; the violations name the JSON path of each offending field.
    pub fn validate(&self, value: &Value) -> Result<(), Vec<String>> {
        // Most bodies are valid, and checking validity alone is cheaper than collecting errors.
        if self.schema.is_valid(value) {
            return Ok(());
        }
        // Errors are produced lazily: a body with a million faults costs no more than one
        // with a few, since only those reported are looked at.
        let mut violations: Vec<String> = self
            .schema
            .iter_errors(value)
            .take(MAX_REPORTED_VIOLATIONS + 1)
            .map(describe)
            .collect();
        if violations.is_empty() {
            return Ok(());
        }
        let more = violations.len() > MAX_REPORTED_VIOLATIONS;
        violations.truncate(MAX_REPORTED_VIOLATIONS);
        violations.sort();
        violations.dedup();
        if more {
            violations.push("and more".to_owned());
        }
        Err(violations)
    }
}

/// True when arrays and objects nest deeper than `max` anywhere in `body`. It runs before the
/// parser so that absurd nesting is refused in linear time with a distinct answer.
pub fn exceeds_depth(body: &[u8], max: usize) -> bool {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for &byte in body {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// The path of the first array holding more than [`MAX_ARRAY_ITEMS`] items, if any. The
/// recursion is as deep as the body, which [`exceeds_depth`] has bounded.
fn overlong_array(value: &Value, path: &str) -> Option<String> {
    match value {
        Value::Array(items) if items.len() > MAX_ARRAY_ITEMS => Some(if path.is_empty() {
            "the body".to_owned()
        } else {
            path.to_owned()
        }),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| overlong_array(item, &format!("{path}[{index}]"))),
        Value::Object(members) => members.iter().find_map(|(name, member)| {
            let inner = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            overlong_array(member, &inner)
        }),
        _ => None,
    }
}

/// `channel[0].href`-style path of a JSON pointer; empty for the root.
fn json_path<'a>(segments: impl Iterator<Item = LocationSegment<'a>>) -> String {
    let mut path = String::new();
    for segment in segments {
        match segment {
            LocationSegment::Index(index) => path.push_str(&format!("[{index}]")),
            LocationSegment::Property(name) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&name);
            }
        }
    }
    path
}

fn describe(error: ValidationError<'_>) -> String {
    let path = json_path(error.instance_path().segments());
    let subject = if path.is_empty() {
        "the body"
    } else {
        path.as_str()
    };
    match error.kind() {
        ValidationErrorKind::Required { property } => {
            let property = property
                .as_str()
                .map_or_else(|| property.to_string(), str::to_owned);
            if path.is_empty() {
                format!("{property} is required")
            } else {
                format!("{path}.{property} is required")
            }
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(single) => with_article(&single.to_string()),
                TypeKind::Multiple(set) => format!("one of {set:?}"),
            };
            if error.instance().is_null() {
                format!("{subject} must be {expected}, not null")
            } else {
                format!("{subject} must be {expected}")
            }
        }
        ValidationErrorKind::Format { format } => match format.as_str() {
            "date-time" => format!("{subject} must be an RFC 3339 date-time"),
            "uri" => format!("{subject} must be an absolute URI"),
            other => format!("{subject} must match the format {other}"),
        },
        ValidationErrorKind::AdditionalProperties { unexpected } => unexpected
            .iter()
            .map(|name| {
                if path.is_empty() {
                    format!("{name} cannot be set by this operation")
                } else {
                    format!("{path}.{name} cannot be set by this operation")
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
        ValidationErrorKind::MinItems { limit } => {
            let items = if *limit == 1 { "item" } else { "items" };
            format!("{subject} must have at least {limit} {items}")
        }
        // The value itself is left out of these: it may be a secret.
        ValidationErrorKind::MinLength { limit } => {
            format!("{subject} must be at least {limit} characters long")
        }
        ValidationErrorKind::MaxLength { limit } => {
            format!("{subject} must be at most {limit} characters long")
        }
        ValidationErrorKind::Pattern { pattern } => {
            format!("{subject} must match the pattern {pattern}")
        }
        _ => format!("{subject}: {error}"),
    }
}

fn with_article(type_name: &str) -> String {
    match type_name.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => format!("an {type_name}"),
        _ => format!("a {type_name}"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn validator() -> BodyValidator {
        BodyValidator::new(
            &Definitions::from_spec().unwrap(),
            "PartyInteraction_Create",
        )
        .unwrap()
    }

    #[test]
    fn depth_counts_brackets_outside_strings_only() {
        assert!(!exceeds_depth(br#"{"a": "[[[[[[[[[[\"[[[["}"#, 2));
        assert!(exceeds_depth(b"[[[]]]", 2));
        assert!(!exceeds_depth(b"[[]][[]]", 2));
    }

    #[test]
    fn violations_name_the_json_path_of_each_field() {
        let body = br#"{"reason": "r", "status": null, "direction": "inbound",
            "interactionDate": {"startDateTime": "yesterday"},
            "channel": [{"id": "CC"}],
            "relatedParty": [{"id": "1", "href": "/p/1"}]}"#;

        let err = validator().parse(body).unwrap_err();

        assert_eq!(
            err,
            BodyError::Invalid(vec![
                "channel[0].href is required".to_owned(),
                "interactionDate.startDateTime must be an RFC 3339 date-time".to_owned(),
                "relatedParty[0].@referredType is required".to_owned(),
                "status must be a string, not null".to_owned(),
            ])
        );
    }

    #[test]
    fn an_array_over_the_item_limit_is_named_by_its_path() {
        let notes: Vec<Value> = (0..=MAX_ARRAY_ITEMS)
            .map(|index| serde_json::json!({"text": index.to_string()}))
            .collect();
        let body = serde_json::json!({"reason": "r", "note": notes, "channel": [{"x": [1, 2]}]});

        let err = validator().parse(body.to_string().as_bytes()).unwrap_err();

        assert_eq!(
            err,
            BodyError::ArrayTooLong {
                path: "note".to_owned()
            }
        );
    }

    #[test]
    fn an_array_at_the_item_limit_goes_on_to_the_schema() {
        let notes = vec![serde_json::json!({"text": "t"}); MAX_ARRAY_ITEMS];
        let body = serde_json::json!({"note": notes});

        let err = validator().parse(body.to_string().as_bytes()).unwrap_err();

        assert!(matches!(err, BodyError::Invalid(_)), "{err:?}");
    }

    #[test]
    fn an_empty_channel_list_is_refused() {
        let body = br#"{"reason": "r", "status": "open", "direction": "inbound",
            "interactionDate": {}, "channel": []}"#;

        let err = validator().parse(body).unwrap_err();

        assert_eq!(
            err,
            BodyError::Invalid(vec!["channel must have at least 1 item".to_owned()])
        );
    }
}
