//! The answers of the generated glue, with its gaps closed.

use http_body_util::BodyExt as _;
use hyper::header::{HeaderValue, CONTENT_LENGTH, CONTENT_TYPE};
use hyper::{Response, StatusCode};

use crate::context::Representation;
use crate::errors::{full_body, ApiError, Body, JSON_CONTENT_TYPE};

/// The same URI without its query: the glue gets parameters from the context instead.
pub(super) fn without_query(uri: &hyper::Uri) -> hyper::Uri {
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = parts
        .path_and_query
        .and_then(|path_and_query| path_and_query.path().parse().ok());
    hyper::Uri::from_parts(parts).unwrap_or_else(|_| uri.clone())
}

/// Closes the glue's gaps in an answer it produced.
pub(super) async fn finish(
    response: Response<Body>,
    representation: Option<&Representation>,
    transaction_id: Option<&str>,
) -> Response<Body> {
    let status = response.status();
    if status == StatusCode::NO_CONTENT {
        // No content, but the spec's global `produces` covers every answer, and tools that
        // check answers against it (schemathesis) expect the header on a 204 too.
        let mut response = response;
        response
            .headers_mut()
            .entry(CONTENT_TYPE)
            .or_insert(HeaderValue::from_static(JSON_CONTENT_TYPE));
        return response;
    }
    if status.is_success() {
        if let Some(representation) = representation {
            let (mut parts, _lossy) = response.into_parts();
            parts.headers.remove(CONTENT_LENGTH);
            for (name, value) in &representation.headers {
                parts.headers.insert(name, value.clone());
            }
            return Response::from_parts(parts, full_body(representation.body.clone()));
        }
    }

    let is_json = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("application/json"));
    if status.is_success() || is_json {
        return response;
    }

    // The glue answered on its own, in text or with no body at all.
    let text = match response.into_body().collect().await {
        Ok(collected) => String::from_utf8_lossy(&collected.to_bytes()).into_owned(),
        Err(never) => match never {},
    };
    let err = match status {
        // Bodies reach the glue as valid placeholders, so what it refuses is a path or header.
        StatusCode::BAD_REQUEST => ApiError::InvalidRequest(text),
        StatusCode::NOT_FOUND => ApiError::NotFound("there is no such resource".to_owned()),
        StatusCode::UNAUTHORIZED => ApiError::Unauthorized(text),
        StatusCode::FORBIDDEN => ApiError::Forbidden(text),
        _ => {
            tracing::error!(status = status.as_u16(), cause = %text, "the generated glue failed");
            ApiError::Internal
        }
    };
    err.into_response(transaction_id)
}
