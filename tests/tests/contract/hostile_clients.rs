//! Clients that send too much, too slowly, or hold on too long: each limit answers with the
//! spec's `Error` where a request arrived at all, closes the connection where none did, and
//! other clients are served meanwhile.

use std::time::Duration;

use reqwest::Method;
use serde_json::json;

use crate::support::raw::{request_head, Closed, RawConnection};
use crate::support::*;

/// The header and body timeouts of the servers here, in milliseconds: short, so the tests are.
const SHORT_TIMEOUT_MS: u64 = 2000;
/// How long a test waits for a timeout of [`SHORT_TIMEOUT_MS`] to act, on a busy machine.
const PATIENCE: Duration = Duration::from_secs(15);

fn with_short_timeouts() -> ServerOptions {
    ServerOptions {
        extra_args: vec![
            "--header-timeout-ms".to_owned(),
            SHORT_TIMEOUT_MS.to_string(),
            "--body-timeout-ms".to_owned(),
            SHORT_TIMEOUT_MS.to_string(),
        ],
        ..ServerOptions::default()
    }
}

fn collection_path() -> String {
    format!("{}/partyInteraction", spec::base_path())
}

async fn create_with_headers(server: &Server, headers: &[(String, String)]) -> Answer {
    let key = server.default_key();
    let headers: Vec<(&str, &str)> = headers
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()))
        .collect();
    let body = serde_json::to_vec(&minimal_interaction()).expect("serialize the body");
    send_with_headers(
        Method::POST,
        &server.collection_url(),
        &Auth::key(&key),
        &headers,
        Some(JSON_UTF8),
        Some(body),
    )
    .await
}

/// `X-Total-Count` of the whole collection.
async fn stored_count(server: &Server) -> u64 {
    let answer = list(server, &Auth::key(&server.default_key()), &[]).await;
    expect_ok(&answer);
    answer
        .header("x-total-count")
        .and_then(|count| count.parse().ok())
        .unwrap_or_else(|| panic!("the list has no X-Total-Count: {answer:#?}"))
}

/// A create by a well-behaved client answers 201 while a hostile one holds on.
async fn another_client_is_served(server: &Server) {
    let answer = tokio::time::timeout(
        PATIENCE,
        create(
            server,
            &Auth::key(&server.default_key()),
            &minimal_interaction(),
        ),
    )
    .await
    .expect("another client is answered while the hostile one holds on");
    expect_created(&answer, &server.base_url);
}

#[tokio::test]
async fn header_fields_over_32_kib_together_are_refused_with_400_headers_too_large() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let padding = vec![("X-Padding".to_owned(), "a".repeat(33 * 1024))];

    // Act
    let answer = create_with_headers(&server, &padding).await;

    // Assert
    expect_error(&answer, 400, "headersTooLarge");
    assert_eq!(stored_count(&server).await, 0);
}

#[tokio::test]
async fn more_than_100_header_fields_are_refused_with_400_headers_too_large() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let many: Vec<(String, String)> = (0..120)
        .map(|index| (format!("X-Extra-{index}"), "1".to_owned()))
        .collect();

    // Act
    let answer = create_with_headers(&server, &many).await;

    // Assert
    expect_error(&answer, 400, "headersTooLarge");
}

#[tokio::test]
async fn a_header_section_beyond_hypers_own_limit_gets_a_bare_431_and_the_server_serves_on() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: more fields than hyper parses at all (twice the application's limit).
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let far_too_many: Vec<(String, String)> = (0..300)
        .map(|index| (format!("X-Extra-{index}"), "1".to_owned()))
        .collect();

    // Act
    let answer = create_with_headers(&server, &far_too_many).await;

    // Assert: the known limitation (README), and no harm done.
    assert_eq!(answer.status, 431, "{answer:#?}");
    another_client_is_served(&server).await;
}

#[tokio::test]
async fn an_array_of_more_than_1000_notes_is_refused_with_400_array_too_long_storing_nothing() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let mut body = minimal_interaction_with_transaction("tx-many-notes");
    body["note"] = json!(vec![json!({ "text": "again" }); 1001]);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &body).await;

    // Assert
    let error = expect_error(&answer, 400, "arrayTooLong");
    assert_eq!(error["transactionId"], "tx-many-notes");
    assert!(
        error["message"]
            .as_str()
            .is_some_and(|m| m.contains("note")),
        "the message does not name the array: {error:#}"
    );
    assert_eq!(stored_count(&server).await, 0);
}

#[tokio::test]
async fn an_array_of_1000_notes_is_accepted() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let mut body = minimal_interaction();
    body["note"] = json!(vec![json!({ "text": "again" }); 1000]);

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &body).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&body, &created));
}

#[tokio::test]
async fn a_body_that_stalls_is_refused_with_400_body_unreadable_while_others_are_served() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: headers promise 500 bytes, 10 arrive, then nothing.
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &with_short_timeouts());
    let key = server.default_key();
    let mut slow = RawConnection::open(&server).await;
    slow.send(&request_head(
        "POST",
        &collection_path(),
        &[
            ("X-API-Key", &key),
            ("Content-Type", JSON_UTF8),
            ("Content-Length", "500"),
        ],
    ))
    .await;
    slow.send(br#"{"reason":"#).await;

    // Act
    another_client_is_served(&server).await;
    let answer = slow
        .answer(Method::POST, &server.collection_url(), PATIENCE)
        .await;

    // Assert
    expect_error(&answer, 400, "bodyUnreadable");
    assert_eq!(
        stored_count(&server).await,
        1,
        "only the other client's create"
    );
}

