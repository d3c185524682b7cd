//! `party-interaction-bench events`: create throughput while event subscriptions are active.
//! Starts loopback listeners in this process (each answers 204 at once and counts what it
//! gets), subscribes them, drives creates from concurrent clients, then waits until every
//! listener has every event, so the figures include delivering them, not only queueing them.
//!
//! The listeners stand for other machines. Here they share the cores with the server and the
//! load, so they run on threads of their own at nice 10, like the server's delivery: they take
//! spare CPU, and the creates measure the server rather than its listeners.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use hdrhistogram::Histogram;
use http_body_util::{BodyExt as _, Empty};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use rand::Rng as _;
use serde_json::{json, Value};
use tokio::net::TcpListener;

use crate::{customer_id, BASE_PATH, CHANNELS};

/// How long delivery may take to catch up after the load ends.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(600);

pub struct Settings {
    pub url: String,
    pub key: String,
    pub clients: usize,
    pub seconds: u64,
    pub subscriptions: usize,
    pub customers: u64,
    /// The subscriptions' `query`; one that matches no create (`eventType=…DeleteEvent`)
    /// measures the outbox alone, without deliveries.
    pub query: Option<String>,
}

pub async fn run(settings: Settings) -> anyhow::Result<()> {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(settings.clients)
        .build()?;
    let received = Arc::new(AtomicU64::new(0));
    let listeners = listener_runtime()?;
    let mut subscription_ids = Vec::new();
    for _ in 0..settings.subscriptions {
        let port = listen(listeners.handle(), Arc::clone(&received)).await?;
        let answer = http
            .post(format!("{}/partyInteraction/v1/hub", settings.url))
            .header("X-API-Key", &settings.key)
            .json(&subscription(port, settings.query.as_deref()))
            .send()
            .await?;
        anyhow::ensure!(
            answer.status().is_success(),
            "subscribing: {}",
            answer.status()
        );
        let answer: Value = answer.json().await?;
        subscription_ids.push(answer["id"].as_str().unwrap_or_default().to_owned());
    }

    let deadline = Instant::now() + Duration::from_secs(settings.seconds);
    let mut tasks = Vec::new();
    for client in 0..settings.clients {
        let (http, url, key) = (http.clone(), settings.url.clone(), settings.key.clone());
        let customers = settings.customers;
        tasks.push(tokio::spawn(async move {
            let mut histogram = Histogram::<u64>::new(3)?;
            let mut errors = 0u64;
            let mut n = 0u64;
            while Instant::now() < deadline {
                n += 1;
                let body = interaction(
                    &format!("bench-{}-{client}-{n}", std::process::id()),
                    customers,
                );
                let started = Instant::now();
                let response = http
                    .post(format!("{url}{BASE_PATH}"))
                    .header("X-API-Key", &key)
                    .header("Content-Type", "application/json")
                    .body(body)
                    .send()
                    .await;
                let ok = match response {
                    Ok(response) => {
                        response.status() == StatusCode::CREATED && response.bytes().await.is_ok()
                    }
                    Err(_) => false,
                };
                if ok {
                    histogram.record(started.elapsed().as_micros() as u64)?;
                } else {
                    errors += 1;
                }
            }
            anyhow::Ok((histogram, errors))
        }));
    }
    let mut all = Histogram::<u64>::new(3)?;
    let mut errors = 0;
    for task in tasks {
        let (histogram, task_errors) = task.await??;
        all.add(histogram)?;
        errors += task_errors;
    }
    let load_ended = Instant::now();

    let expected = if settings.query.is_some() {
        0
    } else {
        all.len() * settings.subscriptions as u64
    };
    while received.load(Ordering::Relaxed) < expected && load_ended.elapsed() < DRAIN_TIMEOUT {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let drained = load_ended.elapsed();
    let delivered = received.load(Ordering::Relaxed);

    let ms = |quantile: f64| all.value_at_quantile(quantile) as f64 / 1000.0;
    let rate = all.len() as f64 / settings.seconds as f64;
    println!(
        "POST /partyInteraction with {} subscriptions, {} clients for {} s: {} created ({rate:.0}/s), \
         {errors} errors; latency ms p50 {:.2} p99 {:.2}; events delivered {delivered} of \
         {expected}, the last {:.1} s after the load ended",
        settings.subscriptions,
        settings.clients,
        settings.seconds,
        all.len(),
        ms(0.5),
        ms(0.99),
        drained.as_secs_f64()
    );
    println!(
        "RESULT subscriptions={} creates_per_s={rate:.1} p50_ms={:.2} p99_ms={:.2} delivered={delivered} expected={expected} drain_s={:.1}",
        settings.subscriptions,
        ms(0.5),
        ms(0.99),
        drained.as_secs_f64()
    );

    listeners.shutdown_background();
    for id in subscription_ids {
        http.delete(format!("{}/partyInteraction/v1/hub/{id}", settings.url))
            .header("X-API-Key", &settings.key)
            .send()
            .await
            .context("unsubscribing")?;
    }
    Ok(())
}

fn subscription(port: u16, query: Option<&str>) -> Value {
    let mut subscription = json!({ "callback": format!("http://127.0.0.1:{port}/events") });
    if let Some(query) = query {
        subscription["query"] = query.into();
    }
    subscription
}

/// A call-centre interaction of realistic size, with a unique transactionId.
fn interaction(transaction_id: &str, customers: u64) -> String {
    let mut rng = rand::rng();
    let customer = customer_id(rng.random_range(0..customers));
    let channel = CHANNELS[rng.random_range(0..CHANNELS.len())];
    json!({
        "transactionId": transaction_id,
        "customerId": customer,
        "direction": "inbound",
        "reason": "Billing enquiry",
        "status": "completed",
        "description": "Customer asked why the bill is higher than usual",
        "interactionDate": {"startDateTime": "2026-12-03T09:12:00Z", "endDateTime": "2026-12-03T09:19:30Z"},
        "channel": [{"id": channel, "href": format!("/channel/{channel}"), "name": channel}],
        "relatedParty": [
            {"id": customer, "href": format!("/party/{customer}"), "role": "customer", "@referredType": "Individual"},
            {"id": "agent-042", "href": "/party/agent-042", "role": "agent", "@referredType": "Individual"}
        ],
        "note": [{"author": "agent-042", "date": "2026-12-03T09:19:30Z", "text": "Explained roaming charges"}]
    })
    .to_string()
}

/// `thread_priority`'s cross-platform scale for nice 10, as the server's delivery threads.
const LISTENER_PRIORITY: u8 = 22;

fn listener_runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("listener")
        .on_thread_start(|| {
            if let Ok(priority) = thread_priority::ThreadPriorityValue::try_from(LISTENER_PRIORITY)
            {
                let _ = thread_priority::set_current_thread_priority(
                    thread_priority::ThreadPriority::Crossplatform(priority),
                );
            }
        })
        .enable_all()
        .build()?)
}

/// A listener on a free loopback port that answers 204 to everything and counts requests.
async fn listen(runtime: &tokio::runtime::Handle, received: Arc<AtomicU64>) -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    listener.set_nonblocking(true)?;
    let port = listener.local_addr()?.port();
    runtime.spawn(async move {
        let Ok(listener) = TcpListener::from_std(listener) else {
            return;
        };
        while let Ok((stream, _)) = listener.accept().await {
            let received = Arc::clone(&received);
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| {
                    let received = Arc::clone(&received);
                    async move {
                        let _ = request.into_body().collect().await;
                        received.fetch_add(1, Ordering::Relaxed);
                        let mut response = Response::new(Empty::<bytes::Bytes>::new());
                        *response.status_mut() = StatusCode::NO_CONTENT;
                        Ok::<_, Infallible>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(port)
}
