//! Real HTTP requests to the server under test, and checks on its answers. Every check
//! validates the answer against what the spec says its operation answers with its status.

use reqwest::header::{HeaderMap, CONTENT_TYPE, LOCATION, WWW_AUTHENTICATE};
use reqwest::{Method, Url};
use serde_json::Value;

use super::server::Server;
use super::spec;

/// The media type the spec declares in `consumes` and `produces`.
pub const JSON_UTF8: &str = "application/json;charset=utf-8";

/// Credentials sent with a request.
#[derive(Clone, Debug)]
pub enum Auth {
    None,
    ApiKey(String),
    Bearer(String),
}

impl Auth {
    pub fn key(key: &str) -> Self {
        Self::ApiKey(key.to_owned())
    }
}

/// A complete answer: status, headers, raw text and (when it parses) the JSON body, with
/// the request it answers.
#[derive(Debug)]
pub struct Answer {
    pub method: Method,
    pub url: String,
    pub status: u16,
    pub headers: HeaderMap,
    pub text: String,
}

impl Answer {
    pub fn header(&self, name: impl reqwest::header::AsHeaderName) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The body as JSON; panics (showing the raw text) when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.text).unwrap_or_else(|e| {
            panic!(
                "the {} answer's body is not JSON ({e}): {:?}",
                self.status, self.text
            )
        })
    }
}

fn client() -> reqwest::Client {
    install_tls_provider();
    reqwest::Client::builder()
        .no_proxy()
        .build()
        .expect("build an HTTP client")
}

