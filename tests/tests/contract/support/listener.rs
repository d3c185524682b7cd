//! A real HTTP listener for event deliveries, on 127.0.0.1 port 0. It runs on a thread and
//! runtime of its own, so a test blocked in `run_cli` or `Server::start` never stalls it; it
//! records every request (method, path, headers, body bytes, arrival time, what it answered)
//! and answers as told by its `Behavior`, which may change while it runs.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdTcpListener};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{HeaderMap, HeaderValue, LOCATION};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::sync::{oneshot, watch};

use super::eventually_within;

/// How long a test waits for deliveries: generous, for a loaded CI machine.
pub const DELIVERY_PATIENCE: Duration = Duration::from_secs(30);

/// How the listener answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Behavior {
    /// Every request is answered with this status (e.g. 200, 204, 500).
    Answer(u16),
    /// The next `n` requests are answered 500, the ones after them 200.
    FailFirst(usize),
    /// Requests are answered 500 and 200 in turn, starting with 500.
    Alternate,
    /// Requests are held unanswered until the behavior changes (or the listener is dropped);
    /// a held request is then answered 503, so it never counts as delivered.
    Hang,
    /// Every request is answered 307 Temporary Redirect to this URL.
    Redirect(String),
}

/// One request the listener received.
#[derive(Debug, Clone)]
pub struct Recorded {
    pub method: String,
    /// Path and query of the request target.
    pub target: String,
    pub headers: HeaderMap,
    pub body: Bytes,
    /// When the request's head arrived.
    pub arrived: Instant,
    /// The status the listener answered with; `None` for a request it held (`Hang`).
    pub answered: Option<u16>,
}

impl Recorded {
    /// The header's value, when present and text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }

    /// The body as JSON; panics (showing the raw bytes) when it is not JSON.
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "the delivered body is not JSON ({e}): {:?}",
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    /// Whether the listener answered 2xx, i.e. the request counts as delivered.
    pub fn accepted(&self) -> bool {
        self.answered
            .is_some_and(|status| (200..300).contains(&status))
    }
}

struct State {
    /// The behavior and a counter: for `FailFirst` the failures still to be answered, for
    /// `Alternate` the requests answered so far.
    behavior: Mutex<(Behavior, usize)>,
    requests: Mutex<Vec<Recorded>>,
    /// Bumped on every change of behavior, to release held requests.
    changes: watch::Sender<u64>,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// What to do with one request.
enum Plan {
    Respond(u16, Option<String>),
    Hold,
}

impl State {
    fn plan(&self) -> Plan {
        let mut behavior = lock(&self.behavior);
        let (current, counter) = &mut *behavior;
        match current {
            Behavior::Answer(status) => Plan::Respond(*status, None),
            Behavior::FailFirst(_) if *counter > 0 => {
                *counter -= 1;
                Plan::Respond(500, None)
            }
            Behavior::FailFirst(_) => Plan::Respond(200, None),
            Behavior::Alternate => {
                *counter += 1;
                Plan::Respond(if *counter % 2 == 1 { 500 } else { 200 }, None)
            }
            Behavior::Hang => Plan::Hold,
            Behavior::Redirect(location) => Plan::Respond(307, Some(location.clone())),
        }
    }
}

/// A running listener; stopped (its connections closed) when dropped.
pub struct Listener {
    address: SocketAddr,
    state: Arc<State>,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    /// A listener on 127.0.0.1, port 0, answering as `behavior` says.
    pub fn start(behavior: Behavior) -> Self {
        Self::start_on(0, behavior)
    }

