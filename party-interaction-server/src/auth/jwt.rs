//! OAuth2 as a resource server: bearer JWTs signed with RS256 or ES256 by a key of a
//! configured JWKS file, for a configured issuer and audience.

use std::collections::BTreeSet;
use std::path::Path;

use anyhow::{bail, Context as _};
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, JwkSet};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use super::{Principal, Scope};

/// Clock skew tolerated on `exp` and `nbf`, in seconds.
const LEEWAY_SECONDS: u64 = 30;

pub struct JwtVerifier {
    keys: Vec<VerificationKey>,
    issuer: String,
    audience: String,
}

struct VerificationKey {
    kid: Option<String>,
    algorithm: Algorithm,
    key: DecodingKey,
}

#[derive(Deserialize)]
struct Claims {
    sub: Option<String>,
    /// Space-separated scopes, as RFC 8693 and RFC 9068 define the claim.
    #[serde(default)]
    scope: String,
}

impl JwtVerifier {
    pub fn from_jwks_file(path: &Path, issuer: String, audience: String) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the JWKS file {}", path.display()))?;
        let set: JwkSet = serde_json::from_str(&text)
            .with_context(|| format!("{} is not a JWKS document", path.display()))?;

        let mut keys = Vec::new();
        for jwk in &set.keys {
            let algorithm = match &jwk.algorithm {
                AlgorithmParameters::RSA(_) => Algorithm::RS256,
                AlgorithmParameters::EllipticCurve(ec) if ec.curve == EllipticCurve::P256 => {
                    Algorithm::ES256
                }
                // Keys for other algorithms may share the set; they verify nothing here.
                _ => continue,
            };
            let key = DecodingKey::from_jwk(jwk).with_context(|| {
                format!(
                    "key {:?} of {} is unusable",
                    jwk.common.key_id,
                    path.display()
                )
            })?;
            keys.push(VerificationKey {
                kid: jwk.common.key_id.clone(),
                algorithm,
                key,
            });
        }
        if keys.is_empty() {
            bail!("{} holds no RSA or P-256 key", path.display());
        }
        Ok(Self {
            keys,
            issuer,
            audience,
        })
    }

    pub fn key_count(&self) -> usize {
        self.keys.len()
    }

    /// The token's caller, or why the token is refused (phrased to follow "the bearer token").
    pub fn verify(&self, token: &str) -> Result<Principal, String> {
        let header = decode_header(token).map_err(|_| "is not a JWT".to_owned())?;
        if !matches!(header.alg, Algorithm::RS256 | Algorithm::ES256) {
            return Err(format!(
                "uses {:?}; only RS256 and ES256 are accepted",
                header.alg
            ));
        }

        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECONDS;
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);

        let candidates = self.keys.iter().filter(|key| {
            key.algorithm == header.alg && (header.kid.is_none() || key.kid == header.kid)
        });
        let mut last_error = "was signed by no key this server trusts".to_owned();
        for candidate in candidates {
            match decode::<Claims>(token, &candidate.key, &validation) {
                Ok(data) => {
                    let scopes: BTreeSet<Scope> = data
                        .claims
                        .scope
                        .split_whitespace()
                        .filter_map(Scope::parse)
                        .collect();
                    return Ok(Principal {
                        subject: data
                            .claims
                            .sub
                            .unwrap_or_else(|| "oauth2-client".to_owned()),
                        scopes,
                    });
                }
                Err(err) => last_error = describe(&err),
            }
        }
        Err(last_error)
    }
}

fn describe(err: &jsonwebtoken::errors::Error) -> String {
    use jsonwebtoken::errors::ErrorKind;
    match err.kind() {
        ErrorKind::ExpiredSignature => "has expired".to_owned(),
        ErrorKind::ImmatureSignature => "is not valid yet (nbf)".to_owned(),
        ErrorKind::InvalidIssuer => "has the wrong issuer".to_owned(),
        ErrorKind::InvalidAudience => "has the wrong audience".to_owned(),
        ErrorKind::InvalidSignature => "has an invalid signature".to_owned(),
        ErrorKind::MissingRequiredClaim(claim) => format!("lacks the '{claim}' claim"),
        _ => "is not valid".to_owned(),
    }
}
