//! The store the server runs on in this test binary: sled (`contract`, the store in the data
//! directory) or PostgreSQL (`contract_postgres`, a fresh database for every `DataDir`).
//!
//! The PostgreSQL server is `postgres://postgres@127.0.0.1:5432` unless
//! `PARTY_INTERACTION_TEST_PG_URL` names another (a database in it, if given, is the one the
//! tests connect to for creating and dropping theirs). Where none answers, every test of the
//! PostgreSQL binary says so and passes without checking anything, unless
//! `PARTY_INTERACTION_REQUIRE_PG=1` (which `.ci/run` sets) makes that a failure.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Which store the tests of this binary run the server on (`crate::STORE`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Store {
    Sled,
    Postgres,
}

impl Store {
    fn name(self) -> &'static str {
        match self {
            Self::Sled => "sled store",
            Self::Postgres => "PostgreSQL store",
        }
    }
}

/// The store of this test binary.
pub fn current() -> Store {
    crate::STORE
}

pub const PG_URL_ENV: &str = "PARTY_INTERACTION_TEST_PG_URL";
pub const REQUIRE_PG_ENV: &str = "PARTY_INTERACTION_REQUIRE_PG";
const DEFAULT_PG_URL: &str = "postgres://postgres@127.0.0.1:5432";
/// The database the tests connect to when the URL names none.
const MAINTENANCE_DATABASE: &str = "postgres";
/// Every test database's name starts with it.
const DATABASE_PREFIX: &str = "pi_t_";

/// Whether this test cannot run for want of its store, in which case it must return at once.
/// Only the PostgreSQL binary can lack its store: it prints why (naming the test) and the
/// test returns, unless PostgreSQL is required, when the test fails here.
pub fn unavailable() -> bool {
    if current() == Store::Sled {
        return false;
    }
    let Err(why) = reachable() else {
        return false;
    };
    let line = format!("no PostgreSQL at {}: {why}; set {PG_URL_ENV}", server_url());
    assert!(
        !required(),
        "{}: {line}, and {REQUIRE_PG_ENV}=1 requires the test to run",
        test_name()
    );
    skipped(Store::Postgres, &line);
    true
}

/// Whether this test must return at once because it is about `store` alone and this binary
/// runs another (printing `why` it does not apply), or because its store is unavailable.
pub fn not_on(store_of_the_test: Store, why: &str) -> bool {
    if current() != store_of_the_test {
        skipped(current(), why);
        return true;
    }
    unavailable()
}

/// One line per skipped test (shown with `--nocapture`), and the first of them also on the
/// terminal, past the test harness's capture, so that a plain `cargo test` shows it.
fn skipped(store: Store, why: &str) {
    static SHOWN: AtomicBool = AtomicBool::new(false);
    let line = format!("SKIPPED ({}) {}: {why}", store.name(), test_name());
    println!("{line}");
    if !SHOWN.swap(true, Ordering::SeqCst) {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "{line} (further skips of this kind are printed with --nocapture)"
        );
    }
}

/// The test harness names each test's thread after the test.
fn test_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("this test")
        .to_owned()
}

fn required() -> bool {
    std::env::var(REQUIRE_PG_ENV).is_ok_and(|value| value == "1")
}

/// The PostgreSQL server's URL as configured (with the database, if one was given).
fn server_url() -> String {
    std::env::var(PG_URL_ENV)
        .ok()
        .filter(|url| !url.trim().is_empty())
        .unwrap_or_else(|| DEFAULT_PG_URL.to_owned())
}

/// `server_url` with `database` in place of the one it names (if any).
fn url_of_database(database: &str) -> String {
    let url = server_url();
    let (url, query) = match url.split_once('?') {
        Some((url, query)) => (url.to_owned(), format!("?{query}")),
        None => (url, String::new()),
    };
    let authority_at = url.find("://").map_or(0, |at| at + 3);
    let server = match url[authority_at..].find('/') {
        Some(slash) => &url[..authority_at + slash],
        None => url.as_str(),
    };
    format!("{server}/{database}{query}")
}

