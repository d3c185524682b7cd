//! Methods and paths the API does not serve.

use reqwest::header::ALLOW;
use reqwest::Method;

use crate::support::*;

#[tokio::test]
async fn get_put_delete_and_patch_on_the_collection_are_405_allowing_post() {
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    for method in [Method::GET, Method::PUT, Method::DELETE, Method::PATCH] {
        // Arrange
        let body = matches!(method, Method::PUT | Method::PATCH)
            .then(|| serde_json::to_vec(&minimal_interaction()).expect("serialize the body"));

        // Act
        let answer = send(
            method.clone(),
            &server.collection_url(),
            &auth,
            Some(JSON_UTF8),
            body,
        )
        .await;

        // Assert
        expect_error(&answer, 405, "methodNotAllowed");
        assert_eq!(
            answer.header(ALLOW),
            Some("POST"),
            "Allow header for {method}"
        );
    }
}

#[tokio::test]
async fn unknown_paths_are_404_with_an_error_body() {
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
