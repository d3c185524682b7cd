//! Byte layouts of the index keys, ordered so that sled's key order is the query order.

use serde_json::Value;

use crate::query::instant_micros;

/// Sorts like the signed number it encodes.
pub fn time_bytes(micros: i64) -> [u8; 8] {
    ((micros as u64) ^ (1 << 63)).to_be_bytes()
}

/// `customerId` prefix: its length first, so no customer's keys run into another's.
pub fn customer_prefix(customer_id: &str) -> Vec<u8> {
    let mut key = Vec::with_capacity(4 + customer_id.len() + 8 + 36);
    key.extend_from_slice(&(customer_id.len() as u32).to_be_bytes());
    key.extend_from_slice(customer_id.as_bytes());
    key
}

/// The index entries of one document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexKeys {
    pub by_creation: Vec<u8>,
    pub by_customer: Option<Vec<u8>>,
}

impl IndexKeys {
    pub fn of(id: &str, document: &Value) -> Self {
        // Every stored creationDate was validated as RFC 3339; a value chrono cannot read still
        // gets an entry (at the start of time) so the index never misses a record.
        let micros = document
            .get("creationDate")
            .and_then(Value::as_str)
            .and_then(instant_micros)
            .unwrap_or(i64::MIN);
        let time = time_bytes(micros);

        let mut by_creation = Vec::with_capacity(8 + id.len());
        by_creation.extend_from_slice(&time);
        by_creation.extend_from_slice(id.as_bytes());

        let by_customer = document
            .get("customerId")
            .and_then(Value::as_str)
            .map(|customer_id| {
                let mut key = customer_prefix(customer_id);
                key.extend_from_slice(&time);
                key.extend_from_slice(id.as_bytes());
                key
            });
        Self {
            by_creation,
            by_customer,
        }
    }
}

/// The id at the end of an index key whose prefix is `prefix_len` bytes long.
pub fn id_of(key: &[u8], prefix_len: usize) -> Option<&str> {
    std::str::from_utf8(key.get(prefix_len + 8..)?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_bytes_sort_like_the_times() {
        let times = [i64::MIN, -5, -1, 0, 1, 1_700_000_000_000_000, i64::MAX];
        for pair in times.windows(2) {
            assert!(time_bytes(pair[0]) < time_bytes(pair[1]));
        }
    }
}
