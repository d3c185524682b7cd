//! A property of the list: for any combination of filters, sort, offset and limit, the server
//! answers what filtering and sorting the created documents by brute force gives.

use chrono::{DateTime, Duration, FixedOffset, SecondsFormat, TimeZone as _, Utc};
use proptest::collection::vec;
use proptest::option::weighted;
use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};
use proptest::test_runner::{Config, TestRunner};
use serde_json::{json, Value};

use super::create_each;
use super::model::{Comparison, Condition, Filter, ListQuery, SortKey};
use crate::support::*;

/// Generated queries per run (PROPTEST_CASES overrides it).
const CASES: u32 = 64;
const DATASET_SIZE: usize = 48;

const CUSTOMERS: [&str; 4] = [
    "233240000001",
    "233240000002",
    "233240000003",
    "233240000004",
];
const NO_SUCH_CUSTOMER: &str = "233240000099";
const STATUSES: [&str; 3] = ["opened", "inProgress", "completed"];
const DIRECTIONS: [&str; 2] = ["inbound", "outbound"];
const REASONS: [&str; 5] = [
    "Billing enquiry",
    "Network fault",
    "SIM swap",
    "Roaming charges",
    "Bundle purchase",
];
const CHANNEL_SETS: [&[&str]; 5] = [
    &["CC"],
    &["USSD"],
    &["APP"],
    &["CC", "APP"],
    &["SHOP", "USSD"],
];
const CHANNEL_IDS: [&str; 5] = ["CC", "USSD", "APP", "SHOP", "KIOSK"];
const ROLES: [&str; 3] = ["customer", "agent", "supervisor"];
const PARTY_IDS: [&str; 4] = ["agent-0", "agent-1", "sup-1", "233240000001"];
/// UTC offsets, in seconds, the dates are written with.
const OFFSETS: [i32; 4] = [0, 2 * 3600, -5 * 3600, 5 * 3600 + 1800];
const DATE_TIMES: [&str; 4] = [
    "creationDate",
    "statusChangeDate",
    "interactionDate.startDateTime",
    "interactionDate.endDateTime",
];
/// Attributes every interaction of the dataset has, so that their order is defined.
const SORTABLE: [&str; 8] = [
    "creationDate",
    "statusChangeDate",
    "interactionDate.startDateTime",
    "interactionDate.endDateTime",
    "reason",
    "status",
    "direction",
    "customerId",
];

