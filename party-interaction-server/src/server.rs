//! Start-up, the accept loop and graceful shutdown.

use std::collections::{BTreeSet, HashMap};
use std::net::IpAddr;
use std::sync::{Arc, PoisonError};
use std::time::Duration;

use anyhow::Context as _;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::{TcpListener, TcpStream};
use tokio::signal::unix::{signal, Signal, SignalKind};
use tokio::sync::Semaphore;
use tokio_rustls::TlsAcceptor;

use crate::auth::api_keys::ApiKeyStore;
use crate::auth::jwt::JwtVerifier;
use crate::auth::{Authenticator, Scope};
use crate::config::{EventsArgs, ServeArgs, StoreCheck, StoreLocation};
use crate::events::callback::CallbackPolicy;
use crate::events::dead_letters::DeadLetters;
use crate::events::dispatch::{DeliveryConfig, Dispatcher};
use crate::events::hub::Hub;
use crate::http::{App, RequestLimits, MAX_HEADER_BYTES, MAX_HEADER_COUNT};
use crate::interactions::Interactions;
use crate::ops::metrics::{serve_separately, Exporter};
use crate::ops::Operations;
use crate::query::Attributes;
use crate::spec::Definitions;
use crate::store::{Durability, InteractionStore, SledStore, WriteMark};

/// hyper's own limits on header fields, above the application's ([`MAX_HEADER_COUNT`],
/// [`MAX_HEADER_BYTES`]) so that a client over those gets the spec's `Error` from the
/// application; only one far beyond them meets hyper's bare 431.
const HYPER_MAX_HEADERS: usize = MAX_HEADER_COUNT * 2;
const HYPER_MAX_HEADER_LIST_BYTES: u32 = (MAX_HEADER_BYTES * 8) as u32;

/// Requests one HTTP/2 connection may have in flight at once.
const HTTP2_MAX_STREAMS: u32 = 100;
/// HTTP/2 connections are pinged this often when quiet, and closed when a ping goes
/// unanswered for [`HTTP2_PING_TIMEOUT`]: a vanished peer does not hold its slot.
const HTTP2_PING_INTERVAL: Duration = Duration::from_secs(30);
const HTTP2_PING_TIMEOUT: Duration = Duration::from_secs(20);

/// How often the JWKS file is looked at for a new version (SIGHUP reads it at once).
const JWKS_POLL_INTERVAL: Duration = Duration::from_secs(2);

/// Name of the key created on a first start without keys.
const FIRST_KEY_NAME: &str = "default";

