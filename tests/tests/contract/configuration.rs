//! Settings given as PARTY_INTERACTION_* environment variables, with `serve` implied.

use serde_json::json;

use crate::support::*;

#[tokio::test]
async fn settings_from_environment_variables_apply_without_the_serve_subcommand() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let public_url = "https://env-configured.example.test";
    let options = ServerOptions {
        body_limit: Some(2048),
        public_url: Some(public_url.to_owned()),
        via_environment: true,
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let sent = minimal_interaction();
    let mut oversized = minimal_interaction();
    oversized["description"] = json!("x".repeat(2048));

    // Act
    let small = create(&server, &auth, &sent).await;
    let large = create(&server, &auth, &oversized).await;

    // Assert
    let created = expect_created(&small, public_url);
    assert_eq!(created, expected_interaction(&sent, &created));
    expect_error(&large, 400, "bodyTooLarge");
}

#[tokio::test]
async fn jwt_settings_from_environment_variables_apply() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        jwt: true,
        via_environment: true,
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let token = jwt::ec_token(&jwt::Claims::valid("write"));
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::Bearer(token), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}
