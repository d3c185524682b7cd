//! Pages of a list: `offset`, `limit`, and the `Link` header (RFC 8288) that leads through them.

use serde_json::Value;

use super::model::newest_first;
use super::{create_each, list_ok};
use crate::support::*;

const CUSTOMER: &str = "233240000007";
const OTHER_CUSTOMER: &str = "233240000008";
const CHANNELS: [&str; 4] = ["CC", "USSD", "APP", "SHOP"];

/// Seven interactions of `CUSTOMER` over every channel, and two of `OTHER_CUSTOMER`.
async fn history(server: &Server, auth: &Auth) -> Vec<Value> {
    let mut bodies = Vec::new();
    for n in 0..9 {
        let customer = if n % 4 == 3 { OTHER_CUSTOMER } else { CUSTOMER };
        bodies.push(customer_interaction(
            customer,
            CHANNELS[n % CHANNELS.len()],
            &format!("Contact number {n}"),
        ));
    }
    create_each(server, auth, &bodies).await
}

fn of_customer(documents: &[Value]) -> Vec<Value> {
    documents
        .iter()
        .filter(|document| document["customerId"] == CUSTOMER)
        .cloned()
        .collect()
}

/// Follows `rel="next"` from the first page of `query` until there is none, creating a new
/// interaction of `CUSTOMER` before every fetch after the first. Returns every item seen, the
/// X-Total-Count of each page and the interactions that arrived meanwhile.
async fn walk_while_creating(
    server: &Server,
    auth: &Auth,
    query: &[(&str, &str)],
) -> (Vec<Value>, Vec<u64>, Vec<Value>) {
    let mut page = list_ok(server, auth, query).await;
    let (mut seen, mut totals, mut arrived) = (Vec::new(), Vec::new(), Vec::new());
    loop {
        seen.extend(page.items.iter().cloned());
        totals.push(page.total);
        let Some(next) = page.link("next").map(str::to_owned) else {
            break;
        };
        let newcomer = customer_interaction(CUSTOMER, "CC", "Arrived while paging");
        arrived.push(create_ok(server, auth, &newcomer).await);
        page = expect_page(&get(&next, auth).await);
        assert!(
            seen.len() < 100,
            "the walk does not end; seen so far: {:?}",
            ids_of(&seen)
        );
    }
    (seen, totals, arrived)
}

#[tokio::test]
async fn next_links_lead_through_a_customers_history_once_while_new_interactions_arrive() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let expected = newest_first(&of_customer(&history(&server, &auth).await));

    // Act
    let (seen, totals, arrived) =
        walk_while_creating(&server, &auth, &[("customerId", CUSTOMER), ("limit", "2")]).await;

    // Assert
    assert_eq!(
        ids_of(&seen),
        ids_of(&expected),
        "arrived: {:?}",
        ids_of(&arrived)
    );
    assert_eq!(seen, expected);
    assert_eq!(
        arrived.len(),
        3,
        "four pages of two, and three fetches after the first"
    );
    assert!(
        totals.iter().all(|total| *total == 7),
        "X-Total-Count of each page: {totals:?}"
    );
}

#[tokio::test]
async fn next_links_lead_through_the_whole_collection_once_while_new_interactions_arrive() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let expected = newest_first(&history(&server, &auth).await);

    // Act
    let (seen, totals, arrived) = walk_while_creating(&server, &auth, &[("limit", "4")]).await;

    // Assert
    assert_eq!(
        ids_of(&seen),
        ids_of(&expected),
        "arrived: {:?}",
        ids_of(&arrived)
    );
    assert_eq!(seen, expected);
    assert!(
        totals.iter().all(|total| *total == 9),
        "X-Total-Count of each page: {totals:?}"
    );
}

