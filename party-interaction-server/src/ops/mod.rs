//! What an operator needs besides the API: probes, metrics, the contract, the export.
//!
//! These endpoints are answered before the generated router is asked (see [`crate::http`]):
//! - `GET /health`: the process answers. `GET /ready`: the store takes a write and a flush.
//!   Both without credentials, and they say nothing else.
//! - `GET /metrics`: Prometheus text, only with `--metrics-token` (as a bearer token) here, or
//!   on the separate `--metrics-bind` address ([`metrics`]).
//! - `GET /partyInteraction/v1/openapi.json` and `.yaml`: the merged spec, without
//!   credentials: it is the public contract, and tools fetch it before they have any.
//! - `GET /admin/export`: every interaction as JSON lines ([`backup`]); needs `write`.
//!
//! [`check`] verifies a stopped server's store from the command line.

pub mod backup;
pub mod check;
pub mod metrics;

use std::sync::{Arc, OnceLock};

use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::{Response, StatusCode};
use serde_json::json;

use crate::config::{StoreArg, StoreLocation};
use crate::errors::{full_body, json_response, ApiError, Body};
use crate::spec::SPEC_JSON;
use crate::store::{InteractionStore, PostgresOptions, PostgresStore, SledStore};

pub const HEALTH_PATH: &str = "/health";
pub const READY_PATH: &str = "/ready";
pub const METRICS_PATH: &str = "/metrics";
pub const OPENAPI_JSON_PATH: &str = "/partyInteraction/v1/openapi.json";
pub const OPENAPI_YAML_PATH: &str = "/partyInteraction/v1/openapi.yaml";
pub const EXPORT_PATH: &str = "/admin/export";

/// An endpoint of the operator's, by path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    Health,
    Ready,
    Metrics,
    OpenApiJson,
    OpenApiYaml,
    Export,
}

impl Endpoint {
    pub fn of(path: &str) -> Option<Self> {
        Some(match path {
            HEALTH_PATH => Self::Health,
            READY_PATH => Self::Ready,
            METRICS_PATH => Self::Metrics,
            OPENAPI_JSON_PATH => Self::OpenApiJson,
            OPENAPI_YAML_PATH => Self::OpenApiYaml,
            EXPORT_PATH => Self::Export,
            _ => return None,
        })
    }

    /// The `operation` label of its requests in logs and metrics.
    pub fn name(self) -> &'static str {
        match self {
            Self::Health => "health",
            Self::Ready => "ready",
            Self::Metrics => "metrics",
            Self::OpenApiJson => "openapiJson",
            Self::OpenApiYaml => "openapiYaml",
            Self::Export => "export",
        }
    }

    /// Asked every few seconds by machines: logged at `debug`, not `info`.
    pub fn is_polled(self) -> bool {
        matches!(self, Self::Health | Self::Ready | Self::Metrics)
    }
}

/// What the operator's endpoints need of the running server.
#[derive(Clone)]
pub struct Operations {
    pub store: Arc<dyn InteractionStore>,
    pub metrics: Option<metrics::Exporter>,
    /// `--metrics-token`, for `/metrics` on the API's address.
    pub metrics_token: Option<String>,
    pub data_dir: std::path::PathBuf,
}

/// The store a command line names, for the commands that work on a stopped server's store
/// (`export`, `import`, `check`): the sled store in `data_dir` (which a running server holds
/// locked), or the PostgreSQL database (which running servers share). An absent sled store
/// is created when `create` says so.
pub fn open_store(
    data_dir: &std::path::Path,
    store: &StoreArg,
    cache_bytes: u64,
    create: bool,
) -> anyhow::Result<Box<dyn InteractionStore>> {
    use anyhow::Context as _;
    Ok(match &store.store {
        StoreLocation::Sled => {
            let path = data_dir.join("store");
            anyhow::ensure!(
                create || path.exists(),
                "there is no store in {}",
                data_dir.display()
            );
            Box::new(SledStore::open(&path, cache_bytes).with_context(|| {
                format!(
                    "opening the store at {} (if a server is running on it, stop it first, or \
                     export through it with --server)",
                    path.display()
                )
            })?)
        }
        StoreLocation::Postgres(url) => Box::new(open_postgres(url, store)?),
    })
}

