//! Events that failed `--events-max-attempts` times: the `events dead-letters`, `events replay`
//! and `events status` command lines, run against the data directory of a real server.

use chrono::DateTime;
use serde_json::Value;

use crate::support::listener::{Behavior, Listener, DELIVERY_PATIENCE};
use crate::support::*;

use super::*;

/// `events dead-letters --json`, parsed; an error when the command fails or prints no array.
fn dead_letters(data_dir: &DataDir) -> Result<Vec<Value>, String> {
    let output = events_cli(data_dir, &["dead-letters", "--json"]);
    if !output.status.success() {
        return Err(describe(&output));
    }
    match serde_json::from_slice::<Value>(&output.stdout) {
        Ok(Value::Array(letters)) => Ok(letters),
        Ok(other) => Err(format!("not a JSON array: {other}")),
        Err(e) => Err(format!("not JSON ({e}): {}", describe(&output))),
    }
}

/// Waits until the dead letters number `count`, and returns them.
async fn await_dead_letters(data_dir: &DataDir, count: usize) -> Vec<Value> {
    eventually_within(DELIVERY_PATIENCE, &format!("{count} dead letters"), || {
        let outcome = dead_letters(data_dir).and_then(|letters| {
            if letters.len() == count {
                Ok(letters)
            } else {
                Err(format!("{} dead letters: {letters:#?}", letters.len()))
            }
        });
        async move { outcome }
    })
    .await
}

fn string<'a>(letter: &'a Value, field: &str) -> &'a str {
    letter[field]
        .as_str()
        .unwrap_or_else(|| panic!("the dead letter has no string {field}: {letter:#}"))
}

/// A hub whose only subscription's listener answers 500 to everything, and one create whose
/// event has been dead-lettered.
struct DeadLettered {
    hub: Hub,
    listener: Listener,
    subscription: Subscription,
    created: Value,
    letter: Value,
}

async fn dead_lettered() -> DeadLettered {
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(500));
    let subscription = hub.subscribe(&listener, None).await;
    let created = hub.create(&minimal_interaction()).await;
    let letter = await_dead_letters(&hub.data_dir, 1).await.remove(0);
    DeadLettered {
        hub,
        listener,
        subscription,
        created,
        letter,
    }
}

impl DeadLettered {
    /// The requests carrying the dead-lettered event.
    fn attempts(&self) -> Vec<Value> {
        let event = string(&self.letter, "eventId");
        self.listener
            .requests()
            .iter()
            .map(|record| check_delivery(record, &self.subscription))
            .filter(|body| event_id(body) == event)
            .collect()
    }
}

#[tokio::test]
async fn an_event_failing_every_attempt_is_dead_lettered_after_max_attempts() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange + Act
    let d = dead_lettered().await;

    // Assert: the dead letter describes the event the listener was sent.
    let attempts = d.attempts();
    assert_eq!(
        attempts.len(),
        d.hub.delivery.max_attempts as usize,
        "attempts the listener received of the dead-lettered event"
    );
    let event = &attempts[0];
    assert_eq!(event_type(event), CREATE_EVENT);
    assert_eq!(interaction_of(event), &d.created);
    let letter = &d.letter;
    assert!(!string(letter, "id").is_empty(), "{letter:#}");
    assert_eq!(string(letter, "subscription"), d.subscription.id);
    assert_eq!(string(letter, "callback"), d.subscription.callback);
    assert_eq!(string(letter, "eventId"), event_id(event));
    assert_eq!(string(letter, "eventType"), CREATE_EVENT);
    assert_eq!(
        letter["attempts"].as_u64(),
        Some(u64::from(d.hub.delivery.max_attempts)),
        "attempts of {letter:#}"
    );
    assert!(!string(letter, "lastError").trim().is_empty(), "{letter:#}");
    let failed_at = string(letter, "failedAt");
    DateTime::parse_from_rfc3339(failed_at)
        .unwrap_or_else(|e| panic!("failedAt {failed_at:?} is not RFC 3339: {e}"));
}

#[tokio::test]
async fn after_a_dead_letter_the_subscription_moves_on_to_the_next_event() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let d = dead_lettered().await;
    d.listener.set_behavior(Behavior::Answer(200));

    // Act
    let next = id_of(&d.hub.create(&minimal_interaction()).await);

    // Assert
    let events = events_until(&d.listener, &d.subscription, CREATE_EVENT, &next).await;
    assert_eq!(
        events.iter().map(interaction_id_of).collect::<Vec<_>>(),
        vec![Some(next.as_str())],
        "only the next event was delivered"
    );
    assert_eq!(
        d.attempts().len(),
        d.hub.delivery.max_attempts as usize,
        "a dead-lettered event was attempted again without a replay"
    );
}

