//! The PostgreSQL store: interactions, subscriptions and the outbox in a database that any
//! number of server processes share, so that the servers themselves keep no state.
//!
//! The schema is in `migrations/` (embedded, applied at start-up). Every write is one database
//! transaction with its events; a commit is durable when PostgreSQL says it is (its
//! `synchronous_commit`), so [`InteractionStore::wait_durable`] has nothing to wait for. List
//! queries are answered by SQL (see [`search`]).
//!
//! Events are numbered in commit order: a write that emits events takes their numbers from a
//! sequence under an advisory lock held until its commit. Writes hold another advisory lock
//! shared, which adding a subscription takes exclusively, so that a new subscription starts
//! exactly after the events of the writes committed before it. Each subscription is delivered
//! by one process at a time, the holder of its lease (taken with `FOR UPDATE SKIP LOCKED`);
//! when that process dies, another takes the lease once it lapses and delivers from the last
//! recorded position, so an event may be given twice then, and never lost.
//!
//! The trait is synchronous (the embedded engine blocks on its own); here each call runs the
//! async driver's future on the calling thread, with the pool's connections driven by a small
//! runtime of the store's own, and tells the server's runtime when it blocks one of its threads.

mod search;

use std::future::Future;
use std::str::FromStr as _;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use futures::future::BoxFuture;
use futures::StreamExt as _;
use serde_json::Value;
use tokio::sync::{mpsc, watch};
use tokio_postgres::config::SslMode;
use tokio_postgres::error::SqlState;
use tokio_postgres::{AsyncMessage, NoTls};

use super::{
    Candidates, Change, Changed, CreateOutcome, DeleteOutcome, ExportError, IdIterator,
    Inconsistency, InteractionStore, NewInteraction, OutboxEvent, Page, Pending, Precondition,
    StoreError, SubscriptionEntry, UpdateOutcome, Verification,
};
use crate::events::EventType;
use crate::query::{instant_micros, ListQuery};

#[cfg(test)]
mod tests {
    use super::loggable;

    #[test]
    fn a_store_url_is_shown_without_its_password_even_when_invalid() {
        assert_eq!(
            loggable("postgres://party:s3cr3t@db:5432/pi?sslmode=require"),
            "postgres://party:***@db:5432/pi?sslmode=require"
        );
        assert_eq!(
            loggable("postgres://party:s3cr3t@db:notaport/pi"),
            "postgres://party:***@db:notaport/pi"
        );
        assert_eq!(
            loggable("postgres://db/pi?user=party&password=s3cr3t"),
            "postgres://db/pi?user=party&password=***"
        );
        assert_eq!(loggable("postgres://party@db/pi"), "postgres://party@db/pi");
    }
}

mod embedded {
    refinery::embed_migrations!("migrations");
}

/// Advisory lock keys (in PostgreSQL's one namespace of 64-bit keys; "pi" and a number).
const SUBSCRIPTIONS_LOCK: i64 = 0x7069_0001;
const OUTBOX_LOCK: i64 = 0x7069_0002;
const MIGRATIONS_LOCK: i64 = 0x7069_0003;
/// Channel on which a commit with events announces its last event number.
const EVENTS_CHANNEL: &str = "party_interaction_events";
/// How often the last event number is read besides the notifications (which a lost
/// connection misses).
const EVENTS_POLL: Duration = Duration::from_secs(1);
/// Longest wait for a connection from the pool, and to open one.
const POOL_WAIT: Duration = Duration::from_secs(30);
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Rows fetched at a time by an export.
const EXPORT_BATCH: i32 = 1000;
/// Inconsistencies listed by `check` (all are counted).
const LISTED: i64 = 20;

/// Settings of a PostgreSQL store.
#[derive(Debug, Clone)]
pub struct PostgresOptions {
    /// Connections this process keeps at most.
    pub pool_size: usize,
    /// Roots trusted for the database's certificate with `sslmode=require` (PEM); the
    /// system's when absent.
    pub ca_file: Option<std::path::PathBuf>,
    /// Longest a statement may run (PostgreSQL's `statement_timeout`, unless the URL's
    /// `options` set one).
    pub statement_timeout: Duration,
}

/// How connections are made: TLS (verified) when the URL says `sslmode=require`, else plain.
#[derive(Clone)]
enum Tls {
    Plain,
    Verified(tokio_postgres_rustls::MakeRustlsConnect),
}

impl Tls {
    fn of(
        config: &tokio_postgres::Config,
        ca_file: Option<&std::path::Path>,
    ) -> Result<Self, StoreError> {
        if matches!(config.get_ssl_mode(), SslMode::Disable | SslMode::Prefer) {
            return Ok(Self::Plain);
        }
        let client = crate::tls::client_config(ca_file)
            .map_err(|err| StoreError::Database(format!("TLS to the database: {err:#}")))?;
        Ok(Self::Verified(
            tokio_postgres_rustls::MakeRustlsConnect::new(client),
        ))
    }

    fn manager(&self, config: tokio_postgres::Config) -> Manager {
        let settings = ManagerConfig {
            recycling_method: RecyclingMethod::Fast,
        };
        match self {
            Self::Plain => Manager::from_config(config, NoTls, settings),
            Self::Verified(tls) => Manager::from_config(config, tls.clone(), settings),
        }
    }

