use std::process::ExitCode;

/// sled allocates and frees a node for most reads; glibc's allocator took a quarter of the CPU
/// of a customer-history read under load, mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Blocking threads commit writes, validate large bodies and read long lists. Under a burst
/// of creates tokio's default of 512 let every request take one: they only contended for the
/// store's locks, and each held memory of its own.
const MAX_BLOCKING_THREADS: usize = 32;

use clap::Parser as _;
use party_interaction_server::config::{Cli, Command, ConfigCommand};
use party_interaction_server::{config_file, events, keys, ops, server, telemetry};

fn main() -> ExitCode {
    // Before anything else runs: the file's settings become environment variables.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let applied = match config_file::apply(config_file::named_in(&args).as_deref()) {
        Ok(applied) => applied,
        Err(err) => {
            eprintln!("error: {err:#}");
            return ExitCode::FAILURE;
        }
    };
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(err) => {
            if let (Some(file), true) = (&applied.file, err.use_stderr()) {
                eprintln!(
                    "note: the settings of {} are read as the environment variables of their \
                     flags",
                    file.display()
                );
            }
            err.exit()
        }
    };
    let result = match cli.command {
        Some(Command::Export(args)) => ops::backup::export(args),
        Some(Command::Import(args)) => ops::backup::import(args),
        Some(Command::Check(args)) => ops::check::run(args),
        Some(Command::Migrate(args)) => ops::migrate(&args),
        Some(Command::Config {
            action: ConfigCommand::Check { .. },
        }) => config_file::check(&applied),
        Some(Command::Keys { action }) => keys::run(action),
        Some(Command::Events { action }) => events::cli::run(action),
        Some(Command::Serve(args)) => serve(args),
        None => serve(cli.serve),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(args: party_interaction_server::config::ServeArgs) -> anyhow::Result<()> {
    telemetry::init(args.log_format);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .max_blocking_threads(MAX_BLOCKING_THREADS)
        .build()?;
    let result = runtime.block_on(server::serve(args));
    if let Err(err) = &result {
        tracing::error!(cause = %format!("{err:#}"), "the server stopped with an error");
    }
    result
}
