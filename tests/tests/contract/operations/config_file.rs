//! The TOML configuration file, its precedence, and `config check`.

use serde_json::json;

use crate::support::server::run_cli;
use crate::support::*;

fn write_config(data_dir: &DataDir, text: &str) -> String {
    let path = data_dir.path().join("party-interaction.toml");
    std::fs::write(&path, text).expect("write the configuration file");
    path.to_str().expect("UTF-8 path").to_owned()
}

#[tokio::test]
async fn the_file_applies_where_neither_flags_nor_environment_speak() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the file sets the body limit and the public URL; a flag overrides the URL.
    let data_dir = DataDir::new();
    let config = write_config(
        &data_dir,
        "body_limit = 2048\npublic-url = \"https://from-file.example.test\"\n",
    );
    let options = ServerOptions {
        public_url: Some("https://from-flag.example.test".to_owned()),
        extra_args: vec!["--config".to_owned(), config],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let mut oversized = minimal_interaction();
    oversized["description"] = json!("x".repeat(2048));

    // Act
    let small = create(&server, &auth, &minimal_interaction()).await;
    let large = create(&server, &auth, &oversized).await;

    // Assert
    expect_created(&small, "https://from-flag.example.test");
    expect_error(&large, 400, "bodyTooLarge");
}

#[tokio::test]
async fn the_environment_wins_over_the_file() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let config = write_config(&data_dir, "body_limit = 100\n");
    let options = ServerOptions {
        extra_args: vec!["--config".to_owned(), config],
        extra_env: vec![(
            "PARTY_INTERACTION_BODY_LIMIT".to_owned(),
            "1048576".to_owned(),
        )],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());

    // Act
    let answer = create(&server, &auth, &minimal_interaction()).await;

    // Assert
    expect_created(&answer, &server.base_url);
}

#[test]
fn config_check_prints_the_effective_settings_with_their_sources_and_secrets_masked() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let config = write_config(
        &data_dir,
        "bind = \"127.0.0.1:9090\"\nmetrics_token = \"do-not-show-me\"\n\
         events_allow_networks = [\"127.0.0.0/8\", \"::1\"]\n",
    );

    // Act
    let output = run_cli(&["config", "check", "--config", &config]);

    // Assert
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout} {}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!stdout.contains("do-not-show-me"), "{stdout}");
    for line in [
        "bind = \"127.0.0.1:9090\"  # file",
        "metrics_token = \"********\"  # file",
        "events_allow_networks = [\"127.0.0.0/8\", \"::1\"]  # file",
        "body_limit = 1048576  # default",
    ] {
        assert!(
            stdout.lines().any(|printed| printed == line),
            "no `{line}` in {stdout}"
        );
    }
}

#[test]
fn config_check_refuses_unknown_settings_and_bad_values() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let unknown = write_config(&data_dir, "bnid = \"127.0.0.1:9090\"\n");
    let unknown_output = run_cli(&["config", "check", "--config", &unknown]);
    let bad = write_config(&data_dir, "bind = \"not an address\"\n");

    // Act
    let bad_output = run_cli(&["config", "check", "--config", &bad]);

    // Assert
    let unknown_stderr = String::from_utf8_lossy(&unknown_output.stderr);
    assert!(!unknown_output.status.success());
    assert!(
        unknown_stderr.contains("unknown setting `bnid`"),
        "{unknown_stderr}"
    );
    let bad_stderr = String::from_utf8_lossy(&bad_output.stderr);
    assert!(!bad_output.status.success());
    assert!(bad_stderr.contains("not an address"), "{bad_stderr}");
}
