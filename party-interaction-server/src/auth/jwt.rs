//! OAuth2 as a resource server: bearer JWTs signed with RS256 or ES256 by a key of a
//! configured JWKS file, for a configured issuer and audience.
//!
//! The JWKS file can be replaced while the server runs (a signing key rotated at the identity
//! provider): [`JwtVerifier::reload_if_changed`] and [`JwtVerifier::reload`] swap the keys in
//! at once, and a file that does not load leaves the keys in use untouched.

use std::collections::BTreeSet;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::SystemTime;

use anyhow::{bail, Context as _};
use jsonwebtoken::jwk::{AlgorithmParameters, EllipticCurve, JwkSet};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use super::{Principal, Scope};

/// Clock skew tolerated on `exp` and `nbf`, in seconds.
const LEEWAY_SECONDS: u64 = 30;

/// Longest token subject written to the log of a refused token: it is the client's text.
const MAX_LOGGED_SUBJECT: usize = 64;

pub struct JwtVerifier {
    path: PathBuf,
    keys: RwLock<Arc<KeySet>>,
    /// The version of the file last read, whether or not it loaded.
    seen: Mutex<Option<Stamp>>,
    issuer: String,
    audience: String,
}

/// Modification time, size and inode of a file: a rotation by rename changes the inode even
/// when time and size happen to match.
type Stamp = (SystemTime, u64, u64);

/// The keys of one version of the JWKS file.
struct KeySet {
    keys: Vec<VerificationKey>,
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

#[derive(Deserialize)]
struct SubjectOnly {
    sub: Option<String>,
}

impl JwtVerifier {
    pub fn from_jwks_file(path: &Path, issuer: String, audience: String) -> anyhow::Result<Self> {
        let seen = stamp_of(path).ok();
        let keys = load(path)?;
        if keys.keys.is_empty() {
            bail!("{} holds no RSA or P-256 key", path.display());
        }
        Ok(Self {
            path: path.to_owned(),
            keys: RwLock::new(Arc::new(keys)),
            seen: Mutex::new(seen),
            issuer,
            audience,
        })
    }

    pub fn key_count(&self) -> usize {
        self.current().keys.len()
    }

    /// Reads the JWKS file again; on failure the keys in use stay. Returns the key count. A
    /// well-formed set without a usable key withdraws every key: no bearer token is accepted
    /// until keys come back (an operator's way to stop a leaked key at once).
    pub fn reload(&self) -> anyhow::Result<usize> {
        let keys = Arc::new(load(&self.path)?);
        let count = keys.keys.len();
        if count == 0 {
            tracing::warn!(
                file = %self.path.display(),
                "the JWKS file holds no RSA or P-256 key: every bearer token is refused until it does"
            );
        }
        if let Ok(mut current) = self.keys.write() {
            *current = keys;
        }
        Ok(count)
    }

    /// [`Self::reload`] when the file differs from the version last read; `None` when it is
    /// unchanged. A version that failed to load is reported once, not on every poll.
    pub fn reload_if_changed(&self) -> anyhow::Result<Option<usize>> {
        let stamp = stamp_of(&self.path).ok();
        let mut seen = match self.seen.lock() {
            Ok(seen) => seen,
            Err(poisoned) => poisoned.into_inner(),
        };
        if stamp.is_some() && stamp == *seen {
            return Ok(None);
        }
        *seen = stamp;
        drop(seen);
        self.reload().map(Some)
    }

    fn current(&self) -> Arc<KeySet> {
        match self.keys.read() {
            Ok(keys) => Arc::clone(&keys),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
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

        let keys = self.current();
        let candidates = keys.keys.iter().filter(|key| {
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

/// The `sub` a refused token claims, for the log: unverified, so never trusted for anything
/// else, and cut short.
pub fn claimed_subject(token: &str) -> Option<String> {
    let data = jsonwebtoken::dangerous::insecure_decode::<SubjectOnly>(token).ok()?;
    let subject = data.claims.sub?;
    Some(subject.chars().take(MAX_LOGGED_SUBJECT).collect())
}

fn stamp_of(path: &Path) -> std::io::Result<Stamp> {
    let meta = std::fs::metadata(path)?;
    Ok((meta.modified()?, meta.len(), meta.ino()))
}

fn load(path: &Path) -> anyhow::Result<KeySet> {
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
    Ok(KeySet { keys })
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
