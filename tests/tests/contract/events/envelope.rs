//! What each change delivers: the event type, the envelope, the interaction it carries, and
//! the signed headers. Every delivery is checked by `check_delivery` (headers, signature,
//! the merged spec's definition of its event type); here the content is checked against
//! what the API answered.

use std::collections::BTreeSet;

use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::support::listener::{Behavior, Listener};
use crate::support::*;

use super::*;

/// A hub with one listener subscribed to every event (with `SECRET`).
struct Subscribed {
    hub: Hub,
    listener: Listener,
    subscription: Subscription,
}

async fn subscribed() -> Subscribed {
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;
    Subscribed {
        hub,
        listener,
        subscription,
    }
}

impl Subscribed {
    /// Creates a marker interaction and returns every event accepted up to its create event.
    async fn events_through_marker(&self) -> Vec<Value> {
        let marker = self.hub.create(&minimal_interaction()).await;
        let events = events_until(
            &self.listener,
            &self.subscription,
            CREATE_EVENT,
            &id_of(&marker),
        )
        .await;
        events
    }
}

fn kinds(events: &[Value]) -> Vec<&str> {
    events.iter().map(event_type).collect()
}

fn assert_distinct_event_ids(events: &[Value]) {
    let ids: BTreeSet<&str> = events.iter().map(event_id).collect();
    assert_eq!(
        ids.len(),
        events.len(),
        "events share an eventId: {:#?}",
        summary(events)
    );
}

#[tokio::test]
async fn a_create_delivers_one_create_event_carrying_the_created_document() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let before = Utc::now() - Duration::seconds(1);

    // Act
    let created = s
        .hub
        .create_traced(
            &call_centre_interaction("tx-create-event"),
            "span-create-event",
        )
        .await;

    // Assert
    let events = events_until(&s.listener, &s.subscription, CREATE_EVENT, &created.id()).await;
    let after = Utc::now() + Duration::seconds(1);
    let [event] = events.as_slice() else {
        panic!("expected one event, got {:#?}", summary(&events))
    };
    assert_event(event, CREATE_EVENT, &created.document);
    let time = event_time(event);
    assert!(
        before <= time && time <= after,
        "eventTime {time} is not the time of the change ({before} .. {after})"
    );
}

#[tokio::test]
async fn the_correlation_id_is_the_span_id_the_client_sent() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;

    // Act
    let created = s
        .hub
        .create_traced(&minimal_interaction(), "client-chosen-span-4711")
        .await;

    // Assert
    let events = events_until(&s.listener, &s.subscription, CREATE_EVENT, &created.id()).await;
    assert_eq!(
        created.span, "client-chosen-span-4711",
        "the answer should carry the client's X-Span-ID"
    );
    assert_correlated(&events[0], &created);
}

#[tokio::test]
async fn every_event_carries_the_span_id_of_the_request_that_made_its_change() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&minimal_interaction(), "span-corr-create")
        .await;
    let id = created.id();

    // Act
    let described = s
        .hub
        .patch_traced(
            &id,
            &json!({ "description": "Follow-up" }),
            "span-corr-describe",
        )
        .await;
    let both = s
        .hub
        .patch_traced(
            &id,
            &json!({ "status": "inProgress", "reason": "Escalated" }),
            "span-corr-both",
        )
        .await;
    let deleted = s.hub.delete_traced(&id, "span-corr-delete").await;

    // Assert
    let events = events_until(&s.listener, &s.subscription, DELETE_EVENT, &id).await;
    let changes = [&created, &described, &both, &both, &deleted];
    assert_eq!(
        events.len(),
        changes.len(),
        "events: {:#?}",
        summary(&events)
    );
    for (event, traced) in events.iter().zip(changes) {
        assert_correlated(event, traced);
    }
}

#[tokio::test]
async fn a_patch_of_the_description_delivers_exactly_one_attribute_value_change_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-avc"), "span-avc-create")
        .await;
    let changes = json!({ "description": "Customer called back about the credit note" });

    // Act
    let patched = s
        .hub
        .patch_traced(&created.id(), &changes, "span-avc-patch")
        .await;

    // Assert
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, ATTRIBUTE_VALUE_CHANGE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_event(&events[0], CREATE_EVENT, &created.document);
    let change = &events[1];
    assert_event(change, ATTRIBUTE_VALUE_CHANGE_EVENT, &patched.document);
    let paths = field_path(change);
    assert!(paths.contains("description"), "fieldPath {paths:?}");
    assert_eq!(
        paths,
        changed_attributes(&created.document, &patched.document),
        "fieldPath must name exactly the changed attributes"
    );
    assert_distinct_event_ids(&events);
}

