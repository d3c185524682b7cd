//! Who is calling, and what they may do. Both security schemes of the spec are accepted:
//! `ApiKeyAuth` (the `X-API-Key` header) and `OAuth2` (a bearer JWT).

pub mod api_keys;
pub mod jwt;

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::Arc;

use hyper::header::AUTHORIZATION;
use hyper::HeaderMap;
use swagger::auth::{Authorization, Scopes};

use crate::errors::ApiError;
use api_keys::ApiKeyStore;
use jwt::JwtVerifier;

pub const API_KEY_HEADER: &str = "x-api-key";

/// The two permissions the API knows: reading interactions and changing them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Scope {
    Read,
    Write,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Read, Scope::Write];

    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Read => "read",
            Scope::Write => "write",
        }
    }

    pub fn parse(name: &str) -> Option<Scope> {
        Self::ALL.into_iter().find(|scope| scope.as_str() == name)
    }
}

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Principal {
    /// The API key's name, or the token's subject.
    pub subject: String,
    pub scopes: BTreeSet<Scope>,
}

impl Principal {
    pub fn require(&self, scope: Scope) -> Result<(), ApiError> {
        if self.scopes.contains(&scope) {
            Ok(())
        } else {
            Err(ApiError::Forbidden(format!(
                "this operation needs the '{}' scope",
                scope.as_str()
            )))
        }
    }

    /// The caller in the form the generated glue expects.
    pub fn authorization(&self) -> Authorization {
        Authorization {
            subject: self.subject.clone(),
            scopes: Scopes::Some(
                self.scopes
                    .iter()
                    .map(|scope| scope.as_str().to_owned())
                    .collect(),
            ),
            issuer: None,
        }
    }
}

pub struct Authenticator {
    api_keys: ApiKeyStore,
    jwt: Option<Arc<JwtVerifier>>,
}

/// Why credentials were refused, with what the log may say about them.
struct Refusal {
    error: ApiError,
    scheme: &'static str,
    /// The key's name (of a revoked key) or the subject the token claims, when known.
    subject: Option<String>,
}

impl Refusal {
    fn new(scheme: &'static str, message: &str) -> Self {
        Self {
            error: ApiError::Unauthorized(message.to_owned()),
            scheme,
            subject: None,
        }
    }
}

impl Authenticator {
    pub fn new(api_keys: ApiKeyStore, jwt: Option<Arc<JwtVerifier>>) -> Self {
        Self { api_keys, jwt }
    }

    /// The caller, or a 401. Every refusal is logged with the peer's address, the scheme
    /// tried and the key name or token subject when known; never with the secret itself.
    pub fn authenticate(
        &self,
        headers: &HeaderMap,
        peer: Option<SocketAddr>,
    ) -> Result<Principal, ApiError> {
        self.check(headers).map_err(|refusal| {
            let peer = peer.map_or_else(|| "-".to_owned(), |peer| peer.to_string());
            // The subject is the client's text: recorded as a string, so the log escapes it.
            tracing::warn!(
                %peer,
                scheme = refusal.scheme,
                subject = refusal.subject.as_deref().unwrap_or("-"),
                reason = %refusal.error.message(),
                "authentication failed"
            );
            refusal.error
        })
    }

    fn check(&self, headers: &HeaderMap) -> Result<Principal, Refusal> {
        const INVALID_KEY: &str = "the API key is not valid";
        // Credentials come once, by one scheme: with two, which one decides would be up to
        // the server, and a forged one could ride along unnoticed.
        let keys = headers.get_all(API_KEY_HEADER).iter().count();
        let authorizations = headers.get_all(AUTHORIZATION).iter().count();
        if keys > 1 || authorizations > 1 {
            return Err(Refusal::new(
                if keys > 1 { "apiKey" } else { "bearer" },
                "send one X-API-Key or Authorization header, not several",
            ));
        }
        if keys == 1 && authorizations == 1 {
            return Err(Refusal::new(
                "apiKey",
                "send either an X-API-Key or an Authorization header, not both",
            ));
        }
        if let Some(key) = headers.get(API_KEY_HEADER) {
            let key = key
                .to_str()
                .map_err(|_| Refusal::new("apiKey", INVALID_KEY))?;
            return self.api_keys.authenticate(key).map_err(|revoked| Refusal {
                subject: revoked,
                ..Refusal::new("apiKey", INVALID_KEY)
            });
        }

        if let Some(value) = headers.get(AUTHORIZATION) {
            let token = value
                .to_str()
                .ok()
                .and_then(|value| value.split_once(' '))
                // The scheme is case-insensitive (RFC 9110, section 11.1).
                .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
                .map(|(_, token)| token.trim())
                .ok_or_else(|| {
                    Refusal::new(
                        "bearer",
                        "the Authorization header must be 'Bearer <token>'",
                    )
                })?;
            let verifier = self.jwt.as_ref().ok_or_else(|| Refusal {
                subject: jwt::claimed_subject(token),
                ..Refusal::new(
                    "bearer",
                    "this server does not accept bearer tokens; use an X-API-Key",
                )
            })?;
            return verifier.verify(token).map_err(|reason| Refusal {
                subject: jwt::claimed_subject(token),
                ..Refusal::new("bearer", &format!("the bearer token {reason}"))
            });
        }

        Err(Refusal::new(
            "none",
            "send an X-API-Key header or an Authorization: Bearer token",
        ))
    }
}
