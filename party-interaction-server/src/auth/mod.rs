//! Who is calling, and what they may do. Both security schemes of the spec are accepted:
//! `ApiKeyAuth` (the `X-API-Key` header) and `OAuth2` (a bearer JWT).

pub mod api_keys;
pub mod jwt;

use std::collections::BTreeSet;

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
    jwt: Option<JwtVerifier>,
}

impl Authenticator {
    pub fn new(api_keys: ApiKeyStore, jwt: Option<JwtVerifier>) -> Self {
        Self { api_keys, jwt }
    }

    pub fn authenticate(&self, headers: &HeaderMap) -> Result<Principal, ApiError> {
        if let Some(key) = headers.get(API_KEY_HEADER) {
            let key = key
                .to_str()
                .map_err(|_| ApiError::Unauthorized("the API key is not valid".to_owned()))?;
            return self
                .api_keys
                .authenticate(key)
                .ok_or_else(|| ApiError::Unauthorized("the API key is not valid".to_owned()));
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
                    ApiError::Unauthorized(
                        "the Authorization header must be 'Bearer <token>'".to_owned(),
                    )
                })?;
            let verifier = self.jwt.as_ref().ok_or_else(|| {
                ApiError::Unauthorized(
                    "this server does not accept bearer tokens; use an X-API-Key".to_owned(),
                )
            })?;
            return verifier
                .verify(token)
                .map_err(|reason| ApiError::Unauthorized(format!("the bearer token {reason}")));
        }

        Err(ApiError::Unauthorized(
            "send an X-API-Key header or an Authorization: Bearer token".to_owned(),
        ))
    }
}
