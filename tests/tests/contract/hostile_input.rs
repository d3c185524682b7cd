//! Properties over arbitrary input: whatever JSON, bytes, paths or queries a client sends, the
//! server answers with a status the spec gives the operation (never a 5xx), in the spec's
//! shape, and stores exactly what it acknowledged: no record from a refused create, no change
//! from a refused patch.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value};

use crate::support::raw::RawConnection;
use crate::support::*;

/// Generated cases per property (PROPTEST_CASES overrides it).
const CASES: u32 = 200;

/// Names of PartyInteraction properties and of their parts, so that arbitrary objects often
/// reach the validation of real fields rather than only `additionalProperties`.
const FIELD_NAMES: [&str; 24] = [
    "id",
    "href",
    "direction",
    "reason",
    "status",
    "statusChangeDate",
    "channel",
    "interactionDate",
    "startDateTime",
    "endDateTime",
    "relatedParty",
    "role",
    "note",
    "text",
    "attachment",
    "transactionId",
    "description",
    "interactionItem",
    "interactionRelationship",
    "name",
    "@type",
    "@referredType",
    "@baseType",
    "@schemaLocation",
];

/// Top-level properties of the minimal interaction and of the optional ones, to replace.
const TOP_LEVEL: [&str; 12] = [
    "direction",
    "reason",
    "status",
    "channel",
    "interactionDate",
    "relatedParty",
    "note",
    "attachment",
    "transactionId",
    "description",
    "interactionItem",
    "@type",
];

fn runner() -> TestRunner {
    let cases = if std::env::var_os("PROPTEST_CASES").is_some() {
        Config::default().cases
    } else {
        CASES
    };
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

fn field_name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(&FIELD_NAMES[..]).prop_map(str::to_owned),
        1 => any::<String>(),
    ]
}

/// Scalars a client might send in any field, valid-looking ones among them.
fn scalar() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|n| serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)),
        any::<String>().prop_map(Value::String),
        select(
            &[
                "inbound",
                "outbound",
                "completed",
                "",
                "2026-05-01T10:00:00Z",
                "2026-13-45"
            ][..]
        )
        .prop_map(Value::from),
    ]
}

/// Arbitrary JSON, a few levels deep.
fn json_value() -> impl Strategy<Value = Value> {
    scalar().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(field_name(), inner, 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// The minimal interaction with one top-level property replaced by arbitrary JSON, or
/// removed: near-valid bodies that reach deep into validation.
fn mutated_interaction() -> impl Strategy<Value = Value> {
    (
        select(&TOP_LEVEL[..]),
        prop::option::weighted(0.8, json_value()),
    )
        .prop_map(|(field, replacement)| {
            let mut body = minimal_interaction();
            match replacement {
                Some(value) => body[field] = value,
                None => {
                    body.as_object_mut().map(|members| members.remove(field));
                }
            }
            body
        })
}

fn any_body() -> impl Strategy<Value = Value> {
    prop_oneof![json_value(), mutated_interaction()]
}

/// Checks an answer to a client's arbitrary input: a status the spec gives the operation,
/// below 500, with the spec's body for it.
fn expect_a_client_error_or_success(answer: &Answer) {
    assert!(
        answer.status < 500,
        "a 5xx for a client's input: {answer:#?}"
    );
    expect_spec_conformance(answer);
}

/// `X-Total-Count` of the whole collection.
/// Checks the answer to a create of `sent`, counts it in `acknowledged` if it is a 201, and
/// checks the store holds exactly the acknowledged creates.
fn expect_only_acknowledged_stored(
    runtime: &tokio::runtime::Runtime,
    server: &Server,
    auth: &Auth,
    acknowledged: &Cell<u64>,
    answer: &Answer,
    sent: &dyn std::fmt::Debug,
) -> Result<(), TestCaseError> {
    expect_a_client_error_or_success(answer);
    if answer.status == 201 {
        acknowledged.set(acknowledged.get() + 1);
    }
    let stored = runtime.block_on(stored_count(server, auth));
    prop_assert_eq!(
        stored,
        acknowledged.get(),
        "after {:?} answered {}",
        sent,
        answer.status
    );
    Ok(())
}

async fn stored_count(server: &Server, auth: &Auth) -> u64 {
    let answer = list(server, auth, &[]).await;
    expect_ok(&answer);
    answer
        .header("x-total-count")
        .and_then(|count| count.parse().ok())
        .unwrap_or_else(|| panic!("no X-Total-Count: {answer:#?}"))
}

/// Every byte but ASCII letters and digits as `%XX`.
fn percent_encoded(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte.is_ascii_alphanumeric() {
            true => char::from(byte).to_string(),
            false => format!("%{byte:02X}"),
        })
        .collect()
}

fn assert_no_panic_logged(server: &Server) {
    let log = server.stderr();
    assert!(!log.contains("panicked"), "the server panicked: {log}");
}

#[test]
fn any_json_body_posted_is_answered_by_the_spec_and_only_acknowledged_creates_are_stored() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let runtime = runtime();
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    // The runner takes a `Fn`: the count lives in a cell.
    let acknowledged = Cell::new(0_u64);

    // Act
    let outcome = runner().run(&any_body(), |body| {
        let answer = runtime.block_on(create(&server, &auth, &body));

        // Assert: the store holds the acknowledged creates, and nothing else.
        expect_only_acknowledged_stored(&runtime, &server, &auth, &acknowledged, &answer, &body)
    });

    // Assert
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    assert_no_panic_logged(&server);
}

