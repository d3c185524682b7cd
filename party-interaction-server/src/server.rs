//! Start-up, the accept loop and graceful shutdown.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::signal::unix::{signal, Signal, SignalKind};
use tokio::sync::Semaphore;

use crate::auth::api_keys::ApiKeyStore;
use crate::auth::jwt::JwtVerifier;
use crate::auth::{Authenticator, Scope};
use crate::config::{EventsArgs, ServeArgs};
use crate::events::callback::CallbackPolicy;
use crate::events::dead_letters::DeadLetters;
use crate::events::dispatch::{DeliveryConfig, Dispatcher};
use crate::events::hub::Hub;
use crate::http::App;
use crate::interactions::Interactions;
use crate::ops::metrics::{serve_separately, Exporter};
use crate::ops::Operations;
use crate::query::Attributes;
use crate::spec::Definitions;
use crate::store::{Durability, InteractionStore, SledStore};

/// How long a client may take to send its request headers.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Name of the key created on a first start without keys.
const FIRST_KEY_NAME: &str = "default";

/// Runs the server until SIGINT or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let data_dir = &args.data.data_dir;
    create_private_dir(data_dir)?;

    let store_path = data_dir.join("store");
    let durability = match args.flush_interval_ms {
        None => Durability::OnDisk,
        Some(interval) => {
            tracing::warn!(
                interval_ms = interval,
                "durability relaxed: writes are acknowledged before they are on disk"
            );
            Durability::Relaxed
        }
    };
    let started = std::time::Instant::now();
    let store = Arc::new(
        SledStore::open_with(&store_path, args.cache_mb * 1024 * 1024, durability)
            .with_context(|| format!("opening the store at {}", store_path.display()))?,
    );
    tracing::info!(seconds = started.elapsed().as_secs_f64(), "store opened");
    let periodic_flush = args
        .flush_interval_ms
        .map(|interval| flush_periodically(Arc::clone(&store), Duration::from_millis(interval)));
    let api_keys = ApiKeyStore::new(data_dir);
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
    create_first_key(&api_keys)?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("http://{address}"));

    let definitions = Definitions::from_spec()?;
    let shared_store: Arc<dyn InteractionStore> = store.clone();
    let attributes = Attributes::of(&definitions, "PartyInteraction");
    let (policy, delivery) = event_delivery(&args.events);
    let dispatcher = Dispatcher::start(
        Arc::clone(&shared_store),
        policy,
        delivery,
        DeadLetters::new(data_dir),
        attributes.clone(),
    )?;
    let hub = Hub::new(
        Arc::clone(&shared_store),
        dispatcher,
        attributes,
        &public_url,
        args.events.events_max_subscriptions,
    );
    let interactions = Interactions::new(shared_store, definitions.clone(), &public_url, hub)?;
    let app = App::new(
        interactions,
        Authenticator::new(api_keys, jwt),
        &definitions,
        args.body_limit,
    )?;
    let (operations, monitoring) = start_operations(&args, &store).await?;
    let app = app.with_operations(operations);

    tracing::info!(
        %address,
        data_dir = %data_dir.display(),
        interactions = store.count()?,
        bytes_on_disk = store.size_on_disk()?,
        public_url,
        "party-interaction-server started"
    );
    let signals = ShutdownSignals::listen()?;
    println!("Listening on http://{address}");

    let limits = ConnectionLimits {
        max_connections: args.max_connections,
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
    };
    accept_until_shutdown(listener, app, limits, signals).await;
    if let Some(monitoring) = monitoring {
        monitoring.abort();
    }
    if let Some(periodic_flush) = periodic_flush {
        periodic_flush.abort();
    }

    store.flush().context("flushing the store")?;
    tracing::info!("store flushed; stopped");
    Ok(())
}

/// With relaxed durability, what makes acknowledged writes durable (and their events sendable).
fn flush_periodically(store: Arc<SledStore>, interval: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(interval);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let store = Arc::clone(&store);
            match tokio::task::spawn_blocking(move || store.flush()).await {
                Ok(Ok(())) => {}
                Ok(Err(err)) => tracing::error!(cause = %err, "periodic flush failed"),
                Err(err) => tracing::error!(cause = %err, "periodic flush panicked"),
            }
        }
    })
}

/// The data directory holds customers' data, key hashes and subscription secrets: created for
/// the server's user alone, and a warning when an existing one is open to others.
pub fn create_private_dir(data_dir: &std::path::Path) -> anyhow::Result<()> {
    use std::os::unix::fs::{DirBuilderExt as _, PermissionsExt as _};

    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(data_dir)
        .with_context(|| format!("creating the data directory {}", data_dir.display()))?;
    let mode = std::fs::metadata(data_dir)?.permissions().mode();
    if mode & 0o077 != 0 {
        tracing::warn!(
            data_dir = %data_dir.display(),
            mode = format!("{:o}", mode & 0o777),
            "the data directory is open to other users; chmod 700 it"
        );
    }
    Ok(())
}

