//! Request bodies: media type, size, arrival time, and what the generated glue gets instead.

use bytes::Bytes;
use http_body_util::{BodyExt as _, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{CONTENT_LENGTH, CONTENT_TYPE};
use hyper::HeaderMap;
use serde_json::Value;

use super::RequestLimits;
use crate::errors::ApiError;
use crate::interactions::transaction_id;
use crate::spec::Definitions;
use crate::validate::BodyValidator;

/// A JSON request body: how to validate it, and what the generated glue gets in its place.
///
/// The glue parses bodies into its models, which are lossy (`format: float` becomes `f32`,
/// date-times become UTC) and refuse some valid JSON (a number beyond the `f32` range). The
/// handlers never read those models: they work from the validated JSON in the context. So the
/// glue is given the smallest body its model accepts, derived from the spec, and never sees,
/// loses or refuses what the client sent.
pub(super) struct JsonBody {
    pub(super) validator: BodyValidator,
    pub(super) placeholder: Bytes,
    /// Media subtypes of `application/…` accepted besides `json`.
    pub(super) also_accepted: &'static [&'static str],
}

impl JsonBody {
    pub(super) fn new(
        definitions: &Definitions,
        definition: &str,
        validator: BodyValidator,
        also_accepted: &'static [&'static str],
    ) -> anyhow::Result<Self> {
        Ok(Self {
            validator,
            placeholder: Bytes::from(definitions.minimal_instance(definition).to_string()),
            also_accepted,
        })
    }
}

/// JSON (or one of `also_accepted`), in UTF-8 if a charset is named at all.
pub(super) fn check_content_type(
    headers: &HeaderMap,
    also_accepted: &'static [&'static str],
) -> Result<(), ApiError> {
    let Some(value) = headers.get(CONTENT_TYPE) else {
        return Err(ApiError::UnsupportedContentType {
            given: "(none)".to_owned(),
            also: also_accepted,
        });
    };
    let text = value.to_str().unwrap_or("(not text)");
    let unsupported = || ApiError::UnsupportedContentType {
        given: text.to_owned(),
        also: also_accepted,
    };
    let media: mime::Mime = text.parse().map_err(|_| unsupported())?;
    let subtype = match media.suffix() {
        Some(suffix) => format!("{}+{}", media.subtype(), suffix),
        None => media.subtype().to_string(),
    };
    let json = media.type_() == mime::APPLICATION
        && (subtype == "json" || also_accepted.contains(&subtype.as_str()));
    let utf8 = media
        .get_param(mime::CHARSET)
        .is_none_or(|charset| charset == mime::UTF_8);
    if json && utf8 {
        Ok(())
    } else {
        Err(unsupported())
    }
}

pub(super) async fn read_body(
    headers: &HeaderMap,
    body: Incoming,
    limits: RequestLimits,
) -> Result<Bytes, ApiError> {
    let limit = limits.body_limit;
    let declared = headers
        .get(CONTENT_LENGTH)
        .and_then(|value| value.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit as u64) {
        return Err(ApiError::BodyTooLarge { limit });
    }

    match tokio::time::timeout(limits.body_timeout, Limited::new(body, limit).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(err)) if err.downcast_ref::<LengthLimitError>().is_some() => {
            Err(ApiError::BodyTooLarge { limit })
        }
        Ok(Err(err)) => Err(ApiError::BodyUnreadable(format!(
            "the body could not be read: {err}"
        ))),
        Err(_) => Err(ApiError::BodyUnreadable(format!(
            "the body did not arrive within {} ms",
            limits.body_timeout.as_millis()
        ))),
    }
}

/// The `transactionId` of a body that failed validation, if it has a readable one.
pub(super) fn transaction_id_of(bytes: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(bytes).ok()?;
    transaction_id(&value).map(str::to_owned)
}
