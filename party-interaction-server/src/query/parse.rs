//! The query string of the list operation, checked against the spec's attributes. Anything not
//! understood is an error, never a silently ignored filter.

use chrono::DateTime;

use super::attributes::{Attribute, Attributes, Kind};
use super::{Comparison, Condition, Filter, ListQuery, Scalar, SortKey, DEFAULT_LIMIT, MAX_LIMIT};

/// Everything wrong with a query, one message per problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub Vec<String>);

const OPERATORS: [(&str, Comparison); 4] = [
    ("gt", Comparison::Gt),
    ("gte", Comparison::Gte),
    ("lt", Comparison::Lt),
    ("lte", Comparison::Lte),
];

/// The decoding of `form_urlencoded` is lossy (`%zz` stays as it is, bad UTF-8 becomes U+FFFD);
/// a query that does not decode cleanly is refused rather than guessed at.
pub fn check_encoding(query: &str) -> Result<(), QueryError> {
    let bytes = query.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = bytes
                .get(index + 1..index + 3)
                .filter(|pair| pair.iter().all(u8::is_ascii_hexdigit))
                .and_then(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok());
            let Some(byte) = hex else {
                return Err(QueryError(vec![
                    "the query has a '%' not followed by two hex digits".to_owned(),
                ]));
            };
            decoded.push(byte);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    std::str::from_utf8(&decoded)
        .map(|_| ())
        .map_err(|_| QueryError(vec!["the query is not UTF-8 once decoded".to_owned()]))
}

/// Most filters one query may hold: each costs a pass over the candidates, and no real query
/// needs more.
pub const MAX_FILTERS: usize = 32;

pub fn parse(query: &str, attributes: &Attributes) -> Result<ListQuery, QueryError> {
    check_encoding(query)?;
    let mut parsed = ListQuery {
        filters: Vec::new(),
        sort: Vec::new(),
        fields: None,
        offset: 0,
        limit: DEFAULT_LIMIT,
        as_of: None,
    };
    let mut problems = Vec::new();
    let mut seen = Vec::new();
    let mut too_many = false;

    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        let reserved = matches!(
            name.as_ref(),
            "fields" | "offset" | "limit" | "sort" | "asOf"
        );
        if reserved {
            if seen.contains(&name) {
                problems.push(format!("{name} is given more than once"));
                continue;
            }
            seen.push(name.clone());
        }
        let outcome = match name.as_ref() {
            "fields" => fields(&value, attributes).map(|fields| parsed.fields = Some(fields)),
            "offset" => offset(&value).map(|n| parsed.offset = n),
            "limit" => number("limit", &value, 1, MAX_LIMIT).map(|n| parsed.limit = n),
            "sort" => sort(&value, attributes).map(|keys| parsed.sort = keys),
            "asOf" => uuid::Uuid::parse_str(&value)
                .map(|id| parsed.as_of = Some(id.to_string()))
                .map_err(|_| "asOf must be an interaction id from a Link header".to_owned()),
            _ if parsed.filters.len() == MAX_FILTERS => {
                // Said once, however many more there are.
                match std::mem::replace(&mut too_many, true) {
                    false => Err(format!("a query may hold at most {MAX_FILTERS} filters")),
                    true => Ok(()),
                }
            }
            _ => filter(&name, &value, attributes).map(|filter| parsed.filters.push(filter)),
        };
        if let Err(problem) = outcome {
            problems.push(problem);
        }
    }

    if parsed.sort.is_empty() {
        parsed.sort.push(SortKey {
            path: vec!["creationDate".to_owned()],
            kind: Kind::DateTime,
            descending: true,
        });
    }
    if problems.is_empty() {
        Ok(parsed)
    } else {
        Err(QueryError(problems))
    }
}

/// The query of an operation that takes none: any parameter is refused.
pub fn parse_nothing(query: &str) -> Result<(), QueryError> {
    check_encoding(query)?;
    let problems: Vec<String> = form_urlencoded::parse(query.as_bytes())
        .map(|(name, _)| format!("'{name}' is not a parameter of this operation, which takes none"))
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(QueryError(problems))
    }
}

/// The query of a single-resource read, where only `fields` means anything.
pub fn parse_fields_only(
    query: &str,
    attributes: &Attributes,
) -> Result<Option<Vec<String>>, QueryError> {
    check_encoding(query)?;
    let mut selected = None;
    let mut problems = Vec::new();
    for (name, value) in form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "fields" if selected.is_none() => match fields(&value, attributes) {
                Ok(fields) => selected = Some(fields),
                Err(problem) => problems.push(problem),
            },
            "fields" => problems.push("fields is given more than once".to_owned()),
            other => problems.push(format!(
                "'{other}' is not a parameter of this operation; only fields is"
            )),
        }
    }
    if problems.is_empty() {
        Ok(selected)
    } else {
        Err(QueryError(problems))
    }
}

fn fields(value: &str, attributes: &Attributes) -> Result<Vec<String>, String> {
    let fields: Vec<String> = value.split(',').map(str::to_owned).collect();
    if let Some(unknown) = fields
        .iter()
        .find(|field| !attributes.is_first_level(field))
    {
        return Err(format!(
            "fields: '{unknown}' is not a first-level attribute of PartyInteraction"
        ));
    }
    Ok(fields)
}

