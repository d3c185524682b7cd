//! The test listener's own checks: it records what it receives and answers as told, so the
//! event tests that rely on it can fail.

use std::panic::AssertUnwindSafe;
use std::time::Duration;

use reqwest::header::LOCATION;
use serde_json::json;

use crate::support::listener::{refused_url, Behavior, Listener};

use super::{check_delivery, signature, Subscription, CREATE_EVENT, SECRET};

fn client() -> reqwest::Client {
    crate::support::install_tls_provider();
    reqwest::Client::builder()
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("build an HTTP client")
}

async fn post(url: &str, body: &'static str) -> u16 {
    client()
        .post(url)
        .header("Content-Type", "application/json")
        .header("X-Probe", "yes")
        .body(body)
        .send()
        .await
        .unwrap_or_else(|e| panic!("POST {url}: {e}"))
        .status()
        .as_u16()
}

#[tokio::test]
async fn fails_the_first_n_requests_then_succeeds_and_records_every_request_as_received() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let listener = Listener::start(Behavior::FailFirst(2));

    // Act
    let mut statuses = Vec::new();
    for body in [r#"{"n":1}"#, r#"{"n":2}"#, r#"{"n":3}"#] {
        statuses.push(post(&listener.url(), body).await);
    }

    // Assert
    assert_eq!(statuses, vec![500, 500, 200]);
    let records = listener.requests();
    let bodies: Vec<_> = records.iter().map(|record| record.json()).collect();
    assert_eq!(bodies, vec![json!({"n":1}), json!({"n":2}), json!({"n":3})]);
    let answered: Vec<_> = records.iter().map(|record| record.answered).collect();
    assert_eq!(answered, vec![Some(500), Some(500), Some(200)]);
    assert!(records.iter().all(|record| record.method == "POST"
        && record.target == "/events"
        && record.header("x-probe") == Some("yes")));
    assert!(records
        .windows(2)
        .all(|pair| pair[0].arrived <= pair[1].arrived));
    assert_eq!(records.iter().filter(|record| record.accepted()).count(), 1);
}

#[tokio::test]
async fn a_held_request_stays_unanswered_until_the_behavior_changes() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let listener = Listener::start(Behavior::Hang);
    let url = listener.url();
    let held = tokio::spawn(async move { post(&url, "{}").await });
    listener
        .wait_for("the held request to arrive", |records| {
            if records.len() == 1 {
                Ok(())
            } else {
                Err(format!("{} requests", records.len()))
            }
        })
        .await;
    assert!(!held.is_finished(), "the held request was answered");

    // Act
    listener.set_behavior(Behavior::Answer(204));
    let released = tokio::time::timeout(Duration::from_secs(30), held)
        .await
        .expect("the held request is answered once the behavior changes")
        .expect("the request task ends normally");
    let later = post(&listener.url(), "{}").await;

    // Assert
    assert_eq!(
        released, 503,
        "a released request never counts as delivered"
    );
    assert_eq!(later, 204);
    let answered: Vec<_> = listener.requests().iter().map(|r| r.answered).collect();
    assert_eq!(answered, vec![None, Some(204)]);
}

#[tokio::test]
async fn redirects_and_refused_ports_behave_as_described() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let listener = Listener::start(Behavior::Redirect("http://127.0.0.1:9/elsewhere".into()));

    // Act
    let redirect = client()
        .post(listener.url())
        .body("{}")
        .send()
        .await
        .expect("the listener answers");
    let refused = client().post(refused_url()).body("{}").send().await;

    // Assert
    assert_eq!(redirect.status().as_u16(), 307);
    assert_eq!(
        redirect
            .headers()
            .get(LOCATION)
            .and_then(|value| value.to_str().ok()),
        Some("http://127.0.0.1:9/elsewhere")
    );
    let error = refused.expect_err("nothing listens on the released port");
    assert!(error.is_connect(), "expected a refused connection: {error}");
}

#[tokio::test]
async fn check_delivery_accepts_the_right_signature_and_rejects_another() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a well-formed create event, signed with the subscription's secret and with
    // another one.
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = Subscription {
        id: "sub-1".into(),
        callback: listener.url(),
        secret: SECRET.into(),
        body: json!({}),
    };
    let event_id = "0196a1b2-0000-7000-8000-000000000001";
    let body = json!({
        "eventId": event_id,
        "eventTime": "2026-05-01T10:00:00Z",
        "timeOcurred": "2026-05-01T10:00:00Z",
        "eventType": CREATE_EVENT,
        "correlationId": "span-1",
        "event": { "partyInteraction": { "id": "pi-1" } }
    })
    .to_string();
    for secret in [SECRET, "another-secret-0123456789"] {
        client()
            .post(listener.url())
            .header("Content-Type", "application/json")
            .header("X-Event-Type", CREATE_EVENT)
            .header("Idempotency-Key", event_id)
            .header("X-Hub-Signature-256", signature(secret, body.as_bytes()))
            .body(body.clone())
            .send()
            .await
            .expect("the listener answers");
    }
    let records = listener.requests();

    // Act
    let checks: Vec<bool> = records
        .iter()
        .map(|record| {
            std::panic::catch_unwind(AssertUnwindSafe(|| check_delivery(record, &subscription)))
                .is_ok()
        })
        .collect();

    // Assert
    assert_eq!(
        checks,
        vec![true, false],
        "passed the checks: [right, other]"
    );
}

#[test]
fn signature_is_the_lowercase_hex_hmac_sha256_of_rfc_4231_test_case_2() {
    if crate::support::store::unavailable() {
        return;
    }
    // RFC 4231, test case 2: key "Jefe", data "what do ya want for nothing?".
    assert_eq!(
        signature("Jefe", b"what do ya want for nothing?"),
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    );
}
