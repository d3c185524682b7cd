//! `POST /hub`, `GET /hub/{id}`, `DELETE /hub/{id}`: the subscription resource itself.

use serde_json::{json, Value};

use crate::support::listener::{Behavior, Listener};
use crate::support::*;

use super::*;

/// The 200 body of `GET /hub/{id}`.
async fn fetched(hub: &Hub, id: &str) -> Value {
    let answer = get_subscription(&hub.server, &hub.auth, id).await;
    assert_eq!(answer.status, 200, "expected 200, got: {answer:#?}");
    expect_spec_conformance(&answer)
}

#[tokio::test]
async fn subscribing_with_a_secret_answers_201_with_location_and_without_the_secret() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(204));
    let input = subscription_input(
        &listener.url(),
        Some("eventType=PartyInteractionCreateEvent"),
        Some(SECRET),
    );

    // Act
    let answer = subscribe(&hub.server, &hub.auth, &input).await;

    // Assert: `expect_subscribed` checks the spec, Location, callback, query and no secret.
    let subscription = expect_subscribed(&answer, &hub.server, &input);
    let expected = json!({
        "id": subscription.id,
        "callback": listener.url(),
        "query": "eventType=PartyInteractionCreateEvent"
    });
    assert_eq!(subscription.body, expected);
}

#[tokio::test]
async fn subscribing_without_a_secret_returns_a_generated_one_once_and_signs_with_it() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let other_listener = Listener::start(Behavior::Answer(200));
    let input = subscription_input(&listener.url(), None, None);

    // Act
    let subscription = subscribe_ok(&hub.server, &hub.auth, &input).await;
    let other = subscribe_ok(
        &hub.server,
        &hub.auth,
        &subscription_input(&other_listener.url(), None, None),
    )
    .await;
    let later = fetched(&hub, &subscription.id).await;
    let created = hub.create(&minimal_interaction()).await;

    // Assert: `expect_subscribed` checked the secret's length; `events_until` the signature.
    assert_ne!(
        subscription.secret, other.secret,
        "two subscriptions got the same generated secret"
    );
    assert_eq!(
        later,
        json!({ "id": subscription.id, "callback": listener.url() }),
        "GET must show the subscription without its secret"
    );
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&created)).await;
    assert_eq!(events.len(), 1, "events: {:#?}", summary(&events));
}

#[tokio::test]
async fn getting_a_subscription_answers_it_without_the_secret() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = subscribe_ok(
        &hub.server,
        &hub.auth,
        &subscription_input(
            &listener.url(),
            Some("customerId=233240000001"),
            Some(SECRET),
        ),
    )
    .await;

    // Act
    let body = fetched(&hub, &subscription.id).await;

    // Assert
    assert_eq!(
        body,
        json!({
            "id": subscription.id,
            "callback": listener.url(),
            "query": "customerId=233240000001"
        })
    );
}

#[tokio::test]
async fn deleting_a_subscription_answers_204_then_404_and_ends_its_deliveries() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: two subscriptions; the first receives one event, so its worker is idle.
    let hub = Hub::start();
    let leaving = Listener::start(Behavior::Answer(200));
    let staying = Listener::start(Behavior::Answer(200));
    let gone = hub.subscribe(&leaving, None).await;
    let kept = hub.subscribe(&staying, None).await;
    let before = hub.create(&minimal_interaction()).await;
    events_until(&leaving, &gone, CREATE_EVENT, &id_of(&before)).await;

    // Act
    let deleted = unsubscribe(&hub.server, &hub.auth, &gone.id).await;
    let fetched_after = get_subscription(&hub.server, &hub.auth, &gone.id).await;
    let deleted_again = unsubscribe(&hub.server, &hub.auth, &gone.id).await;
    let after = hub.create(&minimal_interaction()).await;

    // Assert
    expect_no_content(&deleted);
    expect_error(&fetched_after, 404, "notFound");
    expect_error(&deleted_again, 404, "notFound");
    events_until(&staying, &kept, CREATE_EVENT, &id_of(&after)).await;
    let received = accepted_events(&leaving.requests(), &gone);
    assert!(
        received
            .iter()
            .all(|event| interaction_id_of(event) != Some(id_of(&after).as_str())),
        "the deleted subscription still got an event: {:#?}",
        summary(&received)
    );
    assert_eq!(
        fetched(&hub, &kept.id).await["id"],
        json!(kept.id),
        "deleting one subscription must leave the other"
    );
}

