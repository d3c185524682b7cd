//! The command line. Every flag can also be set through the environment variable named in
//! `--help`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "data";
pub const DEFAULT_BODY_LIMIT: usize = 1024 * 1024;
pub const DEFAULT_SHUTDOWN_GRACE_SECONDS: u64 = 30;
pub const DEFAULT_MAX_CONNECTIONS: usize = 1024;
pub const DEFAULT_CACHE_MB: u64 = 1024;

#[derive(Debug, Parser)]
#[command(
    name = "party-interaction-server",
    version,
    about = "TMF683 Party Interaction server on an embedded store",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,

    /// Options of `serve`, which runs when no subcommand is given.
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the API server (the default).
    Serve(ServeArgs),
    /// Manage the API keys accepted in the X-API-Key header.
    Keys {
        #[command(subcommand)]
        action: KeysCommand,
    },
}

#[derive(Debug, Args, Clone)]
pub struct DataDirArg {
    /// Directory holding the store and the API keys; created if missing.
    #[arg(long, env = "PARTY_INTERACTION_DATA_DIR", default_value = DEFAULT_DATA_DIR)]
    pub data_dir: PathBuf,
}

#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    #[command(flatten)]
    pub data: DataDirArg,

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

    /// Memory for the store's page cache, in MiB. Reads of interactions outside it go to disk.
    #[arg(long, env = "PARTY_INTERACTION_CACHE_MB", default_value_t = DEFAULT_CACHE_MB)]
    pub cache_mb: u64,

    /// Most client connections served at once; more are closed as they arrive. Keep it below
    /// the process's file descriptor limit (`ulimit -n`).
    #[arg(
        long,
        env = "PARTY_INTERACTION_MAX_CONNECTIONS",
        default_value_t = DEFAULT_MAX_CONNECTIONS
    )]
    pub max_connections: usize,

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
