//! Which callback URLs events may be sent to. A subscriber chooses the URL, so without checks
//! the server could be made to POST into its own network (server-side request forgery): to
//! loopback services, private ranges or a cloud metadata endpoint. Such addresses are refused
//! unless an operator allow-lists their network, when subscribing and again at every delivery
//! on the addresses the name resolves to then (so a name cannot be re-pointed after the check).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use ipnet::IpNet;
use url::{Host, Url};

/// How long a subscription may wait for its callback's name to resolve.
const RESOLVE_TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Default)]
pub struct CallbackPolicy {
    /// Whether plain `http` callbacks are allowed (`https` always is).
    pub allow_http: bool,
    /// Networks allowed although they are loopback, private, link-local or reserved.
    pub allowed_networks: Vec<IpNet>,
}

impl CallbackPolicy {
    /// The URL, if it is one events may be sent to: absolute, `https` (or `http` if allowed),
    /// without credentials or fragment, with a host whose every address is allowed.
    pub async fn check(&self, callback: &str) -> Result<Url, String> {
        let url = self.check_form(callback)?;
        let addresses = resolve(&url).await?;
        for address in &addresses {
            self.check_address(address.ip())?;
        }
        Ok(url)
    }

    fn check_form(&self, callback: &str) -> Result<Url, String> {
        let url = Url::parse(callback)
            .map_err(|err| format!("callback is not an absolute URL: {err}"))?;
        match url.scheme() {
            "https" => {}
            "http" if self.allow_http => {}
            "http" => return Err(
                "callback must be an https URL; this server does not send events over plain http"
                    .to_owned(),
            ),
            other => return Err(format!("callback scheme {other:?} is not https")),
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err("callback must not carry credentials".to_owned());
        }
        if url.fragment().is_some() {
            return Err("callback must not have a fragment".to_owned());
        }
        if url.host().is_none() {
            return Err("callback has no host".to_owned());
        }
        if url.port() == Some(0) {
            return Err("callback port 0 cannot be reached".to_owned());
        }
        Ok(url)
    }

    /// Whether events may be sent to this address.
    pub fn check_address(&self, address: IpAddr) -> Result<(), String> {
        let address = canonical(address);
        match forbidden(address) {
            Some(kind)
                if !self
                    .allowed_networks
                    .iter()
                    .any(|net| net.contains(&address)) =>
            {
                Err(format!(
                    "callback address {address} is {kind}; events are not sent there unless the \
                     server allow-lists its network (--events-allow-networks)"
                ))
            }
            _ => Ok(()),
        }
    }
}

/// The addresses of the URL's host (the host itself when it is an address).
async fn resolve(url: &Url) -> Result<Vec<SocketAddr>, String> {
    let port = url.port_or_known_default().unwrap_or(443);
    match url.host() {
        Some(Host::Ipv4(address)) => Ok(vec![SocketAddr::new(address.into(), port)]),
        Some(Host::Ipv6(address)) => Ok(vec![SocketAddr::new(address.into(), port)]),
        Some(Host::Domain(name)) => {
            let lookup = tokio::net::lookup_host((name, port));
            let addresses: Vec<SocketAddr> = tokio::time::timeout(RESOLVE_TIMEOUT, lookup)
                .await
                .map_err(|_| {
                    format!("callback host {name} did not resolve within {RESOLVE_TIMEOUT:?}")
                })?
                .map_err(|err| format!("callback host {name} does not resolve: {err}"))?
                .collect();
            if addresses.is_empty() {
                return Err(format!("callback host {name} has no address"));
            }
            Ok(addresses)
        }
        None => Err("callback has no host".to_owned()),
    }
}

/// An IPv4 address written as IPv6 (`::ffff:10.0.0.1`) is checked as the IPv4 address.
fn canonical(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(IpAddr::V6(v6), IpAddr::V4),
        v4 => v4,
    }
}

/// What kind of address this is, if events must not go there by default.
fn forbidden(address: IpAddr) -> Option<&'static str> {
    match address {
        IpAddr::V4(v4) => forbidden_v4(v4),
        IpAddr::V6(v6) => forbidden_v6(v6),
    }
}

fn forbidden_v4(address: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = address.octets();
    if address.is_loopback() {
        Some("a loopback address")
    } else if address.is_private() {
        Some("a private address")
    } else if address.is_link_local() {
        // 169.254.169.254 is the metadata endpoint of most clouds.
        Some("a link-local (or cloud metadata) address")
    } else if a == 100 && (64..128).contains(&b) {
        // 100.100.100.200 is a metadata endpoint there.
        Some("a carrier-grade NAT address")
    } else if a == 0 || address.is_broadcast() || address.is_multicast() || a >= 240 {
        Some("not a unicast address")
    } else if a == 192 && b == 0 && address.octets()[2] == 0 {
        Some("an IETF protocol assignment")
    } else if a == 198 && (18..20).contains(&b) {
        Some("a benchmarking address")
    } else if address.is_documentation() {
        Some("a documentation address")
    } else if a == 192 && b == 88 && address.octets()[2] == 99 {
        Some("a 6to4 relay address")
    } else {
        None
    }
}

