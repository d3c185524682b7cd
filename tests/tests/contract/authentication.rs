//! API keys (`X-API-Key`) and OAuth2 bearer JWTs (RS256, ES256) against a JWKS file.

use crate::support::jwt::{self, Claims, SigningKey};
use crate::support::*;

/// POSTs a valid interaction with `auth` to `server`.
async fn create_with(server: &Server, auth: &Auth) -> Answer {
    create(server, auth, &minimal_interaction()).await
}

async fn answer_with_bearer(token: String) -> Answer {
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &ServerOptions::with_jwt());
    create_with(&server, &Auth::Bearer(token)).await
}

#[tokio::test]
async fn request_without_credentials_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);

    // Act
    let answer = create_with(&server, &Auth::None).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn unknown_api_key_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let made_up = format!("{}x", server.default_key());

    // Act
    let answer = create_with(&server, &Auth::ApiKey(made_up)).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn revoked_api_key_is_rejected_with_401_on_the_very_next_request() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let body = minimal_interaction_with_transaction("tx-before-revocation");
    expect_created(&create(&server, &auth, &body).await, &server.base_url);

    // Act: no waiting: `keys revoke` has returned, so the key is gone.
    revoke_api_key(&data_dir, "default");
    let answer = create(&server, &auth, &body).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn read_only_api_key_is_forbidden_with_403() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_key = add_api_key(&data_dir, "reporting", "read");
    let server = Server::start(&data_dir);

    // Act
    let answer = create_with(&server, &Auth::ApiKey(read_key)).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
}

#[tokio::test]
async fn write_only_api_key_may_create() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let write_key = add_api_key(&data_dir, "ingest", "write");
    let server = Server::start(&data_dir);
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::ApiKey(write_key), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn rs256_jwt_with_write_scope_creates_an_interaction() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &ServerOptions::with_jwt());
    let token = jwt::rsa_token(&Claims::valid("read write"));
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::Bearer(token), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn es256_jwt_with_write_scope_creates_an_interaction() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &ServerOptions::with_jwt());
    let token = jwt::ec_token(&Claims::valid("write"));
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::Bearer(token), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn api_keys_keep_working_when_jwt_is_configured() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &ServerOptions::with_jwt());
    let sent = minimal_interaction();

    // Act
    let answer = create(&server, &Auth::key(&server.default_key()), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn jwt_with_read_scope_only_is_forbidden_with_403() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = jwt::rsa_token(&Claims::valid("read"));

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
}

#[tokio::test]
async fn expired_jwt_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut claims = Claims::valid("read write");
    claims.iat -= 7200;
    claims.nbf -= 7200;
    claims.exp = jwt::now() - 3600;
    let token = jwt::rsa_token(&claims);

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_that_is_not_yet_valid_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut claims = Claims::valid("read write");
    claims.nbf = jwt::now() + 3600;
    claims.exp = jwt::now() + 7200;
    let token = jwt::ec_token(&claims);

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_signed_by_a_key_outside_the_jwks_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = jwt::mint(
        SigningKey::UntrustedRsa,
        "test-rsa",
        &Claims::valid("read write"),
    );

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_with_a_wrong_issuer_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut claims = Claims::valid("read write");
    claims.iss = "https://someone-else.test.invalid/".to_owned();
    let token = jwt::rsa_token(&claims);

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_with_a_wrong_audience_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let mut claims = Claims::valid("read write");
    claims.aud = "some-other-api".to_owned();
    let token = jwt::ec_token(&claims);

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_with_a_kid_missing_from_the_jwks_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = jwt::mint(SigningKey::Rsa, "retired-key", &Claims::valid("read write"));

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_whose_payload_was_changed_after_signing_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a read-only token whose payload is swapped for one granting write.
    let signed = jwt::rsa_token(&Claims::valid("read"));
    let granted = jwt::rsa_token(&Claims::valid("read write"));
    let [header, _, signature] = jwt::parts(&signed);
    let [_, payload, _] = jwt::parts(&granted);
    let tampered = format!("{header}.{payload}.{signature}");

    // Act
    let answer = answer_with_bearer(tampered).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn jwt_for_another_scope_than_the_api_knows_is_forbidden_with_403() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: valid in every way, but granting only scopes of some other API.
    let token = jwt::ec_token(&Claims::valid("billing:write admin"));

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
}

#[tokio::test]
async fn refused_bearer_token_is_logged_with_its_subject_and_the_peer_but_not_the_token() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &ServerOptions::with_jwt());
    let mut claims = Claims::valid("read write");
    claims.aud = "some-other-api".to_owned();
    let token = jwt::rsa_token(&claims);

    // Act
    expect_unauthorized(&create_with(&server, &Auth::Bearer(token.clone())).await);

    // Assert
    let line = eventually("the refusal being logged", || async {
        let log = server.stderr();
        log.lines()
            .find(|line| line.contains("authentication failed"))
            .map(str::to_owned)
            .ok_or(log)
    })
    .await;
    for expected in [
        "agent-0042@call-centre.test",
        "peer=127.0.0.1:",
        "wrong audience",
    ] {
        assert!(line.contains(expected), "{expected:?} is not in {line:?}");
    }
    let [_, _, signature] = jwt::parts(&token);
    assert!(
        !server.stderr().contains(signature),
        "the log shows the token"
    );
}

