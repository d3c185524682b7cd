//! Start-up, the accept loop and graceful shutdown.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use crate::auth::api_keys::ApiKeyStore;
use crate::auth::jwt::JwtVerifier;
use crate::auth::{Authenticator, Scope};
use crate::config::ServeArgs;
use crate::http::App;
use crate::interactions::Interactions;
use crate::spec::Definitions;
use crate::store::{InteractionStore, SledStore};

/// How long a client may take to send its request headers.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Name of the key created on a first start without keys.
const FIRST_KEY_NAME: &str = "default";

/// Runs the server until SIGINT or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let data_dir = &args.data.data_dir;
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating the data directory {}", data_dir.display()))?;

    let store_path = data_dir.join("store");
    let store = Arc::new(
        SledStore::open(&store_path)
            .with_context(|| format!("opening the store at {}", store_path.display()))?,
    );
    let api_keys = ApiKeyStore::new(data_dir);
    create_first_key(&api_keys)?;
    let jwt = match (&args.jwks_file, &args.jwt_issuer, &args.jwt_audience) {
        (Some(file), Some(issuer), Some(audience)) => {
            let verifier = JwtVerifier::from_jwks_file(file, issuer.clone(), audience.clone())?;
            tracing::info!(
                keys = verifier.key_count(),
                issuer,
                audience,
                "OAuth2 bearer tokens accepted"
            );
            Some(verifier)
        }
        _ => None,
    };

    let listener = TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("binding {}", args.bind))?;
    let address = listener.local_addr()?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{address}"));

    let definitions = Definitions::from_spec()?;
    let shared_store: Arc<dyn InteractionStore> = store.clone();
    let interactions = Interactions::new(shared_store, definitions.clone(), &public_url);
    let app = App::new(
        interactions,
        Authenticator::new(api_keys, jwt),
        &definitions,
        args.body_limit,
    )?;

    tracing::info!(
        %address,
        data_dir = %data_dir.display(),
        interactions = store.count()?,
        bytes_on_disk = store.size_on_disk()?,
        public_url,
        "party-interaction-server started"
    );
    println!("Listening on http://{address}");

    accept_until_shutdown(listener, app, Duration::from_secs(args.shutdown_grace)).await;

    store.flush().context("flushing the store")?;
    tracing::info!("store flushed; stopped");
    Ok(())
}

async fn accept_until_shutdown(listener: TcpListener, app: App, grace: Duration) {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let graceful = GracefulShutdown::new();
    let shutdown = shutdown_signal();
    tokio::pin!(shutdown);

    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(accepted) => accepted,
                    Err(err) => {
                        // Out of file descriptors and the like: back off instead of spinning.
                        tracing::warn!(cause = %err, "accept failed");
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        continue;
                    }
                };
                let connection = builder
                    .serve_connection(TokioIo::new(stream), app.clone())
                    .into_owned();
                let connection = graceful.watch(connection);
                tokio::spawn(async move {
                    if let Err(err) = connection.await {
                        tracing::debug!(%peer, cause = %err, "connection ended with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }

    drop(listener);
    tracing::info!(
        grace_seconds = grace.as_secs(),
        "shutting down; finishing in-flight requests"
    );
    if tokio::time::timeout(grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("some connections were still busy after the grace period");
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(cause = %err, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(cause = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = ctrl_c => tracing::info!("SIGINT received"),
        () = terminate => tracing::info!("SIGTERM received"),
    }
}

/// A first start must give a working server: without any key, create one and show it once.
fn create_first_key(api_keys: &ApiKeyStore) -> anyhow::Result<()> {
    if !api_keys.list()?.is_empty() {
        return Ok(());
    }
    let key = api_keys.add(FIRST_KEY_NAME, BTreeSet::from(Scope::ALL))?;
    println!(
        "No API keys found; created API key \"{FIRST_KEY_NAME}\" with scopes read,write. \
         It is shown only this once:"
    );
    println!("{key}");
    Ok(())
}
