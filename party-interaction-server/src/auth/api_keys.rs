//! API keys, kept in `api-keys.json` in the data directory.
//!
//! A key is 32 random bytes; only its SHA-256 is stored. A slow password hash would add nothing
//! for secrets of that strength. The file is replaced atomically on every change, and a running
//! server re-reads it when it changes, so `keys add` and `keys revoke` take effect without a
//! restart: the file is looked at (one `stat`) on every request, so a revocation holds from the
//! first request after `keys revoke` returns. A revoked key's hash stays in the file under
//! `revoked`, so that a later attempt with it is logged with the key's name. The store is a
//! file rather than a sled tree because sled admits one process at a time, and the command line
//! must work while the server runs.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write as _;
use std::os::unix::fs::MetadataExt as _;
use std::path::{Path, PathBuf};
use std::sync::RwLock;
use std::time::SystemTime;

use anyhow::{bail, Context as _};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use rand::RngCore as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest as _, Sha256};
use subtle::ConstantTimeEq as _;

use super::{Principal, Scope};
use crate::clock;

pub const KEYS_FILE: &str = "api-keys.json";
const KEY_PREFIX: &str = "pik_";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredKey {
    pub name: String,
    /// Hex SHA-256 of the key.
    pub sha256: String,
    pub scopes: BTreeSet<Scope>,
    pub created: String,
}

/// A key that was revoked: kept to name it in the log when someone still tries it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevokedKey {
    pub name: String,
    pub sha256: String,
    pub revoked: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct KeysFile {
    keys: Vec<StoredKey>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    revoked: Vec<RevokedKey>,
}

/// The keys file and a cache of it that follows changes on disk.
pub struct ApiKeyStore {
    path: PathBuf,
    cache: RwLock<Cached>,
}

#[derive(Default)]
struct Cached {
    /// Modification time, size and inode: every change replaces the file, so a new inode.
    stamp: Option<(SystemTime, u64, u64)>,
    keys: Vec<([u8; 32], Principal)>,
    revoked: Vec<([u8; 32], String)>,
}

impl ApiKeyStore {
    pub fn new(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(KEYS_FILE),
            cache: RwLock::new(Cached::default()),
        }
    }

    pub fn file_exists(&self) -> bool {
        self.path.exists()
    }

    pub fn list(&self) -> anyhow::Result<Vec<StoredKey>> {
        Ok(self.read()?.keys)
    }

    /// Creates a key and returns it; this is the only time it exists outside the caller.
    pub fn add(&self, name: &str, scopes: BTreeSet<Scope>) -> anyhow::Result<String> {
        let valid_name = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|byte| byte.is_ascii_alphanumeric() || b"-_.@".contains(&byte));
        if !valid_name {
            bail!("a key name is 1 to 64 letters, digits, '-', '_', '.' or '@'");
        }
        if scopes.is_empty() {
            bail!("a key needs at least one scope (read, write)");
        }
        let mut file = self.read()?;
        if file.keys.iter().any(|key| key.name == name) {
            bail!("a key named '{name}' exists already; revoke it first or pick another name");
        }

        let mut secret = [0u8; 32];
        rand::rng().fill_bytes(&mut secret);
        let key = format!("{KEY_PREFIX}{}", URL_SAFE_NO_PAD.encode(secret));
        file.keys.push(StoredKey {
            name: name.to_owned(),
            sha256: hex(&digest(&key)),
            scopes,
            created: clock::now_rfc3339(),
        });
        self.write(&file)?;
        Ok(key)
    }

    /// Removes a key; false when there is none of that name.
    pub fn revoke(&self, name: &str) -> anyhow::Result<bool> {
        let mut file = self.read()?;
        let Some(at) = file.keys.iter().position(|key| key.name == name) else {
            return Ok(false);
        };
        let key = file.keys.remove(at);
        file.revoked.push(RevokedKey {
            name: key.name,
            sha256: key.sha256,
            revoked: clock::now_rfc3339(),
        });
        self.write(&file)?;
        Ok(true)
    }

    /// The key's owner, if the key is known; else the name of the key when it was revoked.
    /// Every stored hash is compared in constant time, and all of them are compared.
    pub fn authenticate(&self, presented: &str) -> Result<Principal, Option<String>> {
        if let Err(err) = self.refresh() {
            // Keep serving with the keys we had: a half-edited file must not lock everyone out.
            tracing::error!(cause = %format!("{err:#}"), "could not reload the API keys");
        }
        let presented = digest(presented);
        let cache = self.cache.read().map_err(|_| None)?;
        let mut found = None;
        for (hash, principal) in &cache.keys {
            if bool::from(hash.ct_eq(&presented)) {
                found = Some(principal.clone());
            }
        }
        if let Some(principal) = found {
            return Ok(principal);
        }
        let mut revoked = None;
        for (hash, name) in &cache.revoked {
            if bool::from(hash.ct_eq(&presented)) {
                revoked = Some(name.clone());
            }
        }
        Err(revoked)
    }

    fn refresh(&self) -> anyhow::Result<()> {
        let stamp = match fs::metadata(&self.path) {
            Ok(meta) => Some((meta.modified()?, meta.len(), meta.ino())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => return Err(err.into()),
        };
        let unchanged = self
            .cache
            .read()
            .map(|cache| cache.stamp == stamp && stamp.is_some())
            .unwrap_or(false);
        if unchanged {
            return Ok(());
        }

        let file = match self.read() {
            Ok(file) => file,
            Err(err) => {
                // Keep the keys we had, and remember this version of the file as seen, so that
                // it is reported once rather than on every request until someone mends it.
                if let Ok(mut cache) = self.cache.write() {
                    cache.stamp = stamp;
                }
                return Err(err);
            }
        };
        let keys = file
            .keys
            .into_iter()
            .filter_map(|key| {
                let hash = unhex(&key.sha256)?;
                let principal = Principal {
                    subject: key.name,
                    scopes: key.scopes,
                };
                Some((hash, principal))
            })
            .collect();
        let revoked = file
            .revoked
            .into_iter()
            .filter_map(|key| Some((unhex(&key.sha256)?, key.name)))
            .collect();
        if let Ok(mut cache) = self.cache.write() {
            *cache = Cached {
                stamp,
                keys,
                revoked,
            };
        }
        Ok(())
    }

    fn read(&self) -> anyhow::Result<KeysFile> {
        match fs::read(&self.path) {
            Ok(bytes) => serde_json::from_slice(&bytes)
                .with_context(|| format!("{} is not a valid keys file", self.path.display())),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(KeysFile::default()),
            Err(err) => Err(err).with_context(|| format!("reading {}", self.path.display())),
        }
    }

    fn write(&self, file: &KeysFile) -> anyhow::Result<()> {
        let dir = self.path.parent().context("keys file has no directory")?;
        crate::server::create_private_dir(dir)?;
        let temporary = self.path.with_extension("json.tmp");
        let mut out = fs::File::create(&temporary)
            .with_context(|| format!("creating {}", temporary.display()))?;
        out.write_all(&serde_json::to_vec_pretty(file)?)?;
        out.sync_all()?;
        fs::rename(&temporary, &self.path)
            .with_context(|| format!("replacing {}", self.path.display()))?;
        fs::File::open(dir)?.sync_all()?;
        Ok(())
    }
}

