//! HTTPS: the certificate chain and key of `--tls-cert` and `--tls-key`, served with rustls
//! (its ring provider, as everywhere in the server), offering HTTP/2 and HTTP/1.1 by ALPN; and
//! the client side of TLS to PostgreSQL.

use std::path::Path;
use std::sync::Arc;

use anyhow::{ensure, Context as _};
use rustls::pki_types::pem::PemObject as _;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::{ClientConfig, RootCertStore, ServerConfig};
use tokio_rustls::TlsAcceptor;

/// The ALPN names offered, preferred first.
const ALPN: [&[u8]; 2] = [b"h2", b"http/1.1"];

/// An acceptor for the certificate chain in `cert` and its private key in `key` (PEM).
pub fn acceptor(cert: &Path, key: &Path) -> anyhow::Result<TlsAcceptor> {
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .with_context(|| format!("reading the certificate file {}", cert.display()))?
        .collect::<Result<_, _>>()
        .with_context(|| format!("{} is not a PEM certificate chain", cert.display()))?;
    ensure!(!chain.is_empty(), "{} holds no certificate", cert.display());
    // The error names the file only: it must never show key material.
    let private_key = PrivateKeyDer::from_pem_file(key)
        .map_err(|_| anyhow::anyhow!("{} holds no readable PEM private key", key.display()))?;

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_no_client_auth()
        .with_single_cert(chain, private_key)
        .with_context(|| {
            format!(
                "the key in {} does not fit the certificate in {}",
                key.display(),
                cert.display()
            )
        })?;
    config.alpn_protocols = ALPN.iter().map(|name| name.to_vec()).collect();
    Ok(TlsAcceptor::from(Arc::new(config)))
}

/// A client configuration trusting the certificates in `ca_file` (PEM), or the system's roots.
pub fn client_config(ca_file: Option<&Path>) -> anyhow::Result<ClientConfig> {
    let mut roots = RootCertStore::empty();
    match ca_file {
        Some(file) => {
            for cert in CertificateDer::pem_file_iter(file)
                .with_context(|| format!("reading the CA file {}", file.display()))?
            {
                let cert =
                    cert.with_context(|| format!("{} is not a PEM certificate", file.display()))?;
                roots.add(cert).with_context(|| {
                    format!("a certificate in {} is not usable", file.display())
                })?;
            }
            ensure!(!roots.is_empty(), "{} holds no certificate", file.display());
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = roots.add_parsable_certificates(found.certs);
            ensure!(
                added > 0,
                "no trusted root certificates found on this system; give a CA file"
            );
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .context("TLS protocol versions")?
        .with_root_certificates(roots)
        .with_no_client_auth())
}
