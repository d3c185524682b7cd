//! Moving a store between sled and PostgreSQL with `export` and `import`: what arrives is
//! exported line for line as it left, either way, and a server on the new store serves it.
//! Runs in the PostgreSQL binary (the sled binary has no database to move to).

use serde_json::Value;

use super::backup::{export_stopped, import, path_text, read, run_ok, stored_interactions};
use crate::support::*;

const INTERACTIONS: usize = 2_000;

/// `args` for a sled store in `data_dir`, whatever the binary's store.
fn on_sled<'a>(command: &'a str, data_dir: &'a DataDir) -> Vec<&'a str> {
    vec![command, "--data-dir", path_text(data_dir.path())]
}

#[tokio::test]
async fn a_sled_store_moves_to_postgres_and_back_line_for_line() {
    if crate::support::store::not_on(
        Store::Postgres,
        "it moves a sled store to PostgreSQL and back",
    ) {
        return;
    }
    // Arrange: a sled store with interactions, exported.
    let work = DataDir::new();
    let file = |name: &str| work.path().join(name);
    std::fs::write(file("seed.jsonl"), stored_interactions(INTERACTIONS)).expect("write the seed");
    let sled = DataDir::new();
    let seed = file("seed.jsonl");
    let mut args = on_sled("import", &sled);
    args.extend(["--input", path_text(&seed)]);
    run_ok(&args);
    let from_sled = file("from-sled.jsonl");
    let mut args = on_sled("export", &sled);
    args.extend(["--output", path_text(&from_sled)]);
    run_ok(&args);

    // Act: into PostgreSQL, out of it, and into a fresh sled store.
    let postgres = DataDir::new();
    let imported = import(&postgres, &from_sled);
    let from_postgres = file("from-postgres.jsonl");
    export_stopped(&postgres, &from_postgres);
    let back = DataDir::new();
    let back_file = file("back.jsonl");
    let mut args = on_sled("import", &back);
    args.extend(["--input", path_text(&from_postgres)]);
    run_ok(&args);
    let mut args = on_sled("export", &back);
    args.extend(["--output", path_text(&back_file)]);
    run_ok(&args);
    let server = Server::start(&postgres);
    let auth = Auth::key(&server.default_key());
    let page = expect_page(&list(&server, &auth, &[("limit", "1")]).await);

    // Assert
    let exported = read(&from_sled);
    assert_eq!(exported.lines().count(), INTERACTIONS);
    assert!(
        imported.contains(&format!(
            "Imported {INTERACTIONS} interaction(s); 0 already present"
        )),
        "{imported}"
    );
    assert!(
        read(&from_postgres) == exported,
        "PostgreSQL exports other lines than sled did: first difference {:?}",
        first_difference(&exported, &read(&from_postgres))
    );
    assert!(
        read(&back_file) == exported,
        "sled → PostgreSQL → sled changed the lines: first difference {:?}",
        first_difference(&exported, &read(&back_file))
    );
    assert_eq!(page.total, INTERACTIONS as u64);
    let newest: &Value = &page.items[0];
    assert!(
        exported.contains(&format!("\"id\":\"{}\"", id_of(newest))),
        "the server on PostgreSQL lists an interaction that was not moved: {newest:#}"
    );
}

/// The first line (numbered from 1) where `left` and `right` differ, and both versions.
fn first_difference(left: &str, right: &str) -> Option<(usize, String, String)> {
    let (mut left, mut right) = (left.lines(), right.lines());
    for number in 1.. {
        match (left.next(), right.next()) {
            (None, None) => return None,
            (l, r) if l != r => {
                let text = |line: Option<&str>| line.unwrap_or("<none>").to_owned();
                return Some((number, text(l), text(r)));
            }
            _ => {}
        }
    }
    None
}
