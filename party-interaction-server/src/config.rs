//! The command line. Every flag can also be set through the environment variable named in
//! `--help`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use ipnet::IpNet;

use crate::events::callback::parse_network;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;
pub const DEFAULT_SHUTDOWN_GRACE_SECONDS: u64 = 30;
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
/// The store's page cache. sled counts it in the compressed size of pages, so the process grows
/// to several times this under reads of a large store (about 1 GiB with a store of 1,000,000
/// interactions, bench/RESULTS.md); the kernel's page cache keeps the rest of the file close.
pub const DEFAULT_CACHE_MB: u64 = 128;
pub const DEFAULT_MIN_FREE_MB: u64 = 64;
pub const DEFAULT_MAX_CONNECTIONS_PER_PEER: u64 = 128;
pub const DEFAULT_PG_POOL_SIZE: u64 = 16;
pub const DEFAULT_PG_STATEMENT_TIMEOUT_MS: u64 = 30_000;
pub const DEFAULT_EVENTS_LEASE_SECONDS: u64 = 30;
pub const DEFAULT_HEADER_TIMEOUT_MS: u64 = 30_000;
pub const DEFAULT_BODY_TIMEOUT_MS: u64 = 30_000;

#[derive(Debug, Parser)]
#[command(
    name = "party-interaction-server",
    version,
    about = "TMF683 Party Interaction server on an embedded store or PostgreSQL",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Options of `serve`, which runs when no subcommand is given.
    #[command(flatten)]
    pub serve: ServeArgs,
}

// Parsed once per process: the size of `Serve` costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the API server (the default).
    Serve(ServeArgs),
    /// Manage the API keys accepted in the X-API-Key header.
    Keys {
        #[command(subcommand)]
        action: KeysCommand,
    },
    /// Event delivery: the backlog, the dead letters, and their replay.
    Events {
        #[command(subcommand)]
        action: EventsCommand,
    },
    /// Write every interaction as JSON lines, from one consistent state of the store.
    Export(ExportArgs),
    /// Load interactions from JSON lines (as `export` writes them) into a stopped server's
    /// store; interactions already there are left alone.
    Import(ImportArgs),
    /// Check a stopped server's store: the indexes, the count, the transaction ids and the
    /// outbox against the interactions. Exits non-zero if anything disagrees.
    Check(CheckArgs),
    /// Apply the PostgreSQL store's schema migrations and stop (`serve` applies them too).
    Migrate(MigrateArgs),
    /// The configuration file.
    Config {
        #[command(subcommand)]
        action: ConfigCommand,
    },
}

#[derive(Debug, Args, Clone)]
pub struct MigrateArgs {
    /// The PostgreSQL store's URL.
    #[arg(long, env = "PARTY_INTERACTION_STORE", value_parser = parse_store)]
    pub store: StoreLocation,

    /// PEM file of the certificates trusted for the database's, with `sslmode=require`.
    #[arg(long, env = "PARTY_INTERACTION_PG_CA_FILE")]
    pub pg_ca_file: Option<PathBuf>,
}

#[derive(Debug, Args, Clone)]
pub struct ExportArgs {
    #[command(flatten)]
    pub data: DataDirArg,

    #[command(flatten)]
    pub store: StoreArg,

    /// Export through a running server at this URL (e.g. http://127.0.0.1:8080), which holds
    /// the store; without it the store in --data-dir is opened, so the server must be stopped.
    #[arg(long, env = "PARTY_INTERACTION_EXPORT_SERVER")]
    pub server: Option<String>,

    /// API key with the `write` scope, for --server.
    #[arg(long, env = "PARTY_INTERACTION_API_KEY", hide_env_values = true)]
    pub api_key: Option<String>,

    /// File to write; standard output when absent or `-`.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args, Clone)]
pub struct ImportArgs {
    #[command(flatten)]
    pub data: DataDirArg,

    #[command(flatten)]
    pub store: StoreArg,

    /// JSON lines file to read; standard input when absent or `-`.
    #[arg(long, short)]
    pub input: Option<PathBuf>,
}

#[derive(Debug, Args, Clone)]
pub struct CheckArgs {
    #[command(flatten)]
    pub data: DataDirArg,

    #[command(flatten)]
    pub store: StoreArg,

    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate the configuration (file, environment, flags) and print the settings the server
    /// would run with, secrets masked.
    Check {
        /// The configuration file (otherwise PARTY_INTERACTION_CONFIG, if set).
        #[arg(long)]
        config: Option<PathBuf>,
    },
}

#[derive(Debug, Args, Clone)]
pub struct DataDirArg {
    /// Directory holding the store and the API keys; created if missing.
    #[arg(long, env = "PARTY_INTERACTION_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
}

/// Where the interactions are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreLocation {
    /// The embedded store, in `<data-dir>/store`.
    Sled,
    /// A PostgreSQL database, by its URL.
    Postgres(String),
}

