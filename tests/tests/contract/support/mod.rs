//! Test support: the real server process, real HTTP, and the spec's schemas.

pub mod api;
pub mod bodies;
pub mod http;
pub mod jwt;
pub mod listener;
pub mod offline;
pub mod raw;
pub mod server;
pub mod spec;
pub mod store;

pub use api::*;
pub use bodies::*;
pub use http::*;
pub use server::{add_api_key, revoke_api_key, DataDir, Server, ServerOptions};
pub use store::Store;

use std::future::Future;
use std::time::{Duration, Instant};

/// Repeats `attempt` until it yields `Ok`, for changes the server picks up
/// asynchronously (API keys added or revoked while it runs). Gives up after 15 s.
pub async fn eventually<T, F, Fut>(what: &str, attempt: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    eventually_within(Duration::from_secs(15), what, attempt).await
}

/// `eventually` with another deadline.
pub async fn eventually_within<T, F, Fut>(patience: Duration, what: &str, mut attempt: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T, String>>,
{
    let deadline = Instant::now() + patience;
    loop {
        match attempt().await {
            Ok(value) => return value,
            Err(last) => {
                assert!(
                    Instant::now() < deadline,
                    "{what} did not happen within {patience:?}; last observation: {last}"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    }
}
