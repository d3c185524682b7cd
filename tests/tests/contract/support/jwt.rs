//! Mints JWTs with the test-only keys in tests/fixtures/ (see tests/fixtures/README.md).

use std::path::PathBuf;
use std::time::{SystemTime, UNIX_EPOCH};

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::Serialize;

use super::server::{JWT_AUDIENCE, JWT_ISSUER};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The JWKS holding the public halves of `test-rsa` and `test-ec`.
pub fn jwks_file() -> PathBuf {
    fixture("jwks.json")
}

/// Which key signs the token.
#[derive(Clone, Copy, Debug)]
pub enum SigningKey {
    /// RS256 with the key published in the JWKS as `test-rsa`.
    Rsa,
    /// ES256 with the key published in the JWKS as `test-ec`.
    Ec,
    /// RS256 with a key that is NOT in the JWKS, but claiming kid `test-rsa`.
    UntrustedRsa,
}

#[derive(Serialize, Clone, Debug)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub iat: u64,
    pub nbf: u64,
    pub exp: u64,
    pub scope: String,
}

pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs()
}

impl Claims {
    /// Valid for the configured issuer and audience, from now for an hour.
    pub fn valid(scope: &str) -> Self {
        let now = now();
        Self {
            iss: JWT_ISSUER.to_owned(),
            aud: JWT_AUDIENCE.to_owned(),
            sub: "agent-0042@call-centre.test".to_owned(),
            iat: now,
            nbf: now,
            exp: now + 3600,
            scope: scope.to_owned(),
        }
    }
}

pub fn mint(key: SigningKey, kid: &str, claims: &Claims) -> String {
    let (algorithm, encoding_key) = match key {
        SigningKey::Rsa => (Algorithm::RS256, rsa_key("rsa-private.pem")),
        SigningKey::UntrustedRsa => (Algorithm::RS256, rsa_key("rsa-untrusted-private.pem")),
        SigningKey::Ec => {
            let pem = std::fs::read(fixture("ec-private.pem")).expect("read ec-private.pem");
            let key = EncodingKey::from_ec_pem(&pem).expect("parse ec-private.pem");
            (Algorithm::ES256, key)
        }
    };
    let mut header = Header::new(algorithm);
    header.kid = Some(kid.to_owned());
    jsonwebtoken::encode(&header, claims, &encoding_key).expect("sign the JWT")
}

fn rsa_key(name: &str) -> EncodingKey {
    let pem = std::fs::read(fixture(name)).unwrap_or_else(|e| panic!("read {name}: {e}"));
    EncodingKey::from_rsa_pem(&pem).unwrap_or_else(|e| panic!("parse {name}: {e}"))
}

/// An RS256 token with kid `test-rsa` carrying `claims`.
pub fn rsa_token(claims: &Claims) -> String {
    mint(SigningKey::Rsa, "test-rsa", claims)
}

/// An ES256 token with kid `test-ec` carrying `claims`.
pub fn ec_token(claims: &Claims) -> String {
    mint(SigningKey::Ec, "test-ec", claims)
}

/// HS256 "signed" with the bytes of the RSA public key as the HMAC secret, claiming kid
/// `test-rsa`: the algorithm-confusion attack on servers that trust the token's `alg`.
pub fn hs256_with_public_key_as_secret(claims: &Claims) -> String {
    let public_pem = std::fs::read(fixture("rsa-public.pem")).expect("read rsa-public.pem");
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some("test-rsa".to_owned());
    jsonwebtoken::encode(&header, claims, &EncodingKey::from_secret(&public_pem))
        .expect("sign the HS256 JWT")
}

/// An unsigned token (`alg: none`) claiming kid `test-rsa`.
pub fn unsigned_token(claims: &Claims) -> String {
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    let header = serde_json::json!({ "alg": "none", "typ": "JWT", "kid": "test-rsa" });
    let encode = |value: &serde_json::Value| {
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).expect("serialize a JWT part"))
    };
    let claims = serde_json::to_value(claims).expect("serialize the claims");
    format!("{}.{}.", encode(&header), encode(&claims))
}

/// The three dot-separated parts of a compact JWT.
pub fn parts(token: &str) -> [&str; 3] {
    let mut parts = token.splitn(3, '.');
    let mut next = || parts.next().expect("a JWT has three parts");
    [next(), next(), next()]
}
