//! Contract tests for party-interaction-server: every test starts the real server
//! binary on port 0 with a fresh data directory and talks to it over real HTTP.
//! Every answer is validated against what the merged spec (spec/party-interaction.merged.json)
//! gives for its operation (method and path template) and status.
//!
//! This binary runs the server on its default store, sled in the data directory;
//! `contract_postgres.rs` compiles the same modules into a second binary that runs it on
//! PostgreSQL (`support::store`). Every test that needs a store begins with
//! `if crate::support::store::unavailable() { return; }` (or `store::not_on(...)` for the few
//! about one store alone), so that where no PostgreSQL answers the second binary's tests say
//! so and pass, unless `PARTY_INTERACTION_REQUIRE_PG=1`.

/// The store every server of this binary runs on.
pub const STORE: support::Store = support::Store::Sled;

mod support;

mod authentication;
mod configuration;
mod content_negotiation;
mod crash_safety;
mod creating;
mod deleting;
mod durability;
mod events;
mod generated_client;
mod harness;
mod hostile_clients;
mod hostile_input;
mod idempotency;
mod key_management;
mod key_rotation;
mod listing;
mod multi_process;
mod operations;
mod patching;
mod retrieving;
mod routing;
mod spec_text;
mod storage_faults;
mod tls;
mod validation;
