//! Every answer that is not a success: the outcomes a handler can branch on, their HTTP status,
//! and the spec's `Error` body. This is the one place where both are decided.

use std::convert::Infallible;

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt as _, Full};
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE, WWW_AUTHENTICATE};
use hyper::{Response, StatusCode};
use serde::Serialize;

use crate::clock;
use crate::store::StoreError;

pub type Body = BoxBody<Bytes, Infallible>;

/// The media type of every JSON answer, as the spec's `produces` spells it.
pub const JSON_CONTENT_TYPE: &str = "application/json;charset=utf-8";

/// The `WWW-Authenticate` challenges of the two security schemes the spec declares.
const CHALLENGES: [&str; 2] = [
    r#"Bearer realm="partyInteraction""#,
    r#"ApiKey realm="partyInteraction", header="X-API-Key""#,
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    MalformedJson(String),
    UnsupportedContentType {
        given: String,
        /// Subtypes of `application/…` accepted besides JSON.
        also: &'static [&'static str],
    },
    /// Something outside the body is malformed (a path or a header), as the generated glue
    /// found when parsing it.
    InvalidRequest(String),
    BodyTooLarge {
        limit: usize,
    },
    BodyTooDeep {
        limit: usize,
    },
    /// An array of the body holds more items than any interaction needs.
    ArrayTooLong {
        path: String,
        limit: usize,
    },
    /// The header fields are too many or too large together.
    HeadersTooLarge {
        count: usize,
        bytes: usize,
    },
    BodyUnreadable(String),
    InvalidBody(Vec<String>),
    InvalidQuery(Vec<String>),
    /// An event subscription's callback URL that events may not be sent to.
    InvalidCallback(String),
    TooManySubscriptions {
        limit: usize,
    },
    Unauthorized(String),
    Forbidden(String),
    NotFound(String),
    MethodNotAllowed {
        allow: Vec<&'static str>,
    },
    TransactionIdConflict {
        transaction_id: String,
    },
    PreconditionFailed(String),
    /// The store's disk is (nearly) full: the change was not stored.
    StorageFull,
    /// Something went wrong on our side; the cause has been logged where it happened.
    Internal,
}

/// The spec's `Error` definition.
#[derive(Debug, Serialize)]
pub struct ErrorBody {
    pub code: &'static str,
    pub reason: &'static str,
    pub message: String,
    pub status: String,
    pub timestamp: String,
    #[serde(rename = "transactionId", skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
}

