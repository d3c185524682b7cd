//! Event notifications: TMF hub subscriptions, and their reliable delivery.
//!
//! - [`hub`]: `POST /hub`, `GET /hub/{id}`, `DELETE /hub/{id}`.
//! - [`envelope`]: the events of a change, which the store appends to its outbox in the same
//!   atomic step as the change (see [`crate::store`]).
//! - [`filter`]: a subscription's `query`, checked when subscribing and matched per event.
//! - [`callback`]: which callback URLs are allowed (server-side request forgery), checked when
//!   subscribing and again, on the resolved addresses, at every delivery.
//! - [`dispatch`]: one worker per subscription POSTs its events in order, signed, with retries;
//!   what keeps failing goes to the [`dead_letters`], which the command line ([`cli`]) lists and
//!   queues for replay.

pub mod callback;
pub mod cli;
pub mod dead_letters;
pub mod dispatch;
mod envelope;
pub mod filter;
pub mod hub;

use serde::{Deserialize, Serialize};

pub use envelope::envelopes;

/// The events of the official TMF683 v4 spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventType {
    Create,
    AttributeValueChange,
    StatusChange,
    Delete,
}

impl EventType {
    pub const ALL: [EventType; 4] = [
        EventType::Create,
        EventType::AttributeValueChange,
        EventType::StatusChange,
        EventType::Delete,
    ];

    pub fn name(self) -> &'static str {
        match self {
            EventType::Create => "PartyInteractionCreateEvent",
            EventType::AttributeValueChange => "PartyInteractionAttributeValueChangeEvent",
            EventType::StatusChange => "PartyInteractionStatusChangeEvent",
            EventType::Delete => "PartyInteractionDeleteEvent",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.name() == name)
    }
}

/// A subscription as stored. The secret is the key of the deliveries' signatures, so it is
/// kept as given (it cannot be hashed); the data directory must be protected accordingly.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subscription {
    pub id: String,
    pub callback: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    pub secret: String,
    #[serde(rename = "createdAt")]
    pub created_at: String,
}

impl Subscription {
    /// The `EventSubscription` resource (no secret).
    pub fn resource(&self) -> serde_json::Value {
        let mut resource = serde_json::json!({ "id": self.id, "callback": self.callback });
        if let Some(query) = &self.query {
            resource["query"] = query.clone().into();
        }
        resource
    }
}
