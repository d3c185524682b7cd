//! `party-interaction-server check`: a stopped server's store checked tree by tree against its
//! interactions (see [`SledStore::verify`]; a PostgreSQL store's rows against their documents,
//! [`crate::store::PostgresStore::verify`]), for an operator after a crash or a restore, and for
//! the crash test.

use std::path::Path;

use anyhow::Context as _;
use serde_json::json;

use crate::config::{CheckArgs, StoreLocation};
use crate::store::{SledStore, Verification, WriteMark};

/// Page cache of a store opened by `check`.
const CHECK_CACHE_BYTES: u64 = 256 * 1024 * 1024;

pub fn run(args: CheckArgs) -> anyhow::Result<()> {
    let (report, place) = match &args.store.store {
        StoreLocation::Sled => (
            check_sled(&args)?,
            args.data.data_dir.join("store").display().to_string(),
        ),
        StoreLocation::Postgres(url) => {
            // The check reads every row in one statement: no timeout.
            let mut settings = args.store.clone();
            settings.pg_statement_timeout_ms = 0;
            let store = super::open_postgres(url, &settings)?;
            let report = store.verify().context("reading the PostgreSQL store")?;
            (report, crate::store::loggable_url(url))
        }
    };
    print_report(&args, &report);
    anyhow::ensure!(
        report.is_consistent(),
        "the store at {place} is inconsistent: {} disagreement(s)",
        report.inconsistency_count
    );
    if !args.json {
        println!("consistent");
    }
    Ok(())
}

fn check_sled(args: &CheckArgs) -> anyhow::Result<Verification> {
    let path = args.data.data_dir.join("store");
    // Opening would create an empty store where none is, and report it consistent.
    anyhow::ensure!(
        path.join("db").exists(),
        "there is no store in {} (no {})",
        args.data.data_dir.display(),
        path.display()
    );
    let store = open(&path)?;
    WriteMark::in_data_dir(&args.data.data_dir).verify(&store)?;
    let report = store
        .verify()
        .map_err(crate::store::StoreError::classified)
        .with_context(|| format!("reading the store at {}", path.display()))?;
    Ok(report)
}

fn print_report(args: &CheckArgs, report: &Verification) {
    if args.json {
        let figures = json!({
            "interactions": report.interactions,
            "transactionIds": report.transaction_ids,
            "events": report.events,
            "subscriptions": report.subscriptions,
            "inconsistencies": report.inconsistency_count,
            "listed": report.inconsistencies.iter().map(ToString::to_string).collect::<Vec<_>>(),
        });
        println!("{figures}");
    } else {
        println!(
            "{} interaction(s), {} transaction id(s), {} event(s) in the outbox, {} \
             subscription(s)",
            report.interactions, report.transaction_ids, report.events, report.subscriptions
        );
        for found in &report.inconsistencies {
            println!("inconsistent: {found}");
        }
    }
}

fn open(path: &Path) -> anyhow::Result<SledStore> {
    SledStore::open(path, CHECK_CACHE_BYTES)
        .with_context(|| format!("opening the store at {}", path.display()))
}