#[tokio::test]
async fn headers_that_stall_get_the_connection_closed_while_others_are_served() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: half a request head, then nothing. No request arrived, so nothing is answered.
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &with_short_timeouts());
    let mut slow = RawConnection::open(&server).await;
    slow.send(format!("POST {} HTTP/1.1\r\nHost: localhost\r\n", collection_path()).as_bytes())
        .await;

    // Act
    another_client_is_served(&server).await;
    let closed = slow.closed_within(PATIENCE).await;

    // Assert
    assert_eq!(closed, Closed::Yes);
}

#[tokio::test]
async fn a_connection_that_sends_nothing_is_closed_after_the_header_timeout() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &with_short_timeouts());
    let mut silent = RawConnection::open(&server).await;

    // Act
    let closed = silent.closed_within(PATIENCE).await;

    // Assert
    assert_eq!(closed, Closed::Yes);
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_the_header_timeout() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: one request answered, the connection kept alive.
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &with_short_timeouts());
    let key = server.default_key();
    let mut idle = RawConnection::open(&server).await;
    idle.send(&request_head(
        "GET",
        &collection_path(),
        &[("X-API-Key", &key)],
    ))
    .await;
    let first = idle
        .answer(Method::GET, &server.collection_url(), PATIENCE)
        .await;
    expect_ok(&first);

    // Act: no further request.
    let closed = idle.closed_within(PATIENCE).await;

    // Assert
    assert_eq!(closed, Closed::Yes);
}

#[tokio::test]
async fn a_keep_alive_connection_in_use_stays_open_within_the_header_timeout() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the counterpart of the idle case, so that it cannot pass by closing everything.
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let key = server.default_key();
    let mut busy = RawConnection::open(&server).await;
    let head = request_head("GET", &collection_path(), &[("X-API-Key", &key)]);

    // Act
    let mut answers = Vec::new();
    for _ in 0..3 {
        busy.send(&head).await;
        answers.push(
            busy.answer(Method::GET, &server.collection_url(), PATIENCE)
                .await,
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    // Assert
    for answer in &answers {
        expect_ok(answer);
    }
    assert_eq!(busy.closed_within(Duration::from_secs(1)).await, Closed::No);
}

/// Sends `head` (a GET of the collection) on `connection` and expects it answered with 200.
async fn expect_served(connection: &mut RawConnection, server: &Server, head: &[u8]) {
    connection.send(head).await;
    expect_ok(
        &connection
            .answer(Method::GET, &server.collection_url(), PATIENCE)
            .await,
    );
}

#[tokio::test]
async fn connections_beyond_max_connections_are_closed_and_those_held_are_served() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: two connections, each with one request answered, hold the two slots.
    let data_dir = DataDir::new();
    let options = ServerOptions {
        extra_args: vec!["--max-connections".to_owned(), "2".to_owned()],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let key = server.default_key();
    let head = request_head("GET", &collection_path(), &[("X-API-Key", &key)]);
    let mut held = Vec::new();
    for _ in 0..2 {
        let mut connection = RawConnection::open(&server).await;
        expect_served(&mut connection, &server, &head).await;
        held.push(connection);
    }

    // Act
    let mut third = RawConnection::open(&server).await;
    third.send(&head).await;
    let third_closed = third.closed_within(PATIENCE).await;

    // Assert: refused; the held ones still served; a slot freed is a slot taken.
    assert_eq!(third_closed, Closed::Yes);
    for connection in &mut held {
        expect_served(connection, &server, &head).await;
    }
    held.pop();
    let answer = eventually("a freed slot serving a new connection", || async {
        let mut fresh = RawConnection::open(&server).await;
        fresh.send(&head).await;
        fresh
            .try_answer(
                Method::GET,
                &server.collection_url(),
                Duration::from_secs(2),
            )
            .await
    })
    .await;
    expect_ok(&answer);
}

#[tokio::test]
async fn one_client_cannot_take_every_connection_slot() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a client (127.0.0.1) holding as many connections as one peer may.
    let data_dir = DataDir::new();
    let options = ServerOptions {
        extra_args: vec![
            "--max-connections".to_owned(),
            "10".to_owned(),
            "--max-connections-per-peer".to_owned(),
            "3".to_owned(),
        ],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let key = server.default_key();
    let head = request_head("GET", &collection_path(), &[("X-API-Key", &key)]);
    let mut held = Vec::new();
    for _ in 0..3 {
        let mut connection = RawConnection::open(&server).await;
        expect_served(&mut connection, &server, &head).await;
        held.push(connection);
    }

    // Act: one more from the same client, and one from another address.
    let mut fourth = RawConnection::open(&server).await;
    fourth.send(&head).await;
    let fourth_closed = fourth.closed_within(PATIENCE).await;
    let other_ip: std::net::IpAddr = "127.0.0.2".parse().expect("an address");
    let mut other = RawConnection::open_from(&server, other_ip).await;
    other.send(&head).await;
    let other_answer = other
        .answer(Method::GET, &server.collection_url(), PATIENCE)
        .await;

    // Assert
    assert_eq!(fourth_closed, Closed::Yes);
    expect_ok(&other_answer);
    for connection in &mut held {
        expect_served(connection, &server, &head).await;
    }
}

#[tokio::test]
async fn a_client_that_shuts_its_sending_side_after_the_request_still_gets_the_answer() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let key = server.default_key();
    let head = request_head(
        "GET",
        &collection_path(),
        &[("X-API-Key", &key), ("Connection", "close")],
    );

    for _ in 0..5 {
        // Act
        let mut connection = RawConnection::open(&server).await;
        connection.send(&head).await;
        connection.finish_sending().await;

        // Assert
        expect_ok(
            &connection
                .answer(Method::GET, &server.collection_url(), PATIENCE)
                .await,
        );
    }
}
