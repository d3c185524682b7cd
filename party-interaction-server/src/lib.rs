//! party-interaction: a TM Forum TMF683 Party Interaction server on an embedded store.
//!
//! # Layout
//! - [`config`]: the command line (`serve`, `keys`, `events`), each flag with an environment
//!   variable.
//! - [`server`]: start-up, the accept loop, connection limits and timeouts, graceful
//!   shutdown; [`tls`]: HTTPS with rustls.
//! - [`http`]: the middleware around the generated glue: routing to 404/405, authentication,
//!   body checks, and the spec's `Error` for every failure.
//! - [`auth`]: API keys ([`auth::api_keys`]) and OAuth2 bearer JWTs ([`auth::jwt`]).
//! - [`validate`]: request bodies against the spec's schemas, with JSON paths in messages.
//! - [`spec`]: the embedded spec and its definitions.
//! - [`interactions`]: the generated `Api` trait implemented: what each operation does.
//! - [`query`]: TMF630 filters, sorting and attribute selection of the list operation.
//! - [`store`]: the storage trait and its sled engine, with the outbox of events, the
//!   free-space reserve and the write mark checked at start-up.
//! - [`events`]: event subscriptions (the TMF hub) and the delivery of events to them.
//! - [`ops`]: what an operator needs besides the API: `/health`, `/ready`, `/metrics`, the
//!   spec at `openapi.json`/`.yaml`, export and import ([`ops::backup`]), `check`
//!   ([`ops::check`]).
//! - [`config_file`]: the TOML configuration file and `config check`.
//! - [`errors`]: outcomes that are not successes, mapped to HTTP in one place.
//! - [`context`], [`clock`], [`telemetry`], [`keys`]: the small pieces.
//!
//! # A request
//! hyper → [`http::App`] (route, authenticate, read and validate the body) → the generated
//! `party_interaction_api::server::Service` (parses the path and the body into its models) →
//! [`interactions::Interactions`] (works from the validated JSON, stores through
//! [`store::InteractionStore`]) → back through the glue → [`http::App`] (puts the stored
//! document in the answer, turns any glue error into the spec's `Error`).

pub mod auth;
pub mod clock;
pub mod config;
pub mod config_file;
pub mod context;
pub mod errors;
pub mod events;
pub mod http;
pub mod interactions;
pub mod keys;
pub mod ops;
pub mod query;
pub mod server;
pub mod spec;
pub mod store;
pub mod telemetry;
pub mod tls;
pub mod validate;
