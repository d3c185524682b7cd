//! Which interactions a list answers, and in which order.

use serde_json::{json, Value};

use super::model::newest_first;
use super::{create_each, created_at, list_ok};
use crate::support::*;

const ADAEZE: &str = "233240000001";
const KWAME: &str = "233240000002";

fn agent(id: &str) -> Value {
    json!({
        "id": id,
        "href": format!("https://api.example.test/party/{id}"),
        "role": "agent",
        "@referredType": "Individual"
    })
}

#[tokio::test]
async fn a_customers_history_is_listed_newest_first_across_channels() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the order of creation, and of the dates' text, is not the order in time.
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies = [
        created_at(
            customer_interaction(ADAEZE, "CC", "Billing enquiry"),
            "2026-03-02T09:00:00+05:00",
        ),
        created_at(
            customer_interaction(ADAEZE, "USSD", "Balance check"),
            "2026-03-02T05:00:00Z",
        ),
        created_at(
            customer_interaction(KWAME, "CC", "SIM swap"),
            "2026-03-02T05:10:00Z",
        ),
        created_at(
            customer_interaction(ADAEZE, "APP", "Bundle purchase"),
            "2026-03-01T23:30:00-06:00",
        ),
        created_at(
            customer_interaction(ADAEZE, "SHOP", "Handset repair"),
            "2026-03-02T04:59:59.500Z",
        ),
    ];
    let [cc, ussd, _kwame, app, shop] =
        <[Value; 5]>::try_from(create_each(&server, &auth, &bodies).await)
            .expect("five interactions");

    // Act
    let page = list_ok(&server, &auth, &[("customerId", ADAEZE)]).await;

    // Assert
    assert_eq!(page.items, vec![app, ussd, shop, cc]);
    assert_eq!(page.total, 4);
}

#[tokio::test]
async fn x_total_count_is_the_number_of_matches_not_of_stored_interactions() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut bodies = Vec::new();
    for (customer, reason) in [
        (ADAEZE, "Billing enquiry"),
        (KWAME, "SIM swap"),
        (ADAEZE, "Network fault"),
        (KWAME, "Roaming charges"),
        (ADAEZE, "Balance check"),
    ] {
        bodies.push(customer_interaction(customer, "CC", reason));
    }
    let created = create_each(&server, &auth, &bodies).await;
    let adaeze: Vec<Value> = created
        .iter()
        .filter(|document| document["customerId"] == ADAEZE)
        .cloned()
        .collect();

    // Act
    let page = list_ok(&server, &auth, &[("customerId", ADAEZE), ("limit", "1")]).await;

    // Assert
    assert_eq!(page.total, 3);
    assert_eq!(page.items, newest_first(&adaeze)[..1].to_vec());
}

#[tokio::test]
async fn nested_attributes_match_when_any_element_of_an_array_matches() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut with_agent = created_at(
        customer_interaction(ADAEZE, "CC", "Billing enquiry"),
        "2026-04-01T09:00:00Z",
    );
    with_agent["relatedParty"]
        .as_array_mut()
        .expect("relatedParty is an array")
        .push(agent("agent-0042"));
    let mut two_channels = created_at(
        customer_interaction(KWAME, "USSD", "Balance check"),
        "2026-04-01T10:00:00Z",
    );
    two_channels["channel"]
        .as_array_mut()
        .expect("channel is an array")
        .push(json!({ "id": "CC", "href": "https://api.example.test/channel/CC" }));
    let app_only = created_at(
        customer_interaction(ADAEZE, "APP", "Bundle purchase"),
        "2026-04-01T11:00:00Z",
    );
    let [with_agent, two_channels, app_only] = <[Value; 3]>::try_from(
        create_each(&server, &auth, &[with_agent, two_channels, app_only]).await,
    )
    .expect("three interactions");

    // Act
    let by_role = list_ok(&server, &auth, &[("relatedParty.role", "agent")]).await;
    let by_party = list_ok(&server, &auth, &[("relatedParty.id", KWAME)]).await;
    let by_channel = list_ok(&server, &auth, &[("channel.id", "CC")]).await;
    let by_other_channel = list_ok(&server, &auth, &[("channel.id", "APP")]).await;

    // Assert
    assert_eq!(by_role.items, vec![with_agent.clone()]);
    assert_eq!(by_party.items, vec![two_channels.clone()]);
    assert_eq!(by_channel.items, vec![two_channels, with_agent]);
    assert_eq!(by_other_channel.items, vec![app_only]);
}

