//! The HTTP front of the server: everything the generated glue does not do, wrapped around it.
//!
//! A request flows: route (the glue's own path table) → 404/405 → authenticate → scope →
//! content type, size, depth and schema of the body → the generated service, which calls
//! [`Interactions`] → the answer, with the exact stored documents in place of the glue's
//! re-serialised models, and every error turned into the spec's `Error` JSON.

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::FutureExt as _;
use http_body_util::Full;
use hyper::body::{Body as _, Incoming};
use hyper::header::HeaderValue;
use hyper::service::Service as _;
use hyper::{HeaderMap, Request, Response};
use party_interaction_api::server::ApiRequestParser;
use serde_json::Value;
use swagger::{RequestParser as _, XSpanIdString};
use tracing::Instrument as _;

use crate::auth::{Authenticator, Scope};
use crate::context::{Query, RequestContext};
use crate::errors::{ApiError, Body};
use crate::interactions::{transaction_id, Interactions};
use crate::ops::{self, metrics, Endpoint, Operations};
use crate::query::{self, Attributes};
use crate::spec::Definitions;
use crate::validate::{BodyError, BodyValidator, MAX_ARRAY_ITEMS, MAX_JSON_DEPTH};

mod body;
mod glue;

use body::{check_content_type, read_body, transaction_id_of, JsonBody};
use glue::{finish, without_query};

/// Methods probed to fill `Allow` when a path exists but the method does not.
const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

const SPAN_ID_HEADER: &str = "x-span-id";
/// The request id: taken from the client when sane (before `X-Span-ID`), echoed in both.
const REQUEST_ID_HEADER: &str = "x-request-id";

/// Most header fields a request may have, and most bytes they may take together (names and
/// values). Beyond these a request is refused with 400 `headersTooLarge`. hyper's own limits
/// (see [`crate::server`]) are set well above them, so that this answer, with the spec's
/// `Error` body, is what a client normally meets.
pub const MAX_HEADER_COUNT: usize = 100;
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// What one request may cost; beyond it the request is refused before any work is done.
#[derive(Debug, Clone, Copy)]
pub struct RequestLimits {
    /// Largest body, in bytes.
    pub body_limit: usize,
    /// Longest time the body may take to arrive.
    pub body_timeout: Duration,
}

type GeneratedService = party_interaction_api::server::Service<Interactions, RequestContext>;

/// The whole HTTP application, cheap to clone per connection.
#[derive(Clone)]
pub struct App {
    shared: Arc<Shared>,
    /// The operator's endpoints' needs; without them `/ready` answers from the process alone
    /// and there are no metrics or export.
    operations: Option<Arc<Operations>>,
    /// The client's address, for the log of refused credentials.
    peer: Option<SocketAddr>,
}

struct Shared {
    authenticator: Authenticator,
    create_body: JsonBody,
    patch_body: JsonBody,
    subscription_body: JsonBody,
    attributes: Attributes,
    limits: RequestLimits,
    generated: GeneratedService,
}

/// How the middleware treats one operation of the generated router.
struct Operation {
    scope: Scope,
    body: Option<fn(&Shared) -> &JsonBody>,
    query: QueryKind,
}

#[derive(Clone, Copy)]
enum QueryKind {
    /// The operation takes no query, and any parameter is refused.
    Refused,
    Fields,
    List,
}

const CREATE: &str = "PartyInteraction_Create";
const UPDATE: &str = "PartyInteraction_Update";
const SUBSCRIBE: &str = "EventSubscriptionInput";

/// Bodies up to this size are parsed and validated on the async thread that read them (a full
/// call-centre interaction is 2 KiB); larger ones on a blocking thread.
const INLINE_VALIDATION_BYTES: usize = 16 * 1024;

/// Media type of JSON Merge Patch (RFC 7386).
const MERGE_PATCH: &str = "merge-patch+json";

impl App {
    pub fn new(
        interactions: Interactions,
        authenticator: Authenticator,
        definitions: &Definitions,
        limits: RequestLimits,
    ) -> anyhow::Result<Self> {
        Ok(Self {
            shared: Arc::new(Shared {
                authenticator,
                create_body: JsonBody::new(
                    definitions,
                    CREATE,
                    BodyValidator::new(definitions, CREATE)?,
                    &[],
                )?,
                patch_body: JsonBody::new(
                    definitions,
                    UPDATE,
                    BodyValidator::new(definitions, UPDATE)?,
                    &[MERGE_PATCH],
                )?,
                subscription_body: JsonBody::new(
                    definitions,
                    SUBSCRIBE,
                    BodyValidator::new(definitions, SUBSCRIBE)?,
                    &[],
                )?,
                attributes: Attributes::of(definitions, "PartyInteraction"),
                limits,
                generated: GeneratedService::new(interactions, false),
            }),
            operations: None,
            peer: None,
        })
    }

