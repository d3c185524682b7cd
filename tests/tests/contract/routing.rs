//! Methods and paths the API does not serve.

use std::collections::BTreeSet;

use reqwest::header::ALLOW;
use reqwest::Method;

use crate::support::*;

/// The methods an `Allow` header names, in any order.
fn allowed(answer: &Answer) -> BTreeSet<String> {
    answer
        .header(ALLOW)
        .unwrap_or_else(|| panic!("a 405 answer must carry Allow: {answer:#?}"))
        .split(',')
        .map(|method| method.trim().to_owned())
        .collect()
}

fn methods(names: &[&str]) -> BTreeSet<String> {
    names.iter().map(|name| (*name).to_owned()).collect()
}

async fn answer_with_a_body(method: Method, url: &str, auth: &Auth) -> Answer {
    let body = matches!(method, Method::POST | Method::PUT | Method::PATCH)
        .then(|| serde_json::to_vec(&minimal_interaction()).expect("serialize the body"));
    send(method, url, auth, Some(JSON_UTF8), body).await
}

#[tokio::test]
async fn put_delete_and_patch_on_the_collection_are_405_allowing_get_and_post() {
    if crate::support::store::unavailable() {
        return;
    }
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    for method in [Method::PUT, Method::DELETE, Method::PATCH] {
        // Act
        let answer = answer_with_a_body(method.clone(), &server.collection_url(), &auth).await;

        // Assert
        expect_error(&answer, 405, "methodNotAllowed");
        assert_eq!(
            allowed(&answer),
            methods(&["GET", "POST"]),
            "Allow header for {method}"
        );
    }
}

#[tokio::test]
async fn post_and_put_on_an_interaction_are_405_allowing_get_patch_and_delete() {
    if crate::support::store::unavailable() {
        return;
    }
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &minimal_interaction()).await;
    let url = item_url(&server, &id_of(&created));
    for method in [Method::POST, Method::PUT] {
        // Act
        let answer = answer_with_a_body(method.clone(), &url, &auth).await;

        // Assert
        expect_error(&answer, 405, "methodNotAllowed");
        assert_eq!(
            allowed(&answer),
            methods(&["GET", "PATCH", "DELETE"]),
            "Allow header for {method}"
        );
    }
}

#[tokio::test]
async fn unknown_paths_are_404_with_an_error_body() {
    if crate::support::store::unavailable() {
        return;
    }
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let unknown_paths = [
        "/".to_owned(),
        format!("{}/nothingHere", spec::base_path()),
        format!("{}/partyInteraction/some-id/extra", spec::base_path()),
        "/partyInteraction/v2/partyInteraction".to_owned(),
    ];
    for path in unknown_paths {
        // Arrange
        let body = serde_json::to_vec(&minimal_interaction()).expect("serialize the body");

        // Act
        let answer = send(
            Method::POST,
            &server.url(&path),
            &auth,
            Some(JSON_UTF8),
            Some(body),
        )
        .await;

        // Assert
        assert_eq!(answer.status, 404, "POST {path}: {answer:#?}");
        expect_error(&answer, 404, "notFound");
    }
}