#[tokio::test]
async fn an_unknown_subscription_is_404_not_found() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let unknown = "01a23ccc-0000-7000-8000-000000000000";

    // Act
    let fetched = get_subscription(&hub.server, &hub.auth, unknown).await;
    let deleted = unsubscribe(&hub.server, &hub.auth, unknown).await;

    // Assert
    expect_error(&fetched, 404, "notFound");
    expect_error(&deleted, 404, "notFound");
}

#[tokio::test]
async fn a_read_only_key_is_forbidden_every_hub_operation_with_403() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_key = Auth::ApiKey(add_api_key(&data_dir, "reporting", "read"));
    let write_key = Auth::ApiKey(add_api_key(&data_dir, "ingest", "read,write"));
    let server = start_with_flags(&data_dir, Delivery::default().flags());
    let listener = Listener::start(Behavior::Answer(200));
    let input = subscription_input(&listener.url(), None, Some(SECRET));
    let existing = subscribe_ok(&server, &write_key, &input).await;

    // Act
    let subscribed = subscribe(&server, &read_key, &input).await;
    let fetched = get_subscription(&server, &read_key, &existing.id).await;
    let deleted = unsubscribe(&server, &read_key, &existing.id).await;

    // Assert
    expect_error(&subscribed, 403, "forbidden");
    expect_error(&fetched, 403, "forbidden");
    expect_error(&deleted, 403, "forbidden");
    let still_there = get_subscription(&server, &write_key, &existing.id).await;
    assert_eq!(still_there.status, 200, "{still_there:#?}");
}

#[tokio::test]
async fn no_credentials_are_401_on_every_hub_operation() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let input = subscription_input(&listener.url(), None, Some(SECRET));
    let existing = subscribe_ok(&hub.server, &hub.auth, &input).await;

    // Act
    let subscribed = subscribe(&hub.server, &Auth::None, &input).await;
    let fetched = get_subscription(&hub.server, &Auth::None, &existing.id).await;
    let deleted = unsubscribe(&hub.server, &Auth::None, &existing.id).await;

    // Assert
    expect_unauthorized(&subscribed);
    expect_unauthorized(&fetched);
    expect_unauthorized(&deleted);
}

#[tokio::test]
async fn a_subscription_body_outside_the_schema_is_400_invalid_body() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let bodies = [
        json!({}),
        json!({ "query": "eventType=PartyInteractionCreateEvent" }),
        json!({ "callback": listener.url(), "unexpected": true }),
        json!({ "callback": 42 }),
        json!([listener.url()]),
    ];

    for body in bodies {
        // Act
        let answer = subscribe(&hub.server, &hub.auth, &body).await;

        // Assert
        assert_eq!(answer.status, 400, "for {body}: {answer:#?}");
        let message = expect_invalid_body(&answer);
        assert!(!message.is_empty(), "for {body}");
    }
}

#[tokio::test]
async fn a_secret_shorter_than_16_or_longer_than_256_characters_is_400_invalid_body() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));

    for secret in ["s".repeat(15), "s".repeat(257)] {
        // Act
        let input = subscription_input(&listener.url(), None, Some(&secret));
        let answer = subscribe(&hub.server, &hub.auth, &input).await;

        // Assert
        assert_eq!(
            answer.status,
            400,
            "secret of {}: {answer:#?}",
            secret.len()
        );
        expect_invalid_body(&answer);
    }
}

