//! `POST /hub`, `GET /hub/{id}` and `DELETE /hub/{id}`: event subscriptions.

use std::sync::Arc;

use base64::Engine as _;
use bytes::Bytes;
use hyper::header::{HeaderValue, LOCATION};
use party_interaction_api::BASE_PATH;
use rand::RngCore as _;
use serde_json::Value;

use super::dispatch::Dispatcher;
use super::filter::EventFilter;
use super::Subscription;
use crate::clock;
use crate::context::Representation;
use crate::errors::{store_failure, ApiError};
use crate::query::Attributes;
use crate::store::{InteractionStore, StoreError};

/// Random bytes of a generated secret.
const SECRET_BYTES: usize = 32;

#[derive(Clone)]
pub struct Hub {
    store: Arc<dyn InteractionStore>,
    dispatcher: Dispatcher,
    attributes: Attributes,
    /// Scheme, host and any prefix in front of the base path, without a trailing slash.
    public_url: String,
    max_subscriptions: usize,
}

impl Hub {
    pub fn new(
        store: Arc<dyn InteractionStore>,
        dispatcher: Dispatcher,
        attributes: Attributes,
        public_url: &str,
        max_subscriptions: usize,
    ) -> Self {
        Self {
            store,
            dispatcher,
            attributes,
            public_url: public_url.trim_end_matches('/').to_owned(),
            max_subscriptions,
        }
    }

    /// Subscribes; the input was validated against `EventSubscriptionInput`.
    pub async fn register(&self, input: &Value) -> Result<Representation, ApiError> {
        let text = |name: &str| input.get(name).and_then(Value::as_str).map(str::to_owned);
        let callback = text("callback").unwrap_or_default();
        let query = text("query").filter(|query| !query.is_empty());
        EventFilter::parse(query.as_deref().unwrap_or(""), &self.attributes)
            .map_err(|err| ApiError::InvalidQuery(err.0))?;
        // Every subscription costs a delivery per event: a cap keeps a caller from turning the
        // server into an amplifier. Concurrent subscriptions may pass it by one or two.
        let store = Arc::clone(&self.store);
        let count = tokio::task::spawn_blocking(move || store.subscriptions().map(|all| all.len()))
            .await
            .map_err(|err| internal(&err))?
            .map_err(|err| internal(&err))?;
        if count >= self.max_subscriptions {
            return Err(ApiError::TooManySubscriptions {
                limit: self.max_subscriptions,
            });
        }
        self.dispatcher
            .policy()
            .check(&callback)
            .await
            .map_err(ApiError::InvalidCallback)?;

        let generated = text("secret").is_none();
        let subscription = Subscription {
            id: uuid::Uuid::now_v7().to_string(),
            callback,
            query,
            secret: text("secret").unwrap_or_else(generate_secret),
            created_at: clock::now_rfc3339(),
        };
        let record = serde_json::to_vec(&subscription).map_err(|err| internal(&err))?;
        let (store, id) = (Arc::clone(&self.store), subscription.id.clone());
        let position = tokio::task::spawn_blocking(move || store.add_subscription(&id, &record))
            .await
            .map_err(|err| internal(&err))?
            .map_err(|err| store_failure("storing a subscription failed", err))?;
        tracing::info!(
            subscription = subscription.id,
            callback = super::callback::loggable(&subscription.callback),
            query = subscription.query.as_deref().unwrap_or(""),
            "subscribed"
        );

        let mut resource = subscription.resource();
        if generated {
            resource["secret"] = subscription.secret.clone().into();
        }
        let mut representation = Representation {
            body: Bytes::from(resource.to_string()),
            ..Representation::default()
        };
        if let Ok(location) = HeaderValue::from_str(&self.url(&subscription.id)) {
            representation.headers.insert(LOCATION, location);
        }
        self.dispatcher.add(subscription, position);
        Ok(representation)
    }

    pub async fn retrieve(&self, id: &str) -> Result<Representation, ApiError> {
        let record = self
            .store
            .subscription(id)
            .map_err(|err| internal(&err))?
            .ok_or_else(|| not_found(id))?;
        let subscription: Subscription =
            serde_json::from_slice(&record).map_err(|err| internal(&err))?;
        Ok(Representation {
            body: Bytes::from(subscription.resource().to_string()),
            ..Representation::default()
        })
    }

    pub async fn unregister(&self, id: &str) -> Result<(), ApiError> {
        let (store, key) = (Arc::clone(&self.store), id.to_owned());
        let removed = tokio::task::spawn_blocking(move || store.remove_subscription(&key))
            .await
            .map_err(|err| internal(&err))?
            .map_err(|err: StoreError| store_failure("removing a subscription failed", err))?;
        if !removed {
            return Err(not_found(id));
        }
        self.dispatcher.remove(id);
        tracing::info!(subscription = id, "unsubscribed");
        Ok(())
    }

    fn url(&self, id: &str) -> String {
        format!("{}{BASE_PATH}/hub/{id}", self.public_url)
    }
}

fn generate_secret() -> String {
    let mut bytes = [0u8; SECRET_BYTES];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn not_found(id: &str) -> ApiError {
    ApiError::NotFound(format!("there is no event subscription with id {id}"))
}

fn internal(cause: &dyn std::fmt::Display) -> ApiError {
    tracing::error!(cause = %cause, "an event subscription operation failed");
    ApiError::Internal
}
