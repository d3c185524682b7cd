//! The overlay's operations on single interactions and on the collection: retrieve, list,
//! patch and delete, over real HTTP, and checks on their answers.

use std::collections::BTreeMap;

use reqwest::header::{ETAG, LINK};
use reqwest::{Method, Url};
use serde_json::Value;

use super::http::{
    create, expect_created, expect_spec_conformance, send_with_headers, Answer, Auth,
};
use super::server::Server;

/// Media type of JSON Merge Patch (RFC 7386).
pub const MERGE_PATCH: &str = "application/merge-patch+json";

/// `<collection>/<id>`.
pub fn item_url(server: &Server, id: &str) -> String {
    format!("{}/{id}", server.collection_url())
}

fn with_query(url: &str, query: &[(&str, &str)]) -> String {
    Url::parse_with_params(url, query)
        .unwrap_or_else(|e| panic!("build a URL from {url}: {e}"))
        .to_string()
}

/// The `id` of an interaction document.
pub fn id_of(document: &Value) -> String {
    document["id"]
        .as_str()
        .unwrap_or_else(|| panic!("no string id in {document:#}"))
        .to_owned()
}

/// The ids of the documents, in order.
pub fn ids_of(documents: &[Value]) -> Vec<String> {
    documents.iter().map(id_of).collect()
}

/// POSTs `body`, checks the 201 and returns the created document.
pub async fn create_ok(server: &Server, auth: &Auth, body: &Value) -> Value {
    expect_created(&create(server, auth, body).await, &server.base_url)
}

/// GET of any URL (e.g. one from a `Link` header).
pub async fn get(url: &str, auth: &Auth) -> Answer {
    send_with_headers(Method::GET, url, auth, &[], None, None).await
}

/// `GET /partyInteraction/{id}`.
pub async fn retrieve(server: &Server, auth: &Auth, id: &str) -> Answer {
    get(&item_url(server, id), auth).await
}

/// `GET /partyInteraction/{id}?<query>`.
pub async fn retrieve_with(
    server: &Server,
    auth: &Auth,
    id: &str,
    query: &[(&str, &str)],
) -> Answer {
    get(&with_query(&item_url(server, id), query), auth).await
}

/// `GET /partyInteraction?<query>`.
pub async fn list(server: &Server, auth: &Auth, query: &[(&str, &str)]) -> Answer {
    get(&with_query(&server.collection_url(), query), auth).await
}

/// `PATCH /partyInteraction/{id}` with a JSON Merge Patch.
pub async fn patch(server: &Server, auth: &Auth, id: &str, patch: &Value) -> Answer {
    patch_with(server, auth, id, MERGE_PATCH, &[], patch).await
}

/// `PATCH /partyInteraction/{id}` with the given Content-Type and extra headers.
pub async fn patch_with(
    server: &Server,
    auth: &Auth,
    id: &str,
    content_type: &str,
    headers: &[(&str, &str)],
    patch: &Value,
) -> Answer {
    let body = serde_json::to_vec(patch).expect("serialize the patch");
    send_with_headers(
        Method::PATCH,
        &item_url(server, id),
        auth,
        headers,
        Some(content_type),
        Some(body),
    )
    .await
}

/// `DELETE /partyInteraction/{id}`.
pub async fn delete(server: &Server, auth: &Auth, id: &str) -> Answer {
    send_with_headers(Method::DELETE, &item_url(server, id), auth, &[], None, None).await
}

/// Checks a 200 answer against the spec and returns its body.
pub fn expect_ok(answer: &Answer) -> Value {
    assert_eq!(answer.status, 200, "expected 200, got: {answer:#?}");
    expect_spec_conformance(answer)
}

/// The answer's `ETag`, which must be an RFC 9110 entity-tag.
pub fn expect_etag(answer: &Answer) -> String {
    let tag = answer
        .header(ETAG)
        .unwrap_or_else(|| panic!("the answer has no ETag: {answer:#?}"));
    let opaque = tag.strip_prefix("W/").unwrap_or(tag);
    let well_formed = opaque.len() >= 2
        && opaque.starts_with('"')
        && opaque.ends_with('"')
        && !opaque[1..opaque.len() - 1].contains('"');
    assert!(well_formed, "ETag {tag:?} is not an entity-tag");
    tag.to_owned()
}