fn forbidden_v6(address: Ipv6Addr) -> Option<&'static str> {
    let segments = address.segments();
    let first = segments[0];
    // Forms that carry an IPv4 address are judged by it.
    if first == 0x2002 {
        // 6to4: 2002:AABB:CCDD::/48 stands for AA.BB.CC.DD.
        let [a, b] = segments[1].to_be_bytes();
        let [c, d] = segments[2].to_be_bytes();
        if let Some(kind) = forbidden_v4(Ipv4Addr::new(a, b, c, d)) {
            return Some(kind);
        }
    }
    if address.is_loopback() {
        Some("a loopback address")
    } else if address.is_unspecified() || address.is_multicast() {
        Some("not a unicast address")
    } else if first & 0xfe00 == 0xfc00 {
        // fd00:ec2::254 is a metadata endpoint there.
        Some("a unique local (private) address")
    } else if first & 0xffc0 == 0xfe80 {
        Some("a link-local address")
    } else if first & 0xffc0 == 0xfec0 {
        Some("a site-local address")
    } else if first == 0x2001 && segments[1] == 0x0db8 {
        Some("a documentation address")
    } else if segments[..4] == [0, 0, 0, 0] && segments[4] == 0xffff && segments[5] == 0 {
        // `::ffff:0:a.b.c.d`, IPv4-translated.
        Some("an IPv4-translated address")
    } else if segments[..3] == [0x64, 0xff9b, 1] {
        Some("a local-use NAT64 address")
    } else if address.segments()[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
        Some("a NAT64 address")
    } else if address.segments()[..6] == [0; 6] {
        // `::a.b.c.d`, the deprecated IPv4-compatible form.
        Some("an IPv4-compatible address")
    } else {
        None
    }
}

/// The URL as it may be logged: without its query, which may carry a token.
pub fn loggable(callback: &str) -> String {
    match Url::parse(callback) {
        Ok(mut url) => {
            if url.query().is_some() {
                url.set_query(Some("…"));
            }
            url.to_string()
        }
        Err(_) => "(not a URL)".to_owned(),
    }
}

/// `--events-allow-networks` entries: a network (`10.0.0.0/8`) or one address.
pub fn parse_network(text: &str) -> Result<IpNet, String> {
    text.parse::<IpNet>()
        .or_else(|_| text.parse::<IpAddr>().map(IpNet::from))
        .map_err(|_| format!("{text:?} is neither a network (10.0.0.0/8) nor an address"))
}

/// The HTTP client's name resolution: only addresses the policy allows.
pub struct GuardedResolver {
    pub policy: Arc<CallbackPolicy>,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = Arc::clone(&self.policy);
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let resolved: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let mut refusal = None;
            let allowed: Vec<SocketAddr> = resolved
                .into_iter()
                .filter(|address| match policy.check_address(address.ip()) {
                    Ok(()) => true,
                    Err(err) => {
                        refusal = Some(err);
                        false
                    }
                })
                .collect();
            if allowed.is_empty() {
                let why = refusal.unwrap_or_else(|| format!("{host} has no address"));
                return Err(why.into());
            }
            Ok(Box::new(allowed.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn policy(allow_http: bool, networks: &[&str]) -> CallbackPolicy {
        CallbackPolicy {
            allow_http,
            allowed_networks: networks.iter().map(|n| parse_network(n).unwrap()).collect(),
        }
    }

    #[test]
    fn internal_addresses_are_refused_unless_allow_listed() {
        let strict = policy(true, &[]);
        for address in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.100.100.200",
            "0.0.0.0",
            "::1",
            "::",
            "fd00:ec2::254",
            "fe80::1",
            "::ffff:10.0.0.1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
            "::ffff:0:127.0.0.1",
            "64:ff9b:1::7f00:1",
            "2002:7f00:1::",
            "fec0::1",
            "192.0.2.1",
            "2001:db8::1",
        ] {
            let address: IpAddr = address.parse().unwrap();
            assert!(strict.check_address(address).is_err(), "{address} allowed");
        }
        for address in ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"] {
            let address: IpAddr = address.parse().unwrap();
            assert!(strict.check_address(address).is_ok(), "{address} refused");
        }
        let loopback = policy(true, &["127.0.0.0/8", "::1"]);
        assert!(loopback.check_address("127.0.0.2".parse().unwrap()).is_ok());
        assert!(loopback.check_address("::1".parse().unwrap()).is_ok());
        assert!(loopback.check_address("10.0.0.1".parse().unwrap()).is_err());
    }

    #[tokio::test]
    async fn the_form_of_a_callback_is_checked() {
        let strict = policy(false, &["127.0.0.0/8"]);
        assert!(strict.check("http://127.0.0.1:9/events").await.is_err());
        assert!(strict.check("https://127.0.0.1:9/events").await.is_ok());
        let lax = policy(true, &["127.0.0.0/8"]);
        assert!(lax.check("http://127.0.0.1:9/events").await.is_ok());
        for bad in [
            "ftp://127.0.0.1/",
            "/relative",
            "http://user:pass@127.0.0.1/",
            "http://127.0.0.1/#fragment",
            "http://10.0.0.1/",
            "https://127.0.0.1:0/",
        ] {
            assert!(lax.check(bad).await.is_err(), "{bad} accepted");
        }
    }
}
