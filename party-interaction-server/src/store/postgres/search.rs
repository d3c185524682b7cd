//! List queries as SQL: every filter, the order, the page and the count, with the same
//! meaning as [`crate::query`] gives them on documents (the contract tests run both stores).
//!
//! `customerId`, `status` and `creationDate` are columns with indexes; any other attribute is
//! read from the jsonb document with a JSON path that, like the query module, looks into
//! every element of the arrays on the way. Texts compare bytewise (`COLLATE "C"`), numbers as
//! doubles, date-times as instants (to the microsecond, PostgreSQL's precision; a bound with
//! a finer fraction is rounded the way that keeps the comparison exact).

use std::ops::Bound;

use bytes::Bytes;
use chrono::{DateTime, FixedOffset};
use tokio_postgres::types::ToSql;

use crate::query::{Comparison, Condition, Filter, Kind, ListQuery, Scalar, SortKey};
use crate::store::{Page, StoreError, TimeRange};

type Param = Box<dyn ToSql + Sync + Send>;

/// A `WHERE` clause and its parameters, numbered from `$1`.
#[derive(Default)]
struct Clause {
    sql: Vec<String>,
    params: Vec<Param>,
}

impl Clause {
    /// Adds a parameter; returns its placeholder.
    fn param(&mut self, value: impl ToSql + Sync + Send + 'static) -> String {
        self.params.push(Box::new(value));
        format!("${}", self.params.len())
    }

    fn refs(&self) -> Vec<&(dyn ToSql + Sync)> {
        self.params
            .iter()
            .map(|param| param.as_ref() as &(dyn ToSql + Sync))
            .collect()
    }

    fn condition(&self) -> String {
        if self.sql.is_empty() {
            "TRUE".to_owned()
        } else {
            self.sql.join(" AND ")
        }
    }
}

/// One page of `query` among the interactions with ids up to `snapshot`, and their number.
pub async fn page(
    client: &mut deadpool_postgres::Object,
    query: &ListQuery,
    snapshot: &str,
) -> Result<Page, StoreError> {
    let mut clause = Clause::default();
    let placeholder = clause.param(snapshot.to_owned());
    clause.sql.push(format!("id <= {placeholder}"));
    for filter in &query.filters {
        let condition = filter_sql(filter, &mut clause);
        clause.sql.push(condition);
    }
    let condition = clause.condition();
    let order = order_sql(&query.sort, &mut clause);
    let limit = clause.param(i64::try_from(query.limit).unwrap_or(i64::MAX));
    let offset = clause.param(i64::try_from(query.offset).unwrap_or(i64::MAX));

    let page_sql = format!(
        "SELECT raw FROM interaction WHERE {condition} ORDER BY {order} LIMIT {limit} OFFSET {offset}"
    );
    let count_sql = format!("SELECT count(*) FROM interaction WHERE {condition}");
    // The page and the count from one snapshot, so that they agree.
    let tx = super::snapshot(client).await?;
    let page_statement = tx.prepare_cached(&page_sql).await?;
    let count_statement = tx.prepare_cached(&count_sql).await?;
    let params = clause.refs();
    // The count takes the parameters the condition uses, which come first.
    let count_params = &params[..count_statement.params().len()];
    let (rows, count) = futures::try_join!(
        tx.query(&page_statement, &params),
        tx.query_one(&count_statement, count_params)
    )?;
    tx.commit().await?;
    Ok(Page {
        documents: rows
            .into_iter()
            .map(|row| Bytes::from(row.get::<_, Vec<u8>>(0)))
            .collect(),
        total: u64::try_from(count.get::<_, i64>(0)).unwrap_or(0),
    })
}

/// The creation-time bounds of a [`TimeRange`], inclusive, as `created` values.
pub fn bounds(range: TimeRange) -> (i64, i64) {
    let from = match range.from {
        Bound::Included(micros) => micros,
        Bound::Excluded(micros) => micros.saturating_add(1),
        Bound::Unbounded => i64::MIN,
    };
    let to = match range.to {
        Bound::Included(micros) => micros,
        Bound::Excluded(micros) => micros.saturating_sub(1),
        Bound::Unbounded => i64::MAX,
    };
    (from, to)
}

fn filter_sql(filter: &Filter, clause: &mut Clause) -> String {
    let column = match filter.path.as_slice() {
        [name] if name == "customerId" => Some("customer_id"),
        [name] if name == "status" => Some("status"),
        [name] if name == "creationDate" => Some("created"),
        _ => None,
    };
    match column {
        // A column holds the attribute's value when it is of the attribute's kind, else NULL
        // (creationDate: the start of time, which no date-time bound of a query reaches).
        Some(column) => typed_condition(column, filter.kind, &filter.condition, clause),
        None => {
            let path = clause.param(json_path(&filter.path));
            let value = match filter.kind {
                Kind::Text => "(CASE WHEN jsonb_typeof(v.value) = 'string' THEN v.value #>> '{}' END)",
                Kind::Number => "(CASE WHEN jsonb_typeof(v.value) = 'number' THEN (v.value)::float8 END)",
                Kind::DateTime => "pi_micros(CASE WHEN jsonb_typeof(v.value) = 'string' THEN v.value #>> '{}' END)",
            };
            let condition = typed_condition(value, filter.kind, &filter.condition, clause);
            format!(
                "EXISTS (SELECT 1 FROM jsonb_path_query(document, ({path}::text)::jsonpath) \
                 AS v(value) WHERE {condition})"
            )
        }
    }
}

