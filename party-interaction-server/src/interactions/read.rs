//! `GET /partyInteraction/{id}` and `GET /partyInteraction`.

use std::ops::Bound;
use std::sync::Arc;

use bytes::{BufMut as _, Bytes, BytesMut};
use hyper::header::{HeaderName, HeaderValue, ETAG, LINK};
use serde_json::Value;

use super::{document_of, etag, not_found, Interactions};
use crate::context::Representation;
use crate::errors::ApiError;
use crate::query::{self, Comparison, Condition, Filter, ListQuery, Scalar};
use crate::store::{Candidates, InteractionStore, Page, StoreError, TimeRange};

const TOTAL_COUNT: HeaderName = HeaderName::from_static("x-total-count");
const RESULT_COUNT: HeaderName = HeaderName::from_static("x-result-count");

impl Interactions {
    pub(super) async fn retrieve(
        &self,
        id: &str,
        fields: Option<&[String]>,
    ) -> Result<Representation, ApiError> {
        let key = id.to_owned();
        let document = self
            .read(move |store| store.get(&key))?
            .ok_or_else(|| not_found(id))?;

        let mut representation = Representation::default();
        if let Ok(tag) = HeaderValue::from_str(&etag(&document)) {
            representation.headers.insert(ETAG, tag);
        }
        representation.body = match fields {
            None => document,
            Some(fields) => Bytes::from(query::select(document_of(&document)?, fields).to_string()),
        };
        Ok(representation)
    }

    pub(super) async fn list(
        &self,
        query: &Arc<ListQuery>,
        raw_query: &str,
    ) -> Result<Representation, ApiError> {
        // Links carry a snapshot so that following them never skips or repeats an interaction
        // while new ones arrive: ids are time-ordered, and later ones are left out.
        let snapshot = query
            .as_of
            .clone()
            .unwrap_or_else(|| uuid::Uuid::now_v7().to_string());
        let (page_query, page_snapshot) = (Arc::clone(query), snapshot.clone());
        // A customer's history or an unfiltered page reads a few entries; anything else may
        // read many, which must not hold up an async thread.
        let page = if is_short(query) {
            self.read(move |store| execute(store, &page_query, &page_snapshot))?
        } else {
            self.blocking(move |store| execute(store, &page_query, &page_snapshot))
                .await?
        };

        let mut body = BytesMut::new();
        body.put_u8(b'[');
        for (index, document) in page.documents.iter().enumerate() {
            if index > 0 {
                body.put_u8(b',');
            }
            match &query.fields {
                None => body.put_slice(document),
                Some(fields) => body.put_slice(
                    query::select(document_of(document)?, fields)
                        .to_string()
                        .as_bytes(),
                ),
            }
        }
        body.put_u8(b']');

        let mut representation = Representation {
            body: body.freeze(),
            ..Representation::default()
        };
        let headers = &mut representation.headers;
        headers.insert(TOTAL_COUNT, HeaderValue::from(page.total));
        headers.insert(RESULT_COUNT, HeaderValue::from(page.documents.len()));
        if let Ok(links) =
            HeaderValue::from_str(&self.links(raw_query, query, page.total, &snapshot))
        {
            headers.insert(LINK, links);
        }
        Ok(representation)
    }

    /// RFC 8288 links to the first, previous, next and last pages.
    fn links(&self, raw_query: &str, query: &ListQuery, total: u64, snapshot: &str) -> String {
        let kept: Vec<(String, String)> = form_urlencoded::parse(raw_query.as_bytes())
            .filter(|(name, _)| !matches!(name.as_ref(), "offset" | "limit" | "asOf"))
            .map(|(name, value)| (name.into_owned(), value.into_owned()))
            .collect();
        let limit = query.limit as u64;
        let offset = query.offset as u64;
        let link = |offset: u64, rel: &str| {
            let mut url = form_urlencoded::Serializer::new(String::new());
            url.extend_pairs(&kept);
            url.append_pair("offset", &offset.to_string());
            url.append_pair("limit", &limit.to_string());
            url.append_pair("asOf", snapshot);
            format!(
                "<{}?{}>; rel=\"{rel}\"",
                self.collection_url(),
                url.finish()
            )
        };

        let last = total.saturating_sub(1) / limit * limit;
        let mut links = vec![link(0, "first")];
        if offset > 0 {
            links.push(link(offset.saturating_sub(limit), "prev"));
        }
        let next = offset.saturating_add(limit);
        if next < total {
            links.push(link(next, "next"));
        }
        links.push(link(last, "last"));
        links.join(", ")
    }
}