#[tokio::test]
async fn revoked_api_key_is_logged_with_its_name_and_the_peer_but_not_the_key() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let key = server.default_key();
    revoke_api_key(&data_dir, "default");

    // Act
    expect_unauthorized(&create_with(&server, &Auth::key(&key)).await);

    // Assert
    let line = eventually("the refusal being logged", || async {
        let log = server.stderr();
        log.lines()
            .find(|line| line.contains("authentication failed"))
            .map(str::to_owned)
            .ok_or(log)
    })
    .await;
    for expected in ["scheme=\"apiKey\"", "\"default\"", "peer=127.0.0.1:"] {
        assert!(line.contains(expected), "{expected:?} is not in {line:?}");
    }
    assert!(!server.stderr().contains(&key), "the log shows the key");
}

#[tokio::test]
async fn unknown_api_key_is_logged_with_the_peer_but_neither_a_name_nor_the_key() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let made_up = format!("{}x", server.default_key());

    // Act
    expect_unauthorized(&create_with(&server, &Auth::ApiKey(made_up.clone())).await);

    // Assert: nothing names the caller, so the subject is left blank.
    let line = eventually("the refusal being logged", || async {
        let log = server.stderr();
        log.lines()
            .find(|line| line.contains("authentication failed"))
            .map(str::to_owned)
            .ok_or(log)
    })
    .await;
    for expected in ["scheme=\"apiKey\"", "subject=\"-\"", "peer=127.0.0.1:"] {
        assert!(line.contains(expected), "{expected:?} is not in {line:?}");
    }
    let log = server.stderr();
    assert!(!log.contains(&made_up), "the log shows the key presented");
    assert!(!log.contains(&server.default_key()), "the log shows a key");
}

#[tokio::test]
async fn bearer_token_that_is_not_a_jwt_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = "not-a-jwt".to_owned();

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn hs256_jwt_keyed_with_the_rsa_public_key_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = jwt::hs256_with_public_key_as_secret(&Claims::valid("read write"));

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn unsigned_jwt_is_rejected_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let token = jwt::unsigned_token(&Claims::valid("read write"));

    // Act
    let answer = answer_with_bearer(token).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn valid_jwt_is_rejected_with_401_when_no_jwks_is_configured() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let token = jwt::rsa_token(&Claims::valid("read write"));

    // Act
    let answer = create_with(&server, &Auth::Bearer(token)).await;

    // Assert
    expect_unauthorized(&answer);
}

#[tokio::test]
async fn forbidden_create_stores_nothing_under_its_transaction_id() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a read-only key is refused a create under a transactionId...
    let data_dir = DataDir::new();
    let read_key = add_api_key(&data_dir, "reporting", "read");
    let write_key = add_api_key(&data_dir, "ingest", "read,write");
    let server = Server::start(&data_dir);
    let mut refused = minimal_interaction_with_transaction("tx-after-403");
    refused["reason"] = serde_json::json!("Refused attempt");
    expect_error(
        &create(&server, &Auth::ApiKey(read_key), &refused).await,
        403,
        "forbidden",
    );
    let sent = minimal_interaction_with_transaction("tx-after-403");

    // Act: ...so another body under the same transactionId is a fresh create, not a 409.
    let answer = create(&server, &Auth::ApiKey(write_key), &sent).await;

    // Assert
    let created = expect_created(&answer, &server.base_url);
    assert_eq!(created, expected_interaction(&sent, &created));
}

#[tokio::test]
async fn a_second_api_key_header_or_a_second_scheme_is_refused_with_401() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: a valid key, sent along with a forged key or a forged token.
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let valid = Auth::key(&server.default_key());
    let body = serde_json::to_vec(&minimal_interaction()).expect("serialise");
    let ambiguous: [(&str, &str); 2] = [
        ("X-API-Key", "forged-key"),
        ("Authorization", "Bearer forged.token.here"),
    ];

    for extra in ambiguous {
        // Act
        let answer = send_with_headers(
            reqwest::Method::POST,
            &server.collection_url(),
            &valid,
            &[extra],
            Some("application/json"),
            Some(body.clone()),
        )
        .await;

        // Assert
        let error = expect_unauthorized(&answer);
        assert!(
            error["message"]
                .as_str()
                .unwrap_or_default()
                .contains("not"),
            "{extra:?}: {error}"
        );
    }
    let alone = create_with(&server, &valid).await;
    assert_eq!(alone.status, 201, "{}", alone.text);
}