/// Anything but `sled` is taken for a PostgreSQL URL, and checked when connecting: a refusal
/// here would show the whole value, password included.
fn parse_store(value: &str) -> Result<StoreLocation, String> {
    Ok(match value {
        "sled" => StoreLocation::Sled,
        url => StoreLocation::Postgres(url.to_owned()),
    })
}

#[derive(Debug, Args, Clone)]
pub struct StoreArg {
    /// Where interactions are kept: `sled`, the embedded store in <data-dir>/store, or a
    /// PostgreSQL URL (`postgres://user:password@host:5432/database`), which any number of
    /// servers may share. With PostgreSQL the data directory still holds the API keys, the
    /// dead letters and the event status.
    #[arg(long, env = "PARTY_INTERACTION_STORE", default_value = "sled", value_parser = parse_store)]
    pub store: StoreLocation,

    /// Most connections to PostgreSQL this process holds at once.
    #[arg(
        long,
        env = "PARTY_INTERACTION_PG_POOL_SIZE",
        default_value_t = DEFAULT_PG_POOL_SIZE,
        value_parser = clap::value_parser!(u64).range(1..=10_000)
    )]
    pub pg_pool_size: u64,

    /// PEM file of the certificates trusted for the database's when the URL says
    /// `sslmode=require` (the connection is then TLS, and the certificate and host name are
    /// verified); the system's roots when absent. Other sslmodes connect without TLS.
    #[arg(long, env = "PARTY_INTERACTION_PG_CA_FILE")]
    pub pg_ca_file: Option<PathBuf>,

    /// Longest a PostgreSQL statement may run, in milliseconds (its `statement_timeout`, 0
    /// for none): a heavier query answers 500 rather than holding a connection; an export or
    /// import runs statements that are each short.
    #[arg(
        long,
        env = "PARTY_INTERACTION_PG_STATEMENT_TIMEOUT_MS",
        default_value_t = DEFAULT_PG_STATEMENT_TIMEOUT_MS
    )]
    pub pg_statement_timeout_ms: u64,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataDirArg,

    #[command(flatten)]
    pub store: StoreArg,

    /// Address and port to listen on (port 0 picks a free one).
    #[arg(long, env = "PARTY_INTERACTION_BIND", default_value = DEFAULT_BIND)]
    pub bind: SocketAddr,

    /// URL clients reach the server at, used in `href` and `Location` (scheme, host and any
    /// prefix in front of /partyInteraction/v1). Defaults to http://<bound address>.
    #[arg(long, env = "PARTY_INTERACTION_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Largest accepted request body, in bytes.
    #[arg(long, env = "PARTY_INTERACTION_BODY_LIMIT", default_value_t = DEFAULT_BODY_LIMIT)]
    pub body_limit: usize,

    /// JWKS file with the public keys (RS256, ES256) that sign accepted OAuth2 bearer
    /// tokens. Without it, only API keys are accepted.
    #[arg(
        long,
        env = "PARTY_INTERACTION_JWKS_FILE",
        requires_all = ["jwt_issuer", "jwt_audience"]
    )]
    pub jwks_file: Option<PathBuf>,

    /// Required `iss` of bearer tokens.
    #[arg(long, env = "PARTY_INTERACTION_JWT_ISSUER", requires = "jwks_file")]
    pub jwt_issuer: Option<String>,

    /// Required `aud` of bearer tokens.
    #[arg(long, env = "PARTY_INTERACTION_JWT_AUDIENCE", requires = "jwks_file")]
    pub jwt_audience: Option<String>,

    /// How long a client may take to send a request's headers, in milliseconds, counted from
    /// the connection (or the end of the previous answer). It also closes idle keep-alive
    /// connections and bounds the TLS handshake.
    #[arg(
        long,
        env = "PARTY_INTERACTION_HEADER_TIMEOUT_MS",
        default_value_t = DEFAULT_HEADER_TIMEOUT_MS,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub header_timeout_ms: u64,

    /// How long a client may take to send a request's body, in milliseconds; a body that
    /// takes longer is refused with 400 bodyUnreadable.
    #[arg(
        long,
        env = "PARTY_INTERACTION_BODY_TIMEOUT_MS",
        default_value_t = DEFAULT_BODY_TIMEOUT_MS,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub body_timeout_ms: u64,

    /// PEM file with the server's certificate chain: serve HTTPS (HTTP/1.1 and HTTP/2, by
    /// ALPN) instead of plain HTTP. Needs --tls-key.
    #[arg(long, env = "PARTY_INTERACTION_TLS_CERT", requires = "tls_key")]
    pub tls_cert: Option<PathBuf>,

    /// PEM file with the private key of --tls-cert (PKCS#8, PKCS#1 or SEC1).
    #[arg(long, env = "PARTY_INTERACTION_TLS_KEY", requires = "tls_cert")]
    pub tls_key: Option<PathBuf>,

    /// Memory for the store's page cache, in MiB, counted as the pages' compressed size on disk
    /// (the process takes several times as much). Reads of interactions outside it go to the
    /// file (usually the kernel's page cache) and decompress what they read.
    #[arg(long, env = "PARTY_INTERACTION_CACHE_MB", default_value_t = DEFAULT_CACHE_MB)]
    pub cache_mb: u64,

    /// Give up durability for speed: acknowledge writes of interactions before they are on
    /// disk and flush every this many milliseconds instead, so a crash loses up to the last
    /// interval of acknowledged writes (events are still sent only once on disk). Off by
    /// default: every write is acknowledged once on disk, concurrent writes sharing flushes.
    #[arg(long, env = "PARTY_INTERACTION_FLUSH_INTERVAL_MS", value_parser = clap::value_parser!(u64).range(1..))]
    pub flush_interval_ms: Option<u64>,

    /// Free space, in MiB, below which writes are refused (500 `storageFull`) before the
    /// store's disk fills up; reads go on, and writes resume once space is freed. 0 turns the
    /// check off, which is not advised: a store whose disk filled up has been left unreadable.
    #[arg(long, env = "PARTY_INTERACTION_MIN_FREE_MB", default_value_t = DEFAULT_MIN_FREE_MB)]
    pub min_free_mb: u64,

    /// When to read and check the whole store before serving: after a crash (the last server
    /// did not stop cleanly, or the store has no write mark), always, or never. The check finds
    /// damaged records and indexes before any client meets them, and takes time in proportion
    /// to the store's size; the write mark is compared at every start whatever this says.
    #[arg(long, env = "PARTY_INTERACTION_STORE_CHECK", value_enum, default_value_t = StoreCheck::AfterCrash)]
    pub store_check: StoreCheck,

    /// Most client connections served at once; more are closed as they arrive. Keep it below
    /// the process's file descriptor limit (`ulimit -n`).
    #[arg(
        long,
        env = "PARTY_INTERACTION_MAX_CONNECTIONS",
        default_value_t = DEFAULT_MAX_CONNECTIONS
    )]
    pub max_connections: usize,

    /// Most connections one client address may hold at once, so that one client cannot take
    /// every slot of --max-connections. Behind a reverse proxy every connection comes from
    /// the proxy's address: raise it to --max-connections there.
    #[arg(
        long,
        env = "PARTY_INTERACTION_MAX_CONNECTIONS_PER_PEER",
        default_value_t = DEFAULT_MAX_CONNECTIONS_PER_PEER,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub max_connections_per_peer: u64,

    /// How long in-flight requests may run after SIGINT or SIGTERM, in seconds.
    #[arg(
        long,
        env = "PARTY_INTERACTION_SHUTDOWN_GRACE",
        default_value_t = DEFAULT_SHUTDOWN_GRACE_SECONDS
    )]
    pub shutdown_grace: u64,

    /// Log format on stderr. The level comes from RUST_LOG (default: info).
    #[arg(long, env = "PARTY_INTERACTION_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    #[command(flatten)]
    pub events: EventsArgs,

    #[command(flatten)]
    pub operations: OperationsArgs,
}

