//! An offline check that every tree agrees with the records, for `party-interaction-server
//! check` and the crash test: what a crash or a damaged file would break shows up here.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;

use super::{decode_event, decode_u64, split_entry, SledStore, COUNT, LAST_EVENT, SUBSCRIBERS};
use crate::events::EventType;
use crate::store::keys::IndexKeys;
use crate::store::StoreError;

/// Most inconsistencies listed one by one; beyond that they are only counted.
const LISTED: usize = 100;

/// One disagreement between a tree and the records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inconsistency {
    pub tree: &'static str,
    pub key: String,
    pub what: String,
}

impl fmt::Display for Inconsistency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.tree, self.key, self.what)
    }
}

/// What [`SledStore::verify`] found.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Verification {
    pub interactions: u64,
    pub transaction_ids: u64,
    pub events: u64,
    pub subscriptions: u64,
    /// The first [`LISTED`] inconsistencies.
    pub inconsistencies: Vec<Inconsistency>,
    /// All of them, listed or not.
    pub inconsistency_count: u64,
}

impl Verification {
    pub fn is_consistent(&self) -> bool {
        self.inconsistency_count == 0
    }

    fn found(&mut self, tree: &'static str, key: impl fmt::Display, what: impl Into<String>) {
        self.inconsistency_count += 1;
        if self.inconsistencies.len() < LISTED {
            self.inconsistencies.push(Inconsistency {
                tree,
                key: key.to_string(),
                what: what.into(),
            });
        }
    }
}

/// The last event of the outbox about one interaction.
struct LastEvent {
    seq: u64,
    kind: EventType,
    body: bytes::Bytes,
}

impl SledStore {
    /// Reads every tree and checks it against the records: the indexes hold exactly the
    /// entries of the stored documents, the count is their number, transaction ids point both
    /// ways, and the outbox's last event about an interaction carries it as stored (or its
    /// deletion). Meant for a stopped server: concurrent writes would show as disagreements.
    pub fn verify(&self) -> Result<Verification, StoreError> {
        let mut report = Verification::default();
        let mut by_creation = HashSet::new();
        let mut by_customer = HashSet::new();
        let mut documents = HashMap::new();

        for entry in self.trees.interactions.iter() {
            let (key, document) = entry?;
            report.interactions += 1;
            let Ok(id) = std::str::from_utf8(&key) else {
                report.found("interactions", hex::encode(&key), "the id is not UTF-8");
                continue;
            };
            let parsed: Value = match serde_json::from_slice(&document) {
                Ok(parsed) => parsed,
                Err(err) => {
                    report.found("interactions", id, format!("not JSON: {err}"));
                    continue;
                }
            };
            if parsed.get("id").and_then(Value::as_str) != Some(id) {
                report.found("interactions", id, "the document's id differs from its key");
            }
            let keys = IndexKeys::of(id, &parsed);
            by_creation.insert(keys.by_creation);
            if let Some(key) = keys.by_customer {
                by_customer.insert(key);
            }
            documents.insert(id.to_owned(), document);
        }

        self.verify_index(
            "by_creation",
            &self.trees.by_creation,
            by_creation,
            &mut report,
        )?;
        self.verify_index(
            "by_customer",
            &self.trees.by_customer,
            by_customer,
            &mut report,
        )?;

        let count = self.trees.meta.get(COUNT)?.map(|value| decode_u64(&value));
        if count.unwrap_or(0) != report.interactions {
            report.found(
                "meta",
                "count",
                format!(
                    "{count:?}, but {} interactions are stored",
                    report.interactions
                ),
            );
        }

        self.verify_transactions(&documents, &mut report)?;
        self.verify_outbox(&documents, &mut report)?;
        Ok(report)
    }

    fn verify_index(
        &self,
        name: &'static str,
        tree: &sled::Tree,
        mut expected: HashSet<Vec<u8>>,
        report: &mut Verification,
    ) -> Result<(), StoreError> {
        for entry in tree.iter() {
            let (key, _) = entry?;
            if !expected.remove(key.as_ref()) {
                report.found(
                    name,
                    hex::encode(&key),
                    "no stored interaction has this entry",
                );
            }
        }
        for key in expected {
            report.found(name, hex::encode(&key), "missing for a stored interaction");
        }
        Ok(())
    }

    fn verify_transactions(
        &self,
        documents: &HashMap<String, sled::IVec>,
        report: &mut Verification,
    ) -> Result<(), StoreError> {
        for entry in self.trees.transaction_ids.iter() {
            let (transaction_id, value) = entry?;
            report.transaction_ids += 1;
            let shown = String::from_utf8_lossy(&transaction_id).into_owned();
            let Ok((_, id)) = split_entry(&value) else {
                report.found("transaction_ids", shown, "malformed entry");
                continue;
            };
            if !documents.contains_key(id) {
                report.found("transaction_ids", &shown, format!("points to missing {id}"));
            }
            let back = self.trees.transaction_of.get(id.as_bytes())?;
            if back.as_deref() != Some(transaction_id.as_ref()) {
                report.found(
                    "transaction_of",
                    id,
                    format!("does not point back to {shown}"),
                );
            }
        }
        for entry in self.trees.transaction_of.iter() {
            let (id, transaction_id) = entry?;
            let shown = String::from_utf8_lossy(&id).into_owned();
            if !documents.contains_key(shown.as_str()) {
                report.found("transaction_of", &shown, "belongs to no stored interaction");
            }
            if self.trees.transaction_ids.get(&transaction_id)?.is_none() {
                report.found("transaction_of", &shown, "its transaction id is not stored");
            }
        }
        Ok(())
    }