/// Runs the server until SIGINT or SIGTERM.
pub async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let data_dir = &args.data.data_dir;
    create_private_dir(data_dir)?;

    check_writable(data_dir)?;
    let (store, sled) = match &args.store.store {
        StoreLocation::Sled => {
            let (store, write_mark) = open_sled(&args)?;
            let shared: Arc<dyn InteractionStore> = store.clone();
            (shared, Some((store, write_mark)))
        }
        StoreLocation::Postgres(url) => {
            if args.flush_interval_ms.is_some() {
                tracing::warn!(
                    "--flush-interval-ms is ignored with PostgreSQL: the database's \
                     synchronous_commit decides when a commit is durable"
                );
            }
            let started = std::time::Instant::now();
            let store = crate::ops::open_postgres(url, &args.store)?;
            tracing::info!(
                seconds = started.elapsed().as_secs_f64(),
                store = crate::store::loggable_url(url),
                "connected to the PostgreSQL store"
            );
            let shared: Arc<dyn InteractionStore> = Arc::new(store);
            (shared, None)
        }
    };
    let periodic_flush = match (&sled, args.flush_interval_ms) {
        (Some((store, _)), Some(interval)) => Some(flush_periodically(
            Arc::clone(store),
            Duration::from_millis(interval),
        )),
        _ => None,
    };
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
            Some(Arc::new(verifier))
        }
        _ => None,
    };

    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(crate::tls::acceptor(cert, key)?),
        _ => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };

    let listener = TcpListener::bind(args.bind)
        .await
        .with_context(|| format!("binding {}", args.bind))?;
    let address = listener.local_addr()?;
    create_first_key(&api_keys)?;
    let public_url = args
        .public_url
        .clone()
        .unwrap_or_else(|| format!("{scheme}://{address}"));

    let definitions = Definitions::from_spec()?;
    let shared_store = Arc::clone(&store);
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
        Authenticator::new(api_keys, jwt.clone()),
        &definitions,
        RequestLimits {
            body_limit: args.body_limit,
            body_timeout: Duration::from_millis(args.body_timeout_ms),
        },
    )?;
    let (operations, monitoring) = start_operations(&args, &store).await?;
    let app = app.with_operations(operations);

    tracing::info!(
        %address,
        data_dir = %data_dir.display(),
        interactions = store.count()?,
        bytes_on_disk = store.size_on_disk()?,
        public_url,
        tls = tls.is_some(),
        "party-interaction-server started"
    );
    let signals = ShutdownSignals::listen()?;
    let jwks_watch = jwt.map(watch_jwks).transpose()?;
    println!("Listening on {scheme}://{address}");

    let limits = ConnectionLimits {
        max_connections: args.max_connections,
        max_per_peer: usize::try_from(args.max_connections_per_peer).unwrap_or(usize::MAX),
        header_timeout: Duration::from_millis(args.header_timeout_ms),
        shutdown_grace: Duration::from_secs(args.shutdown_grace),
    };
    accept_until_shutdown(listener, tls, app, limits, signals).await;
    for task in [monitoring, jwks_watch].into_iter().flatten() {
        task.abort();
    }
    if let Some(periodic_flush) = periodic_flush {
        periodic_flush.abort();
    }

    store.flush().context("flushing the store")?;
    if let Err(err) = store.release() {
        tracing::warn!(cause = %err, "the store's leases were not given up at shutdown");
    }
    if let Some((store, write_mark)) = &sled {
        if let Err(err) = write_mark.record_clean(store) {
            tracing::warn!(cause = %format!("{err:#}"), "the write mark was not updated at shutdown");
        }
    }
    tracing::info!("store flushed; stopped");
    Ok(())
}

/// Opens the embedded store in the data directory, checks it against its write mark (and
/// reads it through after a crash), and marks it as running.
fn open_sled(args: &ServeArgs) -> anyhow::Result<(Arc<SledStore>, WriteMark)> {
    let data_dir = &args.data.data_dir;
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
            .with_context(|| format!("opening the store at {}", store_path.display()))?
            .with_free_space_reserve(args.min_free_mb * 1024 * 1024),
    );
    tracing::info!(seconds = started.elapsed().as_secs_f64(), "store opened");
    if args.min_free_mb == 0 {
        tracing::warn!(
            "no free-space reserve (--min-free-mb 0): should the disk fill up, the store may \
             stop answering and be left unreadable"
        );
    }
    let write_mark = WriteMark::in_data_dir(data_dir);
    check_store(&store, &write_mark, data_dir, args.store_check)?;
    // From here until a clean stop, the mark says the server runs: a crash shows at the next
    // start.
    let recorded = write_mark
        .record(&store)
        .context("writing the write mark")?;
    write_mark.clone().keep(&store, recorded)?;
    Ok((store, write_mark))
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

/// A data directory the server cannot write to (a read-only mount, another owner) is said so at
/// start-up, by name, rather than as whatever the store or the keys file fails with first.
fn check_writable(data_dir: &std::path::Path) -> anyhow::Result<()> {
    tempfile::Builder::new()
        .prefix(".write-check-")
        .tempfile_in(data_dir)
        .map(drop)
        .with_context(|| {
            format!(
                "the data directory {} is not writable; the server needs to write its store \
                 there",
                data_dir.display()
            )
        })
}