impl ApiError {
    pub fn status(&self) -> StatusCode {
        match self {
            Self::MalformedJson(_)
            | Self::UnsupportedContentType { .. }
            | Self::InvalidRequest(_)
            | Self::BodyTooLarge { .. }
            | Self::BodyTooDeep { .. }
            | Self::ArrayTooLong { .. }
            | Self::HeadersTooLarge { .. }
            | Self::BodyUnreadable(_)
            | Self::InvalidBody(_)
            | Self::InvalidQuery(_)
            | Self::InvalidCallback(_) => StatusCode::BAD_REQUEST,
            Self::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::NotFound(_) => StatusCode::NOT_FOUND,
            Self::MethodNotAllowed { .. } => StatusCode::METHOD_NOT_ALLOWED,
            Self::TransactionIdConflict { .. } | Self::TooManySubscriptions { .. } => {
                StatusCode::CONFLICT
            }
            Self::PreconditionFailed(_) => StatusCode::PRECONDITION_FAILED,
            Self::StorageFull | Self::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The `code` of the `Error` body: stable, for clients to branch on.
    pub fn code(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "malformedJson",
            Self::UnsupportedContentType { .. } => "unsupportedContentType",
            Self::InvalidRequest(_) => "invalidRequest",
            Self::BodyTooLarge { .. } => "bodyTooLarge",
            Self::BodyTooDeep { .. } => "bodyTooDeep",
            Self::ArrayTooLong { .. } => "arrayTooLong",
            Self::HeadersTooLarge { .. } => "headersTooLarge",
            Self::BodyUnreadable(_) => "bodyUnreadable",
            Self::InvalidBody(_) => "invalidBody",
            Self::InvalidQuery(_) => "invalidQuery",
            Self::InvalidCallback(_) => "invalidCallback",
            Self::Unauthorized(_) => "unauthorized",
            Self::Forbidden(_) => "forbidden",
            Self::NotFound(_) => "notFound",
            Self::MethodNotAllowed { .. } => "methodNotAllowed",
            Self::TransactionIdConflict { .. } => "transactionIdConflict",
            Self::TooManySubscriptions { .. } => "tooManySubscriptions",
            Self::PreconditionFailed(_) => "preconditionFailed",
            Self::StorageFull => "storageFull",
            Self::Internal => "internalError",
        }
    }

    /// The `reason` of the `Error` body: a short sentence a client may show to a user.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::MalformedJson(_) => "The request body is not valid JSON",
            Self::UnsupportedContentType { .. } => "The request body must be JSON",
            Self::InvalidRequest(_) => "The request is malformed",
            Self::BodyTooLarge { .. } => "The request body is too large",
            Self::BodyTooDeep { .. } => "The request body is nested too deeply",
            Self::ArrayTooLong { .. } => "An array of the request body is too long",
            Self::HeadersTooLarge { .. } => "The request headers are too large",
            Self::BodyUnreadable(_) => "The request body could not be read",
            Self::InvalidBody(_) => "The request body does not match the schema",
            Self::InvalidQuery(_) => "The query is not understood",
            Self::InvalidCallback(_) => "Events cannot be sent to this callback",
            Self::Unauthorized(_) => "Valid credentials are required",
            Self::Forbidden(_) => "The credentials do not allow this operation",
            Self::NotFound(_) => "Not found",
            Self::MethodNotAllowed { .. } => "Method not allowed",
            Self::TransactionIdConflict { .. } => {
                "The transactionId was already used with a different body"
            }
            Self::PreconditionFailed(_) => "The interaction has changed since it was read",
            Self::TooManySubscriptions { .. } => "The server holds as many subscriptions as it may",
            Self::StorageFull => "The server's storage is full",
            Self::Internal => "Internal server error",
        }
    }

    pub fn message(&self) -> String {
        match self {
            Self::MalformedJson(detail)
            | Self::BodyUnreadable(detail)
            | Self::Unauthorized(detail)
            | Self::Forbidden(detail)
            | Self::NotFound(detail)
            | Self::PreconditionFailed(detail)
            | Self::InvalidCallback(detail)
            | Self::InvalidRequest(detail) => detail.clone(),
            Self::UnsupportedContentType { given, also } => {
                let others: String = also
                    .iter()
                    .map(|subtype| format!(", application/{subtype}"))
                    .collect();
                format!("Content-Type {given} is not supported; send {JSON_CONTENT_TYPE}{others}")
            }
            Self::BodyTooLarge { limit } => {
                format!("the request body exceeds the limit of {limit} bytes")
            }
            Self::BodyTooDeep { limit } => {
                format!("arrays and objects may be nested at most {limit} levels deep")
            }
            Self::ArrayTooLong { path, limit } => {
                format!("{path} has more than {limit} items, the most an array may hold")
            }
            Self::HeadersTooLarge { count, bytes } => format!(
                "a request may have at most {count} header fields of at most {bytes} bytes \
                 together"
            ),
            Self::InvalidBody(violations) | Self::InvalidQuery(violations) => violations.join("; "),
            Self::MethodNotAllowed { allow } => {
                format!("this resource supports {}", allow.join(", "))
            }
            // The id itself is in the body's `transactionId`, not repeated here.
            Self::TransactionIdConflict { .. } => "the transactionId identifies an earlier \
                request with a different body; send the same body to retry it, or use a new \
                transactionId"
                .to_owned(),
            Self::TooManySubscriptions { limit } => format!(
                "the server holds {limit} event subscriptions, its limit; remove one \
                 (DELETE /hub/{{id}}) first"
            ),
            Self::StorageFull => "the change was not stored, as the server is out of disk space; \
                reads still work; try again later"
                .to_owned(),
            Self::Internal => "the request could not be processed; try again later".to_owned(),
        }
    }

    pub fn body(&self, transaction_id: Option<&str>) -> ErrorBody {
        ErrorBody {
            code: self.code(),
            reason: self.reason(),
            message: self.message(),
            status: self.status().as_u16().to_string(),
            timestamp: clock::now_rfc3339(),
            transaction_id: transaction_id.map(str::to_owned),
        }
    }

    pub fn into_response(self, transaction_id: Option<&str>) -> Response<Body> {
        let mut response = json_response(self.status(), &self.body(transaction_id));
        let headers = response.headers_mut();
        match &self {
            Self::Unauthorized(_) => {
                for challenge in CHALLENGES {
                    headers.append(WWW_AUTHENTICATE, HeaderValue::from_static(challenge));
                }
            }
            Self::MethodNotAllowed { allow } => {
                if let Ok(value) = HeaderValue::from_str(&allow.join(", ")) {
                    headers.insert(ALLOW, value);
                }
            }
            _ => {}
        }
        response
    }
}

/// A failure of the store, logged with its cause. A full disk gets its own answer, so that a
/// client knows nothing was stored and to try again later; anything else is internal.
pub fn store_failure(what: &str, err: StoreError) -> ApiError {
    match err.classified() {
        StoreError::StorageFull(detail) => {
            tracing::warn!(cause = %detail, "{what}: the disk is full; writes are refused");
            ApiError::StorageFull
        }
        err => {
            tracing::error!(cause = %err, "{what}");
            ApiError::Internal
        }
    }
}

pub fn full_body(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).boxed()
}

pub fn json_response(status: StatusCode, value: &impl Serialize) -> Response<Body> {
    // Serialising our own plain structs cannot fail; an empty object keeps the answer JSON if
    // that ever changes.
    let bytes = serde_json::to_vec(value).unwrap_or_else(|_| b"{}".to_vec());
    let mut response = Response::new(full_body(bytes));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(JSON_CONTENT_TYPE));
    response
}
