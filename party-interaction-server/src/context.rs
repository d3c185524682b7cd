//! What the middleware hands to the generated glue and, through it, to the handlers.

use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use hyper::HeaderMap;
use serde_json::Value;

use crate::query::ListQuery;
use swagger::auth::Authorization;
use swagger::{Has, XSpanIdString};

/// Per-request context. The generated glue needs the span id and the caller's authorization;
/// the rest carries what the generated models would lose.
pub struct RequestContext {
    pub span_id: XSpanIdString,
    pub authorization: Option<Authorization>,
    /// The request body as validated by the middleware. The generated models turn
    /// `format: float` into `f32` and date-times into UTC, so handlers store this, not them.
    pub body: Option<Arc<Value>>,
    /// The query as the middleware parsed and checked it. TMF630 filters name any attribute,
    /// which the glue's declared parameters cannot carry, so the glue gets no query string.
    pub query: Query,
    /// The exact answer body of a success, which the middleware sends in place of the glue's
    /// serialisation of its (lossy) models, with headers the spec does not declare.
    pub representation: Arc<OnceLock<Representation>>,
}

#[derive(Debug, Clone, Default)]
pub enum Query {
    /// The operation takes no query (any parameter was refused before the handler).
    #[default]
    None,
    /// `fields` of a single-resource read.
    Fields(Option<Vec<String>>),
    /// A list query, with the query string as sent (for the links to other pages).
    List { parsed: Arc<ListQuery>, raw: String },
}

#[derive(Debug, Clone, Default)]
pub struct Representation {
    pub body: Bytes,
    pub headers: HeaderMap,
}

impl Has<XSpanIdString> for RequestContext {
    fn get(&self) -> &XSpanIdString {
        &self.span_id
    }

    fn get_mut(&mut self) -> &mut XSpanIdString {
        &mut self.span_id
    }

    fn set(&mut self, value: XSpanIdString) {
        self.span_id = value;
    }
}

impl Has<Option<Authorization>> for RequestContext {
    fn get(&self) -> &Option<Authorization> {
        &self.authorization
    }

    fn get_mut(&mut self) -> &mut Option<Authorization> {
        &mut self.authorization
    }

    fn set(&mut self, value: Option<Authorization>) {
        self.authorization = value;
    }
}
