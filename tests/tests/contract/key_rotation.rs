//! The JWKS file replaced while the server runs, as when the identity provider rotates its
//! signing keys: new keys are taken up and retired ones refused without a restart, on the
//! server's own look at the file or at once on SIGHUP; a broken file changes nothing.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use tempfile::TempDir;

use crate::support::jwt::{self, Claims};
use crate::support::server::{JWT_AUDIENCE, JWT_ISSUER};
use crate::support::*;

/// The fixture JWKS with only the keys named.
fn jwks_with(kids: &[&str]) -> Value {
    let text = std::fs::read_to_string(jwt::jwks_file()).expect("read the fixture JWKS");
    let all: Value = serde_json::from_str(&text).expect("the fixture JWKS is JSON");
    let keys: Vec<Value> = all["keys"]
        .as_array()
        .expect("the fixture JWKS has keys")
        .iter()
        .filter(|key| kids.iter().any(|kid| key["kid"] == *kid))
        .cloned()
        .collect();
    json!({ "keys": keys })
}

/// Replaces the file as a rotation does: a new file renamed over the old one.
fn replace(path: &Path, text: &str) {
    let temporary = path.with_extension("tmp");
    std::fs::write(&temporary, text).expect("write the new JWKS");
    std::fs::rename(&temporary, path).expect("rename the new JWKS into place");
}

struct Rotating {
    _dir: TempDir,
    jwks: PathBuf,
    server: Server,
}

fn start_with(data_dir: &DataDir, kids: &[&str]) -> Rotating {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let jwks = dir.path().join("jwks.json");
    replace(&jwks, &jwks_with(kids).to_string());
    let options = ServerOptions {
        extra_args: vec![
            "--jwks-file".to_owned(),
            jwks.display().to_string(),
            "--jwt-issuer".to_owned(),
            JWT_ISSUER.to_owned(),
            "--jwt-audience".to_owned(),
            JWT_AUDIENCE.to_owned(),
        ],
        ..ServerOptions::default()
    };
    let server = Server::start_with(data_dir, &options);
    Rotating {
        _dir: dir,
        jwks,
        server,
    }
}

async fn status_with(server: &Server, token: &str) -> u16 {
    create(
        server,
        &Auth::Bearer(token.to_owned()),
        &minimal_interaction(),
    )
    .await
    .status
}

/// Creates with `token` until the server refuses it (it reads the file every 2 s).
async fn refused_eventually(server: &Server, token: &str, what: &'static str) -> Answer {
    eventually(what, || async {
        let answer = create(
            server,
            &Auth::Bearer(token.to_owned()),
            &minimal_interaction(),
        )
        .await;
        match answer.status {
            401 => Ok(answer),
            other => Err(format!("{other} {}", answer.text)),
        }
    })
    .await
}

#[tokio::test]
async fn a_key_added_to_the_jwks_file_is_accepted_without_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let rotating = start_with(&data_dir, &["test-ec"]);
    let token = jwt::rsa_token(&Claims::valid("read write"));
    expect_unauthorized(
        &create(
            &rotating.server,
            &Auth::Bearer(token.clone()),
            &minimal_interaction(),
        )
        .await,
    );

    // Act
    replace(
        &rotating.jwks,
        &jwks_with(&["test-ec", "test-rsa"]).to_string(),
    );

    // Assert
    let answer = eventually("the new key being accepted", || async {
        let answer = create(
            &rotating.server,
            &Auth::Bearer(token.clone()),
            &minimal_interaction(),
        )
        .await;
        match answer.status {
            201 => Ok(answer),
            other => Err(format!("{other} {}", answer.text)),
        }
    })
    .await;
    expect_created(&answer, &rotating.server.base_url);
}

#[tokio::test]
async fn a_key_removed_from_the_jwks_file_is_refused_without_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let rotating = start_with(&data_dir, &["test-ec", "test-rsa"]);
    let retired = jwt::rsa_token(&Claims::valid("read write"));
    let kept = jwt::ec_token(&Claims::valid("read write"));
    assert_eq!(status_with(&rotating.server, &retired).await, 201);

    // Act
    replace(&rotating.jwks, &jwks_with(&["test-ec"]).to_string());

    // Assert
    let answer =
        refused_eventually(&rotating.server, &retired, "the retired key being refused").await;
    expect_unauthorized(&answer);
    assert_eq!(status_with(&rotating.server, &kept).await, 201);
}

#[tokio::test]
async fn an_empty_key_set_withdraws_every_key_without_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let rotating = start_with(&data_dir, &["test-rsa"]);
    let leaked = jwt::rsa_token(&Claims::valid("read write"));
    assert_eq!(status_with(&rotating.server, &leaked).await, 201);

    // Act
    replace(&rotating.jwks, &json!({ "keys": [] }).to_string());

    // Assert
    let answer =
        refused_eventually(&rotating.server, &leaked, "the withdrawn key being refused").await;
    expect_unauthorized(&answer);
    let api_key = Auth::key(&rotating.server.default_key());
    let by_key = create(&rotating.server, &api_key, &minimal_interaction()).await;
    assert_eq!(by_key.status, 201, "API keys still work: {}", by_key.text);
}

#[tokio::test]
async fn sighup_reads_the_jwks_file_again() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let rotating = start_with(&data_dir, &["test-ec"]);
    let token = jwt::rsa_token(&Claims::valid("read write"));
    replace(
        &rotating.jwks,
        &jwks_with(&["test-ec", "test-rsa"]).to_string(),
    );

    // Act
    rotating.server.send_signal("HUP");

    // Assert: the signal is taken as a reload, not as the end of the process.
    eventually("the reload on SIGHUP being logged", || async {
        let log = rotating.server.stderr();
        let after_signal = log.split("SIGHUP received").nth(1).unwrap_or_default();
        match after_signal.contains("JWKS reloaded") {
            true => Ok(()),
            false => Err(log),
        }
    })
    .await;
    assert_eq!(status_with(&rotating.server, &token).await, 201);
}

#[tokio::test]
async fn a_broken_jwks_file_leaves_the_keys_in_use() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let rotating = start_with(&data_dir, &["test-rsa"]);
    let token = jwt::rsa_token(&Claims::valid("read write"));

    // Act
    replace(&rotating.jwks, "{ half a file");

    // Assert
    eventually("the broken file being reported", || async {
        let log = rotating.server.stderr();
        match log.contains("could not reload the JWKS") {
            true => Ok(()),
            false => Err(log),
        }
    })
    .await;
    assert_eq!(status_with(&rotating.server, &token).await, 201);
}