    /// This application for one connection from `peer`.
    pub fn for_peer(&self, peer: SocketAddr) -> Self {
        Self {
            peer: Some(peer),
            ..self.clone()
        }
    }

    pub fn with_operations(mut self, operations: Operations) -> Self {
        self.operations = Some(Arc::new(operations));
        self
    }

    pub async fn handle(&self, request: Request<Incoming>) -> Response<Body> {
        let started = Instant::now();
        let span_id = span_id(request.headers());
        let method = request.method().clone();
        let path = request.uri().path().to_owned();
        let request_bytes = content_length(request.headers());
        let scheme = metrics::auth_scheme(request.headers());
        let endpoint = Endpoint::of(&path);
        let operation = match endpoint {
            Some(_) => None,
            None => ApiRequestParser::parse_operation_id(&request),
        };

        let span = tracing::info_span!("request", span_id = %span_id, request_id = %span_id);
        let mut response = match (oversized_headers(request.headers()), endpoint, operation) {
            (Some(refused), _, _) => refused.into_response(None),
            (None, Some(endpoint), _) => {
                self.operator_endpoint(endpoint, request)
                    .instrument(span.clone())
                    .await
            }
            (None, None, Some(operation)) => {
                self.operation(operation, request, &span_id)
                    .instrument(span.clone())
                    .await
            }
            (None, None, None) => unrouted(&request).into_response(None),
        };

        if let Ok(value) = HeaderValue::from_str(&span_id) {
            response.headers_mut().insert(SPAN_ID_HEADER, value.clone());
            response.headers_mut().insert(REQUEST_ID_HEADER, value);
        }
        let label = endpoint.map(Endpoint::name).or(operation).unwrap_or("-");
        let status = response.status();
        let latency = started.elapsed();
        metrics::record_request(
            label,
            status,
            latency,
            request_bytes,
            response.body().size_hint().exact(),
        );
        if status == hyper::StatusCode::UNAUTHORIZED {
            metrics::record_auth_failure(scheme);
        }
        // Probes and scrapes come every few seconds: at `info` they would drown the requests.
        let polled = endpoint.is_some_and(Endpoint::is_polled);
        span.in_scope(|| match polled {
            true => tracing::debug!(
                operation = label,
                %method,
                path,
                status = status.as_u16(),
                latency = ?latency,
                "request"
            ),
            false => tracing::info!(
                operation = label,
                %method,
                path,
                status = status.as_u16(),
                latency = ?latency,
                "request"
            ),
        });
        response
    }

    /// `/health`, `/ready`, `/metrics`, the spec and the export (see [`crate::ops`]).
    async fn operator_endpoint(
        &self,
        endpoint: Endpoint,
        request: Request<Incoming>,
    ) -> Response<Body> {
        if request.method() != hyper::Method::GET {
            return ops::only_get().into_response(None);
        }
        let operations = self.operations.as_deref();
        match endpoint {
            Endpoint::Health => ops::health(),
            Endpoint::Ready => ops::ready(operations.map(|ops| Arc::clone(&ops.store))).await,
            Endpoint::OpenApiJson => ops::openapi_json(),
            Endpoint::OpenApiYaml => ops::openapi_yaml(),
            Endpoint::Metrics => {
                // Without a token, metrics are not served here at all: the path does not exist.
                let (Some(ops), Some(token)) = (
                    operations,
                    operations.and_then(|ops| ops.metrics_token.as_deref()),
                ) else {
                    return unrouted(&request).into_response(None);
                };
                let Some(exporter) = &ops.metrics else {
                    return unrouted(&request).into_response(None);
                };
                if !metrics::token_matches(request.headers(), token) {
                    return ApiError::Unauthorized(
                        "/metrics needs the metrics token as Authorization: Bearer".to_owned(),
                    )
                    .into_response(None);
                }
                exporter.respond().await
            }
            Endpoint::Export => {
                let Some(ops) = operations else {
                    return unrouted(&request).into_response(None);
                };
                let authenticated = self
                    .shared
                    .authenticator
                    .authenticate(request.headers(), self.peer);
                let principal = match authenticated {
                    Ok(principal) => principal,
                    Err(err) => return err.into_response(None),
                };
                if let Err(err) = principal.require(Scope::Write) {
                    return err.into_response(None);
                }
                tracing::info!(subject = principal.subject, "export requested");
                ops::backup::export_response(Arc::clone(&ops.store), &ops.data_dir).await
            }
        }
    }

