//! Which callback URLs a subscription may have: absolute https URLs to public addresses; http
//! only with `--events-allow-http`; loopback, private, link-local and metadata addresses only
//! inside `--events-allow-networks`. IP literals only, so nothing depends on DNS.

use crate::support::listener::{Behavior, Listener};
use crate::support::*;

use super::*;

/// A server started with exactly these `--events-*` flags (plus quick retries).
fn server_with(data_dir: &DataDir, flags: &[&str]) -> Server {
    let mut all: Vec<String> = flags.iter().map(|flag| (*flag).to_owned()).collect();
    all.extend(Delivery::default().tuning_flags());
    start_with_flags(data_dir, all)
}

/// Subscribes each callback and expects 400 `invalidCallback`.
async fn assert_refused(server: &Server, auth: &Auth, callbacks: &[String]) {
    for callback in callbacks {
        let input = subscription_input(callback, None, Some(SECRET));
        let answer = subscribe(server, auth, &input).await;
        assert_eq!(
            answer.status, 400,
            "the callback {callback:?} should be refused: {answer:#?}"
        );
        expect_error(&answer, 400, "invalidCallback");
    }
}

/// Subscribes each callback and expects 201.
async fn assert_accepted(server: &Server, auth: &Auth, callbacks: &[String]) {
    for callback in callbacks {
        let input = subscription_input(callback, None, Some(SECRET));
        let answer = subscribe(server, auth, &input).await;
        assert_eq!(
            answer.status, 201,
            "the callback {callback:?} should be accepted: {answer:#?}"
        );
        expect_subscribed(&answer, server, &input);
    }
}

fn owned(urls: &[&str]) -> Vec<String> {
    urls.iter().map(|url| (*url).to_owned()).collect()
}

#[tokio::test]
async fn loopback_private_link_local_and_metadata_callbacks_are_refused_without_an_allow_list() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: http allowed, no networks allowed.
    let data_dir = DataDir::new();
    let server = server_with(&data_dir, &["--events-allow-http"]);
    let auth = Auth::key(&server.default_key());
    let listener = Listener::start(Behavior::Answer(200));
    let port = listener.port();

    // Act + Assert
    assert_refused(
        &server,
        &auth,
        &[
            listener.url(),
            format!("http://127.1.2.3:{port}/events"),
            format!("http://[::1]:{port}/events"),
            format!("http://localhost:{port}/events"),
            "http://10.0.0.1/events".to_owned(),
            "http://172.16.5.4/events".to_owned(),
            "http://192.168.1.10/events".to_owned(),
            "http://169.254.169.254/latest/meta-data/".to_owned(),
            "http://[fe80::1]/events".to_owned(),
            "http://[fd00::1]/events".to_owned(),
            format!("https://127.0.0.1:{port}/events"),
        ],
    )
    .await;
    assert!(
        listener.requests().is_empty(),
        "a refused subscription called its callback"
    );
}

#[tokio::test]
async fn other_spellings_of_loopback_are_refused_without_an_allow_list() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = server_with(&data_dir, &["--events-allow-http"]);
    let auth = Auth::key(&server.default_key());
    let port = Listener::start(Behavior::Answer(200)).port();

    // Act + Assert: IPv4-mapped IPv6, and the decimal and hexadecimal forms of 127.0.0.1.
    assert_refused(
        &server,
        &auth,
        &[
            format!("http://[::ffff:127.0.0.1]:{port}/events"),
            format!("http://2130706433:{port}/events"),
            format!("http://0x7f000001:{port}/events"),
        ],
    )
    .await;
}

#[tokio::test]
async fn the_unspecified_address_is_refused_without_an_allow_list() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: connecting to 0.0.0.0 or [::] reaches this very host.
    let data_dir = DataDir::new();
    let server = server_with(&data_dir, &["--events-allow-http"]);
    let auth = Auth::key(&server.default_key());

    // Act + Assert
    assert_refused(
        &server,
        &auth,
        &owned(&["http://0.0.0.0:8080/events", "http://[::]:8080/events"]),
    )
    .await;
}

#[tokio::test]
async fn http_callbacks_are_refused_unless_http_is_allowed() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: loopback allowed, http not.
    let data_dir = DataDir::new();
    let server = server_with(&data_dir, &["--events-allow-networks", "127.0.0.0/8"]);
    let auth = Auth::key(&server.default_key());
    let port = Listener::start(Behavior::Answer(200)).port();

    // Act + Assert
    assert_refused(
        &server,
        &auth,
        &[
            format!("http://127.0.0.1:{port}/events"),
            "http://8.8.8.8/events".to_owned(),
        ],
    )
    .await;
    assert_accepted(
        &server,
        &auth,
        &[
            format!("https://127.0.0.1:{port}/events"),
            "https://8.8.8.8/events".to_owned(),
        ],
    )
    .await;
}