#[tokio::test]
async fn secrets_of_16_and_256_characters_are_accepted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));

    for secret in ["s".repeat(16), "s".repeat(256)] {
        // Act
        let input = subscription_input(&listener.url(), None, Some(&secret));
        let answer = subscribe(&hub.server, &hub.auth, &input).await;

        // Assert
        expect_subscribed(&answer, &hub.server, &input);
    }
}

#[tokio::test]
async fn the_location_of_a_subscription_is_under_the_public_url() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let public_url = "https://interactions.example.test";
    let options = ServerOptions {
        public_url: Some(public_url.to_owned()),
        extra_args: Delivery::default().flags(),
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let listener = Listener::start(Behavior::Answer(200));

    // Act
    let input = subscription_input(&listener.url(), None, Some(SECRET));
    let answer = subscribe(&server, &auth, &input).await;

    // Assert
    assert_eq!(answer.status, 201, "{answer:#?}");
    let body = expect_spec_conformance(&answer);
    let id = body["id"].as_str().expect("the subscription has an id");
    assert_eq!(
        answer.header(reqwest::header::LOCATION),
        Some(format!("{public_url}{}/hub/{id}", spec::base_path()).as_str())
    );
}

#[tokio::test]
async fn a_refused_secret_is_not_repeated_in_the_error() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let secret = "TOPSECRET-short";

    // Act
    let input = subscription_input(&listener.url(), None, Some(secret));
    let answer = subscribe(&hub.server, &hub.auth, &input).await;

    // Assert
    let error = expect_error(&answer, 400, "invalidBody");
    assert!(
        !error.to_string().contains(secret),
        "the error repeats the secret: {error}"
    );
    assert!(
        !hub.server.stderr().contains(secret),
        "the log repeats the secret"
    );
}

#[tokio::test]
async fn the_hub_operations_refuse_query_parameters() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;
    let item = subscription_url(&hub.server, &subscription.id);
    let body = serde_json::to_vec(&subscription_input(&listener.url(), None, None))
        .expect("serialize the subscription");

    // Act
    let posted = send(
        Method::POST,
        &format!("{}?foo=bar", hub_url(&hub.server)),
        &hub.auth,
        Some(JSON_UTF8),
        Some(body),
    )
    .await;
    let fetched = send(
        Method::GET,
        &format!("{item}?fields=callback"),
        &hub.auth,
        None,
        None,
    )
    .await;
    let deleted = send(
        Method::DELETE,
        &format!("{item}?x=1"),
        &hub.auth,
        None,
        None,
    )
    .await;

    // Assert
    for answer in [&posted, &fetched, &deleted] {
        expect_error(answer, 400, "invalidQuery");
    }
    let still = get_subscription(&hub.server, &hub.auth, &subscription.id).await;
    assert_eq!(
        still.status, 200,
        "the refused DELETE removed it: {still:#?}"
    );
}

#[tokio::test]
async fn subscriptions_beyond_the_configured_limit_are_refused_with_409() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let mut flags = Delivery::default().flags();
    flags.extend(["--events-max-subscriptions".to_owned(), "2".to_owned()]);
    let server = start_with_flags(&data_dir, flags);
    let auth = Auth::key(&server.default_key());
    let listener = Listener::start(Behavior::Answer(200));
    let input = subscription_input(&listener.url(), None, None);
    let first = subscribe_ok(&server, &auth, &input).await;
    subscribe_ok(&server, &auth, &input).await;

    // Act
    let third = subscribe(&server, &auth, &input).await;
    let removed = unsubscribe(&server, &auth, &first.id).await;
    let after_removal = subscribe(&server, &auth, &input).await;

    // Assert
    expect_error(&third, 409, "tooManySubscriptions");
    assert_eq!(removed.status, 204, "{removed:#?}");
    assert_eq!(after_removal.status, 201, "{after_removal:#?}");
}