/// sled finds a damaged record only when something reads it, and after damage to its log it
/// comes up without what followed (see [`WriteMark`]). So the write mark is compared at every
/// start, and the whole store is read and checked against itself before any client is served
/// when `when` asks for it (by default after a crash): damage stops the start, named, instead
/// of surfacing later as a 500 on one customer's history or as records missing without a word.
fn check_store(
    store: &SledStore,
    write_mark: &WriteMark,
    data_dir: &std::path::Path,
    when: StoreCheck,
) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let advice = format!(
        "restore the data directory from a backup, or start with --store-check never to serve \
         it as it is (`party-interaction-server check --data-dir {}` reports on it)",
        data_dir.display()
    );
    let mark = write_mark.read_mark()?;
    write_mark.verify_mark(store, mark).with_context(|| {
        format!(
            "the store in {} lost writes to damage; restore the data directory from a backup \
             (opening the store cut them from its log already; removing {} serves it without \
             them)",
            data_dir.display(),
            data_dir.join("store.mark").display()
        )
    })?;
    let after_crash = !mark.is_some_and(|mark| mark.clean);
    let read_all = match when {
        StoreCheck::Always => true,
        StoreCheck::AfterCrash => after_crash,
        StoreCheck::Never => false,
    };
    if !read_all {
        if after_crash {
            tracing::warn!(
                "the last server did not stop cleanly and the store was not read through \
                 (--store-check never)"
            );
        }
        return Ok(());
    }
    let report = store
        .verify()
        .map_err(crate::store::StoreError::classified)
        .with_context(|| format!("the store in {} is damaged; {advice}", data_dir.display()))?;
    anyhow::ensure!(
        report.is_consistent(),
        "the store in {} is inconsistent ({} disagreement(s), the first: {}); {advice}",
        data_dir.display(),
        report.inconsistency_count,
        report
            .inconsistencies
            .first()
            .map_or_else(String::new, ToString::to_string)
    );
    tracing::info!(
        interactions = report.interactions,
        events = report.events,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "store checked"
    );
    Ok(())
}

/// The operator's endpoints: the metrics recorder when metrics are asked for, and their own
/// listener when `--metrics-bind` is given (its address is printed before `Listening on`).
async fn start_operations(
    args: &ServeArgs,
    store: &Arc<dyn InteractionStore>,
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
        lease: Duration::from_secs(args.events_lease_seconds),
    };
    (policy, delivery)
}

/// Reads the JWKS file again on SIGHUP, and whenever it changes. A version that does not
/// load is logged, and the keys in use stay.
fn watch_jwks(verifier: Arc<JwtVerifier>) -> anyhow::Result<tokio::task::JoinHandle<()>> {
    let mut hangup = signal(SignalKind::hangup()).context("listening for SIGHUP")?;
    Ok(tokio::spawn(async move {
        let mut poll = tokio::time::interval(JWKS_POLL_INTERVAL);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            let outcome = tokio::select! {
                _ = hangup.recv() => {
                    tracing::info!("SIGHUP received; reading the JWKS file again");
                    verifier.reload().map(Some)
                }
                _ = poll.tick() => verifier.reload_if_changed(),
            };
            match outcome {
                Ok(Some(keys)) => tracing::info!(keys, "JWKS reloaded"),
                Ok(None) => {}
                Err(err) => tracing::error!(
                    cause = %format!("{err:#}"),
                    "could not reload the JWKS; the keys in use stay"
                ),
            }
        }
    }))
}

/// How connections are served: HTTP/1.1 with the header timeout (which hyper also applies to
/// an idle keep-alive connection waiting for its next request), and, over TLS, HTTP/2 with
/// bounded streams and pings.
fn connection_builder(limits: &ConnectionLimits) -> auto::Builder<TokioExecutor> {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout)
        .max_headers(HYPER_MAX_HEADERS)
        // A client that shuts its sending side after its request still gets the answer (and
        // learns whether a write was stored).
        .half_close(true);
    builder
        .http2()
        .timer(TokioTimer::new())
        .max_header_list_size(HYPER_MAX_HEADER_LIST_BYTES)
        .max_concurrent_streams(HTTP2_MAX_STREAMS)
        .keep_alive_interval(HTTP2_PING_INTERVAL)
        .keep_alive_timeout(HTTP2_PING_TIMEOUT);
    builder
}

