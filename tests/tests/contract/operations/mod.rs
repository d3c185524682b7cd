//! What an operator relies on: probes, request ids and logs, metrics, the served spec,
//! backup and restore, and the configuration file.

mod backup;
mod config_file;
mod metrics;
mod migration;
mod openapi;
mod probes;

use reqwest::Method;
use serde_json::Value;

use crate::support::*;

/// GET without credentials, with extra headers.
pub async fn get_plain(url: &str, headers: &[(&str, &str)]) -> Answer {
    send_with_headers(Method::GET, url, &Auth::None, headers, None, None).await
}

/// An error answer outside the API's paths: its body must still be the spec's `Error`.
pub fn expect_error_outside_the_api(answer: &Answer, status: u16, code: &str) -> Value {
    assert_eq!(answer.status, status, "expected {status}, got: {answer:#?}");
    let body = answer.json();
    let violations = spec::violations("#/definitions/Error", &body);
    assert!(
        violations.is_empty(),
        "not an Error: {violations:?}: {body:#}"
    );
    assert_eq!(body["code"], code, "code of {body:#}");
    body
}

/// The address printed on the `Metrics on ` line, when started with `--metrics-bind`.
pub fn metrics_url(server: &Server) -> String {
    server
        .startup_stdout
        .iter()
        .find_map(|line| line.strip_prefix("Metrics on "))
        .unwrap_or_else(|| panic!("no `Metrics on` line in {:?}", server.startup_stdout))
        .trim()
        .to_owned()
}
