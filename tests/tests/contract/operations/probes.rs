//! `/health`, `/ready`, and the request id on answers and log lines.

use reqwest::Method;
use serde_json::{json, Value};

use super::{expect_error_outside_the_api, get_plain};
use crate::support::*;

#[tokio::test]
async fn health_and_ready_answer_without_credentials_and_say_nothing_else() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let health = get_plain(&server.url("/health"), &[]).await;
    let ready = get_plain(&server.url("/ready"), &[]).await;

    // Assert
    assert_eq!(health.status, 200, "{health:#?}");
    assert_eq!(health.json(), json!({"status": "up"}));
    assert_eq!(ready.status, 200, "{ready:#?}");
    assert_eq!(ready.json(), json!({"status": "ready"}));
}

#[tokio::test]
async fn probes_answer_only_get() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = send(Method::POST, &server.url("/ready"), &Auth::None, None, None).await;

    // Assert
    expect_error_outside_the_api(&answer, 405, "methodNotAllowed");
    assert_eq!(answer.header("allow"), Some("GET"));
}

#[tokio::test]
async fn the_clients_request_id_is_returned_and_on_the_json_log_line_of_the_request() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        extra_args: vec!["--log-format".to_owned(), "json".to_owned()],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let body = serde_json::to_vec(&minimal_interaction()).expect("serialize");

    // Act
    let answer = send_with_headers(
        Method::POST,
        &server.collection_url(),
        &auth,
        &[("X-Request-ID", "ops-req-42")],
        Some(JSON_UTF8),
        Some(body),
    )
    .await;

    // Assert
    assert_eq!(answer.status, 201, "{answer:#?}");
    assert_eq!(answer.header("x-request-id"), Some("ops-req-42"));
    assert_eq!(answer.header("x-span-id"), Some("ops-req-42"));
    let request_line = eventually("the request's log line", || {
        let stderr = server.stderr();
        async move {
            let lines: Vec<Value> = stderr
                .lines()
                .map(|line| serde_json::from_str(line).map_err(|e| format!("{e}: {line}")))
                .collect::<Result<_, _>>()?;
            lines
                .into_iter()
                .find(|line| line["message"] == "request" && line["status"] == 201)
                .ok_or_else(|| format!("no request line yet in {stderr}"))
        }
    })
    .await;
    assert_eq!(
        request_line["span"]["request_id"], "ops-req-42",
        "{request_line:#}"
    );
    assert_eq!(request_line["operation"], "CreatePartyInteraction");
}

#[tokio::test]
async fn requests_without_a_sane_request_id_get_a_new_one_each() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let url = server.url("/health");

    // Act
    let without = get_plain(&url, &[]).await;
    let insane = get_plain(&url, &[("X-Request-ID", "has spaces and {braces}")]).await;

    // Assert
    let first = without.header("x-request-id").expect("a request id");
    let second = insane.header("x-request-id").expect("a request id");
    assert!(!first.is_empty());
    assert_ne!(first, second);
    assert_ne!(second, "has spaces and {braces}");
    assert_eq!(insane.header("x-span-id"), Some(second));
}