async fn accept_until_shutdown(
    listener: TcpListener,
    tls: Option<TlsAcceptor>,
    app: App,
    limits: ConnectionLimits,
    signals: ShutdownSignals,
) {
    let builder = connection_builder(&limits);
    // Plain connections speak HTTP/1.1 only: HTTP/2 is offered where ALPN negotiates it.
    let builder = match tls {
        Some(_) => builder,
        None => builder.http1_only(),
    };
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let per_peer = Arc::new(std::sync::Mutex::new(HashMap::new()));
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
                let Some(peer_slot) = PeerSlot::take(&per_peer, peer.ip(), limits.max_per_peer) else {
                    tracing::warn!(%peer, max = limits.max_per_peer, "connection limit of this peer reached; closing a new connection");
                    continue;
                };
                let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
                    tracing::warn!(%peer, max = limits.max_connections, "connection limit reached; closing a new connection");
                    continue;
                };
                let connection = Connection {
                    builder: builder.clone(),
                    app: app.for_peer(peer),
                    tls: tls.clone(),
                    header_timeout: limits.header_timeout,
                };
                let watcher = graceful.watcher();
                tokio::spawn(async move {
                    let _slots = (slot, peer_slot);
                    connection.serve(stream, peer, watcher).await;
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

/// What one accepted connection needs to be served.
struct Connection {
    builder: auto::Builder<TokioExecutor>,
    app: App,
    tls: Option<TlsAcceptor>,
    header_timeout: Duration,
}

impl Connection {
    async fn serve(
        self,
        stream: TcpStream,
        peer: std::net::SocketAddr,
        watcher: hyper_util::server::graceful::Watcher,
    ) {
        // hyper's header timer starts when it first reads; a client that connects and sends
        // nothing (or never finishes its TLS handshake) is cut off here.
        let result = match self.tls {
            None => {
                if tokio::time::timeout(self.header_timeout, stream.readable())
                    .await
                    .is_err()
                {
                    tracing::debug!(%peer, "no request within the header timeout");
                    return;
                }
                let connection = self
                    .builder
                    .serve_connection(TokioIo::new(stream), self.app);
                watcher.watch(connection).await
            }
            Some(acceptor) => {
                let stream = match tokio::time::timeout(
                    self.header_timeout,
                    acceptor.accept(stream),
                )
                .await
                {
                    Ok(Ok(stream)) => stream,
                    Ok(Err(err)) => {
                        tracing::debug!(%peer, cause = %err, "TLS handshake failed");
                        return;
                    }
                    Err(_) => {
                        tracing::debug!(%peer, "no TLS handshake within the header timeout");
                        return;
                    }
                };
                let connection = self
                    .builder
                    .serve_connection(TokioIo::new(stream), self.app);
                watcher.watch(connection).await
            }
        };
        if let Err(err) = result {
            tracing::debug!(%peer, cause = %err, "connection ended with an error");
        }
    }
}

/// Connections held per client address.
type PeerCounts = Arc<std::sync::Mutex<HashMap<IpAddr, usize>>>;

/// One connection of a peer, counted until dropped.
struct PeerSlot {
    counts: PeerCounts,
    ip: IpAddr,
}

impl PeerSlot {
    /// A slot for `ip`, unless it holds `max` already.
    fn take(counts: &PeerCounts, ip: IpAddr, max: usize) -> Option<Self> {
        let mut held = counts.lock().unwrap_or_else(PoisonError::into_inner);
        let count = held.entry(ip).or_insert(0);
        if *count >= max {
            return None;
        }
        *count += 1;
        Some(Self {
            counts: Arc::clone(counts),
            ip,
        })
    }
}

impl Drop for PeerSlot {
    fn drop(&mut self) {
        let mut held = self.counts.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(count) = held.get_mut(&self.ip) {
            *count -= 1;
            if *count == 0 {
                held.remove(&self.ip);
            }
        }
    }
}

struct ConnectionLimits {
    max_connections: usize,
    max_per_peer: usize,
    header_timeout: Duration,
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
