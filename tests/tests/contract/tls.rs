//! HTTPS with `--tls-cert` and `--tls-key`: a certificate made for the test, clients that
//! trust only it, HTTP/2 and HTTP/1.1 chosen by ALPN, and what a plain-HTTP client meets.

use std::path::PathBuf;

use reqwest::{Method, Version};
use tempfile::TempDir;

use crate::support::server::run_cli;
use crate::support::*;

/// A self-signed certificate for `localhost` and 127.0.0.1, and its key, as PEM files.
struct TestCertificate {
    _dir: TempDir,
    cert: PathBuf,
    key: PathBuf,
    pem: String,
}

fn test_certificate() -> TestCertificate {
    let names = vec!["localhost".to_owned(), "127.0.0.1".to_owned()];
    let certified = rcgen::generate_simple_self_signed(names).expect("generate a certificate");
    let dir = tempfile::tempdir().expect("a temporary directory");
    let cert = dir.path().join("cert.pem");
    let key = dir.path().join("key.pem");
    let pem = certified.cert.pem();
    std::fs::write(&cert, &pem).expect("write the certificate");
    std::fs::write(&key, certified.signing_key.serialize_pem()).expect("write the key");
    TestCertificate {
        _dir: dir,
        cert,
        key,
        pem,
    }
}

fn tls_options(certificate: &TestCertificate) -> ServerOptions {
    ServerOptions {
        extra_args: vec![
            "--tls-cert".to_owned(),
            certificate.cert.display().to_string(),
            "--tls-key".to_owned(),
            certificate.key.display().to_string(),
        ],
        ..ServerOptions::default()
    }
}

/// A client that trusts the test certificate and nothing else; HTTP/1.1 only if asked.
fn client_trusting(certificate: &TestCertificate, http1_only: bool) -> reqwest::Client {
    install_tls_provider();
    let trusted = reqwest::Certificate::from_pem(certificate.pem.as_bytes()).expect("a PEM");
    let builder = reqwest::Client::builder()
        .no_proxy()
        .tls_certs_only([trusted]);
    let builder = match http1_only {
        true => builder.http1_only(),
        false => builder,
    };
    builder.build().expect("build an HTTPS client")
}

async fn version_of_a_list(client: &reqwest::Client, server: &Server) -> Version {
    let response = client
        .get(server.collection_url())
        .header("X-API-Key", server.default_key())
        .send()
        .await
        .expect("an answer over TLS");
    assert_eq!(response.status(), 200, "{response:?}");
    response.version()
}

#[tokio::test]
async fn https_serves_the_api_over_http_2_and_http_1_1() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let certificate = test_certificate();
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &tls_options(&certificate));
    let http2 = client_trusting(&certificate, false);
    let http1 = client_trusting(&certificate, true);
    let key = Auth::key(&server.default_key());
    let body = serde_json::to_vec(&minimal_interaction()).expect("serialize the body");

    // Act
    let created = send_on(
        &http2,
        Method::POST,
        &server.collection_url(),
        &key,
        &[],
        Some(JSON_UTF8),
        Some(body),
    )
    .await;
    let created = expect_created(&created, &server.base_url);
    let href = created["href"].as_str().expect("an href").to_owned();
    let read = send_on(&http1, Method::GET, &href, &key, &[], None, None).await;
    let versions = (
        version_of_a_list(&http2, &server).await,
        version_of_a_list(&http1, &server).await,
    );

    // Assert
    assert!(
        server.base_url.starts_with("https://127.0.0.1:"),
        "{}",
        server.base_url
    );
    assert!(
        href.starts_with("https://"),
        "the href should be https: {href}"
    );
    assert_eq!(read.status, 200, "{read:#?}");
    assert_eq!(expect_spec_conformance(&read), created);
    assert_eq!(versions, (Version::HTTP_2, Version::HTTP_11));
}

#[tokio::test]
async fn plain_http_to_the_https_port_gets_no_api_answer_and_https_serves_on() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let certificate = test_certificate();
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &tls_options(&certificate));
    let plain_url = server.collection_url().replacen("https://", "http://", 1);

    // Act
    let plain = reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("build an HTTP client")
        .get(&plain_url)
        .header("X-API-Key", server.default_key())
        .send()
        .await;

    // Assert: whatever rustls answers to cleartext, it is not the API.
    if let Ok(response) = plain {
        assert_ne!(response.status(), 200, "{response:?}");
    }
    let client = client_trusting(&certificate, false);
    assert_eq!(version_of_a_list(&client, &server).await, Version::HTTP_2);
}

#[tokio::test]
async fn a_client_that_does_not_trust_the_certificate_is_refused_by_its_own_tls() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange: the counterpart that shows the clients above really check the certificate.
    let certificate = test_certificate();
    let other = test_certificate();
    let data_dir = DataDir::new();
    let server = Server::start_with(&data_dir, &tls_options(&certificate));

    // Act
    let outcome = client_trusting(&other, false)
        .get(server.collection_url())
        .send()
        .await;

    // Assert
    assert!(
        outcome.is_err(),
        "a certificate nobody trusts was accepted: {outcome:?}"
    );
}