    /// A connection of its own (not from the pool), driven on the current runtime.
    async fn connect(
        &self,
        config: &tokio_postgres::Config,
    ) -> Result<(tokio_postgres::Client, mpsc::UnboundedReceiver<u64>), tokio_postgres::Error> {
        match self {
            Self::Plain => {
                let (client, connection) = config.connect(NoTls).await?;
                Ok((client, drive(connection)))
            }
            Self::Verified(tls) => {
                let (client, connection) = config.connect(tls.clone()).await?;
                Ok((client, drive(connection)))
            }
        }
    }
}

/// Drives a connection on the current runtime; what it is notified of comes out of the
/// channel (event numbers on [`EVENTS_CHANNEL`]), which closes when the connection ends.
fn drive<S, T>(mut connection: tokio_postgres::Connection<S, T>) -> mpsc::UnboundedReceiver<u64>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    T: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (notified, notifications) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
        while let Some(message) = messages.next().await {
            match message {
                Ok(AsyncMessage::Notification(notification)) => {
                    if let Ok(seq) = notification.payload().parse::<u64>() {
                        let _ = notified.send(seq);
                    }
                }
                Ok(_) => {}
                Err(err) => {
                    tracing::warn!(cause = %describe(&err), "a database connection failed");
                    return;
                }
            }
        }
    });
    notifications
}

pub struct PostgresStore {
    pool: Pool,
    config: tokio_postgres::Config,
    tls: Tls,
    runtime: tokio::runtime::Handle,
    _runtime: Arc<OwnedRuntime>,
    events: Arc<watch::Sender<u64>>,
    /// This process's name as the holder of leases, unique among the servers on the database.
    replica: String,
}

/// The runtime driving the pool's connections; shut down with the store.
struct OwnedRuntime(Option<tokio::runtime::Runtime>);

impl Drop for OwnedRuntime {
    fn drop(&mut self) {
        if let Some(runtime) = self.0.take() {
            runtime.shutdown_background();
        }
    }
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(err: tokio_postgres::Error) -> Self {
        match err.code() {
            Some(code) if *code == SqlState::DISK_FULL => Self::StorageFull(describe(&err)),
            Some(code)
                if *code == SqlState::DATA_CORRUPTED || *code == SqlState::INDEX_CORRUPTED =>
            {
                Self::Corrupt(describe(&err))
            }
            _ => Self::Database(describe(&err)),
        }
    }
}

impl From<deadpool_postgres::PoolError> for StoreError {
    fn from(err: deadpool_postgres::PoolError) -> Self {
        match err {
            deadpool_postgres::PoolError::Backend(err) => err.into(),
            other => Self::Database(format!("no connection to the database: {other}")),
        }
    }
}

/// The driver's error with the server's message, which its `Display` leaves out.
fn describe(err: &tokio_postgres::Error) -> String {
    match err.as_db_error() {
        Some(db) => format!("{}: {} ({})", db.severity(), db.message(), db.code().code()),
        None => {
            let source = std::error::Error::source(err).map(ToString::to_string);
            match source {
                Some(source) => format!("{err}: {source}"),
                None => err.to_string(),
            }
        }
    }
}

/// The store's URL without its password, for logs and messages: the password of the user
/// part and any `password=` parameter are masked, whether or not the URL is valid.
pub fn loggable(url: &str) -> String {
    let (head, query) = match url.split_once('?') {
        Some((head, query)) => (head, Some(query)),
        None => (url, None),
    };
    let mut shown = match head.split_once("://") {
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((user, host)) => match user.split_once(':') {
                Some((name, _)) => format!("{scheme}://{name}:***@{host}"),
                None => head.to_owned(),
            },
            None => head.to_owned(),
        },
        None => head.to_owned(),
    };
    if let Some(query) = query {
        let parameters: Vec<String> = query
            .split('&')
            .map(|parameter| match parameter.split_once('=') {
                Some((name, _)) if name.eq_ignore_ascii_case("password") => format!("{name}=***"),
                _ => parameter.to_owned(),
            })
            .collect();
        shown.push('?');
        shown.push_str(&parameters.join("&"));
    }
    shown
}