#[tokio::test]
async fn comma_separated_values_match_any_of_them_and_different_attributes_all() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut bodies = Vec::new();
    for (hour, status, direction) in [
        (8, "opened", "inbound"),
        (9, "inProgress", "outbound"),
        (10, "completed", "inbound"),
        (11, "inProgress", "inbound"),
    ] {
        let mut body = created_at(
            customer_interaction(ADAEZE, "CC", "Network fault"),
            &format!("2026-04-02T{hour:02}:00:00Z"),
        );
        body["status"] = json!(status);
        body["direction"] = json!(direction);
        bodies.push(body);
    }
    let [opened, outbound_in_progress, _completed, inbound_in_progress] =
        <[Value; 4]>::try_from(create_each(&server, &auth, &bodies).await)
            .expect("four interactions");

    // Act
    let open_ones = list_ok(&server, &auth, &[("status", "opened,inProgress")]).await;
    let open_inbound_ones = list_ok(
        &server,
        &auth,
        &[("status", "opened,inProgress"), ("direction", "inbound")],
    )
    .await;

    // Assert
    assert_eq!(
        open_ones.items,
        vec![
            inbound_in_progress.clone(),
            outbound_in_progress,
            opened.clone()
        ]
    );
    assert_eq!(open_ones.total, 3);
    assert_eq!(open_inbound_ones.items, vec![inbound_in_progress, opened]);
}

#[tokio::test]
async fn client_set_creation_dates_are_honoured_in_order_and_in_date_ranges() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies = [
        created_at(
            customer_interaction(ADAEZE, "CC", "Billing enquiry"),
            "2020-01-15T08:30:00Z",
        ),
        customer_interaction(ADAEZE, "APP", "Bundle purchase"),
        created_at(
            customer_interaction(ADAEZE, "USSD", "Balance check"),
            "2020-06-01T12:00:00+02:00",
        ),
        created_at(
            customer_interaction(ADAEZE, "SHOP", "Handset repair"),
            "2021-02-28T23:00:00-03:00",
        ),
    ];
    let [january_2020, today, june_2020, march_2021] =
        <[Value; 4]>::try_from(create_each(&server, &auth, &bodies).await)
            .expect("four interactions");

    // Act
    let history = list_ok(&server, &auth, &[("customerId", ADAEZE)]).await;
    let in_2020 = list_ok(
        &server,
        &auth,
        &[
            ("creationDate.gte", "2020-01-01T00:00:00Z"),
            ("creationDate.lt", "2021-01-01T00:00:00Z"),
        ],
    )
    .await;
    // 2020-06-01T12:00:00+02:00 is 10:00 UTC: the bounds below are that very instant.
    let after_june = list_ok(
        &server,
        &auth,
        &[("creationDate.gt", "2020-06-01T10:00:00Z")],
    )
    .await;
    let up_to_june = list_ok(
        &server,
        &auth,
        &[("creationDate.lte", "2020-06-01T05:00:00-05:00")],
    )
    .await;

    // Assert
    assert_eq!(
        history.items,
        vec![
            today.clone(),
            march_2021.clone(),
            june_2020.clone(),
            january_2020.clone()
        ]
    );
    assert_eq!(in_2020.items, vec![june_2020.clone(), january_2020.clone()]);
    assert_eq!(after_june.items, vec![today, march_2021]);
    assert_eq!(up_to_june.items, vec![june_2020, january_2020]);
}

#[tokio::test]
async fn date_comparisons_apply_to_nested_and_status_change_dates() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut bodies = Vec::new();
    for (day, status_changed) in [
        (1, "2026-05-01T12:00:00Z"),
        (2, "2026-05-03T12:00:00+01:00"),
        (3, "2026-05-03T12:00:00-01:00"),
    ] {
        let mut body = created_at(
            customer_interaction(ADAEZE, "CC", "Network fault"),
            &format!("2026-05-0{day}T18:00:00Z"),
        );
        body["interactionDate"] = json!({
            "startDateTime": format!("2026-05-0{day}T17:00:00+02:00"),
            "endDateTime": format!("2026-05-0{day}T17:20:00+02:00")
        });
        body["statusChangeDate"] = json!(status_changed);
        bodies.push(body);
    }
    let [first, second, third] = <[Value; 3]>::try_from(create_each(&server, &auth, &bodies).await)
        .expect("three interactions");

    // Act
    let started_after_the_first_day = list_ok(
        &server,
        &auth,
        &[("interactionDate.startDateTime.gt", "2026-05-01T15:00:00Z")],
    )
    .await;
    let status_changed_by_noon_utc = list_ok(
        &server,
        &auth,
        &[("statusChangeDate.lte", "2026-05-03T12:00:00Z")],
    )
    .await;

    // Assert
    assert_eq!(
        started_after_the_first_day.items,
        vec![third, second.clone()]
    );
    assert_eq!(status_changed_by_noon_utc.items, vec![second, first]);
}