    /// A listener on 127.0.0.1:`port` (e.g. a port `refused_url` released earlier).
    pub fn start_on(port: u16, behavior: Behavior) -> Self {
        let socket = StdTcpListener::bind(("127.0.0.1", port))
            .unwrap_or_else(|e| panic!("bind a listener on 127.0.0.1:{port}: {e}"));
        socket
            .set_nonblocking(true)
            .expect("make the listener socket non-blocking");
        let address = socket.local_addr().expect("the listener's address");
        let failures = match behavior {
            Behavior::FailFirst(n) => n,
            _ => 0,
        };
        let state = Arc::new(State {
            behavior: Mutex::new((behavior, failures)),
            requests: Mutex::new(Vec::new()),
            changes: watch::Sender::new(0),
        });
        let (stop, stopped) = oneshot::channel();
        let serving = Arc::clone(&state);
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("build the listener's runtime");
            runtime.block_on(serve(socket, serving, stopped));
            // Dropping the runtime drops every connection, held requests included.
        });
        Self {
            address,
            state,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// `http://127.0.0.1:PORT/events`: the callback URL to subscribe with.
    pub fn url(&self) -> String {
        self.url_with_path("/events")
    }

    /// `http://127.0.0.1:PORT<path>`.
    pub fn url_with_path(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// Changes how later requests are answered, and releases held ones (answered 503).
    pub fn set_behavior(&self, behavior: Behavior) {
        {
            let mut current = lock(&self.state.behavior);
            let failures = match behavior {
                Behavior::FailFirst(n) => n,
                _ => 0,
            };
            *current = (behavior, failures);
        }
        self.state
            .changes
            .send_modify(|generation| *generation += 1);
    }

    /// Every request so far, in order of arrival.
    pub fn requests(&self) -> Vec<Recorded> {
        lock(&self.state.requests).clone()
    }

    /// Waits (up to `DELIVERY_PATIENCE`) until `check` accepts the requests received so far.
    pub async fn wait_for<T>(
        &self,
        what: &str,
        mut check: impl FnMut(&[Recorded]) -> Result<T, String>,
    ) -> T {
        eventually_within(DELIVERY_PATIENCE, what, || {
            let outcome = check(&self.requests());
            async move { outcome }
        })
        .await
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A callback URL on which nothing listens: a port bound on 127.0.0.1 and released again,
/// so connecting to it is refused.
pub fn refused_url() -> String {
    let socket = StdTcpListener::bind("127.0.0.1:0").expect("bind a port to release");
    let address = socket.local_addr().expect("the released port's address");
    drop(socket);
    format!("http://{address}/events")
}

async fn serve(socket: StdTcpListener, state: Arc<State>, mut stopped: oneshot::Receiver<()>) {
    let listener =
        tokio::net::TcpListener::from_std(socket).expect("hand the listener socket to tokio");
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let state = Arc::clone(&state);
                tokio::spawn(async move {
                    let service = service_fn(move |request| handle(Arc::clone(&state), request));
                    // A connection the server drops (e.g. after its timeout) is no failure here.
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

async fn handle(
    state: Arc<State>,
    request: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let arrived = Instant::now();
    let (parts, body) = request.into_parts();
    let body = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => Bytes::new(),
    };
    // Subscribe before planning, so a change of behavior right after cannot be missed.
    let mut changes = state.changes.subscribe();
    let plan = state.plan();
    let answered = match &plan {
        Plan::Respond(status, _) => Some(*status),
        Plan::Hold => None,
    };
    lock(&state.requests).push(Recorded {
        method: parts.method.to_string(),
        target: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), ToString::to_string),
        headers: parts.headers,
        body,
        arrived,
        answered,
    });
    let (status, location) = match plan {
        Plan::Respond(status, location) => (status, location),
        Plan::Hold => {
            // Held until the behavior changes; the runtime's end drops it otherwise.
            let _ = changes.changed().await;
            (503, None)
        }
    };
    let mut response = Response::new(Full::new(Bytes::new()));
    *response.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::IM_A_TEAPOT);
    if let Some(location) = location.and_then(|url| HeaderValue::from_str(&url).ok()) {
        response.headers_mut().insert(LOCATION, location);
    }
    Ok(response)
}