/// `value` (text, double or microseconds, by `kind`) against the condition.
fn typed_condition(value: &str, kind: Kind, condition: &Condition, clause: &mut Clause) -> String {
    match condition {
        Condition::OneOf(wanted) => match kind {
            Kind::Text => {
                let texts: Vec<String> = wanted.iter().filter_map(text).collect();
                format!("{value} = ANY({}::text[])", clause.param(texts))
            }
            Kind::Number => {
                let numbers: Vec<f64> = wanted.iter().filter_map(number).collect();
                format!("{value} = ANY({}::float8[])", clause.param(numbers))
            }
            Kind::DateTime => {
                // An instant finer than a microsecond equals no stored one.
                let instants: Vec<i64> = wanted
                    .iter()
                    .filter_map(instant)
                    .filter_map(|(micros, finer)| (!finer).then_some(micros))
                    .collect();
                format!("{value} = ANY({}::int8[])", clause.param(instants))
            }
        },
        Condition::Compare(comparison, bound) => {
            let operator = |comparison: Comparison| match comparison {
                Comparison::Gt => ">",
                Comparison::Gte => ">=",
                Comparison::Lt => "<",
                Comparison::Lte => "<=",
            };
            match (kind, bound) {
                (Kind::Text, Scalar::Text(bound)) => format!(
                    "{value} COLLATE \"C\" {} {}::text",
                    operator(*comparison),
                    clause.param(super::without_nul(bound).into_owned())
                ),
                (Kind::Number, Scalar::Number(bound)) => format!(
                    "{value} {} {}::float8",
                    operator(*comparison),
                    clause.param(*bound)
                ),
                (Kind::DateTime, Scalar::Instant(bound)) => {
                    let (micros, finer) = micros(bound);
                    // With a finer bound, `>=` is `>` its microsecond, and `<` is `<=`.
                    let comparison = match (comparison, finer) {
                        (Comparison::Gte, true) => Comparison::Gt,
                        (Comparison::Lt, true) => Comparison::Lte,
                        (other, _) => *other,
                    };
                    let lowest = if value == "created" {
                        " AND created > -9223372036854775808"
                    } else {
                        ""
                    };
                    format!(
                        "({value} {} {}::int8{lowest})",
                        operator(comparison),
                        clause.param(micros)
                    )
                }
                // The parser types each value by its attribute.
                _ => "FALSE".to_owned(),
            }
        }
    }
}

fn order_sql(sort: &[SortKey], clause: &mut Clause) -> String {
    let mut terms = Vec::with_capacity(sort.len() + 1);
    for key in sort {
        let direction = if key.descending { "DESC" } else { "ASC" };
        let value = if key.path == ["creationDate"] {
            "NULLIF(created, -9223372036854775808)".to_owned()
        } else {
            // The first value on the path, without looking into arrays (as the query module).
            let path = clause.param(key.path.clone());
            let at = format!("document #> {path}::text[]");
            match key.kind {
                Kind::Text => format!(
                    "(CASE WHEN jsonb_typeof({at}) = 'string' THEN document #>> {path}::text[] END) COLLATE \"C\""
                ),
                Kind::Number => {
                    format!("(CASE WHEN jsonb_typeof({at}) = 'number' THEN ({at})::float8 END)")
                }
                Kind::DateTime => format!(
                    "pi_micros(CASE WHEN jsonb_typeof({at}) = 'string' THEN document #>> {path}::text[] END)"
                ),
            }
        };
        // Interactions without the attribute come last, in either direction.
        terms.push(format!("{value} {direction} NULLS LAST"));
    }
    let id_direction = match sort.first() {
        Some(key) if key.descending => "DESC",
        _ => "ASC",
    };
    terms.push(format!("id {id_direction}"));
    terms.join(", ")
}

/// A lax JSON path through every element of the arrays on the way, and of an array at the end.
fn json_path(path: &[String]) -> String {
    let mut text = String::from("lax $");
    for name in path {
        text.push_str(".\"");
        for character in name.chars() {
            if matches!(character, '"' | '\\') {
                text.push('\\');
            }
            text.push(character);
        }
        text.push('"');
    }
    text.push_str("[*]");
    text
}

fn text(value: &Scalar) -> Option<String> {
    match value {
        Scalar::Text(text) => Some(super::without_nul(text).into_owned()),
        _ => None,
    }
}

fn number(value: &Scalar) -> Option<f64> {
    match value {
        Scalar::Number(number) => Some(*number),
        _ => None,
    }
}

fn instant(value: &Scalar) -> Option<(i64, bool)> {
    match value {
        Scalar::Instant(instant) => Some(micros(instant)),
        _ => None,
    }
}

/// Whole microseconds since the epoch (rounded down), and whether the instant is finer.
fn micros(instant: &DateTime<FixedOffset>) -> (i64, bool) {
    let finer = !instant.timestamp_subsec_nanos().is_multiple_of(1000);
    (instant.timestamp_micros(), finer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_json_path_quotes_every_name_and_reads_every_element() {
        let path = vec!["relatedParty".to_owned(), "na\"me".to_owned()];
        assert_eq!(json_path(&path), r#"lax $."relatedParty"."na\"me"[*]"#);
    }

    #[test]
    fn a_bound_finer_than_a_microsecond_rounds_down_and_says_so() {
        let instant =
            DateTime::parse_from_rfc3339("2026-01-01T00:00:00.0000015Z").expect("RFC 3339");
        let (whole, finer) = micros(&instant);
        assert!(finer);
        assert_eq!(whole % 1_000_000, 1);
        let exact = DateTime::parse_from_rfc3339("2026-01-01T00:00:00.000001Z").expect("RFC 3339");
        assert_eq!(micros(&exact), (whole, false));
    }

    #[test]
    fn time_bounds_become_inclusive_created_values() {
        let range = TimeRange {
            from: Bound::Excluded(10),
            to: Bound::Unbounded,
        };
        assert_eq!(bounds(range), (11, i64::MAX));
    }
}
