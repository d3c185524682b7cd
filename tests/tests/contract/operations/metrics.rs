//! `/metrics`: not public by default, behind a token on the API's address or on an address
//! of its own; the Prometheus text parsed and checked against what the test did.

use prometheus_parse::{Sample, Scrape, Value as Metric};
use serde_json::json;

use super::{expect_error_outside_the_api, get_plain, metrics_url};
use crate::events::{subscribe_ok, subscription_input, Delivery};
use crate::support::listener::{Behavior, Listener};
use crate::support::*;

const TOKEN: &str = "metrics-token-for-tests";

async fn scrape(url: &str, headers: &[(&str, &str)]) -> Vec<Sample> {
    let answer = get_plain(url, headers).await;
    assert_eq!(answer.status, 200, "{answer:#?}");
    assert!(
        answer
            .header("content-type")
            .is_some_and(|value| value.starts_with("text/plain")),
        "{answer:#?}"
    );
    let lines = answer.text.lines().map(|line| Ok(line.to_owned()));
    Scrape::parse(lines).expect("Prometheus text").samples
}

/// The value of a counter or gauge with these labels; 0 when absent.
fn value(samples: &[Sample], metric: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|sample| sample.metric == metric)
        .filter(|sample| labels.iter().all(|(k, v)| sample.labels.get(k) == Some(*v)))
        .map(|sample| match &sample.value {
            Metric::Counter(v) | Metric::Gauge(v) | Metric::Untyped(v) => *v,
            other => panic!("{metric} is not a number: {other:?}"),
        })
        .sum()
}

/// How many observations a histogram with these labels holds (its +Inf bucket).
fn observations(samples: &[Sample], metric: &str, labels: &[(&str, &str)]) -> f64 {
    samples
        .iter()
        .filter(|sample| sample.metric == metric)
        .filter(|sample| labels.iter().all(|(k, v)| sample.labels.get(k) == Some(*v)))
        .map(|sample| match &sample.value {
            Metric::Histogram(buckets) => buckets
                .iter()
                .find(|bucket| bucket.less_than.is_infinite())
                .map_or(0.0, |bucket| bucket.count),
            other => panic!("{metric} is not a histogram: {other:?}"),
        })
        .sum()
}

#[tokio::test]
async fn metrics_are_not_served_by_default() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = get_plain(&server.url("/metrics"), &[]).await;

    // Assert
    expect_error_outside_the_api(&answer, 404, "notFound");
}

#[tokio::test]
async fn metrics_on_the_api_address_need_the_metrics_token() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        extra_env: vec![(
            "PARTY_INTERACTION_METRICS_TOKEN".to_owned(),
            TOKEN.to_owned(),
        )],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let url = server.url("/metrics");
    let api_key = server.default_key();

    // Act
    let without = get_plain(&url, &[]).await;
    let wrong = get_plain(&url, &[("Authorization", "Bearer not-the-token")]).await;
    let with_api_key = get_plain(&url, &[("X-API-Key", api_key.as_str())]).await;
    let bearer = format!("Bearer {TOKEN}");
    let samples = scrape(&url, &[("Authorization", bearer.as_str())]).await;

    // Assert
    for refused in [&without, &wrong, &with_api_key] {
        expect_error_outside_the_api(refused, 401, "unauthorized");
    }
    assert!(!server.stderr().contains(TOKEN), "the token was logged");
    assert_eq!(
        value(
            &samples,
            "party_interaction_auth_failures_total",
            &[("scheme", "bearer")]
        ),
        1.0
    );
    assert_eq!(
        value(
            &samples,
            "party_interaction_auth_failures_total",
            &[("scheme", "none")]
        ),
        1.0
    );
}

