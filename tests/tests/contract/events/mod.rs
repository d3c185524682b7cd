//! Event notifications: TMF hub subscriptions (`POST /hub`, `GET` and `DELETE /hub/{id}`) and
//! the signed events real HTTP listeners receive for every create, patch and delete, with
//! retries, dead letters, replay and restarts of the server.

mod callbacks;
mod dead_letters;
mod envelope;
mod filtering;
mod isolation;
mod listener;
mod ordering;
mod restarts;
mod subscribing;

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use hmac::{Hmac, Mac};
use reqwest::header::LOCATION;
use reqwest::Method;
use serde_json::{json, Value};
use sha2::Sha256;

use crate::support::listener::{Listener, Recorded};
use crate::support::*;

pub const CREATE_EVENT: &str = "PartyInteractionCreateEvent";
pub const ATTRIBUTE_VALUE_CHANGE_EVENT: &str = "PartyInteractionAttributeValueChangeEvent";
pub const STATUS_CHANGE_EVENT: &str = "PartyInteractionStatusChangeEvent";
pub const DELETE_EVENT: &str = "PartyInteractionDeleteEvent";
pub const EVENT_TYPES: [&str; 4] = [
    CREATE_EVENT,
    ATTRIBUTE_VALUE_CHANGE_EVENT,
    STATUS_CHANGE_EVENT,
    DELETE_EVENT,
];

/// The secret most tests subscribe with (16..256 characters).
pub const SECRET: &str = "s3cret-for-contract-tests-0123456789";

/// How delivery is tuned for a test.
#[derive(Debug, Clone, Copy)]
pub struct Delivery {
    pub max_attempts: u32,
    pub timeout_ms: u64,
    pub retry_initial_ms: u64,
    pub retry_max_ms: u64,
}

impl Default for Delivery {
    fn default() -> Self {
        Self {
            max_attempts: 3,
            timeout_ms: 1000,
            retry_initial_ms: 50,
            retry_max_ms: 200,
        }
    }
}

impl Delivery {
    /// The `--events-*` flags: http callbacks on loopback allowed, quick retries.
    pub fn flags(&self) -> Vec<String> {
        let mut flags = vec![
            "--events-allow-http".to_owned(),
            "--events-allow-networks".to_owned(),
            "127.0.0.0/8".to_owned(),
        ];
        flags.extend(self.tuning_flags());
        flags
    }

    /// Only the timing flags (no allowed networks, no http).
    pub fn tuning_flags(&self) -> Vec<String> {
        vec![
            "--events-retry-initial-ms".to_owned(),
            self.retry_initial_ms.to_string(),
            "--events-retry-max-ms".to_owned(),
            self.retry_max_ms.to_string(),
            "--events-max-attempts".to_owned(),
            self.max_attempts.to_string(),
            "--events-timeout-ms".to_owned(),
            self.timeout_ms.to_string(),
        ]
    }
}

/// A server started with `flags` on `data_dir`.
pub fn start_with_flags(data_dir: &DataDir, flags: Vec<String>) -> Server {
    let options = ServerOptions {
        extra_args: flags,
        ..ServerOptions::default()
    };
    Server::start_with(data_dir, &options)
}

/// A server on a fresh data dir that may call back loopback listeners, and its default key.
pub struct Hub {
    pub server: Server,
    pub auth: Auth,
    pub delivery: Delivery,
    /// Last, so that the server is killed before its data directory is removed.
    pub data_dir: DataDir,
}

/// A hub whose server process has ended; its data directory remains.
pub struct StoppedHub {
    pub auth: Auth,
    pub delivery: Delivery,
    pub data_dir: DataDir,
}

impl StoppedHub {
    /// Starts the server again on the same data dir, with the same flags.
    pub fn restart(self) -> Hub {
        let server = start_with_flags(&self.data_dir, self.delivery.flags());
        Hub {
            server,
            auth: self.auth,
            delivery: self.delivery,
            data_dir: self.data_dir,
        }
    }
}

