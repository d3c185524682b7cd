//! Metrics in the Prometheus text format, with the `metrics` crate and its Prometheus
//! exporter. Requests are counted as they are answered; the store and the event backlog are
//! read when `/metrics` is scraped, so that a scrape shows their state at that moment.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::{HeaderMap, Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use metrics::Unit;
use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use subtle::ConstantTimeEq as _;
use tokio::net::TcpListener;

use super::Endpoint;
use crate::errors::{full_body, ApiError, Body};
use crate::events::dead_letters::DeadLetters;
use crate::events::dispatch::{Status, DELIVERIES};
use crate::store::{InteractionStore, FLUSH_BYTES, FLUSH_SECONDS, FLUSH_WRITES};

const REQUESTS: &str = "party_interaction_http_requests_total";
const REQUEST_SECONDS: &str = "party_interaction_http_request_duration_seconds";
const REQUEST_BYTES: &str = "party_interaction_http_request_body_bytes";
const RESPONSE_BYTES: &str = "party_interaction_http_response_body_bytes";
const AUTH_FAILURES: &str = "party_interaction_auth_failures_total";
const INTERACTIONS: &str = "party_interaction_stored_interactions";
const STORE_BYTES: &str = "party_interaction_store_size_bytes";
const SUBSCRIPTIONS: &str = "party_interaction_event_subscriptions";
const BACKLOG: &str = "party_interaction_event_backlog";
const DEAD_LETTERS: &str = "party_interaction_event_dead_letters";

/// Latency buckets, in seconds: a cached read takes well under a millisecond, a flushed write
/// a few milliseconds, anything past a second is trouble.
const SECONDS_BUCKETS: [f64; 14] = [
    0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];
/// Size buckets, in bytes, up to the default body limit and past it.
const BYTES_BUCKETS: [f64; 10] = [
    64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0, 4194304.0, 16777216.0,
];
/// Writes per group-commit flush: one when writes come one at a time, up to the connections
/// served at once under a burst.
const WRITES_BUCKETS: [f64; 10] = [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0, 256.0, 1024.0];

/// Renders what the process recorded, with the store's figures read at that moment.
#[derive(Clone)]
pub struct Exporter {
    handle: PrometheusHandle,
    store: Arc<dyn InteractionStore>,
    dead_letters: Arc<DeadLetters>,
}

impl Exporter {
    /// Installs the process-wide recorder. Called once, by `serve`.
    pub fn install(
        store: Arc<dyn InteractionStore>,
        data_dir: &std::path::Path,
    ) -> anyhow::Result<Self> {
        let handle = PrometheusBuilder::new()
            .set_buckets_for_metric(Matcher::Suffix("_seconds".to_owned()), &SECONDS_BUCKETS)?
            .set_buckets_for_metric(Matcher::Suffix("_bytes".to_owned()), &BYTES_BUCKETS)?
            .set_buckets_for_metric(Matcher::Full(FLUSH_WRITES.to_owned()), &WRITES_BUCKETS)?
            .install_recorder()
            .context("installing the metrics recorder")?;
        describe();
        Ok(Self {
            handle,
            store,
            dead_letters: Arc::new(DeadLetters::new(data_dir)),
        })
    }

    /// The Prometheus text.
    pub async fn render(&self) -> anyhow::Result<String> {
        let (store, dead_letters) = (Arc::clone(&self.store), Arc::clone(&self.dead_letters));
        tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
            gauge!(INTERACTIONS).set(store.count()? as f64);
            gauge!(STORE_BYTES).set(store.size_on_disk()? as f64);
            let entries = store.subscriptions()?;
            let last_event = *store.durable_events().borrow();
            let status = Status::of(&entries, last_event, &dead_letters);
            let backlog: u64 = status.subscriptions.iter().map(|s| s.backlog).sum();
            let dead: usize = status.subscriptions.iter().map(|s| s.dead_letters).sum();
            gauge!(SUBSCRIPTIONS).set(status.subscriptions.len() as f64);
            gauge!(BACKLOG).set(backlog as f64);
            gauge!(DEAD_LETTERS).set(dead as f64);
            Ok(())
        })
        .await??;
        self.handle.run_upkeep();
        Ok(self.handle.render())
    }

    /// `/metrics` answered: the text, or a 500 whose cause is logged.
    pub async fn respond(&self) -> Response<Body> {
        match self.render().await {
            Ok(text) => {
                let mut response = Response::new(full_body(text));
                response.headers_mut().insert(
                    CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
                );
                response
            }
            Err(err) => {
                tracing::error!(cause = %format!("{err:#}"), "rendering the metrics failed");
                ApiError::Internal.into_response(None)
            }
        }
    }
}

