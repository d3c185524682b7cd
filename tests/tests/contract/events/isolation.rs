//! A listener that hangs delays neither the other subscriptions nor the API, and a delivery
//! attempt that outlasts `--events-timeout-ms` counts as a failure.

use std::future::Future;
use std::time::Duration;

use crate::support::listener::{Behavior, Listener};
use crate::support::*;

use super::*;

/// A change the API must answer even while a listener hangs; the bound is a deadlock guard,
/// not a latency requirement.
async fn answered<T>(what: &str, change: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(30), change)
        .await
        .unwrap_or_else(|_| panic!("{what} got no answer while a listener hangs"))
}

#[tokio::test]
async fn a_hanging_listener_delays_neither_another_subscription_nor_the_api() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the attempt timeout is far longer than the test waits, so whatever waits for
    // the hanging listener would still be waiting when the test gives up.
    let hub = Hub::start_tuned(Delivery {
        timeout_ms: 120_000,
        ..Delivery::default()
    });
    let hanging = Listener::start(Behavior::Hang);
    let healthy = Listener::start(Behavior::Answer(200));
    let stuck = hub.subscribe(&hanging, None).await;
    let well = hub.subscribe(&healthy, None).await;
    let first = id_of(&answered("the first create", hub.create(&minimal_interaction())).await);
    hanging
        .wait_for("the hanging listener to hold the first event", |records| {
            if records.is_empty() {
                Err("nothing received yet".to_owned())
            } else {
                Ok(())
            }
        })
        .await;

    // Act
    let mut ids = vec![first.clone()];
    for n in 0..5 {
        let body = customer_interaction("233240000020", "APP", &format!("Enquiry {n}"));
        ids.push(id_of(&answered("a create", hub.create(&body)).await));
    }
    let listed = answered(
        "a list",
        list(&hub.server, &hub.auth, &[("customerId", "233240000020")]),
    )
    .await;
    let subscription = answered(
        "GET /hub/{id}",
        get_subscription(&hub.server, &hub.auth, &stuck.id),
    )
    .await;

    // Assert
    let last = ids.last().expect("six creates").clone();
    let events = events_until(&healthy, &well, CREATE_EVENT, &last).await;
    let delivered: Vec<_> = events
        .iter()
        .map(|event| interaction_id_of(event).unwrap_or("?").to_owned())
        .collect();
    assert_eq!(delivered, ids);
    let held = hanging.requests();
    assert!(
        held.iter().all(|record| record.answered.is_none()),
        "the hanging listener answered"
    );
    for record in &held {
        let event = check_delivery(record, &stuck);
        assert_eq!(
            interaction_id_of(&event),
            Some(first.as_str()),
            "the hanging subscription got a later event before its first was delivered"
        );
    }
    assert_eq!(expect_page(&listed).items.len(), 5);
    assert_eq!(subscription.status, 200, "{subscription:#?}");
}

#[tokio::test]
async fn an_attempt_outlasting_the_timeout_is_retried_and_later_delivered() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start_tuned(Delivery {
        timeout_ms: 300,
        max_attempts: 100,
        ..Delivery::default()
    });
    let listener = Listener::start(Behavior::Hang);
    let subscription = hub.subscribe(&listener, None).await;
    let id = id_of(&hub.create(&minimal_interaction()).await);

    // Act: two held attempts show the first one was given up on; then the listener recovers.
    listener
        .wait_for("a second attempt after the first timed out", |records| {
            if records.len() >= 2 {
                Ok(())
            } else {
                Err(format!("{} attempts so far", records.len()))
            }
        })
        .await;
    listener.set_behavior(Behavior::Answer(200));

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id).await;
    assert_eq!(events.len(), 1, "events: {:#?}", summary(&events));
    let attempts = listener.requests();
    let ids: Vec<_> = attempts
        .iter()
        .map(|record| record.header("idempotency-key").unwrap_or("?").to_owned())
        .collect();
    assert!(
        ids.iter().all(|key| key == event_id(&events[0])),
        "every attempt must be of the one event: {ids:?}"
    );
}