#[tokio::test]
async fn replaying_a_dead_letter_by_id_delivers_it_and_removes_it_from_the_list() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let d = dead_lettered().await;
    d.listener.set_behavior(Behavior::Answer(200));
    let id = string(&d.letter, "id");

    // Act
    let output = events_cli(&d.hub.data_dir, &["replay", id]);

    // Assert
    assert!(
        output.status.success(),
        "replay failed: {}",
        describe(&output)
    );
    let events = events_until(
        &d.listener,
        &d.subscription,
        CREATE_EVENT,
        &id_of(&d.created),
    )
    .await;
    let [event] = events.as_slice() else {
        panic!("expected the replayed event only: {:#?}", summary(&events))
    };
    assert_eq!(event_id(event), string(&d.letter, "eventId"));
    assert_eq!(interaction_of(event), &d.created);
    await_dead_letters(&d.hub.data_dir, 0).await;
}

#[tokio::test]
async fn replaying_all_dead_letters_while_the_server_is_stopped_delivers_them_at_its_next_start() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: two dead-lettered events.
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(500));
    let subscription = hub.subscribe(&listener, None).await;
    let first = id_of(&hub.create(&minimal_interaction()).await);
    let second = id_of(&hub.create(&minimal_interaction()).await);
    await_dead_letters(&hub.data_dir, 2).await;
    let stopped = hub.stop_gracefully();
    listener.set_behavior(Behavior::Answer(200));

    // Act
    let output = events_cli(&stopped.data_dir, &["replay", "--all"]);
    let hub = stopped.restart();

    // Assert
    assert!(
        output.status.success(),
        "replay failed: {}",
        describe(&output)
    );
    let mut delivered = delivered_interactions(&listener, &subscription, 2).await;
    delivered.sort();
    let mut expected = vec![first, second];
    expected.sort();
    assert_eq!(delivered, expected);
    await_dead_letters(&hub.data_dir, 0).await;
}

/// Waits until `count` events were accepted; their interaction ids in order of acceptance.
async fn delivered_interactions(
    listener: &Listener,
    subscription: &Subscription,
    count: usize,
) -> Vec<String> {
    listener
        .wait_for(&format!("{count} accepted events"), |records| {
            let events = accepted_events(records, subscription);
            if events.len() >= count {
                Ok(events
                    .iter()
                    .map(|event| interaction_id_of(event).unwrap_or("?").to_owned())
                    .collect())
            } else {
                Err(format!("accepted so far: {:#?}", summary(&events)))
            }
        })
        .await
}

#[tokio::test]
async fn replayed_dead_letters_of_a_subscription_arrive_in_the_order_of_their_events() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: five dead-lettered events of one subscription.
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(500));
    let subscription = hub.subscribe(&listener, None).await;
    let mut ids = Vec::new();
    for n in 0..5 {
        let body = customer_interaction("233240000040", "CC", &format!("Complaint {n}"));
        ids.push(id_of(&hub.create(&body).await));
    }
    let letters: Vec<(Value, Value)> = await_dead_letters(&hub.data_dir, ids.len())
        .await
        .into_iter()
        .map(|letter| (letter["id"].clone(), letter["eventId"].clone()))
        .collect();
    listener.set_behavior(Behavior::Answer(200));

    // Act
    let output = events_cli(&hub.data_dir, &["replay", "--all"]);

    // Assert
    assert!(
        output.status.success(),
        "replay failed: {}",
        describe(&output)
    );
    let delivered = delivered_interactions(&listener, &subscription, ids.len()).await;
    assert_eq!(
        delivered, ids,
        "replayed in another order than their events were made; dead letters (id, eventId): {letters:?}"
    );
}

#[tokio::test]
async fn a_replayed_event_that_fails_again_returns_to_the_dead_letters() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let d = dead_lettered().await;
    let id = string(&d.letter, "id");

    // Act: the listener still answers 500.
    let output = events_cli(&d.hub.data_dir, &["replay", id]);

    // Assert
    assert!(
        output.status.success(),
        "replay failed: {}",
        describe(&output)
    );
    let max = d.hub.delivery.max_attempts as usize;
    d.listener
        .wait_for("the replayed event to be attempted again", |records| {
            if records.len() >= 2 * max {
                Ok(())
            } else {
                Err(format!("{} attempts", records.len()))
            }
        })
        .await;
    let letter = eventually_within(
        DELIVERY_PATIENCE,
        "the event back in the dead letters",
        || {
            let outcome =
                dead_letters(&d.hub.data_dir).and_then(|letters| match letters.as_slice() {
                    [letter] if letter["eventId"] == d.letter["eventId"] => Ok(letter.clone()),
                    _ => Err(format!("{letters:#?}")),
                });
            async move { outcome }
        },
    )
    .await;
    assert_eq!(letter["subscription"], d.letter["subscription"]);
    assert!(
        d.listener
            .requests()
            .iter()
            .all(|record| !record.accepted()),
        "the listener accepted nothing"
    );
}

