//! The events of a change, as the official TMF683 v4 spec defines them: an envelope with
//! `eventId`, `eventTime`, `eventType`, `correlationId` (the `X-Span-ID` of the request that
//! made the change) and, for an attribute change, `fieldPath`, around
//! `event.partyInteraction`, the interaction exactly as stored.

use serde_json::{Map, Value};

use super::EventType;
use crate::clock;
use crate::store::Changed;

/// Set by the server along with a status change, so not an attribute change of its own.
const STATUS: &str = "status";
const STATUS_CHANGE_DATE: &str = "statusChangeDate";

/// An event as the outbox keeps it: the JSON sent to listeners, with what deliveries and
/// queries need to know without parsing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    pub kind: EventType,
    pub event_id: String,
    pub body: Vec<u8>,
}

/// The events a change emits, in the order listeners get them. An update emits an attribute
/// change for attributes other than the status, then a status change; an update that changes
/// nothing emits nothing.
pub fn envelopes(
    changed: Changed<'_>,
    correlation_id: Option<&str>,
) -> Result<Vec<Envelope>, String> {
    let now = clock::now_rfc3339();
    Ok(match changed {
        Changed::Created(document) => {
            vec![envelope(
                EventType::Create,
                &now,
                correlation_id,
                None,
                document,
            )]
        }
        Changed::Deleted(document) => {
            vec![envelope(
                EventType::Delete,
                &now,
                correlation_id,
                None,
                document,
            )]
        }
        Changed::Updated { before, after } => {
            let (old, new) = (object(before)?, object(after)?);
            let status_changed = old.get(STATUS) != new.get(STATUS);
            let attributes: Vec<&str> = old
                .keys()
                .chain(new.keys().filter(|name| !old.contains_key(*name)))
                .map(String::as_str)
                .filter(|name| old.get(*name) != new.get(*name))
                .filter(|name| *name != STATUS && !(status_changed && *name == STATUS_CHANGE_DATE))
                .collect();
            let mut events = Vec::new();
            if !attributes.is_empty() {
                let field_path = attributes.join(",");
                events.push(envelope(
                    EventType::AttributeValueChange,
                    &now,
                    correlation_id,
                    Some(&field_path),
                    after,
                ));
            }
            if status_changed {
                events.push(envelope(
                    EventType::StatusChange,
                    &now,
                    correlation_id,
                    None,
                    after,
                ));
            }
            events
        }
    })
}

/// The envelope, written around the stored bytes so the interaction is sent exactly as stored.
fn envelope(
    kind: EventType,
    now: &str,
    correlation_id: Option<&str>,
    field_path: Option<&str>,
    document: &[u8],
) -> Envelope {
    let event_id = uuid::Uuid::now_v7().to_string();
    let mut head = Map::new();
    head.insert("eventId".into(), event_id.clone().into());
    head.insert("eventTime".into(), now.into());
    head.insert("timeOcurred".into(), now.into());
    head.insert("eventType".into(), kind.name().into());
    if let Some(correlation_id) = correlation_id {
        head.insert("correlationId".into(), correlation_id.into());
    }
    if let Some(field_path) = field_path {
        head.insert("fieldPath".into(), field_path.into());
    }
    let head = Value::Object(head).to_string();
    // `{...}` without its closing brace, then the payload.
    let mut event = Vec::with_capacity(head.len() + document.len() + 32);
    event.extend_from_slice(&head.as_bytes()[..head.len() - 1]);
    event.extend_from_slice(br#","event":{"partyInteraction":"#);
    event.extend_from_slice(document);
    event.extend_from_slice(b"}}");
    Envelope {
        kind,
        event_id,
        body: event,
    }
}

fn object(document: &[u8]) -> Result<Map<String, Value>, String> {
    match serde_json::from_slice(document) {
        Ok(Value::Object(fields)) => Ok(fields),
        Ok(_) => Err("a stored interaction is not a JSON object".to_owned()),
        Err(err) => Err(format!("a stored interaction is not JSON: {err}")),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn parse(event: &[u8]) -> Value {
        serde_json::from_slice(event).unwrap()
    }

    #[test]
    fn an_event_carries_the_stored_interaction_verbatim() {
        let document = br#"{"id":"1","amount":1E2}"#;
        let events = envelopes(Changed::Created(document), None).unwrap();
        assert_eq!(events.len(), 1);
        let text = String::from_utf8(events[0].body.clone()).unwrap();
        assert!(text.ends_with(r#","event":{"partyInteraction":{"id":"1","amount":1E2}}}"#));
        let event = parse(&events[0].body);
        assert_eq!(event["eventType"], "PartyInteractionCreateEvent");
        assert_eq!(event["eventId"], events[0].event_id.as_str());
        assert_eq!(events[0].kind, EventType::Create);
        assert_eq!(event["eventTime"], event["timeOcurred"]);
        assert!(uuid::Uuid::parse_str(event["eventId"].as_str().unwrap()).is_ok());
    }

    #[test]
    fn an_update_emits_an_attribute_change_then_a_status_change() {
        let before = br#"{"id":"1","status":"opened","statusChangeDate":"a","note":[]}"#;
        let after = br#"{"id":"1","status":"closed","statusChangeDate":"b","description":"d"}"#;
        let events = envelopes(Changed::Updated { before, after }, None).unwrap();
        let events: Vec<Value> = events.iter().map(|event| parse(&event.body)).collect();
        assert_eq!(events.len(), 2);
        assert_eq!(
            events[0]["eventType"],
            "PartyInteractionAttributeValueChangeEvent"
        );
        assert_eq!(events[0]["fieldPath"], "note,description");
        assert_eq!(events[1]["eventType"], "PartyInteractionStatusChangeEvent");
        assert_eq!(events[1]["event"]["partyInteraction"]["status"], "closed");
    }

    #[test]
    fn an_update_of_the_status_alone_is_only_a_status_change() {
        let before = br#"{"status":"opened","statusChangeDate":"a"}"#;
        let after = br#"{"status":"closed","statusChangeDate":"b"}"#;
        let events = envelopes(Changed::Updated { before, after }, None).unwrap();
        assert_eq!(events.len(), 1);
        assert_eq!(
            parse(&events[0].body)["eventType"],
            "PartyInteractionStatusChangeEvent"
        );
    }

    #[test]
    fn an_update_that_changes_nothing_emits_nothing() {
        let document = br#"{"status":"opened","note":[{"text":"a"}]}"#;
        let events = envelopes(
            Changed::Updated {
                before: document,
                after: br#"{"note":[{"text":"a"}],"status":"opened"}"#,
            },
            None,
        )
        .unwrap();
        assert!(events.is_empty());
    }
}