#[tokio::test]
async fn a_patch_of_the_status_delivers_exactly_one_status_change_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-status"), "span-status-create")
        .await;

    // Act
    let patched = s
        .hub
        .patch_traced(
            &created.id(),
            &json!({ "status": "inProgress" }),
            "span-status-patch",
        )
        .await;

    // Assert
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, STATUS_CHANGE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_eq!(patched.document["status"], "inProgress");
    assert_event(&events[1], STATUS_CHANGE_EVENT, &patched.document);
    assert_distinct_event_ids(&events);
}

#[tokio::test]
async fn a_patch_of_status_and_note_delivers_attribute_value_change_then_status_change() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-both"), "span-both-create")
        .await;
    let changes = json!({
        "status": "inProgress",
        "note": [{ "author": "kmensah", "text": "Reopened: credit not visible yet" }]
    });

    // Act
    let patched = s
        .hub
        .patch_traced(&created.id(), &changes, "span-both-patch")
        .await;

    // Assert
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![
            CREATE_EVENT,
            ATTRIBUTE_VALUE_CHANGE_EVENT,
            STATUS_CHANGE_EVENT,
            CREATE_EVENT
        ],
        "events: {:#?}",
        summary(&events)
    );
    assert_event(&events[1], ATTRIBUTE_VALUE_CHANGE_EVENT, &patched.document);
    assert_event(&events[2], STATUS_CHANGE_EVENT, &patched.document);
    assert_eq!(
        field_path(&events[1]),
        BTreeSet::from(["note".to_owned()]),
        "fieldPath names the note, not the status"
    );
    assert_eq!(
        changed_attributes(&created.document, &patched.document),
        BTreeSet::from(["note".to_owned()])
    );
    assert_distinct_event_ids(&events);
}

#[tokio::test]
async fn a_patch_that_changes_nothing_delivers_no_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-noop"), "span-noop-create")
        .await;
    let same = json!({
        "description": created.document["description"],
        "status": created.document["status"],
        "reason": created.document["reason"]
    });

    // Act
    let patched = s.hub.patch_traced(&created.id(), &same, "span-noop").await;

    // Assert
    assert_eq!(
        patched.document, created.document,
        "the no-op patch changed the document"
    );
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
}

#[tokio::test]
async fn a_delete_delivers_a_delete_event_carrying_the_document_before_deletion() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-delete-event"), "span-d-create")
        .await;
    let patched = s
        .hub
        .patch_traced(
            &created.id(),
            &json!({ "description": "Last words before deletion" }),
            "span-d-patch",
        )
        .await;
    let stored = s.hub.current(&created.id()).await;

    // Act
    s.hub.delete_traced(&created.id(), "span-d-delete").await;

    // Assert
    let events = events_until(&s.listener, &s.subscription, DELETE_EVENT, &created.id()).await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, ATTRIBUTE_VALUE_CHANGE_EVENT, DELETE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_eq!(stored, patched.document);
    assert_event(&events[2], DELETE_EVENT, &stored);
    assert_distinct_event_ids(&events);
}

#[tokio::test]
async fn a_replayed_transaction_id_delivers_no_second_create_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let sent = call_centre_interaction("tx-replayed-event");
    let first = s.hub.create(&sent).await;

    // Act
    let replayed = s.hub.create(&sent).await;

    // Assert
    assert_eq!(
        replayed["id"], first["id"],
        "the replay made a new interaction"
    );
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_eq!(interaction_of(&events[0]), &first);
}

#[tokio::test]
async fn only_changes_committed_after_the_subscription_are_delivered() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: an interaction created before anyone subscribed.
    let hub = Hub::start();
    let earlier = hub.create(&minimal_interaction()).await;
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let later = hub.create(&minimal_interaction()).await;
    let patched = hub
        .patch_traced(
            &id_of(&earlier),
            &json!({ "description": "Changed after subscribing" }),
            "span-after",
        )
        .await;
    let marker = hub.create(&minimal_interaction()).await;

    // Assert
    let events = events_until(&listener, &subscription, CREATE_EVENT, &id_of(&marker)).await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, ATTRIBUTE_VALUE_CHANGE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_eq!(interaction_of(&events[0]), &later);
    assert_eq!(interaction_of(&events[1]), &patched.document);
}