    /// The operations of the generated router, as the middleware must treat them.
    fn describe(&self, operation: &str) -> Option<Operation> {
        let bodiless = |scope, query| Operation {
            scope,
            body: None,
            query,
        };
        Some(match operation {
            // The spec declares no query for writes: a parameter (`dryRun=true`, say) that was
            // ignored would let a client believe it changed what the write does.
            "CreatePartyInteraction" => Operation {
                scope: Scope::Write,
                body: Some(|shared| &shared.create_body),
                query: QueryKind::Refused,
            },
            "PatchPartyInteraction" => Operation {
                scope: Scope::Write,
                body: Some(|shared| &shared.patch_body),
                query: QueryKind::Refused,
            },
            "DeletePartyInteraction" => bodiless(Scope::Write, QueryKind::Refused),
            "ListPartyInteraction" => bodiless(Scope::Read, QueryKind::List),
            "RetrievePartyInteraction" => bodiless(Scope::Read, QueryKind::Fields),
            // Subscriptions name where data goes, so reading one needs `write` too.
            "RegisterListener" => Operation {
                scope: Scope::Write,
                body: Some(|shared| &shared.subscription_body),
                query: QueryKind::Refused,
            },
            "RetrieveListener" | "UnregisterListener" => bodiless(Scope::Write, QueryKind::Refused),
            _ => return None,
        })
    }

    async fn operation(
        &self,
        operation: &'static str,
        request: Request<Incoming>,
        span_id: &str,
    ) -> Response<Body> {
        let Some(described) = self.describe(operation) else {
            tracing::error!(
                operation,
                "the generated router knows an operation we do not"
            );
            return ApiError::Internal.into_response(None);
        };

        let authenticated = self
            .shared
            .authenticator
            .authenticate(request.headers(), self.peer);
        let principal = match authenticated {
            Ok(principal) => principal,
            Err(err) => return err.into_response(None),
        };
        if let Err(err) = principal.require(described.scope) {
            return err.into_response(None);
        }

        let (mut parts, body) = request.into_parts();
        let raw_query = parts.uri.query().unwrap_or_default().to_owned();
        let query = match self.parse_query(described.query, &raw_query) {
            Ok(query) => query,
            Err(err) => return err.into_response(None),
        };
        parts.uri = without_query(&parts.uri);
        let (forwarded, validated) = match described.body {
            Some(json) => match self.read_json(&parts.headers, body, json).await {
                Ok(value) => (
                    json(&self.shared).placeholder.clone(),
                    Some(Arc::new(value)),
                ),
                Err((err, bytes)) => {
                    let transaction_id = bytes.as_deref().and_then(transaction_id_of);
                    return err.into_response(transaction_id.as_deref());
                }
            },
            None => (Bytes::new(), None),
        };
        let transaction_id = validated
            .as_deref()
            .and_then(transaction_id)
            .map(str::to_owned);

        let representation = Arc::new(OnceLock::new());
        let context = RequestContext {
            span_id: XSpanIdString(span_id.to_owned()),
            authorization: Some(principal.authorization()),
            body: validated,
            query,
            representation: Arc::clone(&representation),
        };
        let request = Request::from_parts(parts, Full::new(forwarded));
        match self.shared.generated.call((request, context)).await {
            Ok(response) => finish(response, representation.get(), transaction_id.as_deref()).await,
            Err(err) => {
                tracing::error!(cause = %err, "the generated service failed");
                ApiError::Internal.into_response(transaction_id.as_deref())
            }
        }
    }

    fn parse_query(&self, kind: QueryKind, raw: &str) -> Result<Query, ApiError> {
        let attributes = &self.shared.attributes;
        let invalid = |err: query::QueryError| ApiError::InvalidQuery(err.0);
        Ok(match kind {
            QueryKind::Refused => {
                query::parse_nothing(raw).map_err(invalid)?;
                Query::None
            }
            QueryKind::Fields => {
                Query::Fields(query::parse_fields_only(raw, attributes).map_err(invalid)?)
            }
            QueryKind::List => Query::List {
                parsed: Arc::new(query::parse(raw, attributes).map_err(invalid)?),
                raw: raw.to_owned(),
            },
        })
    }

