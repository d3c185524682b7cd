//! What a list query should answer, worked out by brute force over the documents the creates
//! answered: the test's own model of TMF630 filtering, sorting and paging.

use std::cmp::Ordering;
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde_json::Value;

/// The date-time attributes the tests filter and sort on; every other one is text.
const DATE_TIMES: [&str; 4] = [
    "creationDate",
    "statusChangeDate",
    "interactionDate.startDateTime",
    "interactionDate.endDateTime",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Comparison {
    Gt,
    Gte,
    Lt,
    Lte,
}

impl Comparison {
    pub const ALL: [Comparison; 4] = [Self::Gt, Self::Gte, Self::Lt, Self::Lte];

    fn word(self) -> &'static str {
        match self {
            Self::Gt => "gt",
            Self::Gte => "gte",
            Self::Lt => "lt",
            Self::Lte => "lte",
        }
    }

    fn holds(self, order: Ordering) -> bool {
        match self {
            Self::Gt => order == Ordering::Greater,
            Self::Gte => order != Ordering::Less,
            Self::Lt => order == Ordering::Less,
            Self::Lte => order != Ordering::Greater,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Condition {
    /// `attribute=a,b`: any of the values.
    AnyOf(Vec<String>),
    /// `attribute.gte=2026-01-01T00:00:00Z`, on a date-time.
    Compare(Comparison, String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Filter {
    /// Dotted, e.g. `relatedParty.role`.
    pub attribute: String,
    pub condition: Condition,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SortKey {
    pub attribute: String,
    pub descending: bool,
}

/// A `GET /partyInteraction` query.
#[derive(Clone, Default, PartialEq)]
pub struct ListQuery {
    pub filters: Vec<Filter>,
    pub sort: Vec<SortKey>,
    pub offset: Option<usize>,
    pub limit: Option<usize>,
}

/// The default and largest page sizes of the list operation.
pub const DEFAULT_LIMIT: usize = 20;

impl ListQuery {
    /// The query string's parameters, in order.
    pub fn parameters(&self) -> Vec<(String, String)> {
        let mut parameters: Vec<(String, String)> = self
            .filters
            .iter()
            .map(|filter| match &filter.condition {
                Condition::AnyOf(values) => (filter.attribute.clone(), values.join(",")),
                Condition::Compare(comparison, value) => (
                    format!("{}.{}", filter.attribute, comparison.word()),
                    value.clone(),
                ),
            })
            .collect();
        if !self.sort.is_empty() {
            let keys: Vec<String> = self
                .sort
                .iter()
                .map(|key| {
                    let sign = if key.descending { "-" } else { "" };
                    format!("{sign}{}", key.attribute)
                })
                .collect();
            parameters.push(("sort".to_owned(), keys.join(",")));
        }
        if let Some(offset) = self.offset {
            parameters.push(("offset".to_owned(), offset.to_string()));
        }
        if let Some(limit) = self.limit {
            parameters.push(("limit".to_owned(), limit.to_string()));
        }
        parameters
    }

    /// Every document matching the filters, in the query's order.
    pub fn matching(&self, documents: &[Value]) -> Vec<Value> {
        let mut matching: Vec<Value> = documents
            .iter()
            .filter(|document| self.filters.iter().all(|filter| filter.matches(document)))
            .cloned()
            .collect();
        let default_order = [SortKey {
            attribute: "creationDate".to_owned(),
            descending: true,
        }];
        let keys = if self.sort.is_empty() {
            &default_order[..]
        } else {
            &self.sort[..]
        };
        matching.sort_by(|a, b| compare(keys, a, b));
        matching
    }

    /// The page the query asks for, and how many documents match in all.
    pub fn page(&self, documents: &[Value]) -> (Vec<Value>, usize) {
        let matching = self.matching(documents);
        let total = matching.len();
        let page = matching
            .into_iter()
            .skip(self.offset.unwrap_or(0))
            .take(self.limit.unwrap_or(DEFAULT_LIMIT))
            .collect();
        (page, total)
    }
}

impl fmt::Debug for ListQuery {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let query: Vec<String> = self
            .parameters()
            .into_iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect();
        write!(f, "?{}", query.join("&"))
    }
}

fn is_date_time(attribute: &str) -> bool {
    DATE_TIMES.contains(&attribute)
}

fn instant(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text:?} is not an RFC 3339 date-time: {e}"))
}

/// Every value at a dotted path, looking into each element of the arrays on the way.
fn values_at<'a>(value: &'a Value, path: &[&str], out: &mut Vec<&'a Value>) {
    match value {
        Value::Array(items) => items.iter().for_each(|item| values_at(item, path, out)),
        _ => match path.split_first() {
            None => out.push(value),
            Some((name, rest)) => {
                if let Some(field) = value.get(*name) {
                    values_at(field, rest, out);
                }
            }
        },
    }
}

impl Filter {
    fn matches(&self, document: &Value) -> bool {
        let path: Vec<&str> = self.attribute.split('.').collect();
        let mut values = Vec::new();
        values_at(document, &path, &mut values);
        values
            .iter()
            .filter_map(|value| value.as_str())
            .any(|value| match &self.condition {
                Condition::AnyOf(wanted) if is_date_time(&self.attribute) => wanted
                    .iter()
                    .any(|wanted| instant(value) == instant(wanted)),
                Condition::AnyOf(wanted) => wanted.iter().any(|wanted| wanted == value),
                Condition::Compare(comparison, bound) => {
                    assert!(
                        is_date_time(&self.attribute),
                        "the model compares date-times only"
                    );
                    comparison.holds(instant(value).cmp(&instant(bound)))
                }
            })
    }
}

fn sort_value<'a>(document: &'a Value, attribute: &str) -> &'a str {
    attribute
        .split('.')
        .try_fold(document, |value, name| value.get(name))
        .and_then(Value::as_str)
        .unwrap_or_else(|| {
            panic!("the model sorts only on attributes every document has: {attribute} in {document:#}")
        })
}

/// The order of `keys`, ties broken by id: ascending when the first key is ascending,
/// descending when it is descending.
fn compare(keys: &[SortKey], a: &Value, b: &Value) -> Ordering {
    for key in keys {
        let (left, right) = (sort_value(a, &key.attribute), sort_value(b, &key.attribute));
        let order = if is_date_time(&key.attribute) {
            instant(left).cmp(&instant(right))
        } else {
            left.cmp(right)
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
    let order = sort_value(a, "id").cmp(sort_value(b, "id"));
    if keys.first().is_some_and(|key| key.descending) {
        order.reverse()
    } else {
        order
    }
}

/// The documents in the list's default order: newest `creationDate` first.
pub fn newest_first(documents: &[Value]) -> Vec<Value> {
    ListQuery::default().matching(documents)
}