/// The server builds reqwest without a TLS crypto provider and installs ring itself; a
/// workspace build gives the tests' reqwest the same features, so they install it too.
pub fn install_tls_provider() {
    // An error means a provider is installed already.
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// Sends `method url` with the given credentials, optional Content-Type and raw body.
pub async fn send(
    method: Method,
    url: &str,
    auth: &Auth,
    content_type: Option<&str>,
    body: Option<Vec<u8>>,
) -> Answer {
    send_with_headers(method, url, auth, &[], content_type, body).await
}

/// `send` with extra request headers (e.g. `If-Match`).
pub async fn send_with_headers(
    method: Method,
    url: &str,
    auth: &Auth,
    headers: &[(&str, &str)],
    content_type: Option<&str>,
    body: Option<Vec<u8>>,
) -> Answer {
    send_on(&client(), method, url, auth, headers, content_type, body).await
}

/// `send_with_headers` on a client of the caller's (e.g. one that trusts a test certificate).
pub async fn send_on(
    client: &reqwest::Client,
    method: Method,
    url: &str,
    auth: &Auth,
    headers: &[(&str, &str)],
    content_type: Option<&str>,
    body: Option<Vec<u8>>,
) -> Answer {
    let mut request = client.request(method.clone(), url);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request = match auth {
        Auth::None => request,
        Auth::ApiKey(key) => request.header("X-API-Key", key),
        Auth::Bearer(token) => request.bearer_auth(token),
    };
    if let Some(content_type) = content_type {
        request = request.header(CONTENT_TYPE, content_type);
    }
    if let Some(body) = body {
        request = request.body(body);
    }
    let response = request
        .send()
        .await
        .unwrap_or_else(|e| panic!("{method} {url} got no answer: {e}"));
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let text = response
        .text()
        .await
        .unwrap_or_else(|e| panic!("read the body of {method} {url}: {e}"));
    Answer {
        method,
        url: url.to_owned(),
        status,
        headers,
        text,
    }
}

/// POSTs raw bytes to the collection with the given Content-Type.
pub async fn post_raw(
    server: &Server,
    auth: &Auth,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Answer {
    send(
        Method::POST,
        &server.collection_url(),
        auth,
        content_type,
        Some(body),
    )
    .await
}

/// POSTs `body` as `application/json;charset=utf-8` to the collection.
pub async fn create(server: &Server, auth: &Auth, body: &Value) -> Answer {
    let bytes = serde_json::to_vec(body).expect("serialize the request body");
    post_raw(server, auth, Some(JSON_UTF8), bytes).await
}

fn assert_json_utf8(answer: &Answer) {
    let content_type = answer.header(CONTENT_TYPE).unwrap_or_else(|| {
        panic!(
            "the {} answer has no Content-Type: {answer:?}",
            answer.status
        )
    });
    let normalized: String = content_type
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    assert_eq!(
        normalized, JSON_UTF8,
        "the {} answer's Content-Type is {content_type:?}",
        answer.status
    );
}

/// Panics unless the answer is what the spec says its operation answers with its status: a
/// JSON body (`application/json;charset=utf-8`) valid against the response's schema, or no
/// body at all when the response has none; declared integer headers, when sent, are integers.
/// Returns the body, `Value::Null` when there is none.
pub fn expect_spec_conformance(answer: &Answer) -> Value {
    let url = Url::parse(&answer.url)
        .unwrap_or_else(|e| panic!("the request URL {} does not parse: {e}", answer.url));
    let expected = spec::response(answer.method.as_str(), url.path(), answer.status)
        .unwrap_or_else(|problem| panic!("{problem}: {answer:#?}"));
    for (name, kind) in &expected.headers {
        if let (Some(value), "integer") = (answer.header(name.as_str()), kind.as_str()) {
            assert!(
                value.parse::<i64>().is_ok(),
                "header {name} should be an integer per the spec, is {value:?}"
            );
        }
    }
    match &expected.schema {
        None => {
            assert!(
                answer.text.is_empty(),
                "the spec's {} response has no body, yet the answer has one: {answer:#?}",
                answer.status
            );
            Value::Null
        }
        Some(schema) => {
            assert_json_utf8(answer);
            let body = answer.json();
            let problems = spec::violations_of(schema, &body);
            assert!(
                problems.is_empty(),
                "the {} answer to {} {} does not match {schema}: {problems:#?}\nbody: {body:#}",
                answer.status,
                answer.method,
                answer.url
            );
            body
        }
    }
}

/// Checks a 201 answer (Content-Type, spec schema, `href`, `Location`) and returns its body.
pub fn expect_created(answer: &Answer, public_base: &str) -> Value {
    assert_eq!(answer.status, 201, "expected 201 Created, got: {answer:#?}");
    let body = expect_spec_conformance(answer);
    let id = body["id"]
        .as_str()
        .unwrap_or_else(|| panic!("the created interaction has no string id: {body:#}"));
    assert!(!id.is_empty(), "the created interaction has an empty id");
    let expected_href = format!("{public_base}{}/partyInteraction/{id}", spec::base_path());
    assert_eq!(body["href"], expected_href, "href of {body:#}");
    assert_eq!(
        answer.header(LOCATION),
        Some(expected_href.as_str()),
        "the Location header should equal href"
    );
    body
}

/// Checks an error answer: status, Content-Type, spec schema, `code`, `status`,
/// non-empty `reason` and `message`, an RFC 3339 `timestamp`. Returns the body.
pub fn expect_error(answer: &Answer, status: u16, code: &str) -> Value {
    assert_eq!(
        answer.status, status,
        "expected {status} {code}, got: {answer:#?}"
    );
    let body = expect_spec_conformance(answer);
    assert_eq!(body["code"], code, "code of {body:#}");
    assert_eq!(body["status"], status.to_string(), "status of {body:#}");
    for field in ["reason", "message"] {
        let text = body[field]
            .as_str()
            .unwrap_or_else(|| panic!("the error has no {field}: {body:#}"));
        assert!(
            !text.trim().is_empty(),
            "the error's {field} is empty: {body:#}"
        );
    }
    let timestamp = body["timestamp"]
        .as_str()
        .unwrap_or_else(|| panic!("the error has no timestamp: {body:#}"));
    chrono::DateTime::parse_from_rfc3339(timestamp)
        .unwrap_or_else(|e| panic!("timestamp {timestamp:?} is not RFC 3339: {e}"));
    body
}

/// `expect_error` for 400 `invalidBody`; returns the message.
pub fn expect_invalid_body(answer: &Answer) -> String {
    let body = expect_error(answer, 400, "invalidBody");
    body["message"]
        .as_str()
        .expect("expect_error checked the message")
        .to_owned()
}

/// `expect_error` for 401, which must also challenge with `WWW-Authenticate`.
pub fn expect_unauthorized(answer: &Answer) -> Value {
    let body = expect_error(answer, 401, "unauthorized");
    let challenge = answer
        .header(WWW_AUTHENTICATE)
        .unwrap_or_else(|| panic!("a 401 answer must carry WWW-Authenticate: {answer:#?}"));
    assert!(!challenge.trim().is_empty(), "WWW-Authenticate is empty");
    body
}
