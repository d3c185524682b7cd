//! Subscriptions and undelivered events survive the process: a graceful stop, and SIGKILL.

use serde_json::Value;

use crate::support::listener::{refused_url, Behavior, Listener};
use crate::support::*;

use super::*;

/// Delivery that keeps retrying through the whole test.
fn patient() -> Delivery {
    Delivery {
        max_attempts: 10_000,
        ..Delivery::default()
    }
}

/// Creates `count` interactions, each acknowledged with 201; their ids in order.
async fn create_acknowledged(hub: &Hub, count: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 0..count {
        let body = customer_interaction("233240000030", "USSD", &format!("Balance {n}"));
        ids.push(id_of(&hub.create(&body).await));
    }
    ids
}

/// Waits until a create event of every id was accepted; returns the accepted create events'
/// interaction ids in order of first acceptance.
async fn delivered_creates(
    listener: &Listener,
    subscription: &Subscription,
    ids: &[String],
) -> Vec<String> {
    listener
        .wait_for("every acknowledged create's event", |records| {
            let delivered: Vec<String> = accepted_events(records, subscription)
                .iter()
                .filter(|event| event_type(event) == CREATE_EVENT)
                .filter_map(|event| interaction_id_of(event).map(str::to_owned))
                .collect();
            if ids.iter().all(|id| delivered.contains(id)) {
                Ok(delivered)
            } else {
                Err(format!("delivered so far: {delivered:#?}"))
            }
        })
        .await
}

#[tokio::test]
async fn a_subscription_survives_a_graceful_restart_and_still_delivers() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, Some("channel.id=CC")).await;
    let before = get_subscription(&hub.server, &hub.auth, &subscription.id).await;
    assert_eq!(before.status, 200, "{before:#?}");

    // Act
    let hub = hub.stop_gracefully().restart();
    let after = get_subscription(&hub.server, &hub.auth, &subscription.id).await;
    let created = hub
        .create(&customer_interaction("233240000031", "CC", "Billing"))
        .await;

    // Assert
    assert_eq!(after.status, 200, "{after:#?}");
    assert_eq!(expect_spec_conformance(&after), before.json());
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&created)).await;
    assert_eq!(events.len(), 1, "events: {:#?}", summary(&events));
    assert_eq!(interaction_of(&events[0]), &created);
}

#[tokio::test]
async fn a_deleted_subscription_stays_deleted_after_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;
    expect_no_content(&unsubscribe(&hub.server, &hub.auth, &subscription.id).await);

    // Act
    let hub = hub.stop_gracefully().restart();

    // Assert
    let answer = get_subscription(&hub.server, &hub.auth, &subscription.id).await;
    expect_error(&answer, 404, "notFound");
}

#[tokio::test]
async fn every_acknowledged_create_is_delivered_after_sigkill_while_the_listener_failed() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the listener fails every attempt while the first server runs.
    let hub = Hub::start_tuned(patient());
    let listener = Listener::start(Behavior::Answer(500));
    let subscription = hub.subscribe(&listener, None).await;
    let ids = create_acknowledged(&hub, 10).await;

    // Act: SIGKILL right after the last 201, then a healthy listener and a new server.
    let stopped = hub.kill_hard();
    listener.set_behavior(Behavior::Answer(200));
    let _hub = stopped.restart();

    // Assert
    let delivered = delivered_creates(&listener, &subscription, &ids).await;
    assert_eq!(delivered, ids, "first deliveries in creation order");
}

#[tokio::test]
async fn every_acknowledged_create_is_delivered_after_sigkill_while_the_listener_was_down() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: nothing listens on the callback's port while the first server runs.
    let hub = Hub::start_tuned(patient());
    let callback = refused_url();
    let subscription = subscribe_ok(
        &hub.server,
        &hub.auth,
        &subscription_input(&callback, None, Some(SECRET)),
    )
    .await;
    let ids = create_acknowledged(&hub, 10).await;

    // Act
    let stopped = hub.kill_hard();
    let port = reqwest::Url::parse(&callback)
        .ok()
        .and_then(|url| url.port())
        .expect("the refused URL has a port");
    let listener = Listener::start_on(port, Behavior::Answer(200));
    let _hub = stopped.restart();

    // Assert
    let delivered = delivered_creates(&listener, &subscription, &ids).await;
    assert_eq!(delivered, ids, "first deliveries in creation order");
}

#[tokio::test]
async fn a_refused_connection_is_retried_until_the_listener_comes_up() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start_tuned(patient());
    let callback = refused_url();
    let subscription = subscribe_ok(
        &hub.server,
        &hub.auth,
        &subscription_input(&callback, None, Some(SECRET)),
    )
    .await;
    let created: Value = hub.create(&minimal_interaction()).await;

    // Act
    let port = reqwest::Url::parse(&callback)
        .ok()
        .and_then(|url| url.port())
        .expect("the refused URL has a port");
    let listener = Listener::start_on(port, Behavior::Answer(200));

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&created)).await;
    assert_eq!(interaction_of(&events[0]), &created);
}