impl PostgresStore {
    /// Connects, applies the migrations this version has and the database lacks, and starts
    /// following the events committed by every server on the database.
    pub fn connect(url: &str, options: &PostgresOptions) -> Result<Self, StoreError> {
        let mut config = parse_url(url)?;
        if config.get_application_name().is_none() {
            config.application_name("party-interaction-server");
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        // No statement runs for ever: a heavy query, or a lock held by someone else, ends
        // with an error rather than holding a connection of the pool.
        let given = config.get_options().unwrap_or("").to_owned();
        if !given.contains("statement_timeout") {
            let timeout = options.statement_timeout.as_millis();
            config.options(format!("{given} -c statement_timeout={timeout}").trim());
        }
        // Owned from the start: a runtime may not be dropped plainly on a runtime's thread.
        let runtime = OwnedRuntime(Some(
            tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .thread_name("postgres")
                .enable_all()
                .build()?,
        ));
        let handle = match &runtime.0 {
            Some(runtime) => runtime.handle().clone(),
            None => unreachable!("the runtime was just built"),
        };
        let tls = Tls::of(&config, options.ca_file.as_deref())?;
        let manager = tls.manager(config.clone());
        let pool = Pool::builder(manager)
            .max_size(options.pool_size.max(1))
            .runtime(deadpool_postgres::Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|err| StoreError::Database(format!("building the connection pool: {err}")))?;
        let (events, _) = watch::channel(0);
        let store = Self {
            pool,
            config,
            tls,
            runtime: handle,
            _runtime: Arc::new(runtime),
            events: Arc::new(events),
            replica: format!("{}-{}", std::process::id(), uuid::Uuid::now_v7().simple()),
        };
        store.run(migrate(&store.config, &store.tls))?;
        let last = store.run(async {
            let client = store.pool.get().await?;
            Ok(last_event(&client).await?)
        })?;
        raise(&store.events, last);
        store.runtime.spawn(follow_events(
            store.config.clone(),
            store.tls.clone(),
            Arc::clone(&store.events),
        ));
        Ok(store)
    }

    /// Applies the migrations only (the `migrate` command); returns the versions applied.
    pub fn migrate_only(url: &str, options: &PostgresOptions) -> Result<Vec<String>, StoreError> {
        let config = parse_url(url)?;
        let tls = Tls::of(&config, options.ca_file.as_deref())?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        runtime.block_on(migrate(&config, &tls))
    }

    /// Runs the driver's work on this thread, out of the way of the server's runtime.
    fn run<T>(&self, work: impl Future<Output = Result<T, StoreError>>) -> Result<T, StoreError> {
        let block = || {
            let _context = self.runtime.enter();
            futures::executor::block_on(work)
        };
        match tokio::runtime::Handle::try_current() {
            Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
                tokio::task::block_in_place(block)
            }
            _ => block(),
        }
    }

    async fn insert(
        &self,
        new: &NewInteraction,
        synchronous: bool,
    ) -> Result<(CreateOutcome, Option<u64>), StoreError> {
        let document = parse(&new.document)?;
        let columns = Columns::of(&document);
        let mut client = self.pool.get().await?;
        let tx = client.transaction().await?;
        if !synchronous {
            tx.batch_execute("SET LOCAL synchronous_commit = off")
                .await?;
        }
        let (transaction_id, fingerprint) = match &new.transaction {
            Some(key) => (
                Some(without_nul(&key.transaction_id).into_owned()),
                Some(key.fingerprint.as_slice()),
            ),
            None => (None, None),
        };
        let insert = tx
            .prepare_cached(
                "INSERT INTO interaction \
                 (id, raw, document, created, customer_id, status, transaction_id, fingerprint) \
                 VALUES ($1, $2, ($3::text)::jsonb, $4, $5, $6, $7, $8) \
                 ON CONFLICT (transaction_id) DO NOTHING",
            )
            .await?;
        let text = std::str::from_utf8(&new.document)
            .map_err(|_| StoreError::Corrupt("a document that is not UTF-8".into()))?;
        let text = query_copy(text, &document);
        // Sent after the statements of `Writing`, with them: one round trip for the three.
        let writing = Writing::prepare(&tx).await?;
        let (subscribed, inserted) = futures::try_join!(writing.subscribed(&tx), async {
            let params: [&(dyn tokio_postgres::types::ToSql + Sync); 8] = [
                &new.id,
                &new.document.as_ref(),
                &text,
                &columns.created,
                &columns.customer_id,
                &columns.status,
                &transaction_id,
                &fingerprint,
            ];
            Ok(tx.execute(&insert, &params).await?)
        })?;
        if inserted == 0 {
            // Another request took the transaction id first (and has committed: the insert
            // waited for it).
            let earlier = tx
                .query_opt(
                    "SELECT fingerprint, raw FROM interaction WHERE transaction_id = $1",
                    &[&transaction_id],
                )
                .await?;
            tx.rollback().await?;
            let Some(row) = earlier else {
                return Err(StoreError::Database(
                    "the interaction of a transaction id went while it was read; retry".into(),
                ));
            };
            let stored: &[u8] = row.get(0);
            return Ok(match fingerprint {
                Some(fingerprint) if stored == fingerprint => (
                    CreateOutcome::Replayed(Bytes::from(row.get::<_, Vec<u8>>(1))),
                    None,
                ),
                _ => (CreateOutcome::TransactionConflict, None),
            });
        }
        let last = if subscribed {
            emit(
                &tx,
                Changed::Created(&new.document),
                new.correlation_id.as_deref(),
            )
            .await?
        } else {
            None
        };
        tx.commit().await?;
        Ok((CreateOutcome::Created(new.document.clone()), last))
    }

    fn committed(&self, last_event: Option<u64>) {
        if let Some(last) = last_event {
            raise(&self.events, last);
        }
    }

