#![allow(missing_docs, trivial_casts, unused_variables, unused_mut, unused_imports, unused_extern_crates, unused_attributes, non_camel_case_types)]
#![allow(clippy::derive_partial_eq_without_eq, clippy::disallowed_names)]

use async_trait::async_trait;
use futures::Stream;
#[cfg(feature = "mock")]
use mockall::automock;
use std::error::Error;
use std::collections::BTreeSet;
use std::task::{Poll, Context};
use swagger::{ApiError, ContextWrapper, auth::Authorization};
use serde::{Serialize, Deserialize};

#[cfg(any(feature = "client", feature = "server"))]
type ServiceError = Box<dyn Error + Send + Sync + 'static>;

pub const BASE_PATH: &str = "/partyInteraction/v1";
pub const API_VERSION: &str = "1.0.0";

mod auth;
pub use auth::{AuthenticationApi, Claims};


#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RegisterListenerResponse {
    /// Subscribed
    Subscribed
    {
        body: models::EventSubscription,
        location:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Conflict
    Conflict
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RetrieveListenerResponse {
    /// Success
    Success
    (models::EventSubscription)
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Not Found
    NotFound
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum UnregisterListenerResponse {
    /// Deleted
    Deleted
    ,
    /// Bad request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Not Found
    NotFound
    (models::Error)
    ,
    /// Method not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum CreatePartyInteractionResponse {
    /// Created
    Created
    (models::PartyInteraction)
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Conflict
    Conflict
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum ListPartyInteractionResponse {
    /// Success
    Success
    {
        body: Vec<models::PartyInteraction>,
        x_total_count:
        Option<
        i32
        >
        ,
        link:
        Option<
        String
        >
        ,
        x_result_count:
        Option<
        i32
        >
    }
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum DeletePartyInteractionResponse {
    /// Deleted
    Deleted
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Not Found
    NotFound
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Precondition Failed
    PreconditionFailed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum PatchPartyInteractionResponse {
    /// Updated
    Updated
    {
        body: models::PartyInteraction,
        e_tag:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Not Found
    NotFound
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Precondition Failed
    PreconditionFailed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[must_use]
pub enum RetrievePartyInteractionResponse {
    /// Success
    Success
    {
        body: models::PartyInteraction,
        e_tag:
        Option<
        String
        >
    }
    ,
    /// Bad Request
    BadRequest
    (models::Error)
    ,
    /// Unauthorized
    Unauthorized
    (models::Error)
    ,
    /// Forbidden
    Forbidden
    (models::Error)
    ,
    /// Not Found
    NotFound
    (models::Error)
    ,
    /// Method Not allowed
    MethodNotAllowed
    (models::Error)
    ,
    /// Internal Server Error
    InternalServerError
    (models::Error)
}

/// API
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait Api<C: Send + Sync> {
    /// Register a listener
    async fn register_listener(
        &self,
        data: models::EventSubscriptionInput,
        context: &C) -> Result<RegisterListenerResponse, ApiError>;

    /// Retrieves a listener by ID
    async fn retrieve_listener(
        &self,
        id: String,
        context: &C) -> Result<RetrieveListenerResponse, ApiError>;

    /// Unregister a listener
    async fn unregister_listener(
        &self,
        id: String,
        context: &C) -> Result<UnregisterListenerResponse, ApiError>;

    /// Creates a PartyInteraction
    async fn create_party_interaction(
        &self,
        party_interaction: models::PartyInteractionCreate,
        context: &C) -> Result<CreatePartyInteractionResponse, ApiError>;

    /// List or find PartyInteraction objects
    async fn list_party_interaction(
        &self,
        fields: Option<String>,
        offset: Option<u32>,
        limit: Option<u8>,
        as_of: Option<uuid::Uuid>,
        sort: Option<String>,
        customer_id: Option<String>,
        status: Option<String>,
        direction: Option<String>,
        reason: Option<String>,
        context: &C) -> Result<ListPartyInteractionResponse, ApiError>;

    /// Deletes a PartyInteraction
    async fn delete_party_interaction(
        &self,
        id: String,
        if_match: Option<String>,
        context: &C) -> Result<DeletePartyInteractionResponse, ApiError>;

    /// Updates partially a PartyInteraction
    async fn patch_party_interaction(
        &self,
        id: String,
        party_interaction: models::PartyInteractionUpdate,
        if_match: Option<String>,
        context: &C) -> Result<PatchPartyInteractionResponse, ApiError>;

    /// Retrieves a PartyInteraction by ID
    async fn retrieve_party_interaction(
        &self,
        id: String,
        fields: Option<String>,
        context: &C) -> Result<RetrievePartyInteractionResponse, ApiError>;

}

/// API where `Context` isn't passed on every API call
#[cfg_attr(feature = "mock", automock)]
#[async_trait]
#[allow(clippy::too_many_arguments, clippy::ptr_arg)]
pub trait ApiNoContext<C: Send + Sync> {
    // The std::task::Context struct houses a reference to std::task::Waker with the lifetime <'a>.
    // Adding an anonymous lifetime `'a` to allow mockall to create a mock object with the right lifetimes.
    // This is needed because the compiler is unable to determine the lifetimes on F's trait bound
    // where F is the closure created by mockall. We use higher-rank trait bounds here to get around this.

    fn context(&self) -> &C;

    /// Register a listener
    async fn register_listener(
        &self,
        data: models::EventSubscriptionInput,
        ) -> Result<RegisterListenerResponse, ApiError>;

    /// Retrieves a listener by ID
    async fn retrieve_listener(
        &self,
        id: String,
        ) -> Result<RetrieveListenerResponse, ApiError>;

    /// Unregister a listener
    async fn unregister_listener(
        &self,
        id: String,
        ) -> Result<UnregisterListenerResponse, ApiError>;

    /// Creates a PartyInteraction
    async fn create_party_interaction(
        &self,
        party_interaction: models::PartyInteractionCreate,
        ) -> Result<CreatePartyInteractionResponse, ApiError>;

    /// List or find PartyInteraction objects
    async fn list_party_interaction(
        &self,
        fields: Option<String>,
        offset: Option<u32>,
        limit: Option<u8>,
        as_of: Option<uuid::Uuid>,
        sort: Option<String>,
        customer_id: Option<String>,
        status: Option<String>,
        direction: Option<String>,
        reason: Option<String>,
        ) -> Result<ListPartyInteractionResponse, ApiError>;

    /// Deletes a PartyInteraction
    async fn delete_party_interaction(
        &self,
        id: String,
        if_match: Option<String>,
        ) -> Result<DeletePartyInteractionResponse, ApiError>;

    /// Updates partially a PartyInteraction
    async fn patch_party_interaction(
        &self,
        id: String,
        party_interaction: models::PartyInteractionUpdate,
        if_match: Option<String>,
        ) -> Result<PatchPartyInteractionResponse, ApiError>;

    /// Retrieves a PartyInteraction by ID
    async fn retrieve_party_interaction(
        &self,
        id: String,
        fields: Option<String>,
        ) -> Result<RetrievePartyInteractionResponse, ApiError>;

}

/// Trait to extend an API to make it easy to bind it to a context.
pub trait ContextWrapperExt<C: Send + Sync> where Self: Sized
{
    /// Binds this API to a context.
    fn with_context(self, context: C) -> ContextWrapper<Self, C>;
}

impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ContextWrapperExt<C> for T {
    fn with_context(self: T, context: C) -> ContextWrapper<T, C> {
         ContextWrapper::<T, C>::new(self, context)
    }
}

#[async_trait]
impl<T: Api<C> + Send + Sync, C: Clone + Send + Sync> ApiNoContext<C> for ContextWrapper<T, C> {
    fn context(&self) -> &C {
        ContextWrapper::context(self)
    }

    /// Register a listener
    async fn register_listener(
        &self,
        data: models::EventSubscriptionInput,
        ) -> Result<RegisterListenerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().register_listener(data, &context).await
    }

    /// Retrieves a listener by ID
    async fn retrieve_listener(
        &self,
        id: String,
        ) -> Result<RetrieveListenerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().retrieve_listener(id, &context).await
    }

    /// Unregister a listener
    async fn unregister_listener(
        &self,
        id: String,
        ) -> Result<UnregisterListenerResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().unregister_listener(id, &context).await
    }

    /// Creates a PartyInteraction
    async fn create_party_interaction(
        &self,
        party_interaction: models::PartyInteractionCreate,
        ) -> Result<CreatePartyInteractionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().create_party_interaction(party_interaction, &context).await
    }

    /// List or find PartyInteraction objects
    async fn list_party_interaction(
        &self,
        fields: Option<String>,
        offset: Option<u32>,
        limit: Option<u8>,
        as_of: Option<uuid::Uuid>,
        sort: Option<String>,
        customer_id: Option<String>,
        status: Option<String>,
        direction: Option<String>,
        reason: Option<String>,
        ) -> Result<ListPartyInteractionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().list_party_interaction(fields, offset, limit, as_of, sort, customer_id, status, direction, reason, &context).await
    }

    /// Deletes a PartyInteraction
    async fn delete_party_interaction(
        &self,
        id: String,
        if_match: Option<String>,
        ) -> Result<DeletePartyInteractionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().delete_party_interaction(id, if_match, &context).await
    }

    /// Updates partially a PartyInteraction
    async fn patch_party_interaction(
        &self,
        id: String,
        party_interaction: models::PartyInteractionUpdate,
        if_match: Option<String>,
        ) -> Result<PatchPartyInteractionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().patch_party_interaction(id, party_interaction, if_match, &context).await
    }

    /// Retrieves a PartyInteraction by ID
    async fn retrieve_party_interaction(
        &self,
        id: String,
        fields: Option<String>,
        ) -> Result<RetrievePartyInteractionResponse, ApiError>
    {
        let context = self.context().clone();
        self.api().retrieve_party_interaction(id, fields, &context).await
    }

}


#[cfg(feature = "client")]
pub mod client;

// Re-export Client as a top-level name
#[cfg(feature = "client")]
pub use client::Client;

#[cfg(feature = "server")]
pub mod server;

// Re-export router() as a top-level name
#[cfg(feature = "server")]
pub use self::server::Service;

#[cfg(feature = "server")]
pub mod context;

pub mod models;

#[cfg(any(feature = "client", feature = "server"))]
pub(crate) mod header;
