//! `PATCH /partyInteraction/{id}` (JSON Merge Patch) and `DELETE /partyInteraction/{id}`.

use std::sync::Arc;

use bytes::Bytes;
use hyper::header::{HeaderValue, ETAG};
use serde_json::{json, Value};

use super::{etag, not_found, Interactions};
use crate::clock;
use crate::context::Representation;
use crate::errors::ApiError;
use crate::store::{DeleteOutcome, UpdateOutcome};

impl Interactions {
    pub(super) async fn patch(
        &self,
        id: &str,
        patch: Arc<Value>,
        if_match: Option<String>,
        correlation_id: String,
    ) -> Result<Representation, ApiError> {
        // Taken once, so that a retried store transaction computes the same document.
        let now = clock::now_rfc3339();
        let this = self.clone();
        let key = id.to_owned();
        let outcome = self
            .blocking(move |store| {
                store.update(
                    &key,
                    &|current| this.apply(current, &patch, if_match.as_deref(), &now),
                    Some(&correlation_id),
                )
            })
            .await?;

        match outcome {
            UpdateOutcome::Updated(document) => {
                let mut representation = Representation::default();
                if let Ok(tag) = HeaderValue::from_str(&etag(&document)) {
                    representation.headers.insert(ETAG, tag);
                }
                representation.body = document;
                Ok(representation)
            }
            UpdateOutcome::NotFound => Err(not_found(id)),
            UpdateOutcome::Refused(err) => Err(err),
        }
    }

    /// The patched document, or why the patch cannot apply to `current`.
    fn apply(
        &self,
        current: &[u8],
        patch: &Value,
        if_match: Option<&str>,
        now: &str,
    ) -> Result<Bytes, ApiError> {
        let mut document: Value = serde_json::from_slice(current).map_err(|err| {
            tracing::error!(cause = %err, "a stored document is not JSON");
            ApiError::Internal
        })?;
        let status_before = document.get("status").cloned();
        json_patch::merge(&mut document, patch);
        let status_changed = document.get("status") != status_before.as_ref();
        if status_changed && patch.get("statusChangeDate").is_none() {
            document["statusChangeDate"] = now.into();
        }

        let resource = json!({ "$ref": "#/definitions/PartyInteraction" });
        let document = self.shared.definitions.project(&document, &resource);
        self.shared
            .stored_shape
            .validate(&document)
            .map_err(ApiError::InvalidBody)?;
        // After the checks of the patch itself: a bad patch is a 400 whatever its If-Match.
        check_if_match(current, if_match)?;
        Ok(Bytes::from(document.to_string()))
    }

    pub(super) async fn delete(
        &self,
        id: &str,
        if_match: Option<String>,
        correlation_id: String,
    ) -> Result<(), ApiError> {
        let key = id.to_owned();
        let outcome = self
            .blocking(move |store| {
                store.delete(
                    &key,
                    &|current| check_if_match(current, if_match.as_deref()),
                    Some(&correlation_id),
                )
            })
            .await?;
        match outcome {
            DeleteOutcome::Deleted(_) => Ok(()),
            DeleteOutcome::NotFound => Err(not_found(id)),
            DeleteOutcome::Refused(err) => Err(err),
        }
    }
}

/// An `If-Match` precondition on the current document.
fn check_if_match(current: &[u8], if_match: Option<&str>) -> Result<(), ApiError> {
    let Some(expected) = if_match else {
        return Ok(());
    };
    let actual = etag(current);
    if if_match_allows(expected, &actual) {
        Ok(())
    } else {
        Err(ApiError::PreconditionFailed(format!(
            "If-Match {expected} does not match the current ETag {actual}; read the \
             interaction again"
        )))
    }
}

/// RFC 9110 If-Match: `*`, or a list of entity tags compared strongly.
fn if_match_allows(header: &str, actual: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|tag| tag == "*" || tag == actual)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_match_compares_strongly_and_accepts_a_star() {
        assert!(if_match_allows("*", "\"a\""));
        assert!(if_match_allows("\"b\", \"a\"", "\"a\""));
        assert!(!if_match_allows("W/\"a\"", "\"a\""));
        assert!(!if_match_allows("\"b\"", "\"a\""));
    }
}
