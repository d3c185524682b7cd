//! Backup and restore: every interaction as JSON lines, one stored document a line, in id
//! order.
//!
//! sled locks its files while a server runs, so a running server's store is exported through
//! the server (`GET /admin/export`, which `export --server` calls). The export is consistent:
//! the store writes it to a file next to itself while writes of interactions wait (reads go on;
//! at disk speed, about a second per 100 MB), then streams that file. `import` opens the store
//! itself: it restores into a stopped server's data directory.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal as _, Read, Seek as _, Write};
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::Path;
use std::sync::Arc;

use anyhow::Context as _;
use bytes::Bytes;
use futures::{SinkExt as _, StreamExt as _};
use http_body_util::{BodyExt, StreamBody};
use hyper::body::Frame;
use hyper::header::{HeaderValue, CONTENT_TYPE};
use hyper::Response;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::Value;

use crate::config::{ExportArgs, ImportArgs, StoreLocation};
use crate::errors::{ApiError, Body};
use crate::spec::Definitions;
use crate::store::{InteractionStore, NewInteraction};
use crate::validate::{BodyError, BodyValidator};

/// Number of interactions in an export, sent before the lines so the reader can tell a
/// complete export from a cut one.
pub const EXPORT_COUNT_HEADER: &str = "x-export-count";

/// Media type of JSON lines.
const JSON_LINES: &str = "application/jsonl";

/// Page cache of a store opened by `export` or `import`.
const CLI_CACHE_BYTES: u64 = 256 * 1024 * 1024;

/// Chunk size of the streamed export.
const CHUNK: usize = 64 * 1024;

/// Imports flush this often, so that a stopped import keeps most of its work.
const FLUSH_EVERY: u64 = 10_000;
/// Lines validated before they are stored together (one transaction on PostgreSQL).
const IMPORT_BATCH: usize = 500;

/// `GET /admin/export`: a snapshot into a temporary file, then streamed.
pub async fn export_response(store: Arc<dyn InteractionStore>, data_dir: &Path) -> Response<Body> {
    let data_dir = data_dir.to_owned();
    let snapshot = tokio::task::spawn_blocking(move || -> anyhow::Result<(File, u64)> {
        let mut file = tempfile::tempfile_in(&data_dir)
            .with_context(|| format!("creating a temporary file in {}", data_dir.display()))?;
        let count = store.export_to(&mut BufWriter::new(&mut file))?;
        file.rewind()?;
        Ok((file, count))
    })
    .await;
    let (file, count) = match snapshot {
        Ok(Ok(snapshot)) => snapshot,
        Ok(Err(err)) => {
            tracing::error!(cause = %format!("{err:#}"), "the export failed");
            return ApiError::Internal.into_response(None);
        }
        Err(err) => {
            tracing::error!(cause = %err, "the export did not run");
            return ApiError::Internal.into_response(None);
        }
    };
    tracing::info!(interactions = count, "export started");

    let (mut sender, receiver) = futures::channel::mpsc::channel::<Bytes>(4);
    tokio::task::spawn_blocking(move || {
        let mut reader = BufReader::with_capacity(CHUNK, file);
        loop {
            let mut chunk = vec![0; CHUNK];
            let read = match reader.read(&mut chunk) {
                Ok(0) => break,
                Ok(read) => read,
                Err(err) => {
                    // The client sees fewer lines than X-Export-Count says.
                    tracing::error!(cause = %err, "reading the export back failed");
                    break;
                }
            };
            chunk.truncate(read);
            if futures::executor::block_on(sender.send(Bytes::from(chunk))).is_err() {
                tracing::warn!("the client left before the end of the export");
                break;
            }
        }
    });
    let frames = receiver.map(|chunk| Ok::<_, std::convert::Infallible>(Frame::data(chunk)));
    let body = BodyExt::boxed(StreamBody::new(frames));
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(JSON_LINES));
    headers.insert(EXPORT_COUNT_HEADER, HeaderValue::from(count));
    response
}