fn describe() {
    describe_counter!(REQUESTS, "HTTP requests answered, by operation and status");
    describe_histogram!(
        REQUEST_SECONDS,
        Unit::Seconds,
        "Time to answer, by operation"
    );
    describe_histogram!(
        REQUEST_BYTES,
        Unit::Bytes,
        "Request bodies (Content-Length), by operation"
    );
    describe_histogram!(RESPONSE_BYTES, Unit::Bytes, "Response bodies, by operation");
    describe_counter!(
        AUTH_FAILURES,
        "Requests refused for missing or invalid credentials, by the scheme they tried"
    );
    describe_gauge!(INTERACTIONS, "Interactions in the store");
    describe_gauge!(
        STORE_BYTES,
        Unit::Bytes,
        "Size of the store's files on disk"
    );
    describe_histogram!(
        FLUSH_SECONDS,
        Unit::Seconds,
        "Time of one flush of the store"
    );
    describe_histogram!(
        FLUSH_BYTES,
        Unit::Bytes,
        "Bytes written by one flush of the store"
    );
    describe_histogram!(
        FLUSH_WRITES,
        "Writes one group-commit flush made durable: the acknowledgements that shared it"
    );
    describe_gauge!(SUBSCRIPTIONS, "Event subscriptions");
    describe_gauge!(
        BACKLOG,
        "Events committed that subscriptions have not been through yet, summed"
    );
    describe_gauge!(
        DEAD_LETTERS,
        "Events whose delivery failed for good (dead letters), summed over subscriptions"
    );
    describe_counter!(
        DELIVERIES,
        "Attempts to deliver an event to a listener, by outcome (delivered, failed)"
    );
}

/// One answered request. Without an installed recorder this does nothing.
pub fn record_request(
    operation: &'static str,
    status: StatusCode,
    latency: Duration,
    request_bytes: Option<u64>,
    response_bytes: Option<u64>,
) {
    let labels = [("operation", operation)];
    counter!(REQUESTS, "operation" => operation, "status" => status.as_str().to_owned())
        .increment(1);
    histogram!(REQUEST_SECONDS, &labels).record(latency.as_secs_f64());
    if let Some(bytes) = request_bytes {
        histogram!(REQUEST_BYTES, &labels).record(bytes as f64);
    }
    if let Some(bytes) = response_bytes {
        histogram!(RESPONSE_BYTES, &labels).record(bytes as f64);
    }
}

/// The scheme a refused request tried: `apiKey`, `bearer` or `none`.
pub fn auth_scheme(headers: &HeaderMap) -> &'static str {
    if headers.contains_key(crate::auth::API_KEY_HEADER) {
        "apiKey"
    } else if headers.contains_key(AUTHORIZATION) {
        "bearer"
    } else {
        "none"
    }
}

pub fn record_auth_failure(scheme: &'static str) {
    counter!(AUTH_FAILURES, "scheme" => scheme).increment(1);
}

/// True when the request carries `Authorization: Bearer <token>`; compared in constant time.
pub fn token_matches(headers: &HeaderMap, token: &str) -> bool {
    headers
        .get(AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .is_some_and(|(_, given)| bool::from(given.trim().as_bytes().ct_eq(token.as_bytes())))
}

/// Serves `/metrics`, `/health` and `/ready` on `address`, without credentials, until the
/// returned task is aborted.
pub async fn serve_separately(
    address: SocketAddr,
    exporter: Exporter,
) -> anyhow::Result<(SocketAddr, tokio::task::JoinHandle<()>)> {
    let listener = TcpListener::bind(address)
        .await
        .with_context(|| format!("binding the metrics address {address}"))?;
    let bound = listener.local_addr()?;
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            };
            let exporter = exporter.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request: Request<Incoming>| {
                    let exporter = exporter.clone();
                    async move { Ok::<_, Infallible>(monitoring(&exporter, &request).await) }
                });
                let mut builder = http1::Builder::new();
                builder
                    .timer(TokioTimer::new())
                    .header_read_timeout(Duration::from_secs(30));
                let _ = builder
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok((bound, task))
}

async fn monitoring(exporter: &Exporter, request: &Request<Incoming>) -> Response<Body> {
    let endpoint = Endpoint::of(request.uri().path()).filter(|endpoint| {
        matches!(
            endpoint,
            Endpoint::Health | Endpoint::Ready | Endpoint::Metrics
        )
    });
    let Some(endpoint) = endpoint else {
        return ApiError::NotFound(format!("there is no resource at {}", request.uri().path()))
            .into_response(None);
    };
    if request.method() != Method::GET {
        return super::only_get().into_response(None);
    }
    match endpoint {
        Endpoint::Health => super::health(),
        Endpoint::Ready => super::ready(Some(Arc::clone(&exporter.store))).await,
        _ => exporter.respond().await,
    }
}
