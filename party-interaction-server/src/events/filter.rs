//! A subscription's `query`: which events it wants. The list operation's filters (TMF630) on
//! the interaction an event carries, all of which must match, and `eventType` with the event
//! names it wants (comma-separated). Anything not understood is refused when subscribing.

use serde_json::Value;

use super::EventType;
use crate::query::{self, Attributes, Filter, QueryError};

/// Parameters of the list operation that mean nothing for events.
const LIST_ONLY: [&str; 5] = ["fields", "sort", "offset", "limit", "asOf"];
const EVENT_TYPE: &str = "eventType";

#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// `None` for every type.
    event_types: Option<Vec<EventType>>,
    filters: Vec<Filter>,
}

impl EventFilter {
    pub fn parse(text: &str, attributes: &Attributes) -> Result<Self, QueryError> {
        query::check_encoding(text)?;
        let mut problems = Vec::new();
        let mut event_types: Option<Vec<EventType>> = None;
        let mut rest = form_urlencoded::Serializer::new(String::new());
        for (name, value) in form_urlencoded::parse(text.as_bytes()) {
            if name == EVENT_TYPE {
                let wanted = event_types.get_or_insert_with(Vec::new);
                for kind in value.split(',') {
                    match EventType::from_name(kind) {
                        Some(kind) => wanted.push(kind),
                        None => problems.push(format!(
                            "eventType {kind:?} is not one of {}",
                            EventType::ALL.map(EventType::name).join(", ")
                        )),
                    }
                }
            } else if LIST_ONLY.contains(&name.as_ref()) {
                problems.push(format!(
                    "{name} selects a page of the list operation and means nothing for events"
                ));
            } else {
                rest.append_pair(&name, &value);
            }
        }
        let filters = match query::parse(&rest.finish(), attributes) {
            Ok(parsed) => parsed.filters,
            Err(QueryError(more)) => {
                problems.extend(more);
                Vec::new()
            }
        };
        if problems.is_empty() {
            Ok(Self {
                event_types,
                filters,
            })
        } else {
            Err(QueryError(problems))
        }
    }

    /// Whether an event (the JSON a listener gets) is wanted.
    pub fn matches(&self, event: &Value) -> bool {
        if let Some(wanted) = &self.event_types {
            let kind = event
                .get("eventType")
                .and_then(Value::as_str)
                .and_then(EventType::from_name);
            if !kind.is_some_and(|kind| wanted.contains(&kind)) {
                return false;
            }
        }
        let interaction = event
            .pointer("/event/partyInteraction")
            .unwrap_or(&Value::Null);
        self.filters
            .iter()
            .all(|filter| filter.matches(interaction))
    }

    /// True when every event is wanted, so events need not be parsed to match them.
    pub fn is_everything(&self) -> bool {
        self.event_types.is_none() && self.filters.is_empty()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use serde_json::json;

    use super::*;
    use crate::spec::Definitions;

    fn attributes() -> Attributes {
        Attributes::of(&Definitions::from_spec().unwrap(), "PartyInteraction")
    }

    fn event(kind: &str, interaction: Value) -> Value {
        json!({ "eventType": kind, "event": { "partyInteraction": interaction } })
    }

    #[test]
    fn event_types_and_attributes_must_all_match() {
        let filter = EventFilter::parse(
            "eventType=PartyInteractionCreateEvent,PartyInteractionDeleteEvent&customerId=2557&channel.id=CC",
            &attributes(),
        )
        .unwrap();
        let interaction = json!({ "customerId": "2557", "channel": [{ "id": "CC" }] });
        assert!(filter.matches(&event("PartyInteractionCreateEvent", interaction.clone())));
        assert!(filter.matches(&event("PartyInteractionDeleteEvent", interaction.clone())));
        assert!(!filter.matches(&event("PartyInteractionStatusChangeEvent", interaction)));
        let other = json!({ "customerId": "2558", "channel": [{ "id": "CC" }] });
        assert!(!filter.matches(&event("PartyInteractionCreateEvent", other)));
    }

    #[test]
    fn an_empty_query_wants_everything() {
        let filter = EventFilter::parse("", &attributes()).unwrap();
        assert!(filter.is_everything());
        assert!(filter.matches(&event("PartyInteractionDeleteEvent", json!({}))));
    }

    #[test]
    fn what_is_not_understood_is_refused_with_every_problem() {
        let err =
            EventFilter::parse("eventType=Nope&limit=5&colour=red", &attributes()).unwrap_err();
        assert_eq!(err.0.len(), 3, "{err:?}");
    }
}
