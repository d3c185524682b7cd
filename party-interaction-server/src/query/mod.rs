//! TMF630 queries on the list operation: parsing the query string against the attributes the
//! spec declares, matching documents, and ordering them. Engine-independent; the store only
//! supplies candidates in index order (see [`crate::store::Candidates`]).

mod attributes;
mod parse;

use std::cmp::Ordering;

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

pub use attributes::{Attributes, Kind};
pub use parse::{check_encoding, parse, parse_fields_only, parse_nothing, QueryError};

pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 100;

/// A parsed `GET /partyInteraction` query.
#[derive(Debug, Clone, PartialEq)]
pub struct ListQuery {
    pub filters: Vec<Filter>,
    pub sort: Vec<SortKey>,
    /// First-level attributes to return besides `id` and `href`; `None` for all.
    pub fields: Option<Vec<String>>,
    pub offset: usize,
    pub limit: usize,
    /// Only interactions whose id sorts at or before this one (ids are time-ordered UUIDs).
    pub as_of: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Filter {
    /// Dotted attribute path, e.g. `["relatedParty", "role"]`.
    pub path: Vec<String>,
    pub kind: Kind,
    pub condition: Condition,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Condition {
    /// Any of these values.
    OneOf(Vec<Scalar>),
    Compare(Comparison, Scalar),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Gt,
    Gte,
    Lt,
    Lte,
}

/// A value from the query string, typed by the attribute it is compared with.
#[derive(Debug, Clone, PartialEq)]
pub enum Scalar {
    Text(String),
    Instant(DateTime<FixedOffset>),
    Number(f64),
}

#[derive(Debug, Clone, PartialEq)]
pub struct SortKey {
    pub path: Vec<String>,
    pub kind: Kind,
    pub descending: bool,
}

impl ListQuery {
    /// True when the order is creation time alone, which the store's indexes provide.
    pub fn creation_order(&self) -> Option<bool> {
        match self.sort.as_slice() {
            [key] if key.path == ["creationDate"] => Some(key.descending),
            _ => None,
        }
    }

    /// Orders two documents by the sort keys, then by id so that paging is deterministic.
    pub fn compare(&self, a: &Value, b: &Value) -> Ordering {
        for key in &self.sort {
            let left = typed(first_value(a, &key.path), key.kind);
            let right = typed(first_value(b, &key.path), key.kind);
            let order = match (left, right) {
                (Some(left), Some(right)) => compare_scalars(&left, &right),
                // Documents without the attribute come last, in either direction.
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            };
            let order = if key.descending {
                order.reverse()
            } else {
                order
            };
            if order != Ordering::Equal {
                return order;
            }
        }
        let id = |document: &Value| {
            document
                .get("id")
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        let order = id(a).cmp(&id(b));
        match self.sort.first() {
            Some(key) if key.descending => order.reverse(),
            _ => order,
        }
    }
}

/// The document reduced to the requested first-level fields (plus `id` and `href`).
pub fn select(document: Value, fields: &[String]) -> Value {
    match document {
        Value::Object(all) => all
            .into_iter()
            .filter(|(name, _)| {
                name == "id" || name == "href" || fields.iter().any(|field| field == name)
            })
            .collect(),
        other => other,
    }
}

impl Filter {
    pub fn matches(&self, document: &Value) -> bool {
        let mut values = Vec::new();
        collect_values(document, &self.path, &mut values);
        values.into_iter().any(|value| {
            let Some(value) = typed(Some(value), self.kind) else {
                return false;
            };
            match &self.condition {
                Condition::OneOf(wanted) => wanted
                    .iter()
                    .any(|wanted| compare_scalars(&value, wanted) == Ordering::Equal),
                Condition::Compare(comparison, bound) => {
                    let order = compare_scalars(&value, bound);
                    match comparison {
                        Comparison::Gt => order == Ordering::Greater,
                        Comparison::Gte => order != Ordering::Less,
                        Comparison::Lt => order == Ordering::Less,
                        Comparison::Lte => order != Ordering::Greater,
                    }
                }
            }
        })
    }
}

/// Every value at `path`, looking into each element of the arrays on the way.
fn collect_values<'a>(value: &'a Value, path: &[String], out: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => {
            for item in items {
                collect_values(item, path, out);
            }
        }
        _ => match path.split_first() {
            None => out.push(value),
            Some((name, rest)) => {
                if let Some(field) = value.get(name) {
                    collect_values(field, rest, out);
                }
            }
        },
    }
}

fn first_value<'a>(value: &'a Value, path: &[String]) -> Option<&'a Value> {
    path.iter().try_fold(value, |value, name| value.get(name))
}

fn typed(value: Option<&Value>, kind: Kind) -> Option<Scalar> {
    let value = value?;
    match kind {
        Kind::Text => value.as_str().map(|text| Scalar::Text(text.to_owned())),
        Kind::DateTime => value
            .as_str()
            .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
            .map(Scalar::Instant),
        Kind::Number => value.as_f64().map(Scalar::Number),
    }
}

fn compare_scalars(a: &Scalar, b: &Scalar) -> Ordering {
    match (a, b) {
        (Scalar::Text(a), Scalar::Text(b)) => a.cmp(b),
        (Scalar::Instant(a), Scalar::Instant(b)) => a.cmp(b),
        (Scalar::Number(a), Scalar::Number(b)) => a.total_cmp(b),
        // Values are typed by the attribute's kind, so kinds never mix.
        _ => Ordering::Equal,
    }
}

/// Microseconds since the epoch of an RFC 3339 date-time: the order of the store's indexes.
pub fn instant_micros(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|instant| instant.timestamp_micros())
}