    /// Gives up this process's leases (at a clean stop), so another takes them at once.
    pub fn release_leases(&self) -> Result<(), StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            client
                .execute(
                    "UPDATE subscription SET owner = NULL, lease_until = NULL WHERE owner = $1",
                    &[&self.replica],
                )
                .await?;
            Ok(())
        })
    }

    /// Checks the rows against themselves: the columns against the documents, the documents
    /// against their served bytes, the transaction ids and the outbox.
    pub fn verify(&self) -> Result<Verification, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let figures = client
                .query_one(
                    "SELECT (SELECT count(*) FROM interaction), \
                            (SELECT count(transaction_id) FROM interaction), \
                            (SELECT count(*) FROM outbox), \
                            (SELECT count(*) FROM subscription)",
                    &[],
                )
                .await?;
            let count = |index: usize| u64::try_from(figures.get::<_, i64>(index)).unwrap_or(0);
            let mut report = Verification {
                interactions: count(0),
                transaction_ids: count(1),
                events: count(2),
                subscriptions: count(3),
                inconsistencies: Vec::new(),
                inconsistency_count: 0,
            };
            let checks: [(&'static str, &str); 4] = [
                (
                    "interaction",
                    // A document holding NUL has it replaced in its jsonb copy (`without_nul`).
                    "SELECT id, 'the stored bytes are not the jsonb document' FROM interaction \
                     WHERE CASE WHEN strpos(convert_from(raw, 'UTF8'), '\\u0000') = 0 \
                     THEN convert_from(raw, 'UTF8')::jsonb <> document ELSE false END",
                ),
                (
                    "interaction",
                    "SELECT id, 'the indexed columns disagree with the document' \
                     FROM interaction WHERE document->>'id' IS DISTINCT FROM id \
                     OR customer_id IS DISTINCT FROM (CASE WHEN jsonb_typeof(document->'customerId') = 'string' THEN document->>'customerId' END) \
                     OR status IS DISTINCT FROM (CASE WHEN jsonb_typeof(document->'status') = 'string' THEN document->>'status' END) \
                     OR created IS DISTINCT FROM coalesce(pi_micros(document->>'creationDate'), -9223372036854775808)",
                ),
                (
                    "subscription",
                    "SELECT id, 'its position is past the last event number' FROM subscription \
                     WHERE position > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM outbox_seq)",
                ),
                (
                    "outbox",
                    "SELECT seq::text, 'an event number past the sequence' FROM outbox \
                     WHERE seq > (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM outbox_seq)",
                ),
            ];
            for (table, query) in checks {
                let counted = client
                    .query_one(&format!("SELECT count(*) FROM ({query}) AS found"), &[])
                    .await?;
                report.inconsistency_count += u64::try_from(counted.get::<_, i64>(0)).unwrap_or(0);
                let listed = client
                    .query(&format!("{query} ORDER BY 1 LIMIT {LISTED}"), &[])
                    .await?;
                for row in listed {
                    report.inconsistencies.push(Inconsistency {
                        tree: table,
                        key: row.get(0),
                        what: row.get::<_, String>(1),
                    });
                }
            }
            Ok(report)
        })
    }
}

/// The driver's settings of a `postgres://` (or `postgresql://`) URL.
fn parse_url(url: &str) -> Result<tokio_postgres::Config, StoreError> {
    let shown = loggable(url);
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(StoreError::Database(format!(
            "--store takes `sled` or a PostgreSQL URL (postgres://user@host:5432/database), \
             not {shown}"
        )));
    }
    tokio_postgres::Config::from_str(url).map_err(|err| {
        StoreError::Database(format!(
            "{shown} is not a PostgreSQL URL the driver reads ({err}); sslmode may be disable, \
             prefer or require, and the port a number"
        ))
    })
}

/// Applies the embedded migrations, one server at a time.
async fn migrate(config: &tokio_postgres::Config, tls: &Tls) -> Result<Vec<String>, StoreError> {
    let (mut client, _ended) = tls.connect(config).await?;
    client
        .execute("SELECT pg_advisory_lock($1)", &[&MIGRATIONS_LOCK])
        .await?;
    let applied = embedded::migrations::runner()
        .run_async(&mut client)
        .await
        .map_err(|err| StoreError::Database(format!("applying the schema migrations: {err}")));
    client
        .execute("SELECT pg_advisory_unlock($1)", &[&MIGRATIONS_LOCK])
        .await?;
    drop(client);
    let applied = applied?;
    let versions: Vec<String> = applied
        .applied_migrations()
        .iter()
        .map(ToString::to_string)
        .collect();
    for version in &versions {
        tracing::info!(migration = version, "applied a schema migration");
    }
    Ok(versions)
}

/// What every write does first: holds the subscriptions lock shared (see the module's
/// documentation) and asks whether any subscription exists. Prepared before anything is sent,
/// so that the statements sent with these go after them.
struct Writing {
    lock: tokio_postgres::Statement,
    exists: tokio_postgres::Statement,
}

impl Writing {
    async fn prepare(tx: &deadpool_postgres::Transaction<'_>) -> Result<Self, StoreError> {
        let (lock, exists) = futures::try_join!(
            tx.prepare_cached("SELECT pg_advisory_xact_lock_shared($1)"),
            tx.prepare_cached("SELECT EXISTS (SELECT 1 FROM subscription)")
        )?;
        Ok(Self { lock, exists })
    }

    /// Whether any subscription exists. Sent together and run in order: the check's snapshot
    /// is taken once the lock is held, so it sees every subscription added before.
    async fn subscribed(
        &self,
        tx: &deadpool_postgres::Transaction<'_>,
    ) -> Result<bool, StoreError> {
        let (_, row) = futures::try_join!(
            tx.execute(&self.lock, &[&SUBSCRIPTIONS_LOCK]),
            tx.query_one(&self.exists, &[])
        )?;
        Ok(row.get(0))
    }
}