/// The database the tests' own connections use.
fn maintenance_url() -> String {
    let url = server_url();
    let without_query = url.split_once('?').map_or(url.as_str(), |(url, _)| url);
    let authority_at = without_query.find("://").map_or(0, |at| at + 3);
    match without_query[authority_at..].split_once('/') {
        Some((_, database)) if !database.is_empty() => url,
        _ => url_of_database(MAINTENANCE_DATABASE),
    }
}

/// Whether PostgreSQL answers, found out once per test binary.
fn reachable() -> &'static Result<(), String> {
    static REACHABLE: OnceLock<Result<(), String>> = OnceLock::new();
    REACHABLE.get_or_init(|| {
        on_maintenance_connection(|client| client.simple_query("SELECT 1").map(drop))
    })
}

/// Runs `work` on a connection of its own to the maintenance database, on a thread of its own
/// (the synchronous client runs a Tokio runtime, which may not start inside a test's).
fn on_maintenance_connection<T, F>(work: F) -> Result<T, String>
where
    T: Send + 'static,
    F: FnOnce(&mut postgres::Client) -> Result<T, postgres::Error> + Send + 'static,
{
    std::thread::spawn(move || {
        let url = maintenance_url();
        let mut client = postgres::Client::connect(&url, postgres::NoTls).map_err(explain)?;
        work(&mut client).map_err(explain)
    })
    .join()
    .unwrap_or_else(|_| Err("the PostgreSQL client thread panicked".to_owned()))
}

/// The error with its causes (the client's own message is often just "error connecting").
fn explain(err: postgres::Error) -> String {
    let mut text = err.to_string();
    let mut cause = std::error::Error::source(&err);
    while let Some(inner) = cause {
        text.push_str(&format!(": {inner}"));
        cause = inner.source();
    }
    text
}

/// A fresh, empty database, dropped (with whatever connections it still has) when this is
/// dropped.
#[derive(Debug)]
pub struct Database {
    name: String,
    url: String,
}

impl Database {
    /// Creates a database no other test uses; panics if PostgreSQL does not answer (a test
    /// that needs one begins with `if store::unavailable() { return; }`).
    pub fn create() -> Self {
        if let Err(why) = reachable() {
            panic!(
                "{}: no PostgreSQL at {}: {why}; set {PG_URL_ENV} (a test that needs the store \
                 begins with `if store::unavailable() {{ return; }}`)",
                test_name(),
                server_url()
            );
        }
        let name = format!("{DATABASE_PREFIX}{}", uuid::Uuid::now_v7().simple());
        let statement = format!("CREATE DATABASE {name}");
        on_maintenance_connection(move |client| client.batch_execute(&statement))
            .unwrap_or_else(|err| panic!("creating the test database failed: {err}"));
        let url = url_of_database(&name);
        Self { name, url }
    }

    /// `postgres://…/pi_t_…`, as the server's `--store` takes it.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The first column of the first row `query` gives, as text, on a connection of the
    /// test's own to this database (`None` for no row or NULL).
    pub fn query_one(&self, query: &str) -> Option<String> {
        let (url, query) = (self.url.clone(), query.to_owned());
        std::thread::spawn(move || {
            let mut client = postgres::Client::connect(&url, postgres::NoTls)
                .unwrap_or_else(|err| panic!("connecting to {url}: {}", explain(err)));
            let messages = client
                .simple_query(&query)
                .unwrap_or_else(|err| panic!("{query}: {}", explain(err)));
            messages.into_iter().find_map(|message| match message {
                postgres::SimpleQueryMessage::Row(row) => Some(row.get(0).map(str::to_owned)),
                _ => None,
            })?
        })
        .join()
        .expect("the PostgreSQL client thread panicked")
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        let statement = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name);
        if let Err(err) = on_maintenance_connection(move |client| client.batch_execute(&statement))
        {
            eprintln!("dropping the test database {} failed: {err}", self.name);
        }
    }
}