/// Where `/metrics` is served, and the configuration file.
#[derive(Debug, Args, Clone)]
pub struct OperationsArgs {
    /// TOML file with settings (named like the flags, `data_dir = "/var/lib/..."`). Flags win
    /// over environment variables, which win over the file, which wins over the defaults.
    #[arg(long, env = CONFIG_ENV)]
    pub config: Option<PathBuf>,

    /// Serve `/metrics` (and `/health`, `/ready`) on this address too, without credentials:
    /// an address only the monitoring network reaches. Off by default.
    #[arg(long, env = "PARTY_INTERACTION_METRICS_BIND")]
    pub metrics_bind: Option<SocketAddr>,

    /// Serve `/metrics` on the API's address to requests with `Authorization: Bearer
    /// <token>`. Without it (and without --metrics-bind) there are no metrics.
    #[arg(long, env = METRICS_TOKEN_ENV, hide_env_values = true)]
    pub metrics_token: Option<String>,
}

pub const CONFIG_ENV: &str = "PARTY_INTERACTION_CONFIG";
pub const METRICS_TOKEN_ENV: &str = "PARTY_INTERACTION_METRICS_TOKEN";

/// Settings whose values `config check` does not show.
pub const SECRET_SETTINGS: &[&str] = &["metrics_token"];
/// Settings that are URLs whose password is masked when shown.
pub const URL_SETTINGS: &[&str] = &["store"];

