//! The contract tests again, with every server on PostgreSQL: the modules of `contract/main.rs`
//! (the sled binary), compiled once more with another `STORE`. Each test gets a database of its
//! own (`support::store`), dropped with its data directory.

/// The store every server of this binary runs on.
pub const STORE: support::Store = support::Store::Postgres;

#[path = "contract/support/mod.rs"]
mod support;

#[path = "contract/authentication.rs"]
mod authentication;
#[path = "contract/configuration.rs"]
mod configuration;
#[path = "contract/content_negotiation.rs"]
mod content_negotiation;
#[path = "contract/crash_safety.rs"]
mod crash_safety;
#[path = "contract/creating.rs"]
mod creating;
#[path = "contract/deleting.rs"]
mod deleting;
#[path = "contract/durability.rs"]
mod durability;
#[path = "contract/events/mod.rs"]
mod events;
#[path = "contract/generated_client.rs"]
mod generated_client;
#[path = "contract/harness.rs"]
mod harness;
#[path = "contract/hostile_clients.rs"]
mod hostile_clients;
#[path = "contract/hostile_input.rs"]
mod hostile_input;
#[path = "contract/idempotency.rs"]
mod idempotency;
#[path = "contract/key_management.rs"]
mod key_management;
#[path = "contract/key_rotation.rs"]
mod key_rotation;
#[path = "contract/listing/mod.rs"]
mod listing;
#[path = "contract/multi_process.rs"]
mod multi_process;
#[path = "contract/operations/mod.rs"]
mod operations;
#[path = "contract/patching.rs"]
mod patching;
#[path = "contract/retrieving.rs"]
mod retrieving;
#[path = "contract/routing.rs"]
mod routing;
#[path = "contract/spec_text.rs"]
mod spec_text;
#[path = "contract/storage_faults/mod.rs"]
mod storage_faults;
#[path = "contract/tls.rs"]
mod tls;
#[path = "contract/validation.rs"]
mod validation;

/// The two binaries run the same tests: a module added to one is added to the other.
#[test]
fn this_binary_has_the_modules_of_the_sled_binary() {
    let declared = |source: &str| -> Vec<String> {
        source
            .lines()
            .filter_map(|line| line.strip_prefix("mod ")?.strip_suffix(';'))
            .map(str::to_owned)
            .collect()
    };
    let sled = declared(include_str!("contract/main.rs"));
    let postgres = declared(include_str!("contract_postgres.rs"));
    assert_eq!(
        postgres, sled,
        "the modules of contract_postgres.rs and contract/main.rs"
    );
}