/// `party-interaction-server migrate`: brings a PostgreSQL store's schema up to date.
pub fn migrate(args: &crate::config::MigrateArgs) -> anyhow::Result<()> {
    use anyhow::Context as _;
    let StoreLocation::Postgres(url) = &args.store else {
        anyhow::bail!("the embedded store has no migrations to apply; give --store postgres://…");
    };
    let options = PostgresOptions {
        pool_size: 1,
        ca_file: args.pg_ca_file.clone(),
        // Migrations may take long on a large store.
        statement_timeout: std::time::Duration::ZERO,
    };
    let applied = PostgresStore::migrate_only(url, &options).with_context(|| {
        format!(
            "migrating the PostgreSQL store at {}",
            crate::store::loggable_url(url)
        )
    })?;
    if applied.is_empty() {
        println!("The schema is up to date.");
    }
    for version in applied {
        println!("Applied {version}");
    }
    Ok(())
}

/// Connects to the PostgreSQL store (and brings its schema up to date).
pub fn open_postgres(url: &str, store: &StoreArg) -> anyhow::Result<PostgresStore> {
    use anyhow::Context as _;
    let options = PostgresOptions {
        pool_size: usize::try_from(store.pg_pool_size).unwrap_or(usize::MAX),
        ca_file: store.pg_ca_file.clone(),
        statement_timeout: std::time::Duration::from_millis(store.pg_statement_timeout_ms),
    };
    PostgresStore::connect(url, &options).with_context(|| {
        format!(
            "connecting to the PostgreSQL store at {}",
            crate::store::loggable_url(url)
        )
    })
}

/// Probe answers: a status word, nothing more.
pub fn health() -> Response<Body> {
    json_response(StatusCode::OK, &json!({ "status": "up" }))
}

pub async fn ready(store: Option<Arc<dyn InteractionStore>>) -> Response<Body> {
    let Some(store) = store else {
        return json_response(StatusCode::OK, &json!({ "status": "ready" }));
    };
    let probed = tokio::task::spawn_blocking(move || store.probe_write()).await;
    match probed {
        Ok(Ok(())) => json_response(StatusCode::OK, &json!({ "status": "ready" })),
        Ok(Err(err)) => {
            tracing::warn!(cause = %err, "readiness: the store refused a write");
            not_ready()
        }
        Err(err) => {
            tracing::warn!(cause = %err, "readiness: the probe did not run");
            not_ready()
        }
    }
}

pub fn not_ready() -> Response<Body> {
    json_response(
        StatusCode::SERVICE_UNAVAILABLE,
        &json!({ "status": "unavailable" }),
    )
}

/// The merged spec as JSON, byte for byte what the server validates with.
pub fn openapi_json() -> Response<Body> {
    with_type(
        Response::new(full_body(SPEC_JSON.as_bytes())),
        "application/json;charset=utf-8",
    )
}

/// The merged spec as YAML, converted once.
pub fn openapi_yaml() -> Response<Body> {
    static YAML: OnceLock<Option<String>> = OnceLock::new();
    let yaml = YAML.get_or_init(|| {
        let spec: serde_json::Value = serde_json::from_str(SPEC_JSON).ok()?;
        serde_norway::to_string(&spec)
            .inspect_err(|err| tracing::error!(cause = %err, "the spec cannot be put in YAML"))
            .ok()
    });
    match yaml {
        Some(yaml) => with_type(
            Response::new(full_body(yaml.clone())),
            "application/yaml;charset=utf-8",
        ),
        None => ApiError::Internal.into_response(None),
    }
}

fn with_type(mut response: Response<Body>, content_type: &'static str) -> Response<Body> {
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    response
}

/// Every endpoint here answers GET only.
pub fn only_get() -> ApiError {
    ApiError::MethodNotAllowed { allow: vec!["GET"] }
}