/// The operator's endpoints: the metrics recorder when metrics are asked for, and their own
/// listener when `--metrics-bind` is given (its address is printed before `Listening on`).
async fn start_operations(
    args: &ServeArgs,
    store: &Arc<SledStore>,
) -> anyhow::Result<(Operations, Option<tokio::task::JoinHandle<()>>)> {
    let settings = &args.operations;
    let wanted = settings.metrics_bind.is_some() || settings.metrics_token.is_some();
    let exporter = if wanted {
        Some(Exporter::install(Arc::clone(store), &args.data.data_dir)?)
    } else {
        None
    };
    let monitoring = match (settings.metrics_bind, &exporter) {
        (Some(address), Some(exporter)) => {
            let (bound, task) = serve_separately(address, exporter.clone()).await?;
            tracing::info!(%bound, "metrics, health and readiness served without credentials");
            println!("Metrics on http://{bound}");
            Some(task)
        }
        _ => None,
    };
    if settings.metrics_token.is_some() {
        tracing::info!("metrics served at /metrics to the metrics token");
    }
    let operations = Operations {
        store: Arc::clone(store),
        metrics: exporter,
        metrics_token: settings.metrics_token.clone(),
        data_dir: args.data.data_dir.clone(),
    };
    Ok((operations, monitoring))
}

fn event_delivery(args: &EventsArgs) -> (CallbackPolicy, DeliveryConfig) {
    let policy = CallbackPolicy {
        allow_http: args.events_allow_http,
        allowed_networks: args.events_allow_networks.clone(),
    };
    let delivery = DeliveryConfig {
        timeout: Duration::from_millis(args.events_timeout_ms),
        retry_initial: Duration::from_millis(args.events_retry_initial_ms),
        retry_max: Duration::from_millis(args.events_retry_max_ms),
        max_attempts: args.events_max_attempts,
    };
    (policy, delivery)
}

async fn accept_until_shutdown(
    listener: TcpListener,
    app: App,
    limits: ConnectionLimits,
    signals: ShutdownSignals,
) {
    // HTTP/1.1 only: the API needs nothing more, and a cleartext HTTP/2 endpoint would need
    // timeouts of its own.
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ_TIMEOUT);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let shutdown = signals.received();
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
                let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
                    tracing::warn!(%peer, max = limits.max_connections, "connection limit reached; closing a new connection");
                    continue;
                };
                let (builder, app, watcher) = (builder.clone(), app.clone(), graceful.watcher());
                tokio::spawn(async move {
                    let _slot = slot;
                    // hyper times the headers from their first byte on; a client that connects
                    // and sends nothing is cut off here.
                    if tokio::time::timeout(HEADER_READ_TIMEOUT, stream.readable()).await.is_err() {
                        tracing::debug!(%peer, "no request within the header timeout");
                        return;
                    }
                    let connection = builder.serve_connection(TokioIo::new(stream), app);
                    if let Err(err) = watcher.watch(connection).await {
                        tracing::debug!(%peer, cause = %err, "connection ended with an error");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }

    drop(listener);
    tracing::info!(
        grace_seconds = limits.shutdown_grace.as_secs(),
        "shutting down; finishing in-flight requests"
    );
    if tokio::time::timeout(limits.shutdown_grace, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("some connections were still busy after the grace period");
    }
}

struct ConnectionLimits {
    max_connections: usize,
    shutdown_grace: Duration,
}

/// SIGINT and SIGTERM, listened for from the moment this is made: it is made before the
/// server says it is listening, so that a signal sent right after that is never missed.
struct ShutdownSignals {
    interrupt: Signal,
    terminate: Signal,
}

impl ShutdownSignals {
    fn listen() -> anyhow::Result<Self> {
        Ok(Self {
            interrupt: signal(SignalKind::interrupt()).context("listening for SIGINT")?,
            terminate: signal(SignalKind::terminate()).context("listening for SIGTERM")?,
        })
    }

    async fn received(mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => tracing::info!("SIGINT received"),
            _ = self.terminate.recv() => tracing::info!("SIGTERM received"),
        }
    }
}

/// A first start must give a working server: without a keys file, create one key and show it
/// once. A keys file whose keys were all revoked stays empty: that is a decision (say, bearer
/// tokens only), not a first start.
fn create_first_key(api_keys: &ApiKeyStore) -> anyhow::Result<()> {
    if api_keys.file_exists() {
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