/// The interaction's document, its row locked for the transaction, and whether any
/// subscription exists (see [`Writing`]).
async fn locked(
    tx: &deadpool_postgres::Transaction<'_>,
    id: &str,
) -> Result<(bool, Option<Vec<u8>>), StoreError> {
    let select = tx
        .prepare_cached("SELECT raw FROM interaction WHERE id = $1 FOR UPDATE")
        .await?;
    let writing = Writing::prepare(tx).await?;
    let (subscribed, row) = futures::try_join!(writing.subscribed(tx), async {
        Ok(tx.query_opt(&select, &[&id]).await?)
    })?;
    Ok((subscribed, row.map(|row| row.get(0))))
}

/// A read-only transaction on one snapshot of the database.
pub(super) async fn snapshot(
    client: &mut deadpool_postgres::Object,
) -> Result<deadpool_postgres::Transaction<'_>, tokio_postgres::Error> {
    client
        .build_transaction()
        .isolation_level(tokio_postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .await
}

/// Appends the events of a change to the outbox; returns the number of the last one.
async fn emit(
    tx: &tokio_postgres::Transaction<'_>,
    changed: Changed<'_>,
    correlation_id: Option<&str>,
) -> Result<Option<u64>, StoreError> {
    let events = crate::events::envelopes(changed, correlation_id).map_err(StoreError::Corrupt)?;
    if events.is_empty() {
        return Ok(None);
    }
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&OUTBOX_LOCK])
        .await?;
    let mut last = 0i64;
    for event in events {
        let kind = i16::from(event.kind.code());
        let row = tx
            .query_one(
                "INSERT INTO outbox (seq, kind, event_id, body) \
                 VALUES (nextval('outbox_seq'), $1, $2, $3) RETURNING seq",
                &[&kind, &event.event_id, &event.body],
            )
            .await?;
        last = row.get(0);
    }
    tx.execute(
        "SELECT pg_notify($1, $2)",
        &[&EVENTS_CHANNEL, &last.to_string()],
    )
    .await?;
    Ok(Some(u64::try_from(last).unwrap_or(0)))
}

/// The number of the last committed event.
async fn last_event(client: &tokio_postgres::Client) -> Result<u64, tokio_postgres::Error> {
    let row = client
        .query_one("SELECT coalesce(max(seq), 0) FROM outbox", &[])
        .await?;
    Ok(u64::try_from(row.get::<_, i64>(0)).unwrap_or(0))
}

fn raise(events: &watch::Sender<u64>, seq: u64) {
    events.send_if_modified(|current| {
        let raised = seq > *current;
        if raised {
            *current = seq;
        }
        raised
    });
}

/// Keeps the last event number of every server's commits: notified, and polled.
async fn follow_events(config: tokio_postgres::Config, tls: Tls, events: Arc<watch::Sender<u64>>) {
    loop {
        if let Err(err) = listen(&config, &tls, &events).await {
            tracing::warn!(cause = %describe(&err), "following the database's events failed; retrying");
        }
        tokio::time::sleep(EVENTS_POLL).await;
    }
}

async fn listen(
    config: &tokio_postgres::Config,
    tls: &Tls,
    events: &watch::Sender<u64>,
) -> Result<(), tokio_postgres::Error> {
    let (client, mut notifications) = tls.connect(config).await?;
    client
        .batch_execute(&format!("LISTEN {EVENTS_CHANNEL}"))
        .await?;
    let mut poll = tokio::time::interval(EVENTS_POLL);
    loop {
        tokio::select! {
            seq = notifications.recv() => match seq {
                Some(seq) => raise(events, seq),
                // The connection ended (and said why in the log).
                None => return Ok(()),
            },
            _ = poll.tick() => raise(events, last_event(&client).await?),
        }
    }
}