#[test]
fn any_bytes_posted_as_json_are_answered_by_the_spec_and_only_acknowledged_creates_are_stored() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: raw bytes, and valid JSON text cut or spliced with them.
    let runtime = runtime();
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let valid = serde_json::to_vec(&minimal_interaction()).expect("serialize the body");
    let bytes = prop_oneof![
        vec(any::<u8>(), 0..512),
        (0..valid.len(), vec(any::<u8>(), 0..16)).prop_map(move |(cut, junk)| {
            let mut body = valid[..cut].to_vec();
            body.extend(junk);
            body
        }),
    ];
    // The runner takes a `Fn`: the count lives in a cell.
    let acknowledged = Cell::new(0_u64);

    // Act
    let outcome = runner().run(&bytes, |body| {
        let answer = runtime.block_on(post_raw(&server, &auth, Some(JSON_UTF8), body.clone()));

        // Assert
        expect_only_acknowledged_stored(&runtime, &server, &auth, &acknowledged, &answer, &body)
    });

    // Assert
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    assert_no_panic_logged(&server);
}

#[test]
fn any_merge_patch_is_answered_by_the_spec_and_a_refused_one_changes_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: one interaction, patched again and again.
    let runtime = runtime();
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = runtime.block_on(create_ok(&server, &auth, &minimal_interaction()));
    let id = id_of(&created);
    let current = RefCell::new(created);

    // Act
    let outcome = runner().run(&any_body(), |merge_patch| {
        let answer = runtime.block_on(patch(&server, &auth, &id, &merge_patch));
        expect_a_client_error_or_success(&answer);
        if answer.status == 200 {
            *current.borrow_mut() = answer.json();
        }

        // Assert: what is stored is the last acknowledged version.
        let stored = expect_ok(&runtime.block_on(retrieve(&server, &auth, &id)));
        prop_assert_eq!(
            &stored,
            &*current.borrow(),
            "after {} answered {}",
            merge_patch,
            answer.status
        );
        Ok(())
    });

    // Assert
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    assert_no_panic_logged(&server);
}

#[test]
fn any_id_and_query_are_answered_by_the_spec_without_a_5xx() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let runtime = runtime();
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    runtime.block_on(create_ok(&server, &auth, &minimal_interaction()));
    let parameter = prop_oneof![
        select(
            &[
                "fields",
                "offset",
                "limit",
                "sort",
                "status",
                "reason",
                "channel.id"
            ][..]
        )
        .prop_map(str::to_owned),
        any::<String>(),
    ];
    let requests = (
        prop::option::of(any::<String>().prop_filter("one whole path segment", |id| {
            !id.is_empty() && id != "." && id != ".."
        })),
        vec((parameter, any::<String>()), 0..4),
    );

    // Act
    let outcome = runner().run(&requests, |(id, query)| {
        let pairs: Vec<(&str, &str)> = query
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        let answer = match &id {
            // An id as one path segment, whatever its characters.
            Some(id) => {
                runtime.block_on(retrieve_with(&server, &auth, &percent_encoded(id), &pairs))
            }
            None => runtime.block_on(list(&server, &auth, &pairs)),
        };

        // Assert
        expect_a_client_error_or_success(&answer);
        Ok(())
    });

    // Assert
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    assert_no_panic_logged(&server);
}

#[test]
fn any_bytes_as_a_request_never_get_a_5xx_and_the_server_serves_on() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: garbage, and a real request line followed by garbage headers.
    let runtime = runtime();
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let request_line = format!("POST {}/partyInteraction HTTP/1.1\r\n", spec::base_path());
    let requests = prop_oneof![
        vec(any::<u8>(), 1..256),
        vec(any::<u8>(), 0..256).prop_map(move |junk| {
            let mut request = request_line.clone().into_bytes();
            request.extend(junk);
            request.extend(b"\r\n\r\n");
            request
        }),
    ];

    // Act
    let outcome = runner().run(&requests, |request| {
        let status = runtime.block_on(async {
            let mut connection = RawConnection::open(&server).await;
            connection.send(&request).await;
            connection.finish_sending().await;
            connection.status_within(Duration::from_secs(10)).await
        });

        // Assert: an answer, if any, is no server error.
        if let Some(status) = status {
            prop_assert!(status < 500, "{} for {:?}", status, request);
        }
        Ok(())
    });

    // Assert
    if let Err(failure) = outcome {
        panic!("{failure}");
    }
    runtime.block_on(create_ok(&server, &auth, &minimal_interaction()));
    assert_no_panic_logged(&server);
}