fn written_in(instant: DateTime<Utc>, offset_seconds: i32) -> String {
    let offset = FixedOffset::east_opt(offset_seconds).expect("a valid UTC offset");
    instant
        .with_timezone(&offset)
        .to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

fn party(id: &str, role: &str) -> Value {
    json!({
        "id": id,
        "href": format!("https://api.example.test/party/{id}"),
        "role": role,
        "@referredType": "Individual"
    })
}

/// Interaction number `n` of the dataset: customers, statuses, directions, reasons, channels
/// and related parties vary; creation dates are set by the client in different UTC offsets
/// (some equal, some years back) or left to the server.
fn varied_interaction(n: usize) -> Value {
    let customer = CUSTOMERS[(n * 3 + n / 4) % CUSTOMERS.len()];
    let mut body = customer_interaction(customer, "CC", REASONS[(n * 3) % REASONS.len()]);
    body["status"] = json!(STATUSES[n % STATUSES.len()]);
    body["direction"] = json!(DIRECTIONS[(n / 3) % DIRECTIONS.len()]);
    body["channel"] = CHANNEL_SETS[(n / 2) % CHANNEL_SETS.len()]
        .iter()
        .map(|id| json!({ "id": id, "href": format!("https://api.example.test/channel/{id}") }))
        .collect();
    let mut parties = vec![party(customer, "customer")];
    if n % 3 == 1 {
        parties.push(party(&format!("agent-{}", n % 2), "agent"));
    }
    if n % 5 == 2 {
        parties.push(party("sup-1", "supervisor"));
    }
    body["relatedParty"] = Value::Array(parties);
    if n % 7 == 3 {
        body.as_object_mut()
            .expect("bodies are objects")
            .remove("relatedParty");
    }

    let hours = i64::try_from((n * 37) % 29).expect("a small number");
    let mut created = Utc
        .with_ymd_and_hms(2026, 1, 10, 8, 0, 0)
        .single()
        .expect("a valid date")
        + Duration::hours(hours);
    if n.is_multiple_of(5) {
        created += Duration::milliseconds(250);
    }
    if n % 9 == 4 {
        created -= Duration::days(6 * 365);
    }
    let offset = OFFSETS[n % OFFSETS.len()];
    if n % 6 != 5 {
        body["creationDate"] = json!(written_in(created, offset));
    }
    let minutes = |count: usize| Duration::minutes(i64::try_from(count).expect("a small number"));
    if n % 4 == 2 {
        body["statusChangeDate"] = json!(written_in(
            created + minutes((n % 7) * 5),
            OFFSETS[(n + 1) % OFFSETS.len()]
        ));
    }
    let start = created - minutes((n % 5) * 10);
    let end = start + minutes((n % 3 + 1) * 7);
    body["interactionDate"] = json!({
        "startDateTime": written_in(start, OFFSETS[(n + 2) % OFFSETS.len()]),
        "endDateTime": written_in(end, offset),
    });
    if n.is_multiple_of(2) {
        body["description"] = json!(format!("Contact number {n}"));
    }
    spec::assert_valid_create_request(&body);
    body
}

/// Every value of a date-time attribute in the dataset, to compare with: boundaries are where
/// bugs live.
fn instants_of(dataset: &[Value], attribute: &str) -> Vec<DateTime<Utc>> {
    let mut instants: Vec<DateTime<Utc>> = dataset
        .iter()
        .filter_map(|document| {
            attribute
                .split('.')
                .try_fold(document, |value, name| value.get(name))
                .and_then(Value::as_str)
        })
        .map(|text| {
            DateTime::parse_from_rfc3339(text)
                .unwrap_or_else(|e| panic!("{text:?} is not RFC 3339: {e}"))
                .with_timezone(&Utc)
        })
        .collect();
    instants.sort_unstable();
    instants.dedup();
    instants
}

fn any_of(
    attribute: &'static str,
    values: &[&'static str],
    at_most: usize,
) -> impl Strategy<Value = Option<Filter>> {
    weighted(0.2, subsequence(values.to_vec(), 1..=at_most)).prop_map(move |values| {
        values.map(|values| Filter {
            attribute: attribute.to_owned(),
            condition: Condition::AnyOf(values.into_iter().map(str::to_owned).collect()),
        })
    })
}

/// A date-time attribute compared with one of its own values in the dataset, or a second off.
fn date_comparison(dataset: &[Value]) -> impl Strategy<Value = Filter> {
    let values: Vec<(&str, Vec<DateTime<Utc>>)> = DATE_TIMES
        .iter()
        .map(|attribute| (*attribute, instants_of(dataset, attribute)))
        .collect();
    (
        select(values),
        any::<Index>(),
        select(Comparison::ALL.to_vec()),
        select(vec![-1000_i64, 0, 0, 0, 1000]),
        select(OFFSETS.to_vec()),
    )
        .prop_map(
            |((attribute, instants), index, comparison, shift, offset)| {
                let instant = instants[index.index(instants.len())];
                Filter {
                    attribute: attribute.to_owned(),
                    condition: Condition::Compare(
                        comparison,
                        written_in(instant + Duration::milliseconds(shift), offset),
                    ),
                }
            },
        )
}

fn queries(dataset: &[Value]) -> impl Strategy<Value = ListQuery> {
    let mut customers = CUSTOMERS.to_vec();
    customers.push(NO_SUCH_CUSTOMER);
    let equalities = (
        any_of("customerId", &customers, 2),
        any_of("status", &STATUSES, 2),
        any_of("direction", &DIRECTIONS, 1),
        any_of("reason", &REASONS, 2),
        any_of("channel.id", &CHANNEL_IDS, 2),
        any_of("relatedParty.role", &ROLES, 1),
        any_of("relatedParty.id", &PARTY_IDS, 1),
    );
    let comparisons = vec(date_comparison(dataset), 0..=2);
    let sort = vec((select(SORTABLE.to_vec()), any::<bool>()), 0..=2);
    let offset = weighted(0.3, 0_usize..=50);
    let limit = weighted(0.7, prop_oneof![1_usize..=5, 1_usize..=100]);
    (equalities, comparisons, sort, offset, limit).prop_map(
        |((a, b, c, d, e, f, g), comparisons, sort, offset, limit)| {
            let mut filters: Vec<Filter> = [a, b, c, d, e, f, g].into_iter().flatten().collect();
            for comparison in comparisons {
                // One bound per attribute and operator: a repeated parameter means nothing more.
                let repeated = filters.iter().any(|filter| {
                    filter.attribute == comparison.attribute
                        && matches!(
                            (&filter.condition, &comparison.condition),
                            (Condition::Compare(a, _), Condition::Compare(b, _)) if a == b
                        )
                });
                if !repeated {
                    filters.push(comparison);
                }
            }
            let mut keys: Vec<SortKey> = Vec::new();
            for (attribute, descending) in sort {
                if keys.iter().all(|key| key.attribute != attribute) {
                    keys.push(SortKey {
                        attribute: attribute.to_owned(),
                        descending,
                    });
                }
            }
            ListQuery {
                filters,
                sort: keys,
                offset,
                limit,
            }
        },
    )
}

#[test]
fn any_filter_sort_and_page_answers_what_brute_force_over_the_created_documents_gives() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: one server, one dataset, many queries.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies: Vec<Value> = (0..DATASET_SIZE).map(varied_interaction).collect();
    let dataset = runtime.block_on(create_each(&server, &auth, &bodies));
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        Config::default().cases
    } else {
        CASES
    };
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });

    let outcome = runner.run(&queries(&dataset), |query| {
        // Act
        let parameters = query.parameters();
        let pairs: Vec<(&str, &str)> = parameters
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        let page = expect_page(&runtime.block_on(list(&server, &auth, &pairs)));

        // Assert
        let (expected, total) = query.page(&dataset);
        prop_assert_eq!(page.ids(), ids_of(&expected), "ids for {:?}", query);
        prop_assert_eq!(page.total, total as u64, "X-Total-Count for {:?}", query);
        prop_assert_eq!(page.items, expected, "documents for {:?}", query);
        Ok(())
    });

    if let Err(failure) = outcome {
        panic!("{failure}");
    }
}