/// How events are delivered to subscribers' callbacks.
#[derive(Debug, Args, Clone)]
pub struct EventsArgs {
    /// Allow plain http callback URLs (only https otherwise).
    #[arg(long, env = "PARTY_INTERACTION_EVENTS_ALLOW_HTTP")]
    pub events_allow_http: bool,

    /// Comma-separated networks or addresses (127.0.0.0/8, ::1) that callbacks may reach
    /// although they are loopback, private, link-local or reserved. None by default, so that
    /// a subscriber cannot make the server call into its own network.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_ALLOW_NETWORKS",
        value_delimiter = ',',
        value_parser = parse_network
    )]
    pub events_allow_networks: Vec<IpNet>,

    /// How long one delivery may take (connecting included), in milliseconds.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_TIMEOUT_MS",
        default_value_t = 10_000,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub events_timeout_ms: u64,

    /// Delay before the first retry of a failed delivery, in milliseconds; it doubles with
    /// every attempt (with random jitter of up to half).
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_RETRY_INITIAL_MS",
        default_value_t = 1_000
    )]
    pub events_retry_initial_ms: u64,

    /// Longest delay between two attempts, in milliseconds.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_RETRY_MAX_MS",
        default_value_t = 300_000
    )]
    pub events_retry_max_ms: u64,

    /// Attempts before an event goes to the dead letters.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_MAX_ATTEMPTS",
        default_value_t = 10,
        value_parser = clap::value_parser!(u32).range(1..)
    )]
    pub events_max_attempts: u32,

    /// With several servers on one PostgreSQL store, each subscription is delivered by one of
    /// them at a time, which holds it for this many seconds and renews it as it goes; when
    /// that server dies, another takes over once the time is up (and may deliver again the
    /// events of the last second before). One server alone holds every subscription.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_LEASE_SECONDS",
        default_value_t = DEFAULT_EVENTS_LEASE_SECONDS,
        value_parser = clap::value_parser!(u64).range(2..=3600)
    )]
    pub events_lease_seconds: u64,

    /// Most event subscriptions the server holds; more are refused with 409.
    #[arg(
        long,
        env = "PARTY_INTERACTION_EVENTS_MAX_SUBSCRIPTIONS",
        default_value_t = 100
    )]
    pub events_max_subscriptions: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StoreCheck {
    AfterCrash,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Create a key; it is printed alone on the last line, and never shown again.
    Add {
        #[command(flatten)]
        data: DataDirArg,
        /// Name of the key, to list and revoke it by.
        #[arg(long, env = "PARTY_INTERACTION_KEY_NAME")]
        name: String,
        /// Comma-separated scopes: read, write.
        #[arg(
            long,
            env = "PARTY_INTERACTION_KEY_SCOPES",
            value_delimiter = ',',
            default_value = "read,write"
        )]
        scopes: Vec<String>,
    },
    /// List the keys (names and scopes; the keys themselves are not stored).
    List {
        #[command(flatten)]
        data: DataDirArg,
    },
    /// Revoke a key by name; a running server refuses it within a second.
    Revoke {
        #[command(flatten)]
        data: DataDirArg,
        /// Name of the key.
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Per subscription: events not yet processed and dead letters. Works while the server
    /// runs (from the status it writes every second) and while it is stopped.
    Status {
        #[command(flatten)]
        data: DataDirArg,
    },
    /// List the events that could not be delivered.
    DeadLetters {
        #[command(flatten)]
        data: DataDirArg,
        /// Print a JSON array instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Queue dead letters for delivery again; a running server sends them within a second.
    #[command(
        override_usage = "party-interaction-server events replay [--data-dir DIR] (<IDS>... | --all)"
    )]
    Replay {
        #[command(flatten)]
        data: DataDirArg,
        /// Ids of the dead letters, as `dead-letters` lists them.
        #[arg(required_unless_present = "all", conflicts_with = "all")]
        ids: Vec<String>,
        /// Replay every dead letter.
        #[arg(long)]
        all: bool,
    },
    /// Delete dead letters for good (those of removed subscriptions, say).
    #[command(
        override_usage = "party-interaction-server events discard [--data-dir DIR] (<IDS>... | --subscription ID | --all)"
    )]
    Discard {
        #[command(flatten)]
        data: DataDirArg,
        /// Ids of the dead letters, as `dead-letters` lists them.
        #[arg(
            required_unless_present_any = ["all", "subscription"],
            conflicts_with_all = ["all", "subscription"]
        )]
        ids: Vec<String>,
        /// Every dead letter of this subscription.
        #[arg(long, conflicts_with = "all")]
        subscription: Option<String>,
        /// Every dead letter.
        #[arg(long)]
        all: bool,
    },
}
