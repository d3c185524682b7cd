//! The `query` of a subscription: which events reach it. Each test ends with a change the
//! query matches; since a subscription's events arrive in order, an event the query should
//! have filtered out would arrive before it.

use serde_json::{json, Value};

use crate::support::listener::{Behavior, Listener};
use crate::support::*;

use super::*;

/// (event type, interaction id) of each event.
fn described(events: &[Value]) -> Vec<(String, String)> {
    events
        .iter()
        .map(|event| {
            (
                event_type(event).to_owned(),
                interaction_id_of(event).unwrap_or("?").to_owned(),
            )
        })
        .collect()
}

fn expected(pairs: &[(&str, &Value)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(kind, document)| ((*kind).to_owned(), id_of(document)))
        .collect()
}

#[tokio::test]
async fn an_event_type_query_delivers_only_those_event_types() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let query = format!("eventType={CREATE_EVENT},{DELETE_EVENT}");
    let subscription = hub.subscribe(&listener, Some(&query)).await;

    // Act
    let created = hub.create(&minimal_interaction()).await;
    let id = id_of(&created);
    hub.patch_traced(&id, &json!({ "description": "Changed" }), "span-f1")
        .await;
    hub.patch_traced(&id, &json!({ "status": "inProgress" }), "span-f2")
        .await;
    hub.delete_traced(&id, "span-f3").await;

    // Assert
    let events = events_until(&listener, &subscription, DELETE_EVENT, &id).await;
    assert_eq!(
        described(&events),
        expected(&[(CREATE_EVENT, &created), (DELETE_EVENT, &created)])
    );
}

#[tokio::test]
async fn a_customer_id_query_delivers_only_events_of_that_customer() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub
        .subscribe(&listener, Some("customerId=233240000001"))
        .await;

    // Act
    let mine = hub
        .create(&customer_interaction("233240000001", "CC", "Billing"))
        .await;
    let theirs = hub
        .create(&customer_interaction("233240000002", "CC", "Billing"))
        .await;
    hub.patch_traced(&id_of(&theirs), &json!({ "reason": "Other" }), "span-c1")
        .await;
    let changed = hub
        .patch_traced(&id_of(&mine), &json!({ "reason": "Roaming" }), "span-c2")
        .await;
    let marker = hub
        .create(&customer_interaction("233240000001", "USSD", "Balance"))
        .await;

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&marker)).await;
    assert_eq!(
        described(&events),
        expected(&[
            (CREATE_EVENT, &mine),
            (ATTRIBUTE_VALUE_CHANGE_EVENT, &changed.document),
            (CREATE_EVENT, &marker)
        ])
    );
}

#[tokio::test]
async fn a_channel_id_query_delivers_only_events_of_that_channel() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, Some("channel.id=USSD")).await;

    // Act
    let mut created = Vec::new();
    for channel in ["CC", "USSD", "APP", "USSD"] {
        let body = customer_interaction("233240000003", channel, "Balance");
        created.push(hub.create(&body).await);
    }

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&created[3])).await;
    assert_eq!(
        described(&events),
        expected(&[(CREATE_EVENT, &created[1]), (CREATE_EVENT, &created[3])])
    );
}

#[tokio::test]
async fn a_combined_query_delivers_only_events_matching_every_part() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let query = format!("eventType={CREATE_EVENT}&customerId=233240000004&channel.id=CC");
    let subscription = hub.subscribe(&listener, Some(&query)).await;

    // Act
    let matching = hub
        .create(&customer_interaction("233240000004", "CC", "Billing"))
        .await;
    hub.create(&customer_interaction("233240000004", "USSD", "Billing"))
        .await;
    hub.create(&customer_interaction("233240000005", "CC", "Billing"))
        .await;
    hub.patch_traced(&id_of(&matching), &json!({ "reason": "Other" }), "span-x")
        .await;
    let marker = hub
        .create(&customer_interaction("233240000004", "CC", "Roaming"))
        .await;

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&marker)).await;
    assert_eq!(
        described(&events),
        expected(&[(CREATE_EVENT, &matching), (CREATE_EVENT, &marker)])
    );
}

#[tokio::test]
async fn a_status_query_with_several_values_delivers_events_of_any_of_them() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub
        .subscribe(&listener, Some("status=inProgress,closed"))
        .await;

    // Act: created as completed (filtered out), then moved to inProgress and to closed.
    let created = hub.create(&minimal_interaction()).await;
    let id = id_of(&created);
    let progressed = hub
        .patch_traced(&id, &json!({ "status": "inProgress" }), "span-s1")
        .await;
    let closed = hub
        .patch_traced(&id, &json!({ "status": "closed" }), "span-s2")
        .await;

    // Assert
    let events = listener
        .wait_for("two status changes", |records| {
            let events = accepted_events(records, &subscription);
            if events.len() >= 2 {
                Ok(events)
            } else {
                Err(format!("{:#?}", summary(&events)))
            }
        })
        .await;
    assert_eq!(
        described(&events),
        expected(&[
            (STATUS_CHANGE_EVENT, &progressed.document),
            (STATUS_CHANGE_EVENT, &closed.document)
        ])
    );
    assert_eq!(interaction_of(&events[1]), &closed.document);
}

#[tokio::test]
async fn a_query_that_does_not_parse_is_refused_with_400_invalid_query() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let refused = [
        "favouriteColour=blue",
        "eventType=PartyInteractionExplodeEvent",
        "eventType=PartyInteractionCreateEvent,NoSuchEvent",
        "limit=5",
        "offset=0",
        "fields=id,status",
        "sort=-creationDate",
        "creationDate.gte=yesterday",
    ];

    for query in refused {
        // Act
        let input = subscription_input(&listener.url(), Some(query), Some(SECRET));
        let answer = subscribe(&hub.server, &hub.auth, &input).await;

        // Assert
        assert_eq!(answer.status, 400, "query {query:?}: {answer:#?}");
        expect_error(&answer, 400, "invalidQuery");
    }
}

#[tokio::test]
async fn an_empty_query_delivers_every_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, Some("")).await;

    // Act
    let created = hub.create(&minimal_interaction()).await;
    let id = id_of(&created);
    let patched = hub
        .patch_traced(&id, &json!({ "status": "inProgress" }), "span-e1")
        .await;
    hub.delete_traced(&id, "span-e2").await;

    // Assert
    let events = events_until(&listener, &subscription, DELETE_EVENT, &id).await;
    assert_eq!(
        described(&events),
        expected(&[
            (CREATE_EVENT, &created),
            (STATUS_CHANGE_EVENT, &patched.document),
            (DELETE_EVENT, &created)
        ])
    );
}