#[tokio::test]
async fn an_allow_list_admits_exactly_its_networks() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = server_with(
        &data_dir,
        &[
            "--events-allow-http",
            "--events-allow-networks",
            "10.0.0.0/8,::1,192.168.7.7",
        ],
    );
    let auth = Auth::key(&server.default_key());

    // Act + Assert
    assert_accepted(
        &server,
        &auth,
        &owned(&[
            "http://10.20.30.40/events",
            "http://[::1]:8080/events",
            "http://192.168.7.7/events",
            "http://8.8.8.8/events",
        ]),
    )
    .await;
    assert_refused(
        &server,
        &auth,
        &owned(&[
            "http://127.0.0.1:8080/events",
            "http://192.168.7.8/events",
            "http://172.16.0.1/events",
            "http://169.254.169.254/latest/meta-data/",
        ]),
    )
    .await;
}

#[tokio::test]
async fn absolute_urls_that_are_not_http_or_carry_credentials_or_a_fragment_are_refused() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: loopback and http allowed, so only the form of the URL is wrong.
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let port = listener.port();

    // Act + Assert
    assert_refused(
        &hub.server,
        &hub.auth,
        &[
            format!("ftp://127.0.0.1:{port}/events"),
            "file:///etc/passwd".to_owned(),
            "http://".to_owned(),
            format!("http://user:pass@127.0.0.1:{port}/events"),
            format!("http://user@127.0.0.1:{port}/events"),
            format!("http://127.0.0.1:{port}/events#fragment"),
        ],
    )
    .await;
    assert!(
        listener.requests().is_empty(),
        "a refused subscription called its callback"
    );
}

#[tokio::test]
async fn callbacks_that_are_no_absolute_uri_are_refused_with_400() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let port = Listener::start(Behavior::Answer(200)).port();
    let callbacks = [
        "/events".to_owned(),
        "events".to_owned(),
        format!("//127.0.0.1:{port}/events"),
        "not a url".to_owned(),
    ];

    for callback in callbacks {
        // Act
        let input = subscription_input(&callback, None, Some(SECRET));
        let answer = subscribe(&hub.server, &hub.auth, &input).await;

        // Assert: the spec declares `callback` a `uri`, so a schema error (invalidBody) is as
        // right as the events interface's invalidCallback.
        assert_eq!(answer.status, 400, "{callback:?}: {answer:#?}");
        let body = expect_spec_conformance(&answer);
        assert!(
            body["code"] == "invalidCallback" || body["code"] == "invalidBody",
            "{callback:?}: {body:#}"
        );
        let code = body["code"].as_str().unwrap_or_default().to_owned();
        expect_error(&answer, 400, &code);
    }
}

#[tokio::test]
async fn a_redirect_is_not_followed_and_counts_as_a_failed_attempt() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the callback redirects to another listener.
    let hub = Hub::start();
    let target = Listener::start(Behavior::Answer(200));
    let redirecting = Listener::start(Behavior::Redirect(target.url()));
    let subscription = hub.subscribe(&redirecting, None).await;
    let redirected = id_of(&hub.create(&minimal_interaction()).await);

    // Act: once the event has used up its attempts the listener stops redirecting.
    let attempts = hub.delivery.max_attempts as usize;
    redirecting
        .wait_for("every attempt of the redirected event", |records| {
            if records.len() >= attempts {
                Ok(())
            } else {
                Err(format!("{} attempts so far", records.len()))
            }
        })
        .await;
    redirecting.set_behavior(Behavior::Answer(200));
    let marker = id_of(&hub.create(&minimal_interaction()).await);

    // Assert
    let events = events_until(&redirecting, &subscription, CREATE_EVENT, &marker).await;
    assert!(
        target.requests().is_empty(),
        "the redirect was followed: {:#?}",
        target.requests()
    );
    assert_eq!(
        events.iter().map(interaction_id_of).collect::<Vec<_>>(),
        vec![Some(marker.as_str())],
        "a 307 must not count as delivered"
    );
    let tries = redirecting
        .requests()
        .iter()
        .filter(|record| interaction_id_of(&record.json()) == Some(redirected.as_str()))
        .count();
    assert_eq!(tries, attempts, "attempts of the redirected event");
}
