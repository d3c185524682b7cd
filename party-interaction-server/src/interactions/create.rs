//! `POST /partyInteraction`.

use bytes::Bytes;
use hyper::header::{HeaderValue, ETAG, LOCATION};
use serde_json::{json, Value};
use sha2::{Digest as _, Sha256};

use super::{etag, Interactions};
use crate::clock;
use crate::context::Representation;
use crate::errors::ApiError;
use crate::store::{CreateOutcome, NewInteraction, TransactionKey};

pub const RESULT_CODE: &str = "0000";
pub const RESULT_DESCRIPTION: &str = "Successfully processed";

impl Interactions {
    pub(super) async fn create(
        &self,
        request: &Value,
        correlation_id: String,
    ) -> Result<Representation, ApiError> {
        let id = uuid::Uuid::now_v7().to_string();
        let href = self.href(&id);
        let document = self.new_document(request, &id, &href).ok_or_else(|| {
            tracing::error!("a validated create request is not a JSON object");
            ApiError::Internal
        })?;
        // Two requests are the same when they would store the same interaction: fields that
        // are dropped do not count.
        let create = json!({ "$ref": "#/definitions/PartyInteraction_Create" });
        let transaction = transaction_id(request).map(|transaction_id| TransactionKey {
            transaction_id: transaction_id.to_owned(),
            fingerprint: fingerprint(&self.shared.definitions.project(request, &create)),
        });
        let new = NewInteraction {
            id,
            document: Bytes::from(document.to_string()),
            transaction: transaction.clone(),
            correlation_id: Some(correlation_id),
        };

        // Committing takes a blocking thread for a moment; waiting for the flush takes none.
        let (outcome, pending) = self
            .blocking(move |store| store.create_committed(new))
            .await?;
        self.shared
            .store
            .wait_durable(pending)
            .await
            .map_err(|err| super::internal("the store failed", &err))?;

        let (document, href) = match outcome {
            CreateOutcome::Created(document) => (document, href),
            CreateOutcome::Replayed(document) => {
                tracing::debug!("replayed an earlier request with the same transactionId");
                // The href the interaction got when it was created.
                let href = document_href(&document).unwrap_or(href);
                (document, href)
            }
            CreateOutcome::TransactionConflict => {
                return Err(ApiError::TransactionIdConflict {
                    transaction_id: transaction
                        .map(|key| key.transaction_id)
                        .unwrap_or_default(),
                })
            }
        };
        let mut representation = Representation::default();
        if let Ok(location) = HeaderValue::from_str(&href) {
            representation.headers.insert(LOCATION, location);
        }
        if let Ok(tag) = HeaderValue::from_str(&etag(&document)) {
            representation.headers.insert(ETAG, tag);
        }
        representation.body = document;
        Ok(representation)
    }

    /// The `PartyInteraction` for a valid `PartyInteraction_Create`: every field the client
    /// sent that the resource has, unchanged, plus what the server assigns.
    fn new_document(&self, request: &Value, id: &str, href: &str) -> Option<Value> {
        let resource = json!({ "$ref": "#/definitions/PartyInteraction" });
        let mut document = self.shared.definitions.project(request, &resource);
        let fields = document.as_object_mut()?;
        let now = clock::now_rfc3339();
        fields.insert("id".into(), id.into());
        fields.insert("href".into(), href.into());
        fields
            .entry("creationDate")
            .or_insert_with(|| now.clone().into());
        fields
            .entry("statusChangeDate")
            .or_insert_with(|| now.into());
        fields.insert("resultCode".into(), RESULT_CODE.into());
        fields.insert("resultDescription".into(), RESULT_DESCRIPTION.into());
        Some(document)
    }
}

fn document_href(document: &[u8]) -> Option<String> {
    let value: Value = serde_json::from_slice(document).ok()?;
    value.get("href")?.as_str().map(str::to_owned)
}

/// The request's `transactionId`; an empty one identifies nothing and is ignored.
pub fn transaction_id(request: &Value) -> Option<&str> {
    request
        .get("transactionId")?
        .as_str()
        .filter(|transaction_id| !transaction_id.is_empty())
}

/// SHA-256 of the request in a canonical form (object keys sorted, no whitespace), so that a
/// retry is recognised whatever order its serialiser wrote the keys in. It is stored with the
/// transaction id, so the form must never change.
pub fn fingerprint(request: &Value) -> [u8; 32] {
    let mut canonical = Vec::new();
    write_canonical(request, &mut canonical);
    Sha256::digest(&canonical).into()
}

fn write_canonical(value: &Value, out: &mut Vec<u8>) {
    match value {
        Value::Object(fields) => {
            let mut names: Vec<&String> = fields.keys().collect();
            names.sort();
            out.push(b'{');
            for (index, name) in names.into_iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                out.extend_from_slice(Value::from(name.as_str()).to_string().as_bytes());
                out.push(b':');
                write_canonical(&fields[name], out);
            }
            out.push(b'}');
        }
        Value::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b',');
                }
                write_canonical(item, out);
            }
            out.push(b']');
        }
        scalar => out.extend_from_slice(scalar.to_string().as_bytes()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fingerprint_ignores_key_order_but_not_values() {
        let a = json!({"reason": "r", "channel": [{"id": "CC", "href": "h"}]});
        let b = json!({"channel": [{"href": "h", "id": "CC"}], "reason": "r"});
        let c = json!({"channel": [{"href": "h", "id": "CC"}], "reason": "s"});

        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert_ne!(fingerprint(&a), fingerprint(&c));
    }
}
