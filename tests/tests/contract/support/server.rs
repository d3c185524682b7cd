//! Starts the real `party-interaction-server` binary as a child process on port 0 and
//! talks to it over real HTTP. Nothing here is mocked.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use super::store::{self, Database, Store};

/// How long a server may take to print its `Listening on` line.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(30);
/// How long a server may take to exit after SIGTERM.
const SHUTDOWN_TIMEOUT: Duration = Duration::from_secs(30);

const LISTENING_PREFIX: &str = "Listening on ";
const DEFAULT_KEY_ANNOUNCEMENT: &str = "No API keys found; created API key \"default\"";

/// Every environment variable the server reads; cleared so the caller's shell cannot leak in.
const SERVER_ENV_VARS: &[&str] = &[
    "PARTY_INTERACTION_BIND",
    "PARTY_INTERACTION_DATA_DIR",
    "PARTY_INTERACTION_JWKS_FILE",
    "PARTY_INTERACTION_JWT_ISSUER",
    "PARTY_INTERACTION_JWT_AUDIENCE",
    "PARTY_INTERACTION_BODY_LIMIT",
    "PARTY_INTERACTION_PUBLIC_URL",
    "PARTY_INTERACTION_LOG_FORMAT",
    "PARTY_INTERACTION_EVENTS_ALLOW_HTTP",
    "PARTY_INTERACTION_EVENTS_ALLOW_NETWORKS",
    "PARTY_INTERACTION_EVENTS_TIMEOUT_MS",
    "PARTY_INTERACTION_EVENTS_RETRY_INITIAL_MS",
    "PARTY_INTERACTION_EVENTS_RETRY_MAX_MS",
    "PARTY_INTERACTION_EVENTS_MAX_ATTEMPTS",
    "PARTY_INTERACTION_CONFIG",
    "PARTY_INTERACTION_METRICS_BIND",
    "PARTY_INTERACTION_METRICS_TOKEN",
    "PARTY_INTERACTION_EXPORT_SERVER",
    "PARTY_INTERACTION_API_KEY",
    "PARTY_INTERACTION_CACHE_MB",
    "PARTY_INTERACTION_MIN_FREE_MB",
    "PARTY_INTERACTION_STORE_CHECK",
    "PARTY_INTERACTION_MAX_CONNECTIONS",
    "PARTY_INTERACTION_SHUTDOWN_GRACE",
    "PARTY_INTERACTION_HEADER_TIMEOUT_MS",
    "PARTY_INTERACTION_BODY_TIMEOUT_MS",
    "PARTY_INTERACTION_TLS_CERT",
    "PARTY_INTERACTION_TLS_KEY",
    "PARTY_INTERACTION_STORE",
    "PARTY_INTERACTION_PG_POOL_SIZE",
    "PARTY_INTERACTION_EVENTS_LEASE_SECONDS",
    "PARTY_INTERACTION_FLUSH_INTERVAL_MS",
    "PARTY_INTERACTION_MAX_CONNECTIONS_PER_PEER",
];

/// The event delivery lease of servers on PostgreSQL, unless a test sets another.
const POSTGRES_LEASE_SECONDS: u64 = 5;

/// The issuer and audience the JWT-enabled servers are started with.
pub const JWT_ISSUER: &str = "https://idp.test.invalid/";
pub const JWT_AUDIENCE: &str = "party-interaction";

/// A fresh temporary data directory, removed when dropped. Outlives server restarts.
///
/// In the PostgreSQL binary it also stands for the store: a database of its own, created when
/// first asked for and dropped with the directory.
pub struct DataDir {
    dir: TempDir,
    database: OnceLock<Arc<Database>>,
}

impl DataDir {
    pub fn new() -> Self {
        Self::wrap(
            tempfile::Builder::new()
                .prefix("party-interaction-contract-")
                .tempdir()
                .expect("create a temporary data directory"),
        )
    }

    /// A fresh data directory inside `parent` (a small filesystem, say).
    pub fn inside(parent: &Path) -> Self {
        Self::wrap(
            tempfile::Builder::new()
                .prefix("data-")
                .tempdir_in(parent)
                .expect("create a data directory"),
        )
    }

    /// A fresh data directory on the store of `other`, as a second server process on the same
    /// PostgreSQL database has (only PostgreSQL can be shared).
    pub fn sharing_store_of(other: &DataDir) -> Self {
        let shared = Self::new();
        let database = Arc::clone(other.database_handle());
        assert!(
            shared.database.set(database).is_ok(),
            "a fresh data dir has no database yet"
        );
        shared
    }