#[tokio::test]
async fn deliveries_carry_the_signature_idempotency_key_event_type_and_json_content_type() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: one subscription with a secret of its own, one with a generated secret.
    let hub = Hub::start();
    let given = Listener::start(Behavior::Answer(200));
    let generated = Listener::start(Behavior::Answer(200));
    let with_secret = hub.subscribe(&given, None).await;
    let without_secret = subscribe_ok(
        &hub.server,
        &hub.auth,
        &subscription_input(&generated.url(), None, None),
    )
    .await;

    // Act
    let created = hub.create(&minimal_interaction()).await;

    // Assert: the raw requests, header by header.
    for (listener, subscription) in [(&given, &with_secret), (&generated, &without_secret)] {
        events_until(listener, subscription, CREATE_EVENT, &id_of(&created)).await;
        let record = listener
            .requests()
            .into_iter()
            .find(|record| record.accepted())
            .expect("events_until saw an accepted delivery");
        let body = record.json();
        let expected_signature = signature(&subscription.secret, &record.body);
        assert_eq!(
            record.header("x-hub-signature-256"),
            Some(expected_signature.as_str())
        );
        assert_eq!(record.header("idempotency-key"), body["eventId"].as_str());
        assert_eq!(record.header("x-event-type"), Some(CREATE_EVENT));
        let content_type = record.header("content-type").unwrap_or_default();
        assert!(
            content_type
                .to_ascii_lowercase()
                .starts_with("application/json"),
            "Content-Type {content_type:?}"
        );
    }
    assert_ne!(
        with_secret.secret, without_secret.secret,
        "the generated secret equals the given one"
    );
}

#[tokio::test]
async fn a_whole_lifecycle_delivers_its_events_in_order_with_distinct_event_ids() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s
        .hub
        .create_traced(&call_centre_interaction("tx-lifecycle"), "span-l-1")
        .await;
    let id = created.id();

    // Act
    let described = s
        .hub
        .patch_traced(&id, &json!({ "description": "Follow-up" }), "span-l-2")
        .await;
    let progressed = s
        .hub
        .patch_traced(&id, &json!({ "status": "inProgress" }), "span-l-3")
        .await;
    let closed = s
        .hub
        .patch_traced(
            &id,
            &json!({ "status": "completed", "reason": "Resolved on follow-up" }),
            "span-l-4",
        )
        .await;
    s.hub.delete_traced(&id, "span-l-5").await;

    // Assert
    let events = events_until(&s.listener, &s.subscription, DELETE_EVENT, &id).await;
    assert_eq!(
        kinds(&events),
        vec![
            CREATE_EVENT,
            ATTRIBUTE_VALUE_CHANGE_EVENT,
            STATUS_CHANGE_EVENT,
            ATTRIBUTE_VALUE_CHANGE_EVENT,
            STATUS_CHANGE_EVENT,
            DELETE_EVENT
        ],
        "events: {:#?}",
        summary(&events)
    );
    let expected = [
        &created.document,
        &described.document,
        &progressed.document,
        &closed.document,
        &closed.document,
        &closed.document,
    ];
    for (event, document) in events.iter().zip(expected) {
        assert_event(event, event_type(event), document);
    }
    assert_eq!(
        field_path(&events[3]),
        changed_attributes(&progressed.document, &closed.document)
    );
    assert_distinct_event_ids(&events);
}

#[tokio::test]
async fn refused_changes_deliver_no_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let s = subscribed().await;
    let created = s.hub.create(&minimal_interaction()).await;
    let id = id_of(&created);
    let stale = expect_etag(&retrieve(&s.hub.server, &s.hub.auth, &id).await);
    s.hub
        .patch_traced(
            &id,
            &json!({ "description": "Moves the ETag on" }),
            "span-r1",
        )
        .await;
    let unknown = "01a23ccc-0000-7000-8000-000000000000";
    let mut invalid = minimal_interaction();
    invalid["channel"] = json!([]);

    // Act
    let refused_create = create(&s.hub.server, &s.hub.auth, &invalid).await;
    let stale_patch = patch_with(
        &s.hub.server,
        &s.hub.auth,
        &id,
        MERGE_PATCH,
        &[("If-Match", &stale)],
        &json!({ "description": "Written with a stale ETag" }),
    )
    .await;
    let unknown_patch = patch(
        &s.hub.server,
        &s.hub.auth,
        unknown,
        &json!({ "description": "Nobody here" }),
    )
    .await;
    let unknown_delete = delete(&s.hub.server, &s.hub.auth, unknown).await;

    // Assert
    assert_eq!(refused_create.status, 400, "{refused_create:#?}");
    expect_error(&stale_patch, 412, "preconditionFailed");
    expect_error(&unknown_patch, 404, "notFound");
    expect_error(&unknown_delete, 404, "notFound");
    let events = s.events_through_marker().await;
    assert_eq!(
        kinds(&events),
        vec![CREATE_EVENT, ATTRIBUTE_VALUE_CHANGE_EVENT, CREATE_EVENT],
        "events: {:#?}",
        summary(&events)
    );
    assert_eq!(interaction_of(&events[0]), &created);
}