impl Hub {
    pub fn start() -> Self {
        Self::start_tuned(Delivery::default())
    }

    pub fn start_tuned(delivery: Delivery) -> Self {
        let data_dir = DataDir::new();
        let server = start_with_flags(&data_dir, delivery.flags());
        let auth = Auth::key(&server.default_key());
        Self {
            server,
            auth,
            delivery,
            data_dir,
        }
    }

    /// SIGTERM; the server must exit cleanly.
    pub fn stop_gracefully(self) -> StoppedHub {
        let Self {
            server,
            auth,
            delivery,
            data_dir,
        } = self;
        let stderr = server.stderr();
        let status = server.stop_gracefully();
        assert!(
            status.success(),
            "SIGTERM should end the server cleanly, got {status}; stderr: {stderr}"
        );
        StoppedHub {
            auth,
            delivery,
            data_dir,
        }
    }

    /// SIGKILL: no chance to flush or clean up.
    pub fn kill_hard(self) -> StoppedHub {
        let Self {
            server,
            auth,
            delivery,
            data_dir,
        } = self;
        server.kill_hard();
        StoppedHub {
            auth,
            delivery,
            data_dir,
        }
    }

    /// Subscribes `listener` (`http://127.0.0.1:PORT/events`) with `SECRET` and `query`.
    pub async fn subscribe(&self, listener: &Listener, query: Option<&str>) -> Subscription {
        subscribe_ok(
            &self.server,
            &self.auth,
            &subscription_input(&listener.url(), query, Some(SECRET)),
        )
        .await
    }

    /// POSTs `body` with `X-Span-ID: span`; checks the 201 and returns the document.
    pub async fn create_traced(&self, body: &Value, span: &str) -> Traced {
        let bytes = serde_json::to_vec(body).expect("serialize the request body");
        let answer = send_with_headers(
            Method::POST,
            &self.server.collection_url(),
            &self.auth,
            &[("X-Span-ID", span)],
            Some(JSON_UTF8),
            Some(bytes),
        )
        .await;
        let document = expect_created(&answer, &self.server.base_url);
        Traced::of(&answer, document)
    }

    pub async fn create(&self, body: &Value) -> Value {
        create_ok(&self.server, &self.auth, body).await
    }

    /// PATCHes `id` with `changes` and `X-Span-ID: span`; checks the 200 and returns it.
    pub async fn patch_traced(&self, id: &str, changes: &Value, span: &str) -> Traced {
        spec::assert_valid_patch_request(changes);
        let answer = patch_with(
            &self.server,
            &self.auth,
            id,
            MERGE_PATCH,
            &[("X-Span-ID", span)],
            changes,
        )
        .await;
        let document = expect_ok(&answer);
        Traced::of(&answer, document)
    }

    /// DELETEs `id` with `X-Span-ID: span`; checks the 204.
    pub async fn delete_traced(&self, id: &str, span: &str) -> Traced {
        let answer = send_with_headers(
            Method::DELETE,
            &item_url(&self.server, id),
            &self.auth,
            &[("X-Span-ID", span)],
            None,
            None,
        )
        .await;
        expect_no_content(&answer);
        Traced::of(&answer, Value::Null)
    }

    /// The stored document of `id` (200).
    pub async fn current(&self, id: &str) -> Value {
        expect_ok(&retrieve(&self.server, &self.auth, id).await)
    }
}

/// An answer to a change: its document and the span id it carries.
#[derive(Debug, Clone)]
pub struct Traced {
    pub document: Value,
    /// The answer's `X-Span-ID`, which the change's events carry as `correlationId`.
    pub span: String,
}

impl Traced {
    fn of(answer: &Answer, document: Value) -> Self {
        let span = answer
            .header("X-Span-ID")
            .unwrap_or_else(|| panic!("the answer carries no X-Span-ID: {answer:#?}"))
            .to_owned();
        Self { document, span }
    }

    pub fn id(&self) -> String {
        id_of(&self.document)
    }
}

/// `<base>/partyInteraction/v1/hub`.
pub fn hub_url(server: &Server) -> String {
    format!("{}{}/hub", server.base_url, spec::base_path())
}