impl Serialize for Scope {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Scope {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        Scope::parse(&name).ok_or_else(|| serde::de::Error::custom(format!("unknown scope {name}")))
    }
}

fn digest(key: &str) -> [u8; 32] {
    Sha256::digest(key.as_bytes()).into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn unhex(text: &str) -> Option<[u8; 32]> {
    let mut out = [0u8; 32];
    if text.len() != 64 {
        return None;
    }
    for (index, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(text.get(index * 2..index * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn an_added_key_authenticates_until_it_is_revoked() {
        let dir = tempfile::tempdir().unwrap();
        let store = ApiKeyStore::new(dir.path());

        let key = store.add("agent", BTreeSet::from([Scope::Read])).unwrap();
        let principal = store.authenticate(&key).unwrap();
        assert_eq!(principal.subject, "agent");
        assert_eq!(principal.scopes, BTreeSet::from([Scope::Read]));
        assert_eq!(store.authenticate("pik_wrong").unwrap_err(), None);

        assert!(store.revoke("agent").unwrap());
        assert_eq!(
            store.authenticate(&key).unwrap_err(),
            Some("agent".to_owned()),
            "a revoked key is refused, and named"
        );
        assert!(store.list().unwrap().is_empty());
    }

    #[test]
    fn a_broken_keys_file_keeps_the_keys_that_were_loaded() {
        let dir = tempfile::tempdir().unwrap();
        let store = ApiKeyStore::new(dir.path());
        let key = store.add("agent", BTreeSet::from([Scope::Read])).unwrap();
        assert!(store.authenticate(&key).is_ok());

        fs::write(dir.path().join(KEYS_FILE), b"{ half a file").unwrap();

        assert!(store.refresh().is_err());
        assert!(
            store.refresh().is_ok(),
            "the same broken file is reported once"
        );
        assert!(store.authenticate(&key).is_ok());
    }

    #[test]
    fn only_the_hash_of_a_key_is_stored() {
        let dir = tempfile::tempdir().unwrap();
        let store = ApiKeyStore::new(dir.path());

        let key = store.add("agent", BTreeSet::from([Scope::Write])).unwrap();

        let file = fs::read_to_string(dir.path().join(KEYS_FILE)).unwrap();
        assert!(!file.contains(&key));
        assert!(file.contains(&hex(&digest(&key))));
    }
}
