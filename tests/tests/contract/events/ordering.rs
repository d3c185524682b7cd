//! Order and retries: a subscription's events arrive in the order of their changes, the next
//! one only after the previous one was delivered, however often the listener fails first.

use serde_json::Value;

use crate::support::listener::{Behavior, Listener, Recorded};
use crate::support::*;

use super::*;

/// Creates `count` interactions one after the other; their ids in creation order.
async fn create_in_sequence(hub: &Hub, count: usize) -> Vec<String> {
    let mut ids = Vec::new();
    for n in 0..count {
        let body = customer_interaction("233240000010", "CC", &format!("Enquiry {n}"));
        ids.push(id_of(&hub.create(&body).await));
    }
    ids
}

/// Waits until the listener accepted a create event of every id; returns the accepted events.
async fn accepted_creates_of(
    listener: &Listener,
    subscription: &Subscription,
    ids: &[String],
) -> Vec<Value> {
    listener
        .wait_for(
            &format!("delivery of {} create events", ids.len()),
            |records| {
                let events = accepted_events(records, subscription);
                let missing = ids
                    .iter()
                    .filter(|id| {
                        !events.iter().any(|event| {
                            event_type(event) == CREATE_EVENT
                                && interaction_id_of(event) == Some(id.as_str())
                        })
                    })
                    .count();
                if missing == 0 {
                    Ok(events)
                } else {
                    Err(format!(
                        "{missing} still missing; accepted: {:#?}",
                        summary(&events)
                    ))
                }
            },
        )
        .await
}

fn interaction_ids(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|event| interaction_id_of(event).unwrap_or("?").to_owned())
        .collect()
}

/// Checks, over every request in order of arrival, that no event was attempted before every
/// earlier one (in `order`, by interaction id) had been accepted: the next event only after
/// the previous one was delivered.
fn assert_each_attempt_waits_for_the_previous_delivery(
    records: &[Recorded],
    subscription: &Subscription,
    order: &[String],
) {
    let mut delivered = 0;
    for (n, record) in records.iter().enumerate() {
        let body = check_delivery(record, subscription);
        let id = interaction_id_of(&body).unwrap_or("?");
        let position = order
            .iter()
            .position(|known| known == id)
            .unwrap_or_else(|| panic!("request {n} carries an unknown interaction {id}"));
        assert!(
            position <= delivered,
            "request {n} attempted event {position} while only {delivered} were delivered"
        );
        if position == delivered && record.accepted() {
            delivered += 1;
        }
    }
    assert_eq!(delivered, order.len(), "not every event was delivered");
}

#[tokio::test]
async fn thirty_creates_arrive_in_the_order_they_were_made() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let ids = create_in_sequence(&hub, 30).await;

    // Assert
    let events = accepted_creates_of(&listener, &subscription, &ids).await;
    assert_eq!(interaction_ids(&events), ids);
    assert_each_attempt_waits_for_the_previous_delivery(&listener.requests(), &subscription, &ids);
}

#[tokio::test]
async fn events_stay_in_order_when_the_listener_fails_its_first_requests() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: enough attempts that no event is dead-lettered.
    let hub = Hub::start_tuned(Delivery {
        max_attempts: 50,
        retry_initial_ms: 10,
        retry_max_ms: 50,
        ..Delivery::default()
    });
    let listener = Listener::start(Behavior::FailFirst(7));
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let ids = create_in_sequence(&hub, 10).await;

    // Assert
    let events = accepted_creates_of(&listener, &subscription, &ids).await;
    assert_eq!(interaction_ids(&events), ids);
    let records = listener.requests();
    let failures = records
        .iter()
        .filter(|record| record.answered == Some(500))
        .count();
    assert_eq!(failures, 7, "the listener should have failed 7 attempts");
    assert_each_attempt_waits_for_the_previous_delivery(&records, &subscription, &ids);
}

#[tokio::test]
async fn events_stay_in_order_when_every_event_needs_a_retry() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the listener fails every other request, so each event fails once first.
    let hub = Hub::start_tuned(Delivery {
        max_attempts: 50,
        retry_initial_ms: 10,
        retry_max_ms: 50,
        ..Delivery::default()
    });
    let listener = Listener::start(Behavior::Alternate);
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let ids = create_in_sequence(&hub, 8).await;

    // Assert
    let events = accepted_creates_of(&listener, &subscription, &ids).await;
    assert_eq!(interaction_ids(&events), ids);
    assert_each_attempt_waits_for_the_previous_delivery(&listener.requests(), &subscription, &ids);
}

#[tokio::test]
async fn any_2xx_answer_counts_as_delivered() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;
    let mut ids = Vec::new();

    // Act: one event per success status, each waited for before the next.
    for status in [201, 202, 204, 299, 200] {
        listener.set_behavior(Behavior::Answer(status));
        let id = id_of(&hub.create(&minimal_interaction()).await);
        events_until(&listener, &subscription, CREATE_EVENT, &id).await;
        ids.push(id);
    }

    // Assert: each event was sent once; a retry would have come before the next event.
    let records = listener.requests();
    let per_event: Vec<usize> = ids
        .iter()
        .map(|id| {
            records
                .iter()
                .filter(|record| interaction_id_of(&record.json()) == Some(id.as_str()))
                .count()
        })
        .collect();
    assert_eq!(per_event, vec![1; ids.len()], "deliveries per event");
}

#[tokio::test]
async fn concurrent_clients_each_see_their_own_creates_delivered_in_their_order() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: three clients, each creating one interaction after the other; a create is
    // committed before its 201, so each client's creates are committed in its order.
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let clients = (0..3).map(|client| {
        let hub = &hub;
        async move {
            let mut ids = Vec::new();
            for n in 0..10 {
                let body = customer_interaction(
                    &format!("23324000010{client}"),
                    "APP",
                    &format!("Client {client} enquiry {n}"),
                );
                ids.push(id_of(&hub.create(&body).await));
            }
            ids
        }
    });
    let per_client: Vec<Vec<String>> = futures::future::join_all(clients).await;

    // Assert
    let all: Vec<String> = per_client.iter().flatten().cloned().collect();
    let events = accepted_creates_of(&listener, &subscription, &all).await;
    let delivered = interaction_ids(&events);
    assert_eq!(
        delivered.len(),
        all.len(),
        "events: {:#?}",
        summary(&events)
    );
    for ids in &per_client {
        let seen: Vec<&String> = delivered.iter().filter(|id| ids.contains(id)).collect();
        assert_eq!(
            seen,
            ids.iter().collect::<Vec<_>>(),
            "one client's creates arrived out of its order"
        );
    }
}