/// `<base>/partyInteraction/v1/hub/<id>`.
pub fn subscription_url(server: &Server, id: &str) -> String {
    format!("{}/{id}", hub_url(server))
}

/// An `EventSubscriptionInput`.
pub fn subscription_input(callback: &str, query: Option<&str>, secret: Option<&str>) -> Value {
    let mut input = json!({ "callback": callback });
    if let Some(query) = query {
        input["query"] = json!(query);
    }
    if let Some(secret) = secret {
        input["secret"] = json!(secret);
    }
    input
}

/// `POST /hub` with `input` as JSON.
pub async fn subscribe(server: &Server, auth: &Auth, input: &Value) -> Answer {
    let body = serde_json::to_vec(input).expect("serialize the subscription");
    send(
        Method::POST,
        &hub_url(server),
        auth,
        Some(JSON_UTF8),
        Some(body),
    )
    .await
}

/// `GET /hub/{id}`.
pub async fn get_subscription(server: &Server, auth: &Auth, id: &str) -> Answer {
    send(Method::GET, &subscription_url(server, id), auth, None, None).await
}

/// `DELETE /hub/{id}`.
pub async fn unsubscribe(server: &Server, auth: &Auth, id: &str) -> Answer {
    send(
        Method::DELETE,
        &subscription_url(server, id),
        auth,
        None,
        None,
    )
    .await
}

/// A subscription the server made, with the secret its deliveries are signed with.
#[derive(Debug, Clone)]
pub struct Subscription {
    pub id: String,
    pub callback: String,
    pub secret: String,
    /// The 201 body.
    pub body: Value,
}

/// Checks a 201 to `POST /hub` (spec schema, id, callback and query as sent, `Location`, a
/// secret exactly when none was sent) and returns the subscription.
pub fn expect_subscribed(answer: &Answer, server: &Server, input: &Value) -> Subscription {
    assert_eq!(answer.status, 201, "expected 201 Created, got: {answer:#?}");
    let body = expect_spec_conformance(answer);
    let id = body["id"]
        .as_str()
        .unwrap_or_else(|| panic!("the subscription has no string id: {body:#}"))
        .to_owned();
    assert!(!id.is_empty(), "the subscription has an empty id");
    assert_eq!(
        answer.header(LOCATION),
        Some(subscription_url(server, &id).as_str()),
        "the Location header of {body:#}"
    );
    assert_eq!(body["callback"], input["callback"], "callback of {body:#}");
    match input.get("query") {
        // An empty query (every event) may be echoed or left out.
        Some(query) if query == "" => assert!(
            body.get("query").is_none_or(|echoed| echoed == ""),
            "query of {body:#} (sent an empty one)"
        ),
        sent => assert_eq!(
            body.get("query"),
            sent,
            "query of {body:#} (sent {input:#})"
        ),
    }
    let secret = match input.get("secret") {
        Some(sent) => {
            assert_eq!(
                body.get("secret"),
                None,
                "a secret the client chose must not be echoed: {body:#}"
            );
            sent.as_str().expect("sent secrets are strings").to_owned()
        }
        None => {
            let generated = body["secret"].as_str().unwrap_or_else(|| {
                panic!("no secret was sent, so the server must return the one it made: {body:#}")
            });
            assert!(
                (16..=256).contains(&generated.chars().count()),
                "the generated secret {generated:?} is not 16..256 characters"
            );
            generated.to_owned()
        }
    };
    Subscription {
        id,
        callback: input["callback"]
            .as_str()
            .expect("callbacks are strings")
            .to_owned(),
        secret,
        body,
    }
}

/// `POST /hub` that must succeed.
pub async fn subscribe_ok(server: &Server, auth: &Auth, input: &Value) -> Subscription {
    let answer = subscribe(server, auth, input).await;
    expect_subscribed(&answer, server, input)
}

/// `sha256=<lowercase hex HMAC-SHA256(secret, body)>`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes keys of any length");
    mac.update(body);
    format!("sha256={}", hex::encode(mac.finalize().into_bytes()))
}

