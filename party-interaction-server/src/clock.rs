//! Time as the API writes it.

use chrono::{SecondsFormat, Utc};

/// Now, as an RFC 3339 date-time in UTC with millisecond precision.
pub fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}
