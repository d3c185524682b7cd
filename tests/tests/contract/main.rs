//! Contract tests for party-interaction-server: every test starts the real server
//! binary on port 0 with a fresh data directory and talks to it over real HTTP.
//! Every answer's body is validated against the schema the spec gives for its status.

mod support;

mod authentication;
mod configuration;
mod content_negotiation;
mod creating;
mod durability;
mod generated_client;
mod harness;
mod idempotency;
mod key_management;
mod routing;
mod spec_text;
mod validation;