/// Any count of digits: an offset past every interaction is an empty page, not an error.
fn offset(value: &str) -> Result<usize, String> {
    if value.is_empty() || !value.bytes().all(|byte| byte.is_ascii_digit()) {
        return Err(format!(
            "offset must be an integer of at least 0, not '{value}'"
        ));
    }
    Ok(value.parse().unwrap_or(usize::MAX))
}

fn number(name: &str, value: &str, min: usize, max: usize) -> Result<usize, String> {
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{name} must be an integer from {min} to {max}, not '{value}'"))
}

fn sort(value: &str, attributes: &Attributes) -> Result<Vec<SortKey>, String> {
    value
        .split(',')
        .map(|key| {
            let (descending, path) = match key.strip_prefix('-') {
                Some(path) => (true, path),
                None => (false, key.strip_prefix('+').unwrap_or(key)),
            };
            match attributes.scalar(path) {
                Some(Attribute {
                    kind,
                    repeated: false,
                }) => Ok(SortKey {
                    path: path.split('.').map(str::to_owned).collect(),
                    kind,
                    descending,
                }),
                Some(_) => Err(format!(
                    "sort: '{path}' can have several values per interaction and cannot order them"
                )),
                None => Err(format!(
                    "sort: '{path}' is not an attribute of PartyInteraction"
                )),
            }
        })
        .collect()
}

fn filter(name: &str, value: &str, attributes: &Attributes) -> Result<Filter, String> {
    if let Some(attribute) = attributes.scalar(name) {
        // An empty item stands for the empty string: `status=` asks for an empty status.
        let values = value
            .split(',')
            .map(|item| scalar(name, item.trim(), attribute.kind))
            .collect::<Result<Vec<_>, _>>()?;
        return Ok(Filter {
            path: name.split('.').map(str::to_owned).collect(),
            kind: attribute.kind,
            condition: Condition::OneOf(values),
        });
    }

    let Some((path, operator)) = name.rsplit_once('.') else {
        return Err(format!("'{name}' is not an attribute of PartyInteraction"));
    };
    let Some(attribute) = attributes.scalar(path) else {
        return Err(format!("'{name}' is not an attribute of PartyInteraction"));
    };
    let Some((_, comparison)) = OPERATORS.iter().find(|(word, _)| *word == operator) else {
        return Err(format!(
            "'{operator}' in '{name}' is not an operator; use gt, gte, lt or lte"
        ));
    };
    if attribute.kind == Kind::Text {
        return Err(format!(
            "'{name}': {path} is text; gt, gte, lt and lte apply to date-times and numbers"
        ));
    }
    if value.contains(',') {
        return Err(format!("'{name}' takes a single value"));
    }
    Ok(Filter {
        path: path.split('.').map(str::to_owned).collect(),
        kind: attribute.kind,
        condition: Condition::Compare(*comparison, scalar(name, value.trim(), attribute.kind)?),
    })
}

fn scalar(name: &str, value: &str, kind: Kind) -> Result<Scalar, String> {
    match kind {
        Kind::Text => Ok(Scalar::Text(value.to_owned())),
        Kind::DateTime => DateTime::parse_from_rfc3339(value)
            .map(Scalar::Instant)
            .map_err(|_| format!("{name}: '{value}' is not an RFC 3339 date-time")),
        Kind::Number => value
            .parse::<f64>()
            .ok()
            .filter(|number| number.is_finite())
            .map(Scalar::Number)
            .ok_or_else(|| format!("{name}: '{value}' is not a number")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::spec::Definitions;

    fn attributes() -> Attributes {
        Attributes::of(&Definitions::from_spec().unwrap(), "PartyInteraction")
    }

    #[test]
    fn filters_on_first_level_nested_and_dated_attributes_are_understood() {
        let query = parse(
            "customerId=1,2&channel.id=CC&creationDate.gte=2026-01-01T00:00:00Z&limit=5&sort=-statusChangeDate",
            &attributes(),
        )
        .unwrap();

        assert_eq!(query.filters.len(), 3);
        assert_eq!(
            query.filters[0].condition,
            Condition::OneOf(vec![Scalar::Text("1".into()), Scalar::Text("2".into())])
        );
        assert_eq!(query.filters[1].path, ["channel", "id"]);
        assert!(matches!(
            query.filters[2].condition,
            Condition::Compare(Comparison::Gte, Scalar::Instant(_))
        ));
        assert_eq!(query.limit, 5);
        assert_eq!(query.sort[0].path, ["statusChangeDate"]);
        assert!(query.sort[0].descending);
    }

    #[test]
    fn unknown_attributes_operators_and_values_are_each_reported() {
        let err = parse(
            "colour=red&creationDate.after=2026-01-01T00:00:00Z&statusChangeDate.gt=soon&reason.gt=a&limit=0",
            &attributes(),
        )
        .unwrap_err();

        assert_eq!(
            err,
            QueryError(vec![
                "'colour' is not an attribute of PartyInteraction".into(),
                "'after' in 'creationDate.after' is not an operator; use gt, gte, lt or lte".into(),
                "statusChangeDate.gt: 'soon' is not an RFC 3339 date-time".into(),
                "'reason.gt': reason is text; gt, gte, lt and lte apply to date-times and numbers"
                    .into(),
                "limit must be an integer from 1 to 100, not '0'".into(),
            ])
        );
    }

    #[test]
    fn the_default_order_is_newest_first() {
        let query = parse("", &attributes()).unwrap();

        assert_eq!(query.creation_order(), Some(true));
    }
}