#[tokio::test]
async fn replaying_an_unknown_dead_letter_fails_with_a_message() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();

    // Act
    let output = events_cli(&hub.data_dir, &["replay", "no-such-dead-letter"]);

    // Assert
    assert!(
        !output.status.success(),
        "replay of an unknown id succeeded: {}",
        describe(&output)
    );
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!said.trim().is_empty(), "no message: {}", describe(&output));
}

#[tokio::test]
async fn events_status_lists_every_subscription_with_its_callback() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let first = Listener::start(Behavior::Answer(200));
    let second = Listener::start(Behavior::Answer(200));
    let subscriptions = [
        hub.subscribe(&first, None).await,
        hub.subscribe(&second, None).await,
    ];

    // Act + Assert: a running server may report its state with a short delay.
    eventually("`events status` to name both subscriptions", || {
        let output = events_cli(&hub.data_dir, &["status"]);
        let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
        let missing: Vec<&str> = subscriptions
            .iter()
            .filter(|subscription| {
                !stdout.lines().any(|line| {
                    line.contains(&subscription.id) && line.contains(&subscription.callback)
                })
            })
            .map(|subscription| subscription.id.as_str())
            .collect();
        let outcome = if !output.status.success() {
            Err(format!("status failed: {}", describe(&output)))
        } else if missing.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "no line names {missing:?} with its callback: {stdout}"
            ))
        };
        async move { outcome }
    })
    .await;
}

#[tokio::test]
async fn the_server_reports_its_subscriptions_at_startup() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let hub = Hub::start();
    let listener = Listener::start(Behavior::Answer(200));
    let subscription = hub.subscribe(&listener, None).await;

    // Act
    let hub = hub.stop_gracefully().restart();

    // Assert: on stdout before the `Listening on` line, or in the log on stderr.
    eventually("the subscription in the startup report", || {
        let said = format!(
            "{}\n{}",
            hub.server.startup_stdout.join("\n"),
            hub.server.stderr()
        );
        let outcome = if said.contains(&subscription.id) {
            Ok(())
        } else {
            Err(said)
        };
        async move { outcome }
    })
    .await;
}

#[tokio::test]
async fn the_delivery_settings_can_be_given_as_environment_variables() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: http to loopback allowed and two attempts, all through the environment.
    let data_dir = DataDir::new();
    let env = [
        ("PARTY_INTERACTION_EVENTS_ALLOW_HTTP", "true"),
        ("PARTY_INTERACTION_EVENTS_ALLOW_NETWORKS", "127.0.0.0/8"),
        ("PARTY_INTERACTION_EVENTS_TIMEOUT_MS", "1000"),
        ("PARTY_INTERACTION_EVENTS_RETRY_INITIAL_MS", "20"),
        ("PARTY_INTERACTION_EVENTS_RETRY_MAX_MS", "50"),
        ("PARTY_INTERACTION_EVENTS_MAX_ATTEMPTS", "2"),
    ];
    let options = ServerOptions {
        extra_env: env
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).to_owned()))
            .collect(),
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let listener = Listener::start(Behavior::Answer(500));

    // Act
    let subscription = subscribe_ok(
        &server,
        &auth,
        &subscription_input(&listener.url(), None, Some(SECRET)),
    )
    .await;
    create_ok(&server, &auth, &minimal_interaction()).await;

    // Assert
    let letter = await_dead_letters(&data_dir, 1).await.remove(0);
    assert_eq!(letter["attempts"].as_u64(), Some(2), "{letter:#}");
    assert_eq!(letter["subscription"], subscription.id);
    let attempts = accepted_events(&listener.requests(), &subscription);
    assert!(attempts.is_empty(), "nothing was accepted");
    assert_eq!(
        listener.requests().len(),
        2,
        "attempts the listener received"
    );
}

#[tokio::test]
async fn discarding_a_dead_letter_removes_it_for_good() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let dead = dead_lettered().await;
    let id = string(&dead.letter, "id").to_owned();

    // Act
    let output = events_cli(&dead.hub.data_dir, &["discard", &id]);
    let again = events_cli(&dead.hub.data_dir, &["discard", &id]);

    // Assert
    assert!(output.status.success(), "{}", describe(&output));
    let letters = dead_letters(&dead.hub.data_dir).expect("list the dead letters");
    assert!(letters.is_empty(), "still listed: {letters:#?}");
    assert!(
        !again.status.success(),
        "discarding a discarded dead letter succeeded: {}",
        describe(&again)
    );
    // Nothing was queued for replay: the listener gets no further attempt at the event.
    let replay = events_cli(&dead.hub.data_dir, &["replay", "--all"]);
    assert!(replay.status.success(), "{}", describe(&replay));
    assert_eq!(
        String::from_utf8_lossy(&replay.stdout)
            .trim_start()
            .split(' ')
            .nth(1),
        Some("0"),
        "{}",
        describe(&replay)
    );
}