#[tokio::test]
async fn first_prev_and_last_links_lead_to_the_pages_they_name() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let all = ids_of(&newest_first(&of_customer(&history(&server, &auth).await)));
    let first_page = list_ok(&server, &auth, &[("customerId", CUSTOMER), ("limit", "3")]).await;
    let link = |page: &Page, rel: &str| {
        page.link(rel)
            .unwrap_or_else(|| panic!("no rel={rel} in {:#?}", page.links))
            .to_owned()
    };

    // Act
    let second_page = expect_page(&get(&link(&first_page, "next"), &auth).await);
    let last_page = expect_page(&get(&link(&second_page, "last"), &auth).await);
    let back_from_second = expect_page(&get(&link(&second_page, "prev"), &auth).await);
    let first_from_last = expect_page(&get(&link(&last_page, "first"), &auth).await);
    let back_from_last = expect_page(&get(&link(&last_page, "prev"), &auth).await);

    // Assert
    assert_eq!(first_page.ids(), all[0..3]);
    assert_eq!(second_page.ids(), all[3..6]);
    assert_eq!(last_page.ids(), all[6..7]);
    assert_eq!(back_from_second.ids(), all[0..3]);
    assert_eq!(first_from_last.ids(), all[0..3]);
    assert_eq!(back_from_last.ids(), all[3..6]);
    assert_eq!(first_page.link("prev"), None, "the first page has no prev");
    assert_eq!(last_page.link("next"), None, "the last page has no next");
    let snapshot =
        query_value(&link(&first_page, "next"), "asOf").expect("the links carry an asOf snapshot");
    for page in [&first_page, &second_page, &last_page] {
        for (rel, url) in &page.links {
            assert_eq!(
                query_value(url, "customerId").as_deref(),
                Some(CUSTOMER),
                "{rel}: {url}"
            );
            assert_eq!(
                query_value(url, "limit").as_deref(),
                Some("3"),
                "{rel}: {url}"
            );
            assert_eq!(
                query_value(url, "asOf"),
                Some(snapshot.clone()),
                "{rel}: {url}"
            );
            assert!(query_value(url, "offset").is_some(), "{rel}: {url}");
        }
    }
}

#[tokio::test]
async fn offset_and_limit_select_a_slice_and_a_list_without_limit_has_twenty_items() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let bodies: Vec<Value> = (0..23)
        .map(|n| customer_interaction(CUSTOMER, CHANNELS[n % 4], &format!("Contact {n}")))
        .collect();
    let all = ids_of(&newest_first(&create_each(&server, &auth, &bodies).await));

    // Act
    let default_page = list_ok(&server, &auth, &[]).await;
    let slice = list_ok(&server, &auth, &[("offset", "5"), ("limit", "4")]).await;
    let beyond = list_ok(&server, &auth, &[("offset", "23")]).await;

    // Assert
    assert_eq!(default_page.ids(), all[0..20]);
    assert_eq!(default_page.total, 23);
    assert_eq!(
        default_page
            .link("next")
            .and_then(|url| query_value(url, "offset")),
        Some("20".to_owned())
    );
    assert_eq!(slice.ids(), all[5..9]);
    assert_eq!(slice.total, 23);
    assert!(beyond.items.is_empty(), "{:?}", beyond.ids());
    assert_eq!(beyond.total, 23);
}

#[tokio::test]
async fn an_offset_beyond_any_number_is_an_empty_page_in_every_order() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    create_each(
        &server,
        &auth,
        &[customer_interaction(CUSTOMER, "CC", "Only")],
    )
    .await;
    let huge = "29996856265645592522923180032";

    // Act
    let newest_first = list_ok(&server, &auth, &[("offset", huge), ("limit", "2")]).await;
    let by_reason = list_ok(&server, &auth, &[("offset", huge), ("sort", "+reason")]).await;
    let filtered = list_ok(
        &server,
        &auth,
        &[("offset", huge), ("customerId", CUSTOMER)],
    )
    .await;

    // Assert
    for page in [&newest_first, &by_reason, &filtered] {
        assert!(page.items.is_empty(), "{:?}", page.ids());
        assert_eq!(page.total, 1);
        assert!(page.link("next").is_none());
    }
}