fn text<'a>(body: &'a Value, field: &str) -> &'a str {
    body[field]
        .as_str()
        .unwrap_or_else(|| panic!("the event has no string {field}: {body:#}"))
}

pub fn event_id(body: &Value) -> &str {
    text(body, "eventId")
}

pub fn event_type(body: &Value) -> &str {
    text(body, "eventType")
}

/// `event.partyInteraction`.
pub fn interaction_of(body: &Value) -> &Value {
    &body["event"]["partyInteraction"]
}

/// `event.partyInteraction.id`, if any.
pub fn interaction_id_of(body: &Value) -> Option<&str> {
    interaction_of(body)["id"].as_str()
}

/// The comma-separated `fieldPath` of an event, as a set of names.
pub fn field_path(body: &Value) -> BTreeSet<String> {
    text(body, "fieldPath")
        .split(',')
        .map(|name| name.trim().to_owned())
        .collect()
}

fn utc_instant(body: &Value, field: &str) -> DateTime<Utc> {
    let value = text(body, field);
    let parsed = DateTime::parse_from_rfc3339(value)
        .unwrap_or_else(|e| panic!("{field} {value:?} is not RFC 3339: {e}\nevent: {body:#}"));
    assert_eq!(
        parsed.offset().local_minus_utc(),
        0,
        "{field} {value:?} is not in UTC"
    );
    parsed.with_timezone(&Utc)
}

/// `eventTime` of an event.
pub fn event_time(body: &Value) -> DateTime<Utc> {
    utc_instant(body, "eventTime")
}

/// Checks one request a listener received as a delivery of `subscription` (method, path,
/// headers, signature, the spec's definition of its event type, the envelope) and returns the
/// event.
pub fn check_delivery(record: &Recorded, subscription: &Subscription) -> Value {
    let callback = reqwest::Url::parse(&subscription.callback).expect("callbacks are URLs");
    assert_eq!(record.method, "POST", "deliveries are POSTs: {record:#?}");
    assert_eq!(
        record.target,
        callback.path(),
        "the delivery went to another path than the callback's"
    );
    let content_type = record
        .header("content-type")
        .unwrap_or_else(|| panic!("the delivery has no Content-Type: {record:#?}"));
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    assert_eq!(
        essence, "application/json",
        "Content-Type of the delivery is {content_type:?}"
    );
    let body = record.json();
    assert_eq!(
        record.header("x-hub-signature-256"),
        Some(signature(&subscription.secret, &record.body).as_str()),
        "X-Hub-Signature-256 must be HMAC-SHA256 of the exact body with the subscription's \
         secret; body: {}",
        String::from_utf8_lossy(&record.body)
    );
    let kind = event_type(&body);
    assert!(
        EVENT_TYPES.contains(&kind),
        "unknown eventType {kind:?}: {body:#}"
    );
    assert_eq!(
        record.header("x-event-type"),
        Some(kind),
        "X-Event-Type of {body:#}"
    );
    let id = event_id(&body);
    uuid::Uuid::parse_str(id).unwrap_or_else(|e| panic!("eventId {id:?} is no UUID: {e}"));
    assert_eq!(
        record.header("idempotency-key"),
        Some(id),
        "Idempotency-Key must be the eventId"
    );
    let problems = spec::violations(&format!("#/definitions/{kind}"), &body);
    assert!(
        problems.is_empty(),
        "the delivered {kind} does not match the spec's definition: {problems:#?}\nevent: {body:#}"
    );
    let time = event_time(&body);
    assert_eq!(
        utc_instant(&body, "timeOcurred"),
        time,
        "timeOcurred and eventTime differ: {body:#}"
    );
    assert!(
        interaction_of(&body).is_object(),
        "the event carries no event.partyInteraction: {body:#}"
    );
    if kind == ATTRIBUTE_VALUE_CHANGE_EVENT {
        assert!(
            !field_path(&body).is_empty(),
            "an empty fieldPath: {body:#}"
        );
    } else {
        assert_eq!(
            body.get("fieldPath"),
            None,
            "only AttributeValueChange events carry a fieldPath: {body:#}"
        );
    }
    body
}