#[test]
fn a_key_that_does_not_fit_the_certificate_stops_the_start_with_a_clear_message() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let certificate = test_certificate();
    let other = test_certificate();
    let data_dir = DataDir::new();

    // Act
    let output = run_cli(&[
        "serve",
        "--bind",
        "127.0.0.1:0",
        "--data-dir",
        &data_dir.path().display().to_string(),
        "--tls-cert",
        &certificate.cert.display().to_string(),
        "--tls-key",
        &other.key.display().to_string(),
    ]);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the server started: {stderr}");
    assert!(
        stderr.contains("does not fit the certificate"),
        "unclear message: {stderr}"
    );
    let key_pem = std::fs::read_to_string(&other.key).expect("read the key");
    let key_body = key_pem.lines().nth(1).expect("a PEM body line");
    assert!(!stderr.contains(key_body), "the message shows the key");
}

#[test]
fn tls_cert_without_tls_key_is_a_usage_error() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let certificate = test_certificate();

    // Act
    let cert = certificate.cert.display().to_string();
    let output = run_cli(&["serve", "--tls-cert", &cert]);

    // Assert
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("--tls-key"), "{stderr}");
}

/// The certificate Debian's PostgreSQL serves (self-signed, for `localhost`).
const DATABASE_CERTIFICATE: &str = "/etc/ssl/certs/ssl-cert-snakeoil.pem";

/// The test database's URL by `host`, asking for TLS.
fn tls_store_url(data_dir: &DataDir, host: &str) -> String {
    let url = data_dir
        .store_url()
        .expect("the PostgreSQL binary has a database URL");
    let url = url.replacen("@127.0.0.1:", &format!("@{host}:"), 1);
    format!("{url}?sslmode=require")
}

/// Whether the database serves TLS with the certificate these tests trust; says why not.
fn database_serves_tls(data_dir: &DataDir) -> bool {
    let ssl = data_dir.database().query_one("SHOW ssl");
    let served =
        ssl.as_deref() == Some("on") && std::path::Path::new(DATABASE_CERTIFICATE).exists();
    if !served {
        println!(
            "SKIPPED (PostgreSQL store): the database does not serve TLS with \
             {DATABASE_CERTIFICATE} (ssl = {ssl:?})"
        );
    }
    served
}

#[tokio::test]
async fn the_postgresql_store_is_reached_over_verified_tls() {
    if crate::support::store::not_on(Store::Postgres, "TLS to PostgreSQL") {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    if !database_serves_tls(&data_dir) {
        return;
    }
    let options = ServerOptions {
        // The flags below win over the plain URL the harness puts in the environment.
        via_environment: true,
        extra_args: vec![
            "--store".to_owned(),
            tls_store_url(&data_dir, "localhost"),
            "--pg-ca-file".to_owned(),
            DATABASE_CERTIFICATE.to_owned(),
        ],
        ..ServerOptions::default()
    };

    // Act
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &minimal_interaction()).await;

    // Assert
    let id = id_of(&created);
    expect_ok(&retrieve(&server, &auth, &id).await);
    let encrypted = data_dir.database().query_one(
        "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) \
         WHERE ssl AND application_name = 'party-interaction-server' \
         AND datname = current_database()",
    );
    assert_ne!(
        encrypted.as_deref(),
        Some("0"),
        "the server's connections are not TLS"
    );
    let plain = data_dir.database().query_one(
        "SELECT count(*) FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) \
         WHERE NOT ssl AND application_name = 'party-interaction-server' \
         AND datname = current_database()",
    );
    assert_eq!(plain.as_deref(), Some("0"), "some connections are plain");
}

#[test]
fn a_database_certificate_for_another_name_or_from_an_unknown_issuer_is_refused() {
    if crate::support::store::not_on(Store::Postgres, "TLS to PostgreSQL") {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    if !database_serves_tls(&data_dir) {
        return;
    }
    let unknown_issuer = test_certificate();
    let dir = data_dir.path().display().to_string();
    let refusals = [
        // The right issuer, but the certificate is for `localhost`, not this address.
        (
            tls_store_url(&data_dir, "127.0.0.1"),
            DATABASE_CERTIFICATE.to_owned(),
            "not valid for name",
        ),
        // The right name, but no trusted root vouches for it.
        (
            tls_store_url(&data_dir, "localhost"),
            unknown_issuer.cert.display().to_string(),
            "invalid peer certificate",
        ),
    ];
    for (url, ca_file, why) in refusals {
        // Act
        let output = run_cli(&[
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--data-dir",
            &dir,
            "--store",
            &url,
            "--pg-ca-file",
            &ca_file,
        ]);

        // Assert
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success(),
            "the server started on {url}: {stderr}"
        );
        assert!(
            stderr.contains(why),
            "{url} with {ca_file}: unclear message: {stderr}"
        );
    }
}