/// PostgreSQL's text (and jsonb) cannot hold the NUL character: in what queries read (the
/// columns, the jsonb copy, query values) it stands as U+FFFD; the served bytes keep it.
pub(super) fn without_nul(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\0') {
        std::borrow::Cow::Owned(text.replace('\0', "\u{FFFD}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The JSON text of the jsonb copy of a document (see [`without_nul`]).
fn query_copy<'a>(text: &'a str, document: &Value) -> std::borrow::Cow<'a, str> {
    // JSON carries a NUL only as the escape `\u0000`.
    let escaped = text
        .as_bytes()
        .windows(6)
        .any(|six| six.eq_ignore_ascii_case(b"\\u0000"));
    if !escaped {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut copy = document.clone();
    replace_nul(&mut copy);
    std::borrow::Cow::Owned(copy.to_string())
}

fn replace_nul(value: &mut Value) {
    match value {
        Value::String(text) => {
            if let std::borrow::Cow::Owned(replaced) = without_nul(text) {
                *text = replaced;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(replace_nul),
        Value::Object(members) => {
            let named: Vec<(String, Value)> = std::mem::take(members).into_iter().collect();
            for (name, mut member) in named {
                replace_nul(&mut member);
                members.insert(without_nul(&name).into_owned(), member);
            }
        }
        _ => {}
    }
}

/// The columns of a document that the indexes need.
struct Columns {
    created: i64,
    customer_id: Option<String>,
    status: Option<String>,
}

impl Columns {
    fn of(document: &Value) -> Self {
        let text = |name: &str| {
            document
                .get(name)
                .and_then(Value::as_str)
                .map(|text| without_nul(text).into_owned())
        };
        Self {
            // As in the embedded store: a creationDate that cannot be read sorts first.
            created: document
                .get("creationDate")
                .and_then(Value::as_str)
                .and_then(instant_micros)
                .unwrap_or(i64::MIN),
            customer_id: text("customerId"),
            status: text("status"),
        }
    }
}

fn parse(document: &[u8]) -> Result<Value, StoreError> {
    serde_json::from_slice(document)
        .map_err(|err| StoreError::Corrupt(format!("a document: {err}")))
}

fn to_u64(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn to_i64(value: u64) -> i64 {
    i64::try_from(value).unwrap_or(i64::MAX)
}

impl InteractionStore for PostgresStore {
    fn create(&self, new: NewInteraction) -> Result<CreateOutcome, StoreError> {
        let (outcome, last) = self.run(self.insert(&new, true))?;
        self.committed(last);
        Ok(outcome)
    }

    fn create_committed(
        &self,
        new: NewInteraction,
    ) -> Result<(CreateOutcome, Pending), StoreError> {
        // Committed is durable here.
        Ok((self.create(new)?, Pending(None)))
    }

    fn wait_durable(&self, _pending: Pending) -> BoxFuture<'_, Result<(), StoreError>> {
        Box::pin(async { Ok(()) })
    }

    fn create_unflushed(&self, new: &NewInteraction) -> Result<CreateOutcome, StoreError> {
        let (outcome, last) = self.run(self.insert(new, false))?;
        self.committed(last);
        Ok(outcome)
    }

    /// One transaction for the lot, its inserts sent without waiting for each other.
    fn import(&self, interactions: &[NewInteraction]) -> Result<Vec<bool>, StoreError> {
        let rows = interactions
            .iter()
            .map(|new| {
                let document = parse(&new.document)?;
                let columns = Columns::of(&document);
                let text = std::str::from_utf8(&new.document)
                    .map_err(|_| StoreError::Corrupt("a document that is not UTF-8".into()))?;
                Ok((new, columns, query_copy(text, &document)))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let (stored, last) = self.run(async {
            let mut client = self.pool.get().await?;
            let tx = client.transaction().await?;
            tx.batch_execute("SET LOCAL synchronous_commit = off")
                .await?;
            let subscribed = Writing::prepare(&tx).await?.subscribed(&tx).await?;
            let insert = tx
                .prepare_cached(
                    "INSERT INTO interaction (id, raw, document, created, customer_id, status) \
                     VALUES ($1, $2, ($3::text)::jsonb, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
                )
                .await?;
            let documents: Vec<&[u8]> = rows
                .iter()
                .map(|(new, _, _)| new.document.as_ref())
                .collect();
            let params: Vec<[&(dyn tokio_postgres::types::ToSql + Sync); 6]> = rows
                .iter()
                .zip(&documents)
                .map(|((new, columns, text), document)| {
                    [
                        &new.id as &(dyn tokio_postgres::types::ToSql + Sync),
                        document,
                        text,
                        &columns.created,
                        &columns.customer_id,
                        &columns.status,
                    ]
                })
                .collect();
            let inserted = futures::future::try_join_all(
                params.iter().map(|params| tx.execute(&insert, params)),
            )
            .await?;
            let stored: Vec<bool> = inserted.iter().map(|count| *count == 1).collect();
            let mut last = None;
            if subscribed {
                for ((new, _, _), _) in rows.iter().zip(&stored).filter(|(_, stored)| **stored) {
                    let emitted = emit(
                        &tx,
                        Changed::Created(&new.document),
                        new.correlation_id.as_deref(),
                    )
                    .await?;
                    last = emitted.or(last);
                }
            }
            tx.commit().await?;
            Ok((stored, last))
        })?;
        self.committed(last);
        Ok(stored)
    }

    fn get(&self, id: &str) -> Result<Option<Bytes>, StoreError> {
        if id.contains('\0') {
            // No id holds it (PostgreSQL text cannot).
            return Ok(None);
        }
        self.run(async {
            let client = self.pool.get().await?;
            let statement = client
                .prepare_cached("SELECT raw FROM interaction WHERE id = $1")
                .await?;
            let row = client.query_opt(&statement, &[&id]).await?;
            Ok(row.map(|row| Bytes::from(row.get::<_, Vec<u8>>(0))))
        })
    }

    fn update(
        &self,
        id: &str,
        change: Change<'_>,
        correlation_id: Option<&str>,
    ) -> Result<UpdateOutcome, StoreError> {
        if id.contains('\0') {
            return Ok(UpdateOutcome::NotFound);
        }
        let (outcome, last) = self.run(async {
            let mut client = self.pool.get().await?;
            let tx = client.transaction().await?;
            let (subscribed, current) = locked(&tx, id).await?;
            let Some(current) = current else {
                return Ok((UpdateOutcome::NotFound, None));
            };
            let changed = match change(&current) {
                Ok(changed) => changed,
                Err(refusal) => return Ok((UpdateOutcome::Refused(refusal), None)),
            };
            let document = parse(&changed)?;
            let columns = Columns::of(&document);
            let text = std::str::from_utf8(&changed)
                .map_err(|_| StoreError::Corrupt("a document that is not UTF-8".into()))?;
            let text = query_copy(text, &document);
            tx.execute(
                "UPDATE interaction SET raw = $2, document = ($3::text)::jsonb, created = $4, \
                 customer_id = $5, status = $6 WHERE id = $1",
                &[
                    &id,
                    &changed.as_ref(),
                    &text,
                    &columns.created,
                    &columns.customer_id,
                    &columns.status,
                ],
            )
            .await?;
            let last = if subscribed {
                let changed_event = Changed::Updated {
                    before: &current,
                    after: &changed,
                };
                emit(&tx, changed_event, correlation_id).await?
            } else {
                None
            };
            tx.commit().await?;
            Ok((UpdateOutcome::Updated(changed), last))
        })?;
        self.committed(last);
        Ok(outcome)
    }

    fn delete(
        &self,
        id: &str,
        precondition: Precondition<'_>,
        correlation_id: Option<&str>,
    ) -> Result<DeleteOutcome, StoreError> {
        if id.contains('\0') {
            return Ok(DeleteOutcome::NotFound);
        }
        let (outcome, last) = self.run(async {
            let mut client = self.pool.get().await?;
            let tx = client.transaction().await?;
            let (subscribed, current) = locked(&tx, id).await?;
            let Some(current) = current else {
                return Ok((DeleteOutcome::NotFound, None));
            };
            let document = current;
            if let Err(refusal) = precondition(&document) {
                return Ok((DeleteOutcome::Refused(refusal), None));
            }
            tx.execute("DELETE FROM interaction WHERE id = $1", &[&id])
                .await?;
            let last = if subscribed {
                emit(&tx, Changed::Deleted(&document), correlation_id).await?
            } else {
                None
            };
            tx.commit().await?;
            Ok((DeleteOutcome::Deleted(Bytes::from(document)), last))
        })?;
        self.committed(last);
        Ok(outcome)
    }

    fn search(&self, query: &ListQuery, snapshot: &str) -> Option<Result<Page, StoreError>> {
        Some(self.run(async {
            let mut client = self.pool.get().await?;
            search::page(&mut client, query, snapshot).await
        }))
    }

    fn candidates(&self, candidates: &Candidates) -> IdIterator<'_> {
        let ids = self.run(async {
            let client = self.pool.get().await?;
            let (customers, range, descending) = match candidates {
                Candidates::Customers {
                    customer_ids,
                    range,
                    descending,
                } => (Some(customer_ids.clone()), *range, *descending),
                Candidates::All { range, descending } => (None, *range, *descending),
            };
            let (from, to) = search::bounds(range);
            let order = if descending { "DESC" } else { "ASC" };
            let rows = client
                .query(
                    &format!(
                        "SELECT id FROM interaction WHERE ($1::text[] IS NULL OR customer_id = ANY($1)) \
                         AND created >= $2 AND created <= $3 ORDER BY created {order}, id {order}"
                    ),
                    &[&customers, &from, &to],
                )
                .await?;
            Ok(rows.into_iter().map(|row| row.get::<_, String>(0)).collect::<Vec<_>>())
        });
        match ids {
            Ok(ids) => Box::new(ids.into_iter().map(Ok)),
            Err(err) => Box::new(std::iter::once(Err(err))),
        }
    }

    fn count(&self) -> Result<u64, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let row = client
                .query_one("SELECT count(*) FROM interaction", &[])
                .await?;
            Ok(to_u64(row.get(0)))
        })
    }

    fn flush(&self) -> Result<(), StoreError> {
        // A synchronous commit writes the log up to itself, so the commits made with
        // `synchronous_commit = off` before it are durable once it returns.
        self.probe_write()
    }

    fn probe_write(&self) -> Result<(), StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            client
                .execute(
                    "INSERT INTO ready_probe (replica, at) VALUES ($1, now()) \
                     ON CONFLICT (replica) DO UPDATE SET at = now()",
                    &[&self.replica],
                )
                .await?;
            Ok(())
        })
    }

    fn size_on_disk(&self) -> Result<u64, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let row = client
                .query_one(
                    "SELECT pg_total_relation_size('interaction') + \
                     pg_total_relation_size('outbox') + pg_total_relation_size('subscription')",
                    &[],
                )
                .await?;
            Ok(to_u64(row.get(0)))
        })
    }

    fn export_to(&self, out: &mut dyn std::io::Write) -> Result<u64, ExportError> {
        let mut failed_write = None;
        let written = self.run(async {
            let mut client = self.pool.get().await?;
            // One snapshot for the whole export; writes go on meanwhile.
            let tx = snapshot(&mut client).await?;
            let statement = tx
                .prepare("SELECT raw FROM interaction ORDER BY id")
                .await?;
            let portal = tx.bind(&statement, &[]).await?;
            let mut written = 0u64;
            loop {
                let rows = tx.query_portal(&portal, EXPORT_BATCH).await?;
                if rows.is_empty() {
                    break;
                }
                for row in rows {
                    let document: &[u8] = row.get(0);
                    if let Err(err) = out.write_all(document).and_then(|()| out.write_all(b"\n")) {
                        failed_write = Some(err);
                        return Ok(written);
                    }
                    written += 1;
                }
            }
            tx.commit().await?;
            Ok(written)
        })?;
        if let Some(err) = failed_write {
            return Err(ExportError::Write(err));
        }
        out.flush()?;
        Ok(written)
    }

    fn add_subscription(&self, id: &str, record: &[u8]) -> Result<u64, StoreError> {
        self.run(async {
            let mut client = self.pool.get().await?;
            let tx = client.transaction().await?;
            // Waits for the writes in progress, which may still add events.
            tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SUBSCRIPTIONS_LOCK])
                .await?;
            let row = tx
                .query_one(
                    "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM outbox_seq",
                    &[],
                )
                .await?;
            let position: i64 = row.get(0);
            tx.execute(
                "INSERT INTO subscription (id, record, position) VALUES ($1, $2, $3) \
                 ON CONFLICT (id) DO UPDATE SET record = $2, position = $3",
                &[&id, &record, &position],
            )
            .await?;
            tx.commit().await?;
            Ok(to_u64(position))
        })
    }

    fn subscription(&self, id: &str) -> Result<Option<Bytes>, StoreError> {
        if id.contains('\0') {
            // No id holds it (PostgreSQL text cannot).
            return Ok(None);
        }
        self.run(async {
            let client = self.pool.get().await?;
            let row = client
                .query_opt("SELECT record FROM subscription WHERE id = $1", &[&id])
                .await?;
            Ok(row.map(|row| Bytes::from(row.get::<_, Vec<u8>>(0))))
        })
    }

    fn remove_subscription(&self, id: &str) -> Result<bool, StoreError> {
        if id.contains('\0') {
            return Ok(false);
        }
        self.run(async {
            let client = self.pool.get().await?;
            let removed = client
                .execute("DELETE FROM subscription WHERE id = $1", &[&id])
                .await?;
            Ok(removed > 0)
        })
    }

    fn subscriptions(&self) -> Result<Vec<SubscriptionEntry>, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let rows = client
                .query(
                    "SELECT id, record, position FROM subscription ORDER BY id",
                    &[],
                )
                .await?;
            Ok(rows
                .into_iter()
                .map(|row| SubscriptionEntry {
                    id: row.get(0),
                    record: Bytes::from(row.get::<_, Vec<u8>>(1)),
                    position: to_u64(row.get(2)),
                })
                .collect())
        })
    }

    fn events_after(&self, after: u64, max: usize) -> Result<Vec<OutboxEvent>, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let statement = client
                .prepare_cached(
                    "SELECT seq, kind, event_id, body FROM outbox WHERE seq > $1 \
                     ORDER BY seq LIMIT $2",
                )
                .await?;
            let limit = i64::try_from(max).unwrap_or(i64::MAX);
            let rows = client.query(&statement, &[&to_i64(after), &limit]).await?;
            rows.into_iter()
                .map(|row| {
                    let seq = to_u64(row.get(0));
                    let code: i16 = row.get(1);
                    let kind = u8::try_from(code)
                        .ok()
                        .and_then(EventType::from_code)
                        .ok_or_else(|| StoreError::Corrupt(format!("outbox event {seq}")))?;
                    Ok(OutboxEvent {
                        seq,
                        kind,
                        event_id: row.get(2),
                        body: Bytes::from(row.get::<_, Vec<u8>>(3)),
                    })
                })
                .collect()
        })
    }

    fn set_position(&self, subscription: &str, seq: u64) -> Result<(), StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            client
                .execute(
                    "UPDATE subscription SET position = GREATEST(position, $2) \
                     WHERE id = $1 AND (owner IS NULL OR owner = $3)",
                    &[&subscription, &to_i64(seq), &self.replica],
                )
                .await?;
            Ok(())
        })
    }

    fn lease(&self, subscription: &str, term: Duration) -> Result<Option<u64>, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let row = client
                .query_opt(
                    "UPDATE subscription SET owner = $2, \
                     lease_until = now() + make_interval(secs => $3) \
                     WHERE id = (SELECT id FROM subscription WHERE id = $1 \
                         AND (owner IS NULL OR owner = $2 OR lease_until < now()) \
                         FOR UPDATE SKIP LOCKED) \
                     RETURNING position",
                    &[&subscription, &self.replica, &term.as_secs_f64()],
                )
                .await?;
            Ok(row.map(|row| to_u64(row.get(0))))
        })
    }

    fn prune_events(&self) -> Result<u64, StoreError> {
        self.run(async {
            let client = self.pool.get().await?;
            let pruned = client
                .execute(
                    "DELETE FROM outbox WHERE seq <= (SELECT coalesce(min(position), \
                     (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM outbox_seq)) \
                     FROM subscription)",
                    &[],
                )
                .await?;
            Ok(pruned)
        })
    }

    fn durable_events(&self) -> watch::Receiver<u64> {
        self.events.subscribe()
    }

    fn release(&self) -> Result<(), StoreError> {
        self.release_leases()
    }
}
