//! Main library entry point for party_interaction_api implementation.

#![allow(unused_imports)]

use async_trait::async_trait;
use futures::{future, Stream, StreamExt, TryFutureExt, TryStreamExt};
use hyper::server::conn::http1;
use hyper_util::rt::TokioIo;
use hyper::service::{service_fn, Service};
use log::info;
use std::future::Future;
use std::marker::PhantomData;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use swagger::{Has, XSpanIdString};
use swagger::auth::MakeAllowAllAuthenticator;
use swagger::EmptyContext;
use tokio::net::TcpListener;

#[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
use openssl::ssl::{Ssl, SslAcceptor, SslAcceptorBuilder, SslFiletype, SslMethod};

use party_interaction_api::models;

/// Builds an SSL implementation for Simple HTTPS from some hard-coded file names
pub async fn create(addr: &str, https: bool) {
    let addr: SocketAddr = addr.parse().expect("Failed to parse bind address");
    let listener = TcpListener::bind(&addr).await.unwrap();

    let server = Server::new();

    let service = MakeService::new(server);
    let service = MakeAllowAllAuthenticator::new(service, "cosmo");

    #[allow(unused_mut)]
    let mut service =
        party_interaction_api::server::context::MakeAddContext::<_, EmptyContext>::new(
            service
        );

    if https {
        #[cfg(any(target_os = "macos", target_os = "windows", target_os = "ios"))]
        {
            unimplemented!("SSL is not implemented for the examples on MacOS, Windows or iOS");
        }

        #[cfg(not(any(target_os = "macos", target_os = "windows", target_os = "ios")))]
        {
            let mut ssl = SslAcceptor::mozilla_intermediate_v5(SslMethod::tls()).expect("Failed to create SSL Acceptor");

            // Server authentication
            ssl.set_private_key_file("examples/server-key.pem", SslFiletype::PEM).expect("Failed to set private key");
            ssl.set_certificate_chain_file("examples/server-chain.pem").expect("Failed to set certificate chain");
            ssl.check_private_key().expect("Failed to check private key");

            let tls_acceptor = ssl.build();

            info!("Starting a server (with https)");
            loop {
                if let Ok((tcp, addr)) = listener.accept().await {
                    let ssl = Ssl::new(tls_acceptor.context()).unwrap();
                    let service = service.call(addr);

                    tokio::spawn(async move {
                        let tls = tokio_openssl::SslStream::new(ssl, tcp).map_err(|_| ())?;
                        let service = service.await.map_err(|_| ())?;

                        http1::Builder::new()
                            .serve_connection(TokioIo::new(tls), service)
                            .await
                            .map_err(|_| ())
                    });
                }
            }
        }
    } else {
        info!("Starting a server (over http, so no TLS)");
        println!("Listening on http://{}", addr);

        loop {
            // When an incoming TCP connection is received grab a TCP stream for
            // client<->server communication.
            //
            // Note, this is a .await point, this loop will loop forever but is not a busy loop. The
            // .await point allows the Tokio runtime to pull the task off of the thread until the task
            // has work to do. In this case, a connection arrives on the port we are listening on and
            // the task is woken up, at which point the task is then put back on a thread, and is
            // driven forward by the runtime, eventually yielding a TCP stream.
            let (tcp_stream, addr) = listener.accept().await.expect("Failed to accept connection");

            let service = service.call(addr).await.unwrap();
            let io = TokioIo::new(tcp_stream);
            // Spin up a new task in Tokio so we can continue to listen for new TCP connection on the
            // current task without waiting for the processing of the HTTP1 connection we just received
            // to finish
            tokio::task::spawn(async move {
                // Handle the connection from the client using HTTP1 and pass any
                // HTTP requests received on that connection to the `hello` function
                let result = http1::Builder::new()
                    .serve_connection(io, service)
                    .await;
                if let Err(err) = result
                {
                    println!("Error serving connection: {err:?}");
                }
            });
        }
    }
}

#[derive(Copy)]
pub struct Server<C> {
    marker: PhantomData<C>,
}

impl<C> Server<C> {
    pub fn new() -> Self {
        Server{marker: PhantomData}
    }
}

impl<C> Clone for Server<C> {
    fn clone(&self) -> Self {
        Self {
            marker: PhantomData,
        }
    }
}


use jsonwebtoken::{decode, encode, errors::Error as JwtError, Algorithm, DecodingKey, EncodingKey, Header, TokenData, Validation};
use serde::{Deserialize, Serialize};
use swagger::auth::Authorization;
use crate::server_auth;


use party_interaction_api::{
    Api,
    RegisterListenerResponse,
    RetrieveListenerResponse,
    UnregisterListenerResponse,
    CreatePartyInteractionResponse,
    ListPartyInteractionResponse,
    DeletePartyInteractionResponse,
    PatchPartyInteractionResponse,
    RetrievePartyInteractionResponse,
};
use party_interaction_api::server::MakeService;
use std::error::Error;
use swagger::ApiError;

#[async_trait]
impl<C> Api<C> for Server<C> where C: Has<XSpanIdString> + Send + Sync
{
    /// Register a listener
    async fn register_listener(
        &self,
        data: models::EventSubscriptionInput,
        context: &C) -> Result<RegisterListenerResponse, ApiError>
    {
        info!("register_listener({:?}) - X-Span-ID: {:?}", data, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Retrieves a listener by ID
    async fn retrieve_listener(
        &self,
        id: String,
        context: &C) -> Result<RetrieveListenerResponse, ApiError>
    {
        info!("retrieve_listener({:?}) - X-Span-ID: {:?}", id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Unregister a listener
    async fn unregister_listener(
        &self,
        id: String,
        context: &C) -> Result<UnregisterListenerResponse, ApiError>
    {
        info!("unregister_listener({:?}) - X-Span-ID: {:?}", id, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Creates a PartyInteraction
    async fn create_party_interaction(
        &self,
        party_interaction: models::PartyInteractionCreate,
        context: &C) -> Result<CreatePartyInteractionResponse, ApiError>
    {
        info!("create_party_interaction({:?}) - X-Span-ID: {:?}", party_interaction, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
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
        context: &C) -> Result<ListPartyInteractionResponse, ApiError>
    {
        info!("list_party_interaction({:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}, {:?}) - X-Span-ID: {:?}", fields, offset, limit, as_of, sort, customer_id, status, direction, reason, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Deletes a PartyInteraction
    async fn delete_party_interaction(
        &self,
        id: String,
        if_match: Option<String>,
        context: &C) -> Result<DeletePartyInteractionResponse, ApiError>
    {
        info!("delete_party_interaction({:?}, {:?}) - X-Span-ID: {:?}", id, if_match, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Updates partially a PartyInteraction
    async fn patch_party_interaction(
        &self,
        id: String,
        party_interaction: models::PartyInteractionUpdate,
        if_match: Option<String>,
        context: &C) -> Result<PatchPartyInteractionResponse, ApiError>
    {
        info!("patch_party_interaction({:?}, {:?}, {:?}) - X-Span-ID: {:?}", id, party_interaction, if_match, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

    /// Retrieves a PartyInteraction by ID
    async fn retrieve_party_interaction(
        &self,
        id: String,
        fields: Option<String>,
        context: &C) -> Result<RetrievePartyInteractionResponse, ApiError>
    {
        info!("retrieve_party_interaction({:?}, {:?}) - X-Span-ID: {:?}", id, fields, context.get().0.clone());
        Err(ApiError("Api-Error: Operation is NOT implemented".into()))
    }

}
