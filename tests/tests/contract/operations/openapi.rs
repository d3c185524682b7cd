//! The merged spec served at `openapi.json` and `openapi.yaml`.

use reqwest::Method;
use serde_json::Value;

use super::{expect_error_outside_the_api, get_plain};
use crate::support::*;

fn merged_spec() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../spec/party-interaction.merged.json");
    let text = std::fs::read_to_string(&path).expect("read the merged spec");
    serde_json::from_str(&text).expect("the merged spec is JSON")
}

#[tokio::test]
async fn the_merged_spec_is_served_as_json_without_credentials() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = get_plain(&server.url("/partyInteraction/v1/openapi.json"), &[]).await;

    // Assert
    assert_eq!(answer.status, 200, "{answer:#?}");
    assert!(answer
        .header("content-type")
        .is_some_and(|value| value.starts_with("application/json")));
    assert_eq!(answer.json(), merged_spec());
}

#[tokio::test]
async fn the_merged_spec_is_served_as_yaml_and_says_the_same() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = get_plain(&server.url("/partyInteraction/v1/openapi.yaml"), &[]).await;

    // Assert
    assert_eq!(answer.status, 200, "{answer:#?}");
    assert!(answer
        .header("content-type")
        .is_some_and(|value| value.starts_with("application/yaml")));
    let parsed: Value = serde_norway::from_str(&answer.text).expect("the answer is YAML");
    assert_eq!(parsed, merged_spec());
}

#[tokio::test]
async fn the_spec_cannot_be_written_to() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());

    // Act
    let answer = send(
        Method::PUT,
        &server.url("/partyInteraction/v1/openapi.json"),
        &auth,
        Some(JSON_UTF8),
        Some(b"{}".to_vec()),
    )
    .await;

    // Assert
    expect_error_outside_the_api(&answer, 405, "methodNotAllowed");
}