    fn verify_outbox(
        &self,
        documents: &HashMap<String, sled::IVec>,
        report: &mut Verification,
    ) -> Result<(), StoreError> {
        let last_event = self
            .trees
            .meta
            .get(LAST_EVENT)?
            .map_or(0, |v| decode_u64(&v));
        let mut last_about: HashMap<String, LastEvent> = HashMap::new();
        for entry in self.trees.outbox.iter() {
            let (seq, value) = entry?;
            report.events += 1;
            let seq = decode_u64(&seq);
            if seq > last_event {
                report.found("outbox", seq, format!("beyond the last event {last_event}"));
            }
            let event = match decode_event(seq, &value) {
                Ok(event) => event,
                Err(err) => {
                    report.found("outbox", seq, err.to_string());
                    continue;
                }
            };
            let body: Value = match serde_json::from_slice(&event.body) {
                Ok(body) => body,
                Err(err) => {
                    report.found("outbox", seq, format!("not JSON: {err}"));
                    continue;
                }
            };
            let Some(id) = body["event"]["partyInteraction"]["id"].as_str() else {
                report.found("outbox", seq, "names no interaction");
                continue;
            };
            let last = LastEvent {
                seq,
                kind: event.kind,
                body: event.body,
            };
            last_about.insert(id.to_owned(), last);
        }
        for (id, last) in &last_about {
            match (last.kind, documents.get(id)) {
                (EventType::Delete, Some(_)) => {
                    report.found("outbox", last.seq, format!("deletes {id}, which is stored"))
                }
                (EventType::Delete, None) => {}
                (_, None) => report.found(
                    "outbox",
                    last.seq,
                    format!("is the last event of {id}, which is not stored"),
                ),
                (_, Some(document)) => {
                    let mut tail = document.to_vec();
                    tail.extend_from_slice(b"}}");
                    if !last.body.ends_with(&tail) {
                        report.found(
                            "outbox",
                            last.seq,
                            format!("is the last event of {id} but differs from it as stored"),
                        );
                    }
                }
            }
        }

        let mut subscriptions = 0u64;
        for entry in self.trees.subscriptions.iter() {
            let (id, _) = entry?;
            subscriptions += 1;
            let shown = String::from_utf8_lossy(&id).into_owned();
            match self
                .trees
                .positions
                .get(&id)?
                .map(|value| decode_u64(&value))
            {
                None => report.found("positions", shown, "a subscription without a position"),
                Some(position) if position > last_event => report.found(
                    "positions",
                    shown,
                    format!("{position} is beyond the last event {last_event}"),
                ),
                Some(_) => {}
            }
        }
        report.subscriptions = subscriptions;
        let counted = self
            .trees
            .meta
            .get(SUBSCRIBERS)?
            .map_or(0, |v| decode_u64(&v));
        if counted != subscriptions {
            report.found(
                "meta",
                "subscribers",
                format!("{counted}, but {subscriptions} subscriptions are stored"),
            );
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use bytes::Bytes;

    use super::*;
    use crate::store::{InteractionStore, NewInteraction, TransactionKey};

    fn store() -> (tempfile::TempDir, SledStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SledStore::open(dir.path(), 16 * 1024 * 1024).unwrap();
        (dir, store)
    }

    fn create(store: &SledStore, id: &str, transaction_id: &str) {
        let document =
            format!(r#"{{"id":"{id}","customerId":"c","creationDate":"2026-01-01T00:00:00Z"}}"#);
        store
            .create(NewInteraction {
                id: id.to_owned(),
                document: Bytes::from(document),
                transaction: Some(TransactionKey {
                    transaction_id: transaction_id.to_owned(),
                    fingerprint: [7; 32],
                }),
                correlation_id: None,
            })
            .unwrap();
    }

    #[test]
    fn a_store_written_through_its_operations_is_consistent() {
        let (_dir, store) = store();
        store.add_subscription("s", b"{}").unwrap();
        create(&store, "a", "t-a");
        create(&store, "b", "t-b");
        store.delete("a", &|_| Ok(()), None).unwrap();

        let report = store.verify().unwrap();

        assert!(report.is_consistent(), "{:?}", report.inconsistencies);
        assert_eq!(
            (report.interactions, report.transaction_ids, report.events),
            (1, 1, 3)
        );
    }

    #[test]
    fn a_record_missing_from_an_index_or_the_count_is_reported() {
        let (_dir, store) = store();
        create(&store, "a", "t-a");
        store.trees.by_customer.clear().unwrap();
        store.trees.meta.insert(COUNT, &5u64.to_be_bytes()).unwrap();

        let report = store.verify().unwrap();

        let trees: Vec<_> = report
            .inconsistencies
            .iter()
            .map(|found| found.tree)
            .collect();
        assert_eq!(trees, ["by_customer", "meta"]);
    }

    #[test]
    fn a_transaction_id_pointing_to_a_missing_record_is_reported() {
        let (_dir, store) = store();
        create(&store, "a", "t-a");
        store.trees.interactions.remove("a").unwrap();

        let report = store.verify().unwrap();

        assert!(report
            .inconsistencies
            .iter()
            .any(|found| found.tree == "transaction_ids" && found.what.contains("missing a")));
    }

    #[test]
    fn an_outbox_whose_last_event_differs_from_the_record_is_reported() {
        let (_dir, store) = store();
        store.add_subscription("s", b"{}").unwrap();
        create(&store, "a", "t-a");
        let changed = r#"{"id":"a","customerId":"c","creationDate":"2026-01-01T00:00:00Z","x":1}"#;
        store.trees.interactions.insert("a", changed).unwrap();

        let report = store.verify().unwrap();

        assert_eq!(
            report.inconsistency_count, 1,
            "{:?}",
            report.inconsistencies
        );
        assert_eq!(report.inconsistencies[0].tree, "outbox");
    }
}