/// Reads one page: from the engine's own query answer if it has one, else from the indexes.
/// The customer index serves `customerId` filters and the creation index date ranges, both
/// in creation order; any other order reads every candidate and sorts.
fn execute(
    store: &dyn InteractionStore,
    query: &ListQuery,
    snapshot: &str,
) -> Result<Page, StoreError> {
    if let Some(page) = store.search(query, snapshot) {
        return page;
    }
    let descending = query.creation_order();
    let (candidates, covered) = candidates(query, descending.unwrap_or(true));
    // Filters the index read does not already guarantee, checked on each document.
    let residual: Vec<&Filter> = query
        .filters
        .iter()
        .enumerate()
        .filter(|(index, _)| Some(*index) != covered)
        .map(|(_, filter)| filter)
        .collect();
    // Ids stored after the snapshot are left out, so that paging is stable.
    let visible_ids = || {
        store
            .candidates(&candidates)
            .filter(|id| id.as_ref().map_or(true, |id| id.as_str() <= snapshot))
    };
    let matching = || {
        visible_ids().filter_map(|id| match id.and_then(|id| load(store, &id)) {
            Ok(Some((document, value))) => residual
                .iter()
                .all(|filter| filter.matches(&value))
                .then_some(Ok((document, value))),
            Ok(None) => None,
            Err(err) => Some(Err(err)),
        })
    };

    if descending.is_none() {
        tracing::debug!(sort = ?query.sort, "no index gives this order; reading every candidate");
        let mut all = matching().collect::<Result<Vec<_>, _>>()?;
        all.sort_by(|(_, a), (_, b)| query.compare(a, b));
        let documents = all.into_iter().map(|(document, _)| Ok(document));
        return page_of(documents, query);
    }

    if !residual.is_empty() {
        if matches!(candidates, Candidates::All { .. }) {
            tracing::debug!("no customerId filter; reading the creation index");
        }
        return page_of(
            matching().map(|found| found.map(|(document, _)| document)),
            query,
        );
    }

    // The index answers the whole filter: ids are counted without reading documents (or not
    // even counted, when the store's own count is the answer), and only the page is read.
    let (ids, total) = if query.as_of.is_none()
        && matches!(candidates, Candidates::All { range, .. } if range == TimeRange::ALL)
    {
        let ids = store
            .candidates(&candidates)
            .skip(query.offset)
            .take(query.limit)
            .collect::<Result<Vec<_>, _>>()?;
        (ids, store.count()?)
    } else {
        window(visible_ids(), query)?
    };
    let documents = ids
        .iter()
        .map(|id| store.get(id))
        .filter_map(Result::transpose)
        .collect::<Result<_, _>>()?;
    Ok(Page { documents, total })
}

/// The page `offset`/`limit` select from `items`, with the number of all items.
fn window<T>(
    items: impl Iterator<Item = Result<T, StoreError>>,
    query: &ListQuery,
) -> Result<(Vec<T>, u64), StoreError> {
    let mut page = Vec::with_capacity(query.limit);
    let mut total = 0u64;
    for item in items {
        let item = item?;
        total += 1;
        if total > query.offset as u64 && page.len() < query.limit {
            page.push(item);
        }
    }
    Ok((page, total))
}

fn page_of(
    documents: impl Iterator<Item = Result<Bytes, StoreError>>,
    query: &ListQuery,
) -> Result<Page, StoreError> {
    let (documents, total) = window(documents, query)?;
    Ok(Page { documents, total })
}

/// Whether a list query reads a handful of index entries rather than a range of the store.
fn is_short(query: &ListQuery) -> bool {
    let by_customer = matches!(candidates(query, true).0, Candidates::Customers { .. });
    query.creation_order().is_some()
        && (by_customer || (query.filters.is_empty() && query.as_of.is_none()))
}

/// A document, gone if it was deleted since its index entry was read.
fn load(store: &dyn InteractionStore, id: &str) -> Result<Option<(Bytes, Value)>, StoreError> {
    let Some(document) = store.get(id)? else {
        return Ok(None);
    };
    let value = serde_json::from_slice(&document)
        .map_err(|err| StoreError::Corrupt(format!("document {id}: {err}")))?;
    Ok(Some((document, value)))
}

/// The narrowest index read that holds every match, and the filter it answers exactly (a
/// `customerId` filter read from the customer index). Date filters are still applied to each
/// document, as the index range may be wider than the filter (by up to a microsecond).
fn candidates(query: &ListQuery, descending: bool) -> (Candidates, Option<usize>) {
    let mut range = TimeRange::ALL;
    for filter in &query.filters {
        let (Condition::Compare(comparison, Scalar::Instant(instant)), true) =
            (&filter.condition, filter.path == ["creationDate"])
        else {
            continue;
        };
        let micros = instant.timestamp_micros();
        match comparison {
            Comparison::Gt | Comparison::Gte => range.from = tighter_from(range.from, micros),
            Comparison::Lt | Comparison::Lte => range.to = tighter_to(range.to, micros),
        }
    }

    let customers = query
        .filters
        .iter()
        .enumerate()
        .find_map(|(index, filter)| match &filter.condition {
            Condition::OneOf(values) if filter.path == ["customerId"] => {
                let mut customer_ids: Vec<String> = values
                    .iter()
                    .filter_map(|value| match value {
                        Scalar::Text(text) => Some(text.clone()),
                        _ => None,
                    })
                    .collect();
                customer_ids.sort();
                customer_ids.dedup();
                Some((index, customer_ids))
            }
            _ => None,
        });
    match customers {
        Some((index, customer_ids)) => (
            Candidates::Customers {
                customer_ids,
                range,
                descending,
            },
            Some(index),
        ),
        None => (Candidates::All { range, descending }, None),
    }
}

fn tighter_from(current: Bound<i64>, micros: i64) -> Bound<i64> {
    match current {
        Bound::Included(existing) if existing >= micros => current,
        _ => Bound::Included(micros),
    }
}

fn tighter_to(current: Bound<i64>, micros: i64) -> Bound<i64> {
    match current {
        Bound::Included(existing) if existing <= micros => current,
        _ => Bound::Included(micros),
    }
}