/// `party-interaction-server export`.
pub fn export(args: ExportArgs) -> anyhow::Result<()> {
    let to_stdout = args
        .output
        .as_deref()
        .is_none_or(|path| path == Path::new("-"));
    // A file is written under a temporary name and renamed once complete, so that a failed
    // export never replaces (or truncates) the last good backup at that path.
    let temporary = match &args.output {
        Some(path) if !to_stdout => {
            let mut name = path.file_name().unwrap_or_default().to_os_string();
            name.push(".partial");
            Some((path.clone(), path.with_file_name(name)))
        }
        _ => None,
    };
    let mut out: Box<dyn Write> = match &temporary {
        Some((_, partial)) => Box::new(BufWriter::new(
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(partial)
                .with_context(|| format!("creating {}", partial.display()))?,
        )),
        None => Box::new(BufWriter::new(std::io::stdout().lock())),
    };
    let exported = (|| -> anyhow::Result<u64> {
        let count = match &args.server {
            Some(url) => {
                let key = args.api_key.as_deref();
                anyhow::ensure!(
                    key.is_some(),
                    "--server needs --api-key (a key with `write`)"
                );
                export_from_server(url, key, &mut out)?
            }
            None => {
                let store =
                    super::open_store(&args.data.data_dir, &args.store, CLI_CACHE_BYTES, false)?;
                store.export_to(&mut out)?
            }
        };
        out.flush()?;
        Ok(count)
    })();
    drop(out);
    let count = match (exported, &temporary) {
        (Ok(count), Some((path, partial))) => {
            std::fs::rename(partial, path)
                .with_context(|| format!("renaming {} to {}", partial.display(), path.display()))?;
            count
        }
        (Ok(count), None) => count,
        (Err(err), temporary) => {
            if let Some((_, partial)) = temporary {
                let _ = std::fs::remove_file(partial);
            }
            return Err(err);
        }
    };
    if !to_stdout {
        eprintln!("Exported {count} interaction(s).");
    }
    Ok(())
}

fn export_from_server(
    url: &str,
    api_key: Option<&str>,
    out: &mut dyn Write,
) -> anyhow::Result<u64> {
    let url = format!("{}{}", url.trim_end_matches('/'), super::EXPORT_PATH);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        // The server's reqwest has no TLS provider of its own (see Cargo.toml).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut request = reqwest::Client::new().get(&url);
        if let Some(key) = api_key {
            request = request.header("X-API-Key", key);
        }
        let mut response = request
            .send()
            .await
            .with_context(|| format!("asking {url} for the export"))?;
        let status = response.status();
        if !status.is_success() {
            let text = response.text().await.unwrap_or_default();
            anyhow::bail!("{url} answered {status}: {text}");
        }
        let expected: u64 = response
            .headers()
            .get(EXPORT_COUNT_HEADER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.parse().ok())
            .with_context(|| format!("{url} sent no {EXPORT_COUNT_HEADER}"))?;
        let mut lines = 0u64;
        while let Some(chunk) = response.chunk().await.context("reading the export")? {
            lines += chunk.iter().filter(|byte| **byte == b'\n').count() as u64;
            out.write_all(&chunk)?;
        }
        anyhow::ensure!(
            lines == expected,
            "the export was cut off: {lines} of {expected} interactions arrived"
        );
        Ok(lines)
    })
}

/// How an import went.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub imported: u64,
    /// Interactions whose id was in the store already: left as they are.
    pub present: u64,
    /// Line numbers (from 1) of the lines refused, with why.
    pub rejected: Vec<(u64, String)>,
}

/// `party-interaction-server import`.
pub fn import(args: ImportArgs) -> anyhow::Result<()> {
    let data_dir = &args.data.data_dir;
    if args.store.store == StoreLocation::Sled {
        crate::server::create_private_dir(data_dir)?;
    }
    let store = super::open_store(data_dir, &args.store, CLI_CACHE_BYTES, true)?;

    let from_stdin = args
        .input
        .as_deref()
        .is_none_or(|path| path == Path::new("-"));
    let (input, size): (Box<dyn Read>, Option<u64>) = match &args.input {
        Some(path) if !from_stdin => {
            let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
            let size = file.metadata().ok().map(|metadata| metadata.len());
            (Box::new(file), size)
        }
        _ => (Box::new(std::io::stdin().lock()), None),
    };
    let progress = progress_bar(size);
    let summary = import_lines(
        store.as_ref(),
        BufReader::new(progress.wrap_read(input)),
        |line, why| {
            progress.suspend(|| eprintln!("line {line}: {why}"));
        },
    )?;
    progress.finish_and_clear();

    eprintln!(
        "Imported {} interaction(s); {} already present; {} line(s) rejected.",
        summary.imported,
        summary.present,
        summary.rejected.len()
    );
    anyhow::ensure!(
        summary.rejected.is_empty(),
        "{} line(s) were rejected (listed above); the others were imported",
        summary.rejected.len()
    );
    Ok(())
}

/// A bar over the input's bytes on a terminal; hidden otherwise (indicatif draws only on a
/// terminal).
fn progress_bar(size: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    match size {
        Some(size) => ProgressBar::new(size).with_style(
            ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        ),
        None => ProgressBar::new_spinner(),
    }
}

