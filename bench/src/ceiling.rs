//! The ceiling: a minimal hyper 1 server that answers every request with one canned answer
//! of the real server's size, without parsing or storing anything. Driven by the same load
//! generator in the same run, it shows what the machine, the kernel's loopback and the load
//! generator allow, so that the real server's figures can be read as a share of that.

use std::net::SocketAddr;
use std::path::Path;

use anyhow::Context as _;
use bytes::Bytes;
use http_body_util::{BodyExt as _, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

/// Serves until killed; prints `Listening on http://<address>` once bound.
pub fn run(bind: SocketAddr, status: u16, body_file: &Path) -> anyhow::Result<()> {
    let body = Bytes::from(
        std::fs::read(body_file).with_context(|| format!("reading {}", body_file.display()))?,
    );
    let status = StatusCode::from_u16(status)?;
    // One worker per core, as the real server has.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = TcpListener::bind(bind).await?;
        println!("Listening on http://{}", listener.local_addr()?);
        loop {
            let (stream, _) = listener.accept().await?;
            let body = body.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<Incoming>| {
                    let body = body.clone();
                    async move {
                        // The request body is read, as the real server must, but not parsed.
                        request.into_body().collect().await?;
                        let mut response = Response::new(Full::new(body));
                        *response.status_mut() = status;
                        response.headers_mut().insert(
                            hyper::header::CONTENT_TYPE,
                            hyper::header::HeaderValue::from_static(
                                "application/json;charset=utf-8",
                            ),
                        );
                        Ok::<_, hyper::Error>(response)
                    }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    })
}
