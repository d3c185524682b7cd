//! The command line on a stopped server's store (`--data-dir`, and `--store` with PostgreSQL):
//! `check` and `export`, as an operator runs them after a crash or a fault.

use std::collections::HashMap;

use serde_json::Value;

use super::api::id_of;
use super::server::{run_cli, DataDir};

/// `party-interaction-server check --json` on the stopped store; panics unless it is
/// consistent. Returns the figures it printed.
pub fn check_store(data_dir: &DataDir) -> Value {
    let mut args = vec!["check".to_owned(), "--json".to_owned()];
    args.extend(data_dir.store_args());
    let output = run_cli(&args);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the store does not check out: {stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(stdout.trim()).expect("check prints JSON")
}

/// Every stored document, by id, exactly as stored (`export` of the stopped store).
pub fn export_store(data_dir: &DataDir) -> HashMap<String, Vec<u8>> {
    let mut args = vec!["export".to_owned()];
    args.extend(data_dir.store_args());
    args.extend(["--output".to_owned(), "-".to_owned()]);
    let output = run_cli(&args);
    assert!(
        output.status.success(),
        "export of the stopped store failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
        .stdout
        .split(|byte| *byte == b'\n')
        .filter(|line| !line.is_empty())
        .map(|line| {
            let document: Value = serde_json::from_slice(line).expect("an exported line is JSON");
            (id_of(&document), line.to_vec())
        })
        .collect()
}
