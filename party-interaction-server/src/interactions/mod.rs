//! The operations of the API on party interactions: the generated `Api` trait, implemented.
//!
//! Handlers work from the JSON the middleware validated and answer with the exact stored
//! documents (see [`RequestContext::representation`]); the generated models, which are lossy,
//! only fill the glue's response types.

mod change;
mod create;
mod read;

use std::sync::Arc;

use async_trait::async_trait;
use bytes::Bytes;
use party_interaction_api::{
    models, Api, CreatePartyInteractionResponse, DeletePartyInteractionResponse,
    ListPartyInteractionResponse, PatchPartyInteractionResponse, RegisterListenerResponse,
    RetrieveListenerResponse, RetrievePartyInteractionResponse, UnregisterListenerResponse,
    BASE_PATH,
};
use serde_json::Value;
use sha2::{Digest as _, Sha256};

use crate::context::{Query, Representation, RequestContext};
use crate::errors::{store_failure, ApiError};
use crate::events::hub::Hub;
use crate::spec::Definitions;
use crate::store::{InteractionStore, StoreError};
use crate::validate::BodyValidator;

pub use create::{fingerprint, transaction_id};

/// The handlers, shared by every connection (those of the event hub delegate to [`Hub`]).
#[derive(Clone)]
pub struct Interactions {
    shared: Arc<Shared>,
}

struct Shared {
    store: Arc<dyn InteractionStore>,
    definitions: Definitions,
    /// What every stored interaction satisfies; a patched one too.
    stored_shape: BodyValidator,
    /// Scheme, host and any prefix in front of the base path, without a trailing slash.
    public_url: String,
    hub: Hub,
}

impl Interactions {
    pub fn new(
        store: Arc<dyn InteractionStore>,
        definitions: Definitions,
        public_url: &str,
        hub: Hub,
    ) -> anyhow::Result<Self> {
        Ok(Self {
            shared: Arc::new(Shared {
                store,
                stored_shape: BodyValidator::new(&definitions, "PartyInteraction_Create")?,
                definitions,
                public_url: public_url.trim_end_matches('/').to_owned(),
                hub,
            }),
        })
    }

    fn collection_url(&self) -> String {
        format!("{}{BASE_PATH}/partyInteraction", self.shared.public_url)
    }

    fn href(&self, id: &str) -> String {
        format!("{}/{id}", self.collection_url())
    }

    /// Runs a read of the store on this worker thread, telling the runtime to move its other
    /// tasks elsewhere meanwhile. Reads are short and mostly served from the page cache; a hop
    /// to the blocking pool cost more than the read itself under load.
    fn read<T>(
        &self,
        work: impl FnOnce(&dyn InteractionStore) -> Result<T, StoreError>,
    ) -> Result<T, ApiError> {
        work(self.shared.store.as_ref()).map_err(|err| store_failure("the store failed", err))
    }

    /// Runs blocking store work (writes wait for the disk) off the async threads.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(&dyn InteractionStore) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, ApiError> {
        let store = Arc::clone(&self.shared.store);
        tokio::task::spawn_blocking(move || work(store.as_ref()))
            .await
            .map_err(|err| internal("a store task failed", &err))?
            .map_err(|err| store_failure("the store failed", err))
    }
}

#[async_trait]
impl Api<RequestContext> for Interactions {
    async fn register_listener(
        &self,
        _lossy: models::EventSubscriptionInput,
        context: &RequestContext,
    ) -> Result<RegisterListenerResponse, swagger::ApiError> {
        let Some(input) = context.body.as_deref() else {
            return Ok(RegisterListenerResponse::InternalServerError(missing_body()));
        };
        Ok(match self.shared.hub.register(input).await {
            Ok(representation) => {
                answer(context, representation);
                RegisterListenerResponse::Subscribed {
                    body: models::EventSubscription::new(String::new(), String::new()),
                    location: None,
                }
            }
            Err(err) => {
                let model = error_model(&err, None);
                match err {
                    ApiError::InvalidQuery(_) | ApiError::InvalidCallback(_) => {
                        RegisterListenerResponse::BadRequest(model)
                    }
                    ApiError::TooManySubscriptions { .. } => {
                        RegisterListenerResponse::Conflict(model)
                    }
                    _ => RegisterListenerResponse::InternalServerError(model),
                }
            }
        })
    }