/// Longest line accepted: the body limit's default is 1 MiB, and patches can grow a stored
/// interaction past it.
const MAX_LINE_BYTES: usize = 16 * 1024 * 1024;

/// Validates each line against the spec's `PartyInteraction` and stores those whose id is
/// new. Bad lines go to `rejected` (and the summary) and the import goes on.
pub fn import_lines(
    store: &dyn InteractionStore,
    input: impl BufRead,
    mut rejected: impl FnMut(u64, &str),
) -> anyhow::Result<ImportSummary> {
    let definitions = Definitions::from_spec()?;
    let validator = BodyValidator::new(&definitions, "PartyInteraction")?;
    // `PartyInteraction` requires nothing; a stored one has its id and href, and what every
    // creation had to give.
    let mut required = vec!["id".to_owned(), "href".to_owned()];
    required.extend(
        definitions
            .get("PartyInteraction_Create")
            .and_then(|create| create.get("required"))
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .map(str::to_owned),
    );
    let checks = Checks {
        validator,
        required,
    };
    let mut summary = ImportSummary::default();
    let mut batch = Vec::with_capacity(IMPORT_BATCH);
    for (index, line) in input.split(b'\n').enumerate() {
        let number = index as u64 + 1;
        let line = line.context("reading the input")?;
        let line = line.strip_suffix(b"\r").unwrap_or(&line);
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        match checked(&checks, line) {
            Ok(interaction) => batch.push(interaction),
            Err(why) => {
                rejected(number, &why);
                summary.rejected.push((number, why));
            }
        }
        if batch.len() == IMPORT_BATCH {
            store_batch(store, &mut batch, &mut summary)?;
        }
    }
    store_batch(store, &mut batch, &mut summary)?;
    store.flush()?;
    Ok(summary)
}

/// Stores the interactions of a batch whose ids are new, flushing every [`FLUSH_EVERY`].
fn store_batch(
    store: &dyn InteractionStore,
    batch: &mut Vec<NewInteraction>,
    summary: &mut ImportSummary,
) -> anyhow::Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let before = summary.imported;
    for stored in store.import(batch)? {
        if stored {
            summary.imported += 1;
        } else {
            summary.present += 1;
        }
    }
    batch.clear();
    if summary.imported / FLUSH_EVERY != before / FLUSH_EVERY {
        store.flush()?;
    }
    Ok(())
}

struct Checks {
    validator: BodyValidator,
    required: Vec<String>,
}

/// The interaction a line holds, to be stored under its id, or why it is refused.
fn checked(checks: &Checks, line: &[u8]) -> Result<NewInteraction, String> {
    if line.len() > MAX_LINE_BYTES {
        return Err(format!(
            "the line is over {MAX_LINE_BYTES} bytes, more than any interaction the API stores"
        ));
    }
    let document = match checks.validator.parse(line) {
        Ok(document) => document,
        Err(BodyError::Malformed(why)) => return Err(why.replacen("the body", "the line", 1)),
        Err(BodyError::TooDeep) => return Err("the JSON is nested too deeply".to_owned()),
        Err(BodyError::ArrayTooLong { path }) => {
            return Err(format!("{path} holds more items than an array may"))
        }
        Err(BodyError::Invalid(violations)) => {
            return Err(format!("not a PartyInteraction: {}", violations.join("; ")))
        }
    };
    let missing: Vec<&str> = checks
        .required
        .iter()
        .map(String::as_str)
        .filter(|name| document.get(*name).is_none())
        .collect();
    if !missing.is_empty() {
        return Err(format!(
            "a stored PartyInteraction has {}; this one has not",
            missing.join(", ")
        ));
    }
    let Some(id) = document
        .get("id")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty())
    else {
        return Err("the id must be a non-empty string".to_owned());
    };
    // Only what the API itself could have stored: a UUID it generated, and its own href.
    if uuid::Uuid::try_parse(id)
        .map(|parsed| parsed.to_string())
        .as_deref()
        != Ok(id)
    {
        return Err(format!(
            "the id must be a lower-case UUID, as the server assigns; not {:?}",
            id.chars().take(80).collect::<String>()
        ));
    }
    let href_ok = document
        .get("href")
        .and_then(Value::as_str)
        .is_some_and(|href| href.ends_with(&format!("/partyInteraction/v1/partyInteraction/{id}")));
    if !href_ok {
        return Err(
            "the href must be the interaction's own URL, ending in /partyInteraction/v1/partyInteraction/<id>"
                .to_owned(),
        );
    }
    Ok(NewInteraction {
        id: id.to_owned(),
        document: Bytes::copy_from_slice(line),
        transaction: None,
        correlation_id: None,
    })
}
