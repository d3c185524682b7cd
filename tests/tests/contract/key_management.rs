//! The first-start API key, the `keys` command line, and what a running server sees of it.

use crate::support::server::run_cli;
use crate::support::*;

const ANNOUNCEMENT: &str =
    "No API keys found; created API key \"default\" with scopes read,write. It is shown only this once:";

fn assert_listening_line(line: &str, server: &Server) {
    assert_eq!(line, format!("Listening on {}", server.base_url));
    let port = server
        .base_url
        .strip_prefix("http://127.0.0.1:")
        .and_then(|port| port.parse::<u16>().ok())
        .unwrap_or_else(|| panic!("{line:?} does not name http://127.0.0.1:PORT"));
    assert_ne!(
        port, 0,
        "the server reported port 0 instead of the bound port"
    );
}

#[tokio::test]
async fn first_start_announces_a_working_default_key_and_then_only_the_listening_line() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();

    // Act
    let server = Server::start(&data_dir);

    // Assert
    let [announcement, key, listening] = server.startup_stdout.as_slice() else {
        panic!(
            "unexpected stdout on first start: {:#?}",
            server.startup_stdout
        );
    };
    assert_eq!(announcement, ANNOUNCEMENT);
    assert_listening_line(listening, &server);
    let answer = create(&server, &Auth::key(key.trim()), &minimal_interaction()).await;
    expect_created(&answer, &server.base_url);
}

#[tokio::test]
async fn restart_announces_no_new_key_and_the_first_key_still_works() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let first = Server::start(&data_dir);
    let key = first.default_key();
    first.stop_gracefully();

    // Act
    let restarted = Server::start(&data_dir);

    // Assert
    let [listening] = restarted.startup_stdout.as_slice() else {
        panic!(
            "unexpected stdout on restart: {:#?}",
            restarted.startup_stdout
        );
    };
    assert_listening_line(listening, &restarted);
    let answer = create(&restarted, &Auth::key(&key), &minimal_interaction()).await;
    expect_created(&answer, &restarted.base_url);
}

#[tokio::test]
async fn key_added_while_the_server_runs_is_accepted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let body = minimal_interaction_with_transaction("tx-new-key");

    // Act
    let new_key = add_api_key(&data_dir, "late-joiner", "read,write");
    let answer = eventually("the new key being accepted", || async {
        let answer = create(&server, &Auth::key(&new_key), &body).await;
        if answer.status == 401 {
            Err(format!("{} {}", answer.status, answer.text))
        } else {
            Ok(answer)
        }
    })
    .await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&body, &created));
}

#[test]
fn key_list_names_the_keys_without_revealing_them() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let ops_key = add_api_key(&data_dir, "ops", "read,write");
    let audit_key = add_api_key(&data_dir, "auditor", "read");
    let dir = data_dir.path().to_str().expect("data dir path is UTF-8");

    // Act
    let output = run_cli(&["keys", "list", "--data-dir", dir]);

    // Assert
    assert!(output.status.success(), "keys list failed: {output:?}");
    let listing = String::from_utf8_lossy(&output.stdout);
    for name in ["ops", "auditor"] {
        assert!(listing.contains(name), "{name} is not listed: {listing}");
    }
    for key in [&ops_key, &audit_key] {
        assert!(
            !listing.contains(key.as_str()),
            "keys list reveals a key: {listing}"
        );
    }
}

#[test]
fn key_file_keeps_no_key_in_plain_text() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();

    // Act
    let key = add_api_key(&data_dir, "ops", "read,write");

    // Assert
    let file = data_dir.path().join("api-keys.json");
    let stored =
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
    assert!(
        stored.contains("ops"),
        "the key file does not name the key: {stored}"
    );
    assert!(
        !stored.contains(&key),
        "the key file stores the key in plain text"
    );
}
