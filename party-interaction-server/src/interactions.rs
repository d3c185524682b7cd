//! The operations of the API on party interactions: the generated `Api` trait, implemented.

use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use party_interaction_api::{models, Api, CreatePartyInteractionResponse, BASE_PATH};
use serde_json::{json, Value};
use sha2::{Digest as _, Sha256};

use crate::clock;
use crate::context::{Created, RequestContext};
use crate::errors::ApiError;
use crate::spec::Definitions;
use crate::store::{CreateOutcome, InteractionStore, NewInteraction, TransactionKey};

pub const RESULT_CODE: &str = "0000";
pub const RESULT_DESCRIPTION: &str = "Successfully processed";

/// The handlers, shared by every connection.
#[derive(Clone)]
pub struct Interactions {
    shared: Arc<Shared>,
}

struct Shared {
    store: Arc<dyn InteractionStore>,
    definitions: Definitions,
    /// Scheme, host and any prefix in front of the base path, without a trailing slash.
    public_url: String,
}

impl Interactions {
    pub fn new(
        store: Arc<dyn InteractionStore>,
        definitions: Definitions,
        public_url: &str,
    ) -> Self {
        Self {
            shared: Arc::new(Shared {
                store,
                definitions,
                public_url: public_url.trim_end_matches('/').to_owned(),
            }),
        }
    }

    fn href(&self, id: &str) -> String {
        format!(
            "{}{BASE_PATH}/partyInteraction/{id}",
            self.shared.public_url
        )
    }

    /// The `PartyInteraction` for a valid `PartyInteraction_Create`: every field the client
    /// sent that the resource has, unchanged, plus what the server assigns.
    fn new_document(&self, request: &Value, id: &str) -> Option<Value> {
        let resource = json!({ "$ref": "#/definitions/PartyInteraction" });
        let mut document = self.shared.definitions.project(request, &resource);
        let fields = document.as_object_mut()?;
        let now = clock::now_rfc3339();
        fields.insert("id".into(), id.into());
        fields.insert("href".into(), self.href(id).into());
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

    async fn create(&self, request: &Value) -> Result<Created, ApiError> {
        let id = uuid::Uuid::now_v7().to_string();
        let document = self.new_document(request, &id).ok_or_else(|| {
            tracing::error!("a validated create request is not a JSON object");
            ApiError::Internal
        })?;
        let transaction = transaction_id(request).map(|transaction_id| TransactionKey {
            transaction_id: transaction_id.to_owned(),
            fingerprint: fingerprint(request),
        });
        let new = NewInteraction {
            id,
            document: Bytes::from(document.to_string()),
            transaction: transaction.clone(),
        };

        let store = Arc::clone(&self.shared.store);
        let outcome = tokio::task::spawn_blocking(move || store.create(new))
            .await
            .map_err(|err| internal("the store task failed", &err))?
            .map_err(|err| internal("could not store the interaction", &err))?;

        match outcome {
            CreateOutcome::Created(document) => Ok(created(document)),
            CreateOutcome::Replayed(document) => {
                tracing::debug!("replayed an earlier request with the same transactionId");
                Ok(created(document))
            }
            CreateOutcome::TransactionConflict => Err(ApiError::TransactionIdConflict {
                transaction_id: transaction
                    .map(|key| key.transaction_id)
                    .unwrap_or_default(),
            }),
        }
    }
}

#[async_trait]
impl Api<RequestContext> for Interactions {
    async fn create_party_interaction(
        &self,
        _lossy: models::PartyInteractionCreate,
        context: &RequestContext,
    ) -> Result<CreatePartyInteractionResponse, swagger::ApiError> {
        let Some(request) = context.body.as_deref() else {
            tracing::error!("create reached the handler without a validated body");
            return Ok(CreatePartyInteractionResponse::InternalServerError(
                error_model(&ApiError::Internal, None),
            ));
        };
        let transaction_id = transaction_id(request);

        match self.create(request).await {
            Ok(created) => {
                let model = serde_json::from_slice(&created.document)
                    .unwrap_or_else(|_| models::PartyInteraction::new());
                // The middleware sends `created.document` itself; see `RequestContext::created`.
                let _ = context.created.set(created);
                Ok(CreatePartyInteractionResponse::Created(model))
            }
            Err(err) => {
                let model = error_model(&err, transaction_id);
                Ok(match err {
                    ApiError::TransactionIdConflict { .. } => {
                        CreatePartyInteractionResponse::Conflict(model)
                    }
                    _ => CreatePartyInteractionResponse::InternalServerError(model),
                })
            }
        }
    }
}

fn created(document: Bytes) -> Created {
    let href = serde_json::from_slice::<Value>(&document)
        .ok()
        .and_then(|value| value.get("href")?.as_str().map(str::to_owned))
        .unwrap_or_default();
    Created { href, document }
}

pub fn transaction_id(request: &Value) -> Option<&str> {
    request.get("transactionId")?.as_str()
}

fn internal(what: &str, cause: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(cause = %cause, "{what}");
    ApiError::Internal
}

/// The generated glue wants the generated model of `Error`.
fn error_model(err: &ApiError, transaction_id: Option<&str>) -> models::Error {
    serde_json::to_value(err.body(transaction_id))
        .and_then(serde_json::from_value)
        .unwrap_or_else(|_| models::Error::new(err.code().to_owned(), err.reason().to_owned()))
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
