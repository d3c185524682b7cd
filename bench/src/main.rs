//! `party-interaction-bench seed` fills a data directory with interactions through the store,
//! and `party-interaction-bench load` measures the latency of reads against a running server.
//! `bench/run.sh` puts the two together and prints the figures. `party-interaction-bench
//! events` measures creates with event subscriptions (`bench/events.sh`). `party-interaction-bench
//! ceiling` is the canned-answer server `bench/perf.sh` compares the real one with.

mod ceiling;
mod events;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context as _};
use bytes::Bytes;
use clap::{Parser, ValueEnum};
use hdrhistogram::Histogram;
use party_interaction_server::store::{InteractionStore, NewInteraction, SledStore};
use rand::Rng as _;
use serde_json::json;

#[derive(Parser)]
#[command(about = "Benchmarks of party-interaction-server")]
enum Cli {
    /// Stores synthetic interactions directly in a data directory (the server must be stopped).
    Seed {
        #[arg(long)]
        data_dir: PathBuf,
        #[arg(long, default_value_t = 1_000_000)]
        interactions: u64,
        #[arg(long, default_value_t = 100_000)]
        customers: u64,
    },
    /// Sends reads from concurrent clients for a while and prints latency percentiles.
    Load {
        #[arg(long)]
        url: String,
        #[arg(long, env = "PARTY_INTERACTION_BENCH_KEY")]
        key: String,
        #[arg(long, value_enum)]
        read: Read,
        #[arg(long, default_value_t = 16)]
        clients: usize,
        #[arg(long, default_value_t = 20)]
        seconds: u64,
        #[arg(long, default_value_t = 100_000)]
        customers: u64,
        /// File of interaction ids, one a line, to read (read=by-id); see `ids`.
        #[arg(long)]
        ids_file: Option<PathBuf>,
    },
    /// Creates interactions from concurrent clients while loopback listeners subscribed to
    /// their events, and waits until every event was delivered.
    Events {
        #[arg(long)]
        url: String,
        /// An API key with the write scope.
        #[arg(long, env = "PARTY_INTERACTION_BENCH_KEY")]
        key: String,
        #[arg(long, default_value_t = 10)]
        subscriptions: usize,
        #[arg(long, default_value_t = 16)]
        clients: usize,
        #[arg(long, default_value_t = 20)]
        seconds: u64,
        #[arg(long, default_value_t = 100_000)]
        customers: u64,
        /// `query` of the subscriptions (by default none: every event).
        #[arg(long)]
        query: Option<String>,
    },
    /// Answers every request with the same canned answer, parsing and storing nothing: the
    /// ceiling the real server is measured against.
    Ceiling {
        #[arg(long, default_value = "127.0.0.1:0")]
        bind: std::net::SocketAddr,
        #[arg(long, default_value_t = 201)]
        status: u16,
        /// File holding the answer's body (a real answer of the server, for its size).
        #[arg(long)]
        body_file: PathBuf,
    },
    /// Prints ids spread evenly over a data directory's store (the server must be stopped).
    Ids {
        #[arg(long)]
        data_dir: PathBuf,
        #[arg(long, default_value_t = 10_000)]
        count: usize,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Read {
    /// `GET /partyInteraction?customerId=X&limit=20`
    CustomerHistory,
    /// `GET /partyInteraction/{id}`
    ById,
}

const BASE_PATH: &str = "/partyInteraction/v1/partyInteraction";
const CHANNELS: [&str; 5] = ["CC", "USSD", "APP", "WEB", "SHOP"];
const STATUSES: [&str; 3] = ["open", "inProgress", "completed"];

fn main() -> anyhow::Result<()> {
    // The server library builds reqwest without a TLS provider; this binary shares that build.
    let _ = rustls::crypto::ring::default_provider().install_default();
    match Cli::parse() {
        Cli::Seed {
            data_dir,
            interactions,
            customers,
        } => seed(&data_dir, interactions, customers),
        Cli::Load {
            url,
            key,
            read,
            clients,
            seconds,
            customers,
            ids_file,
        } => {
            let ids = match (read, ids_file) {
                (Read::ById, Some(file)) => std::fs::read_to_string(&file)
                    .with_context(|| format!("reading {}", file.display()))?
                    .lines()
                    .map(str::to_owned)
                    .collect(),
                (Read::ById, None) => bail!("--read by-id needs --ids-file"),
                (Read::CustomerHistory, _) => Vec::new(),
            };
            let runtime = tokio::runtime::Runtime::new()?;
            runtime.block_on(load(url, key, read, clients, seconds, customers, ids))
        }
        Cli::Events {
            url,
            key,
            subscriptions,
            clients,
            seconds,
            customers,
            query,
        } => tokio::runtime::Runtime::new()?.block_on(events::run(events::Settings {
            url,
            key,
            clients,
            seconds,
            subscriptions,
            customers,
            query,
        })),
        Cli::Ceiling {
            bind,
            status,
            body_file,
        } => ceiling::run(bind, status, &body_file),
        Cli::Ids { data_dir, count } => {
            for id in sample_ids(&data_dir, count)? {
                println!("{id}");
            }
            Ok(())
        }
    }
}

fn customer_id(index: u64) -> String {
    format!("23324{index:07}")
}

fn seed(data_dir: &std::path::Path, interactions: u64, customers: u64) -> anyhow::Result<()> {
    let store = SledStore::open(&data_dir.join("store"), 1 << 30).context("opening the store")?;
    let started = Instant::now();
    let mut rng = rand::rng();
    // Creation dates spread over the last two years, in order, as a real history would be.
    let first = 1_700_000_000i64;
    let span = 2 * 365 * 24 * 3600;
    for n in 0..interactions {
        let id = uuid::Uuid::now_v7().to_string();
        let created = first + (n as i64) * span / interactions as i64;
        let created = chrono_like(created);
        let customer = customer_id(rng.random_range(0..customers));
        let channel = CHANNELS[rng.random_range(0..CHANNELS.len())];
        let document = json!({
            "id": id,
            "href": format!("http://127.0.0.1:8080{BASE_PATH}/{id}"),
            "customerId": customer,
            "creationDate": created,
            "statusChangeDate": created,
            "direction": "inbound",
            "reason": "Billing enquiry",
            "status": STATUSES[rng.random_range(0..STATUSES.len())],
            "description": "Customer asked why the bill is higher than usual",
            "interactionDate": {"startDateTime": created, "endDateTime": created},
            "channel": [{"id": channel, "href": format!("/channel/{channel}"), "name": channel}],
            "relatedParty": [
                {"id": customer, "href": format!("/party/{customer}"), "role": "customer", "@referredType": "Individual"},
                {"id": "agent-042", "href": "/party/agent-042", "role": "agent", "@referredType": "Individual"}
            ],
            "note": [{"author": "agent-042", "date": created, "text": "Explained roaming charges"}],
            "resultCode": "0000",
            "resultDescription": "Successfully processed"
        });
        store.create_unflushed(&NewInteraction {
            id,
            document: Bytes::from(document.to_string()),
            transaction: None,
            correlation_id: None,
        })?;
        if (n + 1) % 100_000 == 0 {
            println!("seeded {} interactions in {:.0?}", n + 1, started.elapsed());
        }
    }
    store.flush()?;
    println!(
        "seeded {interactions} interactions across {customers} customers in {:.1?}; {} MiB on disk",
        started.elapsed(),
        store.size_on_disk()? / (1024 * 1024)
    );
    Ok(())
}

/// RFC 3339 for whole seconds since the epoch, without pulling in a date library.
fn chrono_like(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

fn sample_ids(data_dir: &std::path::Path, wanted: usize) -> anyhow::Result<Vec<String>> {
    let store = SledStore::open(&data_dir.join("store"), 1 << 30)?;
    let candidates = party_interaction_server::store::Candidates::All {
        range: party_interaction_server::store::TimeRange::ALL,
        descending: false,
    };
    let total = store.count()? as usize;
    let step = (total / wanted).max(1);
    let ids: Vec<String> = store
        .candidates(&candidates)
        .step_by(step)
        .take(wanted)
        .collect::<Result<_, _>>()?;
    Ok(ids)
}

async fn load(
    url: String,
    key: String,
    read: Read,
    clients: usize,
    seconds: u64,
    customers: u64,
    ids: Vec<String>,
) -> anyhow::Result<()> {
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()?;
    let ids = Arc::new(ids);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (http, url, key, ids) = (http.clone(), url.clone(), key.clone(), Arc::clone(&ids));
        tasks.push(tokio::spawn(async move {
            let mut histogram = Histogram::<u64>::new(3)?;
            let mut errors = 0u64;
            while Instant::now() < deadline {
                let target = {
                    let mut rng = rand::rng();
                    match read {
                        Read::CustomerHistory => format!(
                            "{url}{BASE_PATH}?customerId={}&limit=20",
                            customer_id(rng.random_range(0..customers))
                        ),
                        Read::ById => {
                            format!("{url}{BASE_PATH}/{}", ids[rng.random_range(0..ids.len())])
                        }
                    }
                };
                let started = Instant::now();
                let response = http.get(&target).header("X-API-Key", &key).send().await;
                let ok = match response {
                    Ok(response) => {
                        response.status().is_success() && response.bytes().await.is_ok()
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
    let ms = |quantile: f64| all.value_at_quantile(quantile) as f64 / 1000.0;
    println!(
        "{} with {clients} clients for {seconds} s: {} requests ({:.0}/s), {errors} errors; \
         latency ms p50 {:.2} p90 {:.2} p99 {:.2} max {:.2}",
        match read {
            Read::CustomerHistory => "GET ?customerId=X&limit=20",
            Read::ById => "GET /{id}",
        },
        all.len(),
        all.len() as f64 / seconds as f64,
        ms(0.5),
        ms(0.9),
        ms(0.99),
        all.max() as f64 / 1000.0
    );
    Ok(())
}