/// Every request checked with `check_delivery`; every delivery of one eventId must carry the
/// same event. Returns the first delivery the listener accepted (2xx) of each event, in order.
pub fn accepted_events(records: &[Recorded], subscription: &Subscription) -> Vec<Value> {
    let mut bodies: HashMap<String, Value> = HashMap::new();
    let mut accepted = Vec::new();
    let mut seen = BTreeSet::new();
    for record in records {
        let body = check_delivery(record, subscription);
        let id = event_id(&body).to_owned();
        if let Some(earlier) = bodies.insert(id.clone(), body.clone()) {
            assert_eq!(earlier, body, "two deliveries of event {id} differ");
        }
        if record.accepted() && seen.insert(id) {
            accepted.push(body);
        }
    }
    accepted
}

/// A short description of events for failure messages.
pub fn summary(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|event| {
            format!(
                "{} {} of {}",
                event["eventType"],
                event["eventId"],
                interaction_id_of(event).unwrap_or("?")
            )
        })
        .collect()
}

/// Waits until the listener accepted an event of `kind` about interaction `interaction_id`;
/// returns every event it accepted up to and including that one (each once, in order).
pub async fn events_until(
    listener: &Listener,
    subscription: &Subscription,
    kind: &str,
    interaction_id: &str,
) -> Vec<Value> {
    listener
        .wait_for(
            &format!("delivery of the {kind} of {interaction_id}"),
            |records| {
                let events = accepted_events(records, subscription);
                let found = events.iter().position(|event| {
                    event_type(event) == kind && interaction_id_of(event) == Some(interaction_id)
                });
                match found {
                    Some(at) => Ok(events[..=at].to_vec()),
                    None => Err(format!("accepted so far: {:#?}", summary(&events))),
                }
            },
        )
        .await
}

/// Checks that `event` is a `kind` event carrying `document`, the interaction as the API
/// answered the change.
pub fn assert_event(event: &Value, kind: &str, document: &Value) {
    assert_eq!(event_type(event), kind, "event: {event:#}");
    assert_eq!(
        interaction_of(event),
        document,
        "the {kind} must carry the interaction as the API answered it"
    );
}

/// Checks that the event's correlationId is the X-Span-ID of the request that made the change.
pub fn assert_correlated(event: &Value, traced: &Traced) {
    assert_eq!(
        event.get("correlationId"),
        Some(&Value::String(traced.span.clone())),
        "correlationId of the {} must be the X-Span-ID of its request: {event:#}",
        event_type(event)
    );
}

/// The first-level attributes whose values differ between two documents, without `status`
/// and `statusChangeDate` (which a StatusChangeEvent reports).
pub fn changed_attributes(before: &Value, after: &Value) -> BTreeSet<String> {
    let empty = serde_json::Map::new();
    let before = before.as_object().unwrap_or(&empty);
    let after = after.as_object().unwrap_or(&empty);
    before
        .keys()
        .chain(after.keys())
        .filter(|name| before.get(*name) != after.get(*name))
        .filter(|name| !matches!(name.as_str(), "status" | "statusChangeDate"))
        .cloned()
        .collect()
}

/// Runs `party-interaction-server events <args> --data-dir <dir>` to completion (with the
/// PostgreSQL store in `PARTY_INTERACTION_STORE`, under PostgreSQL).
pub fn events_cli(hub_data_dir: &DataDir, args: &[&str]) -> std::process::Output {
    let data_dir = hub_data_dir
        .path()
        .to_str()
        .expect("data dir path is UTF-8");
    let mut all = vec!["events"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--data-dir", data_dir]);
    crate::support::server::run_cli_on_store(hub_data_dir, &all)
}

/// A CLI run's output, for failure messages.
pub fn describe(output: &std::process::Output) -> String {
    format!(
        "exit {}; stdout: {}; stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}