    fn wrap(dir: TempDir) -> Self {
        Self {
            dir,
            database: OnceLock::new(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The `--store` URL of this test's store: `None` with sled (the default, in the data
    /// directory), the database's URL with PostgreSQL.
    pub fn store_url(&self) -> Option<String> {
        match store::current() {
            Store::Sled => None,
            Store::Postgres => Some(self.database().url().to_owned()),
        }
    }

    /// The test's database; panics in the sled binary.
    pub fn database(&self) -> &Database {
        self.database_handle()
    }

    fn database_handle(&self) -> &Arc<Database> {
        assert_eq!(
            store::current(),
            Store::Postgres,
            "the sled binary has no database"
        );
        self.database.get_or_init(|| Arc::new(Database::create()))
    }

    /// The arguments that select this store for `check`, `export` and `import`:
    /// `--data-dir DIR`, and `--store URL` with PostgreSQL.
    pub fn store_args(&self) -> Vec<String> {
        let mut args = vec![
            "--data-dir".to_owned(),
            self.path()
                .to_str()
                .expect("data dir path is UTF-8")
                .to_owned(),
        ];
        if let Some(url) = self.store_url() {
            args.extend(["--store".to_owned(), url]);
        }
        args
    }
}

/// Path of the server binary, (re)built once per test run.
fn server_binary() -> &'static Path {
    static BINARY: OnceLock<PathBuf> = OnceLock::new();
    BINARY.get_or_init(|| {
        let test_exe = std::env::current_exe().expect("locate the test executable");
        // target/<profile>/deps/<test> -> target/<profile>
        let profile_dir = test_exe
            .parent()
            .and_then(Path::parent)
            .expect("the test executable lives in target/<profile>/deps")
            .to_path_buf();
        let binary = profile_dir.join(format!(
            "party-interaction-server{}",
            std::env::consts::EXE_SUFFIX
        ));
        // Always ask cargo: a no-op when the binary is fresh, and it keeps a stale binary
        // from an earlier build from being tested in place of the current source.
        build_server(&profile_dir);
        assert!(
            binary.exists(),
            "the server binary is still missing at {} after building it",
            binary.display()
        );
        binary
    })
}

fn build_server(profile_dir: &Path) {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let workspace_manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("../Cargo.toml");
    let mut command = Command::new(cargo);
    command
        .arg("build")
        .arg("--manifest-path")
        .arg(&workspace_manifest)
        .args([
            "-p",
            "party-interaction-server",
            "--bin",
            "party-interaction-server",
        ]);
    match profile_dir.file_name().and_then(|name| name.to_str()) {
        Some("debug") | None => {}
        Some("release") => {
            command.arg("--release");
        }
        Some(other) => {
            command.args(["--profile", other]);
        }
    }
    if let Some(target_dir) = profile_dir.parent() {
        command.arg("--target-dir").arg(target_dir);
    }
    let status = command
        .status()
        .expect("run cargo to build party-interaction-server");
    assert!(
        status.success(),
        "building party-interaction-server failed: {status}"
    );
}

/// Runs a `party-interaction-server` subcommand (e.g. `keys add`) to completion.
pub fn run_cli<A: AsRef<std::ffi::OsStr>>(args: &[A]) -> std::process::Output {
    let mut command = Command::new(server_binary());
    command.args(args).stdin(Stdio::null());
    for var in SERVER_ENV_VARS {
        command.env_remove(var);
    }
    command
        .output()
        .expect("run the party-interaction-server command line")
}

/// `run_cli` with `PARTY_INTERACTION_STORE` set to the store of `data_dir` under PostgreSQL,
/// for commands that take the store from the environment if at all (`events`).
pub fn run_cli_on_store<A: AsRef<std::ffi::OsStr>>(
    data_dir: &DataDir,
    args: &[A],
) -> std::process::Output {
    let mut command = Command::new(server_binary());
    command.args(args).stdin(Stdio::null());
    for var in SERVER_ENV_VARS {
        command.env_remove(var);
    }
    if let Some(url) = data_dir.store_url() {
        command.env("PARTY_INTERACTION_STORE", url);
    }
    command
        .output()
        .expect("run the party-interaction-server command line")
}

/// Runs the binary with `args` (a `serve` expected to refuse to start, say) and waits for it
/// to exit; panics if it still runs after `patience`.
pub fn run_to_exit(args: &[&std::ffi::OsStr], patience: Duration) -> std::process::Output {
    let mut command = Command::new(server_binary());
    command
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for var in SERVER_ENV_VARS {
        command.env_remove(var);
    }
    let mut child = command.spawn().expect("spawn party-interaction-server");
    let deadline = Instant::now() + patience;
    while child.try_wait().expect("poll the process").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let output = child.wait_with_output().expect("reap the process");
            panic!(
                "party-interaction-server {args:?} still ran after {patience:?}; stdout: {}; \
                 stderr: {}",
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("collect the output")
}

/// `keys add --name NAME --scopes SCOPES`; returns the new key (the last stdout line).
pub fn add_api_key(data_dir: &DataDir, name: &str, scopes: &str) -> String {
    let data_dir = data_dir.path().to_str().expect("data dir path is UTF-8");
    let output = run_cli(&[
        "keys",
        "add",
        "--name",
        name,
        "--scopes",
        scopes,
        "--data-dir",
        data_dir,
    ]);
    assert!(
        output.status.success(),
        "`keys add` failed with {}: stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).expect("`keys add` prints UTF-8");
    let key = stdout
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .expect("`keys add` prints the new key on its last line")
        .trim()
        .to_owned();
    assert!(!key.is_empty(), "`keys add` printed an empty key");
    key
}

/// `keys revoke NAME`.
pub fn revoke_api_key(data_dir: &DataDir, name: &str) {
    let data_dir = data_dir.path().to_str().expect("data dir path is UTF-8");
    let output = run_cli(&["keys", "revoke", name, "--data-dir", data_dir]);
    assert!(
        output.status.success(),
        "`keys revoke {name}` failed with {}: stderr: {}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Which optional flags to start the server with.
#[derive(Default, Clone)]
pub struct ServerOptions {
    pub body_limit: Option<usize>,
    pub public_url: Option<String>,
    pub jwt: bool,
    /// Give everything as `PARTY_INTERACTION_*` environment variables instead of flags,
    /// and leave out the (default) `serve` subcommand.
    pub via_environment: bool,
    /// Further command-line arguments, given after the others (e.g. `--events-allow-http`).
    pub extra_args: Vec<String>,
    /// Further environment variables (e.g. `PARTY_INTERACTION_EVENTS_MAX_ATTEMPTS`).
    pub extra_env: Vec<(String, String)>,
}

impl ServerOptions {
    pub fn with_jwt() -> Self {
        Self {
            jwt: true,
            ..Self::default()
        }
    }
}

/// A running server process; SIGKILLed on drop.
pub struct Server {
    child: Child,
    /// `http://127.0.0.1:PORT`, taken from the `Listening on` line.
    pub base_url: String,
    /// The key announced on stdout on first start with no keys, if any.
    pub announced_key: Option<String>,
    /// Every stdout line printed before (and including) the `Listening on` line.
    pub startup_stdout: Vec<String>,
    stderr: Arc<Mutex<String>>,
}

impl Server {
    /// Starts a server on a fresh data dir; the returned key is the announced default key.
    pub fn start(data_dir: &DataDir) -> Self {
        Self::start_with(data_dir, &ServerOptions::default())
    }

    pub fn start_with(data_dir: &DataDir, options: &ServerOptions) -> Self {
        let mut settings: Vec<(&str, std::ffi::OsString)> = vec![
            ("BIND", "127.0.0.1:0".into()),
            ("DATA_DIR", data_dir.path().into()),
        ];
        if let Some(url) = data_dir.store_url() {
            settings.push(("STORE", url.into()));
        }
        if let Some(limit) = options.body_limit {
            settings.push(("BODY_LIMIT", limit.to_string().into()));
        }
        if let Some(url) = &options.public_url {
            settings.push(("PUBLIC_URL", url.into()));
        }
        if options.jwt {
            settings.push(("JWKS_FILE", super::jwt::jwks_file().into()));
            settings.push(("JWT_ISSUER", JWT_ISSUER.into()));
            settings.push(("JWT_AUDIENCE", JWT_AUDIENCE.into()));
        }

        let mut command = Command::new(server_binary());
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for var in SERVER_ENV_VARS {
            command.env_remove(var);
        }
        if options.via_environment {
            for (name, value) in settings {
                command.env(format!("PARTY_INTERACTION_{name}"), value);
            }
        } else {
            command.arg("serve");
            for (name, value) in settings {
                let flag = format!("--{}", name.to_ascii_lowercase().replace('_', "-"));
                command.arg(flag).arg(value);
            }
        }
        command.args(&options.extra_args);
        if store::current() == Store::Postgres {
            // A server started again after a SIGKILL waits for the dead one's delivery lease
            // to expire; the default 30 s would outlast the tests' patience. Flags and
            // `extra_env` still win.
            command.env(
                "PARTY_INTERACTION_EVENTS_LEASE_SECONDS",
                POSTGRES_LEASE_SECONDS.to_string(),
            );
        }
        for (name, value) in &options.extra_env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("spawn party-interaction-server");

        let stderr = Arc::new(Mutex::new(String::new()));
        let stderr_pipe = child.stderr.take().expect("stderr is piped");
        let stderr_sink = Arc::clone(&stderr);
        std::thread::spawn(move || drain_into(stderr_pipe, &stderr_sink));

        let stdout_pipe = child.stdout.take().expect("stdout is piped");
        let (lines_tx, lines_rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout_pipe).lines() {
                let Ok(line) = line else { break };
                // Once the helper stops listening the rest of stdout is simply drained.
                let _ = lines_tx.send(line);
            }
        });

        let mut server = Self {
            child,
            base_url: String::new(),
            announced_key: None,
            startup_stdout: Vec::new(),
            stderr,
        };
        server.await_listening(&lines_rx);
        server
    }

    fn await_listening(&mut self, lines: &Receiver<String>) {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        loop {
            let remaining = deadline.saturating_duration_since(Instant::now());
            match lines.recv_timeout(remaining) {
                Ok(line) => {
                    self.startup_stdout.push(line.clone());
                    if let Some(url) = line.strip_prefix(LISTENING_PREFIX) {
                        self.base_url = url.trim().trim_end_matches('/').to_owned();
                        break;
                    }
                }
                Err(RecvTimeoutError::Timeout) => panic!(
                    "the server printed no `{LISTENING_PREFIX}` line within {STARTUP_TIMEOUT:?}; \
                     stdout so far: {:?}; stderr: {}",
                    self.startup_stdout,
                    self.stderr()
                ),
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait().ok();
                    panic!(
                        "the server closed stdout (exit status {status:?}) before printing a \
                         `{LISTENING_PREFIX}` line; stdout: {:?}; stderr: {}",
                        self.startup_stdout,
                        self.stderr()
                    )
                }
            }
        }
        self.announced_key = self
            .startup_stdout
            .iter()
            .position(|line| line.starts_with(DEFAULT_KEY_ANNOUNCEMENT))
            .and_then(|at| self.startup_stdout.get(at + 1))
            .map(|key| key.trim().to_owned());
    }

    /// The announced default key; panics if the server did not announce one.
    pub fn default_key(&self) -> String {
        self.announced_key.clone().unwrap_or_else(|| {
            panic!(
                "the server announced no default API key on first start; stdout: {:?}",
                self.startup_stdout
            )
        })
    }

    /// The collection URL: `<base>/partyInteraction/v1/partyInteraction`.
    pub fn collection_url(&self) -> String {
        format!("{}/partyInteraction/v1/partyInteraction", self.base_url)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    pub fn stderr(&self) -> String {
        self.stderr
            .lock()
            .map(|text| text.clone())
            .unwrap_or_else(|poisoned| poisoned.into_inner().clone())
    }

    /// Sends a signal (`HUP`, `TERM`, ...) to the server process.
    pub fn send_signal(&self, name: &str) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args([format!("-{name}"), pid.clone()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -{name} {pid} failed: {status}");
    }

    /// The `host:port` the server listens on.
    pub fn address(&self) -> String {
        self.base_url
            .split_once("://")
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or_else(|| self.base_url.clone())
    }

    /// SIGTERM, then wait for the process to exit on its own.
    pub fn stop_gracefully(mut self) -> ExitStatus {
        let pid = self.child.id().to_string();
        let status = Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("run kill -TERM");
        assert!(status.success(), "kill -TERM {pid} failed: {status}");
        let deadline = Instant::now() + SHUTDOWN_TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().expect("poll the server process") {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not exit within {SHUTDOWN_TIMEOUT:?} of SIGTERM; stderr: {}",
                self.stderr()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGKILL: no chance to flush or clean up.
    pub fn kill_hard(mut self) {
        self.child.kill().expect("SIGKILL the server");
        self.child.wait().expect("reap the killed server");
    }
}

/// Lines of a server's stderr shown when a test fails while it runs.
const STDERR_TAIL_LINES: usize = 30;

impl Drop for Server {
    fn drop(&mut self) {
        let running = matches!(self.child.try_wait(), Ok(None));
        if running {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        if std::thread::panicking() {
            // The test failed: whether its server had died, and what it said last.
            let stderr = self.stderr();
            let lines: Vec<&str> = stderr.lines().collect();
            let tail = &lines[lines.len().saturating_sub(STDERR_TAIL_LINES)..];
            eprintln!(
                "server {} ({}); the last {} lines of its stderr:\n{}",
                self.base_url,
                if running {
                    "still running when the test failed".to_owned()
                } else {
                    format!("had exited: {:?}", self.child.try_wait())
                },
                tail.len(),
                tail.join("\n")
            );
        }
    }
}

fn drain_into(mut pipe: impl Read, sink: &Mutex<String>) {
    let mut buffer = [0_u8; 4096];
    loop {
        match pipe.read(&mut buffer) {
            Ok(0) | Err(_) => break,
            Ok(read) => {
                let text = String::from_utf8_lossy(&buffer[..read]);
                match sink.lock() {
                    Ok(mut all) => all.push_str(&text),
                    Err(poisoned) => poisoned.into_inner().push_str(&text),
                }
            }
        }
    }
}