#[tokio::test]
async fn requests_auth_failures_and_the_store_are_counted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        extra_args: vec!["--metrics-bind".to_owned(), "127.0.0.1:0".to_owned()],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    for _ in 0..3 {
        create_ok(&server, &auth, &minimal_interaction()).await;
    }
    let refused = create(&server, &Auth::key("pik_not-a-key"), &minimal_interaction()).await;
    let invalid = create(&server, &auth, &json!({"reason": 1})).await;
    let url = format!("{}/metrics", metrics_url(&server));

    // Act
    let samples = scrape(&url, &[]).await;
    let probe = get_plain(&format!("{}/ready", metrics_url(&server)), &[]).await;

    // Assert
    assert_eq!(refused.status, 401);
    assert_eq!(invalid.status, 400);
    assert_eq!(probe.status, 200);
    let requests = "party_interaction_http_requests_total";
    let create_op = ("operation", "CreatePartyInteraction");
    assert_eq!(
        value(&samples, requests, &[create_op, ("status", "201")]),
        3.0
    );
    assert_eq!(
        value(&samples, requests, &[create_op, ("status", "401")]),
        1.0
    );
    assert_eq!(
        value(&samples, requests, &[create_op, ("status", "400")]),
        1.0
    );
    assert_eq!(
        value(
            &samples,
            "party_interaction_auth_failures_total",
            &[("scheme", "apiKey")]
        ),
        1.0
    );
    let latency = "party_interaction_http_request_duration_seconds";
    assert_eq!(observations(&samples, latency, &[create_op]), 5.0);
    let sizes = "party_interaction_http_request_body_bytes";
    assert_eq!(observations(&samples, sizes, &[create_op]), 5.0);
    let answers = "party_interaction_http_response_body_bytes";
    assert_eq!(observations(&samples, answers, &[create_op]), 5.0);
    assert_eq!(
        value(&samples, "party_interaction_stored_interactions", &[]),
        3.0
    );
    assert!(value(&samples, "party_interaction_store_size_bytes", &[]) > 0.0);
    // Flushes and group commits are sled's; PostgreSQL commits each write's transaction.
    if crate::support::store::current() == Store::Sled {
        let flushes = observations(
            &samples,
            "party_interaction_store_flush_duration_seconds",
            &[],
        );
        assert!(flushes >= 3.0, "{flushes} flushes for 3 creations");
        let group_commits = observations(&samples, "party_interaction_store_flush_writes", &[]);
        assert!(
            group_commits >= 1.0,
            "no group commit counted for 3 creations"
        );
    }
    assert_eq!(
        value(&samples, "party_interaction_event_subscriptions", &[]),
        0.0
    );
}

/// Scrapes until `metric` reaches at least `least`.
async fn scrape_until(url: &str, metric: &'static str, least: f64) -> Vec<Sample> {
    eventually(metric, || async move {
        let samples = scrape(url, &[]).await;
        let seen = value(&samples, metric, &[]);
        (seen >= least)
            .then_some(samples)
            .ok_or_else(|| format!("{metric} is {seen}"))
    })
    .await
}

#[tokio::test]
async fn undelivered_events_show_in_the_backlog_then_as_dead_letters() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let mut flags = Delivery::default().flags();
    flags.extend(["--metrics-bind".to_owned(), "127.0.0.1:0".to_owned()]);
    let server = crate::events::start_with_flags(&data_dir, flags);
    let auth = Auth::key(&server.default_key());
    let listener = Listener::start(Behavior::Hang);
    subscribe_ok(
        &server,
        &auth,
        &subscription_input(&listener.url(), None, None),
    )
    .await;
    create_ok(&server, &auth, &minimal_interaction()).await;
    let url = format!("{}/metrics", metrics_url(&server));

    // Act
    let held = scrape_until(&url, "party_interaction_event_backlog", 1.0).await;
    listener.set_behavior(Behavior::Answer(500));
    let failed = scrape_until(&url, "party_interaction_event_dead_letters", 1.0).await;

    // Assert
    assert_eq!(
        value(&held, "party_interaction_event_subscriptions", &[]),
        1.0
    );
    assert_eq!(
        value(&held, "party_interaction_event_dead_letters", &[]),
        0.0
    );
    assert_eq!(
        value(&failed, "party_interaction_event_dead_letters", &[]),
        1.0
    );
    let attempts = "party_interaction_event_delivery_attempts_total";
    assert_eq!(
        value(&failed, attempts, &[("outcome", "failed")]),
        f64::from(Delivery::default().max_attempts),
        "every attempt of the dead letter failed"
    );
    assert_eq!(value(&failed, attempts, &[("outcome", "delivered")]), 0.0);
}