#[tokio::test]
async fn sort_orders_by_each_key_in_turn_and_a_minus_sorts_descending() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies = [
        created_at(
            customer_interaction(ADAEZE, "CC", "Network fault"),
            "2026-06-01T08:00:00Z",
        ),
        created_at(
            customer_interaction(ADAEZE, "CC", "Billing enquiry"),
            "2026-06-01T09:00:00Z",
        ),
        created_at(
            customer_interaction(ADAEZE, "CC", "Network fault"),
            "2026-06-01T10:00:00Z",
        ),
        created_at(
            customer_interaction(ADAEZE, "CC", "Billing enquiry"),
            "2026-06-01T07:00:00Z",
        ),
    ];
    let [fault_at_8, billing_at_9, fault_at_10, billing_at_7] =
        <[Value; 4]>::try_from(create_each(&server, &auth, &bodies).await)
            .expect("four interactions");

    // Act
    let page = list_ok(&server, &auth, &[("sort", "reason,-creationDate")]).await;

    // Assert
    assert_eq!(
        page.items,
        vec![billing_at_9, billing_at_7, fault_at_10, fault_at_8]
    );
}

#[tokio::test]
async fn fields_selects_the_named_attributes_of_every_item_besides_id_and_href() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies = [
        created_at(
            customer_interaction(ADAEZE, "CC", "Network fault"),
            "2026-06-01T08:00:00Z",
        ),
        created_at(
            customer_interaction(KWAME, "APP", "Bundle purchase"),
            "2026-06-01T09:00:00Z",
        ),
    ];
    let created = create_each(&server, &auth, &bodies).await;

    // Act
    let page = list_ok(&server, &auth, &[("fields", "customerId,channel")]).await;

    // Assert
    let expected: Vec<Value> = newest_first(&created)
        .iter()
        .map(|document| {
            json!({
                "id": document["id"],
                "href": document["href"],
                "customerId": document["customerId"],
                "channel": document["channel"],
            })
        })
        .collect();
    assert_eq!(page.items, expected);
}

#[tokio::test]
async fn a_read_only_key_may_list_a_write_only_key_may_not_and_no_key_is_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_key = add_api_key(&data_dir, "reporting", "read");
    let write_key = add_api_key(&data_dir, "ingest", "write");
    let server = Server::start(&data_dir);
    let created = create_ok(
        &server,
        &Auth::ApiKey(write_key.clone()),
        &customer_interaction(ADAEZE, "CC", "Billing enquiry"),
    )
    .await;

    // Act
    let read = list(&server, &Auth::ApiKey(read_key), &[]).await;
    let write = list(&server, &Auth::ApiKey(write_key), &[]).await;
    let anonymous = list(&server, &Auth::None, &[]).await;

    // Assert
    assert_eq!(expect_page(&read).items, vec![created]);
    expect_error(&write, 403, "forbidden");
    expect_unauthorized(&anonymous);
}

#[tokio::test]
async fn a_sort_on_a_date_time_is_answered_when_postgresql_plans_queries_in_parallel() {
    if crate::support::store::not_on(Store::Postgres, "parallel plans are PostgreSQL's") {
        return;
    }
    // Arrange: every query of the database's sessions planned with parallel workers.
    let data_dir = DataDir::new();
    data_dir.database().query_one(
        "DO $$ BEGIN \
           EXECUTE format('ALTER DATABASE %I SET parallel_setup_cost = 0', current_database()); \
           EXECUTE format('ALTER DATABASE %I SET parallel_tuple_cost = 0', current_database()); \
           EXECUTE format('ALTER DATABASE %I SET min_parallel_table_scan_size = 0', current_database()); \
           BEGIN \
             EXECUTE format('ALTER DATABASE %I SET debug_parallel_query = on', current_database()); \
           EXCEPTION WHEN undefined_object THEN \
             EXECUTE format('ALTER DATABASE %I SET force_parallel_mode = on', current_database()); \
           END; \
         END $$",
    );
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let mut ids = Vec::new();
    for minute in ["30", "10", "20"] {
        let mut body = customer_interaction("233240000001", "CC", "Billing");
        body["interactionDate"]["startDateTime"] = json!(format!("2026-12-03T09:{minute}:00Z"));
        ids.push(id_of(&create_ok(&server, &auth, &body).await));
    }

    // Act
    let answer = list(&server, &auth, &[("sort", "interactionDate.startDateTime")]).await;

    // Assert
    let page = expect_page(&answer);
    assert_eq!(
        ids_of(&page.items),
        vec![ids[1].clone(), ids[2].clone(), ids[0].clone()]
    );
}