    async fn retrieve_listener(
        &self,
        id: String,
        context: &RequestContext,
    ) -> Result<RetrieveListenerResponse, swagger::ApiError> {
        Ok(match self.shared.hub.retrieve(&id).await {
            Ok(representation) => {
                answer(context, representation);
                RetrieveListenerResponse::Success(models::EventSubscription::new(
                    String::new(),
                    String::new(),
                ))
            }
            Err(err) => {
                let model = error_model(&err, None);
                match err {
                    ApiError::NotFound(_) => RetrieveListenerResponse::NotFound(model),
                    _ => RetrieveListenerResponse::InternalServerError(model),
                }
            }
        })
    }

    async fn unregister_listener(
        &self,
        id: String,
        _context: &RequestContext,
    ) -> Result<UnregisterListenerResponse, swagger::ApiError> {
        Ok(match self.shared.hub.unregister(&id).await {
            Ok(()) => UnregisterListenerResponse::Deleted,
            Err(err) => {
                let model = error_model(&err, None);
                match err {
                    ApiError::NotFound(_) => UnregisterListenerResponse::NotFound(model),
                    _ => UnregisterListenerResponse::InternalServerError(model),
                }
            }
        })
    }

    async fn create_party_interaction(
        &self,
        _lossy: models::PartyInteractionCreate,
        context: &RequestContext,
    ) -> Result<CreatePartyInteractionResponse, swagger::ApiError> {
        let Some(request) = context.body.as_deref() else {
            return Ok(CreatePartyInteractionResponse::InternalServerError(
                missing_body(),
            ));
        };
        let transaction_id = transaction_id(request);
        Ok(
            match self.create(request, context.span_id.0.clone()).await {
                Ok(representation) => {
                    answer(context, representation);
                    CreatePartyInteractionResponse::Created(models::PartyInteraction::new())
                }
                Err(err) => {
                    let model = error_model(&err, transaction_id);
                    match err {
                        ApiError::TransactionIdConflict { .. } => {
                            CreatePartyInteractionResponse::Conflict(model)
                        }
                        _ => CreatePartyInteractionResponse::InternalServerError(model),
                    }
                }
            },
        )
    }

    async fn list_party_interaction(
        &self,
        _fields: Option<String>,
        _offset: Option<u32>,
        _limit: Option<u8>,
        _as_of: Option<uuid::Uuid>,
        _sort: Option<String>,
        _customer_id: Option<String>,
        _status: Option<String>,
        _direction: Option<String>,
        _reason: Option<String>,
        context: &RequestContext,
    ) -> Result<ListPartyInteractionResponse, swagger::ApiError> {
        // Every parameter, declared or not, comes parsed from the middleware.
        let Query::List { parsed, raw } = &context.query else {
            return Ok(ListPartyInteractionResponse::InternalServerError(
                missing_query(),
            ));
        };
        Ok(match self.list(parsed, raw).await {
            Ok(page) => {
                answer(context, page);
                ListPartyInteractionResponse::Success {
                    body: Vec::new(),
                    x_total_count: None,
                    link: None,
                    x_result_count: None,
                }
            }
            Err(err) => {
                let model = error_model(&err, None);
                ListPartyInteractionResponse::InternalServerError(model)
            }
        })
    }