/// Checks a 204 answer: no body, as the spec says.
pub fn expect_no_content(answer: &Answer) {
    assert_eq!(answer.status, 204, "expected 204, got: {answer:#?}");
    expect_spec_conformance(answer);
}

/// A page of the list operation.
#[derive(Debug, Clone)]
pub struct Page {
    pub items: Vec<Value>,
    /// `X-Total-Count`.
    pub total: u64,
    /// `Link`: relation → URL.
    pub links: BTreeMap<String, String>,
}

impl Page {
    pub fn ids(&self) -> Vec<String> {
        ids_of(&self.items)
    }

    pub fn link(&self, rel: &str) -> Option<&str> {
        self.links.get(rel).map(String::as_str)
    }
}

fn count_header(answer: &Answer, name: &str) -> u64 {
    let value = answer
        .header(name)
        .unwrap_or_else(|| panic!("the list answer has no {name}: {answer:#?}"));
    value
        .parse()
        .unwrap_or_else(|e| panic!("{name} {value:?} is not a count: {e}"))
}

/// Checks a 200 list answer (spec schema, `X-Result-Count` equal to the items, a `Link`
/// header) and returns the page.
pub fn expect_page(answer: &Answer) -> Page {
    let body = expect_ok(answer);
    let items = body
        .as_array()
        .unwrap_or_else(|| panic!("the list answer is not an array: {body:#}"))
        .clone();
    let result_count = count_header(answer, "X-Result-Count");
    assert_eq!(
        result_count,
        items.len() as u64,
        "X-Result-Count disagrees with the {} items of the page",
        items.len()
    );
    let total = count_header(answer, "X-Total-Count");
    let header = answer
        .headers
        .get_all(LINK)
        .iter()
        .map(|value| value.to_str().expect("Link is text"))
        .collect::<Vec<_>>()
        .join(", ");
    Page {
        items,
        total,
        links: parse_links(&header),
    }
}

/// RFC 8288 `Link` header: `<url>; rel="name", ...` → name → absolute URL.
pub fn parse_links(header: &str) -> BTreeMap<String, String> {
    let mut links = BTreeMap::new();
    let mut rest = header.trim();
    while let Some(start) = rest.find('<') {
        let end = rest[start..]
            .find('>')
            .map(|end| start + end)
            .unwrap_or_else(|| panic!("unclosed <...> in Link {header:?}"));
        let url = &rest[start + 1..end];
        let after = &rest[end + 1..];
        let params_end = after.find('<').unwrap_or(after.len());
        let params = &after[..params_end];
        let rels = params
            .split(';')
            .filter_map(|param| {
                let (name, value) = param.split_once('=')?;
                (name.trim().eq_ignore_ascii_case("rel")).then(|| {
                    value
                        .trim()
                        .trim_end_matches(',')
                        .trim()
                        .trim_matches('"')
                        .to_owned()
                })
            })
            .collect::<Vec<_>>();
        assert!(!rels.is_empty(), "a link without rel in {header:?}");
        for rel in rels.iter().flat_map(|rels| rels.split_whitespace()) {
            let previous = links.insert(rel.to_owned(), url.to_owned());
            assert!(
                previous.is_none(),
                "rel={rel} appears twice in Link {header:?}"
            );
        }
        rest = &after[params_end..];
    }
    links
}

/// The query parameters of a URL, in order.
pub fn query_of(url: &str) -> Vec<(String, String)> {
    Url::parse(url)
        .unwrap_or_else(|e| panic!("{url:?} is not a URL: {e}"))
        .query_pairs()
        .map(|(name, value)| (name.into_owned(), value.into_owned()))
        .collect()
}

/// The one value of query parameter `name` in `url`.
pub fn query_value(url: &str, name: &str) -> Option<String> {
    let values: Vec<String> = query_of(url)
        .into_iter()
        .filter(|(key, _)| key == name)
        .map(|(_, value)| value)
        .collect();
    assert!(values.len() <= 1, "{name} appears more than once in {url}");
    values.into_iter().next()
}
