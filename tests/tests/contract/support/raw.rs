//! HTTP/1.1 spoken by hand over a plain TCP connection, for clients that misbehave on purpose:
//! stalling half-way through a request, holding connections open, sending garbage.

use std::time::Duration;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::Method;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

use super::http::Answer;
use super::server::Server;

/// A raw connection to the server.
pub struct RawConnection {
    stream: TcpStream,
    read: Vec<u8>,
}

/// What a read from the server ended with.
#[derive(Debug, PartialEq, Eq)]
pub enum Closed {
    /// The server closed the connection (or reset it).
    Yes,
    /// The server kept it open, silent, for the whole wait.
    No,
}

impl RawConnection {
    pub async fn open(server: &Server) -> Self {
        let stream = TcpStream::connect(server.address())
            .await
            .unwrap_or_else(|e| panic!("connect to {}: {e}", server.address()));
        Self {
            stream,
            read: Vec::new(),
        }
    }

    /// A connection from another loopback address (`127.0.0.2`, say): another client, as far
    /// as the server can tell.
    pub async fn open_from(server: &Server, source: std::net::IpAddr) -> Self {
        let target: std::net::SocketAddr = server.address().parse().expect("a socket address");
        let socket = tokio::net::TcpSocket::new_v4().expect("a socket");
        socket
            .bind(std::net::SocketAddr::new(source, 0))
            .unwrap_or_else(|e| panic!("bind {source}: {e}"));
        let stream = socket
            .connect(target)
            .await
            .unwrap_or_else(|e| panic!("connect to {target} from {source}: {e}"));
        Self {
            stream,
            read: Vec::new(),
        }
    }

    pub async fn send(&mut self, bytes: &[u8]) {
        self.stream
            .write_all(bytes)
            .await
            .expect("write to the server");
    }

    /// Reads one whole answer (headers and a `Content-Length` body) to a request made as
    /// `method url`; panics if none arrives within `patience`.
    pub async fn answer(&mut self, method: Method, url: &str, patience: Duration) -> Answer {
        self.try_answer(method, url, patience)
            .await
            .unwrap_or_else(|why| panic!("{why}"))
    }

    /// [`Self::answer`], with why there is none instead of a panic.
    pub async fn try_answer(
        &mut self,
        method: Method,
        url: &str,
        patience: Duration,
    ) -> Result<Answer, String> {
        match tokio::time::timeout(patience, self.read_answer(method, url)).await {
            Ok(answer) => answer,
            Err(_) => Err(format!(
                "no answer within {patience:?}; read so far: {:?}",
                String::from_utf8_lossy(&self.read)
            )),
        }
    }

    async fn read_answer(&mut self, method: Method, url: &str) -> Result<Answer, String> {
        let head_end = loop {
            if let Some(at) = find(&self.read, b"\r\n\r\n") {
                break at;
            }
            self.fill().await?;
        };
        let head = String::from_utf8_lossy(&self.read[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let status: u16 = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .unwrap_or_else(|| panic!("no status line in {head:?}"));
        let mut headers = HeaderMap::new();
        for line in lines {
            let (name, value) = line
                .split_once(':')
                .unwrap_or_else(|| panic!("malformed header line {line:?}"));
            headers.append(
                HeaderName::from_bytes(name.trim().as_bytes()).expect("a header name"),
                HeaderValue::from_str(value.trim()).expect("a header value"),
            );
        }
        let length: usize = headers
            .get("content-length")
            .and_then(|value| value.to_str().ok()?.parse().ok())
            .unwrap_or(0);
        let body_start = head_end + 4;
        while self.read.len() < body_start + length {
            self.fill().await?;
        }
        let text =
            String::from_utf8_lossy(&self.read[body_start..body_start + length]).into_owned();
        self.read.drain(..body_start + length);
        Ok(Answer {
            method,
            url: url.to_owned(),
            status,
            headers,
            text,
        })
    }

    async fn fill(&mut self) -> Result<(), String> {
        let mut buffer = [0_u8; 8192];
        match self.stream.read(&mut buffer).await {
            Ok(0) | Err(_) => Err(format!(
                "the server closed the connection before a whole answer; read: {:?}",
                String::from_utf8_lossy(&self.read)
            )),
            Ok(read) => {
                self.read.extend_from_slice(&buffer[..read]);
                Ok(())
            }
        }
    }

    /// Closes the sending side: the server reads the end of the request stream.
    pub async fn finish_sending(&mut self) {
        // A server that closed already makes this fail; that is no concern of the caller's.
        let _ = self.stream.shutdown().await;
    }

    /// The status of the first answer the server sends within `patience`; `None` if it closes
    /// the connection, or stays silent, without one.
    pub async fn status_within(&mut self, patience: Duration) -> Option<u16> {
        let read_status_line = async {
            loop {
                if let Some(end) = find(&self.read, b"\r\n") {
                    let line = String::from_utf8_lossy(&self.read[..end]).into_owned();
                    return line.split(' ').nth(1).and_then(|code| code.parse().ok());
                }
                if self.fill().await.is_err() {
                    return None;
                }
            }
        };
        tokio::time::timeout(patience, read_status_line)
            .await
            .ok()
            .flatten()
    }

    /// Waits up to `patience` for the server to close the connection, discarding anything it
    /// sends first.
    pub async fn closed_within(&mut self, patience: Duration) -> Closed {
        let wait = async {
            let mut buffer = [0_u8; 8192];
            loop {
                match self.stream.read(&mut buffer).await {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
            }
        };
        match tokio::time::timeout(patience, wait).await {
            Ok(()) => Closed::Yes,
            Err(_) => Closed::No,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// The head of a request as a client sends it, ending with the blank line.
pub fn request_head(method: &str, path: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: localhost\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    head.into_bytes()
}