    async fn retrieve_party_interaction(
        &self,
        id: String,
        _fields: Option<String>,
        context: &RequestContext,
    ) -> Result<RetrievePartyInteractionResponse, swagger::ApiError> {
        let fields = match &context.query {
            Query::Fields(fields) => fields.as_deref(),
            _ => None,
        };
        Ok(match self.retrieve(&id, fields).await {
            Ok(representation) => {
                answer(context, representation);
                RetrievePartyInteractionResponse::Success {
                    body: models::PartyInteraction::new(),
                    e_tag: None,
                }
            }
            Err(err) => {
                let model = error_model(&err, None);
                match err {
                    ApiError::NotFound(_) => RetrievePartyInteractionResponse::NotFound(model),
                    _ => RetrievePartyInteractionResponse::InternalServerError(model),
                }
            }
        })
    }

    async fn patch_party_interaction(
        &self,
        id: String,
        _lossy: models::PartyInteractionUpdate,
        if_match: Option<String>,
        context: &RequestContext,
    ) -> Result<PatchPartyInteractionResponse, swagger::ApiError> {
        let Some(patch) = context.body.clone() else {
            return Ok(PatchPartyInteractionResponse::InternalServerError(
                missing_body(),
            ));
        };
        Ok(
            match self
                .patch(&id, patch, if_match, context.span_id.0.clone())
                .await
            {
                Ok(representation) => {
                    answer(context, representation);
                    PatchPartyInteractionResponse::Updated {
                        body: models::PartyInteraction::new(),
                        e_tag: None,
                    }
                }
                Err(err) => {
                    let model = error_model(&err, None);
                    match err {
                        ApiError::NotFound(_) => PatchPartyInteractionResponse::NotFound(model),
                        ApiError::PreconditionFailed(_) => {
                            PatchPartyInteractionResponse::PreconditionFailed(model)
                        }
                        ApiError::InvalidBody(_) => {
                            PatchPartyInteractionResponse::BadRequest(model)
                        }
                        _ => PatchPartyInteractionResponse::InternalServerError(model),
                    }
                }
            },
        )
    }

    async fn delete_party_interaction(
        &self,
        id: String,
        if_match: Option<String>,
        context: &RequestContext,
    ) -> Result<DeletePartyInteractionResponse, swagger::ApiError> {
        Ok(
            match self.delete(&id, if_match, context.span_id.0.clone()).await {
                Ok(()) => DeletePartyInteractionResponse::Deleted,
                Err(err) => {
                    let model = error_model(&err, None);
                    match err {
                        ApiError::NotFound(_) => DeletePartyInteractionResponse::NotFound(model),
                        ApiError::PreconditionFailed(_) => {
                            DeletePartyInteractionResponse::PreconditionFailed(model)
                        }
                        _ => DeletePartyInteractionResponse::InternalServerError(model),
                    }
                }
            },
        )
    }
}

/// Hands the exact answer to the middleware; see [`RequestContext::representation`].
fn answer(context: &RequestContext, representation: Representation) {
    // Each request has its own context and one handler call, so the slot is empty.
    let _ = context.representation.set(representation);
}

/// A strong entity tag of a stored document.
pub fn etag(document: &[u8]) -> String {
    let digest = Sha256::digest(document);
    let hex: String = digest[..16]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    format!("\"{hex}\"")
}

fn not_found(id: &str) -> ApiError {
    ApiError::NotFound(format!("there is no party interaction with id {id}"))
}

fn document_of(bytes: &Bytes) -> Result<Value, ApiError> {
    serde_json::from_slice(bytes).map_err(|err| internal("a stored document is not JSON", &err))
}

fn internal(what: &str, cause: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(cause = %cause, "{what}");
    ApiError::Internal
}

fn missing_query() -> models::Error {
    tracing::error!("the list handler was reached without a parsed query");
    error_model(&ApiError::Internal, None)
}

fn missing_body() -> models::Error {
    tracing::error!("a handler that needs a validated body was reached without one");
    error_model(&ApiError::Internal, None)
}

/// The generated glue wants the generated model of `Error`.
fn error_model(err: &ApiError, transaction_id: Option<&str>) -> models::Error {
    serde_json::to_value(err.body(transaction_id))
        .and_then(serde_json::from_value)
        .unwrap_or_else(|_| models::Error::new(err.code().to_owned(), err.reason().to_owned()))
}