    /// Reads and validates a JSON body. A failure comes with the bytes read, if any, so the
    /// error can carry the request's `transactionId`.
    async fn read_json(
        &self,
        headers: &HeaderMap,
        body: Incoming,
        json: fn(&Shared) -> &JsonBody,
    ) -> Result<Value, (ApiError, Option<Bytes>)> {
        check_content_type(headers, json(&self.shared).also_accepted).map_err(|err| (err, None))?;
        let bytes = read_body(headers, body, self.shared.limits)
            .await
            .map_err(|err| (err, None))?;
        // Parsing and validating a megabyte takes milliseconds: not on the async threads. A
        // body of a few kilobytes takes less than the hop to another thread and back.
        let parsed = if bytes.len() <= INLINE_VALIDATION_BYTES {
            json(&self.shared).validator.parse(&bytes)
        } else {
            let (shared, body) = (Arc::clone(&self.shared), bytes.clone());
            tokio::task::spawn_blocking(move || json(&shared).validator.parse(&body))
                .await
                .map_err(|err| {
                    tracing::error!(cause = %err, "body validation failed to run");
                    (ApiError::Internal, None)
                })?
        };
        match parsed {
            Ok(value) => Ok(value),
            Err(err) => {
                let err = match err {
                    BodyError::Malformed(detail) => ApiError::MalformedJson(detail),
                    BodyError::TooDeep => ApiError::BodyTooDeep {
                        limit: MAX_JSON_DEPTH,
                    },
                    BodyError::ArrayTooLong { path } => ApiError::ArrayTooLong {
                        path,
                        limit: MAX_ARRAY_ITEMS,
                    },
                    BodyError::Invalid(violations) => ApiError::InvalidBody(violations),
                };
                Err((err, Some(bytes)))
            }
        }
    }
}

impl hyper::service::Service<Request<Incoming>> for App {
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn call(&self, request: Request<Incoming>) -> Self::Future {
        let app = self.clone();
        Box::pin(async move {
            // A panic is a bug of ours; the client still gets an answer, and the log the cause.
            match AssertUnwindSafe(app.handle(request)).catch_unwind().await {
                Ok(response) => Ok(response),
                Err(panic) => {
                    let cause = panic
                        .downcast_ref::<&str>()
                        .map(|text| (*text).to_owned())
                        .or_else(|| panic.downcast_ref::<String>().cloned())
                        .unwrap_or_default();
                    tracing::error!(cause, "a request handler panicked");
                    Ok(ApiError::Internal.into_response(None))
                }
            }
        })
    }
}

/// 405 with `Allow` when the path exists for other methods, else 404.
fn unrouted<B>(request: &Request<B>) -> ApiError {
    let allow: Vec<&'static str> = METHODS
        .into_iter()
        .filter(|method| {
            Request::builder()
                .method(*method)
                .uri(request.uri())
                .body(())
                .is_ok_and(|probe| ApiRequestParser::parse_operation_id(&probe).is_some())
        })
        .collect();
    if allow.is_empty() {
        ApiError::NotFound(format!("there is no resource at {}", request.uri().path()))
    } else {
        ApiError::MethodNotAllowed { allow }
    }
}

/// A 400 when the request's header fields are more, or larger, than a request needs.
fn oversized_headers(headers: &HeaderMap) -> Option<ApiError> {
    let bytes: usize = headers
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    (headers.len() > MAX_HEADER_COUNT || bytes > MAX_HEADER_BYTES).then_some(
        ApiError::HeadersTooLarge {
            count: MAX_HEADER_COUNT,
            bytes: MAX_HEADER_BYTES,
        },
    )
}

/// The client's `X-Request-ID`, else its `X-Span-ID`, when it is a sane token; else a new one.
fn span_id(headers: &HeaderMap) -> String {
    [REQUEST_ID_HEADER, SPAN_ID_HEADER]
        .into_iter()
        .find_map(|name| {
            headers
                .get(name)
                .and_then(|value| value.to_str().ok())
                .filter(|value| {
                    !value.is_empty()
                        && value.len() <= 64
                        && value
                            .bytes()
                            .all(|byte| byte.is_ascii_alphanumeric() || b"-_.".contains(&byte))
                })
        })
        .map(str::to_owned)
        .unwrap_or_else(|| uuid::Uuid::new_v4().to_string())
}

/// The declared size of the request body, if any.
fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(hyper::header::CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.parse().ok())
}
