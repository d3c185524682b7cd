use std::process::ExitCode;

/// sled allocates and frees a node for most reads; glibc's allocator took a quarter of the CPU
/// of a customer-history read under load, mimalloc a fraction of that.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser as _;
use party_interaction_server::config::{Cli, Command};
use party_interaction_server::{events, keys, server, telemetry};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
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
    let runtime = tokio::runtime::Runtime::new()?;
    let result = runtime.block_on(server::serve(args));
    if let Err(err) = &result {
        tracing::error!(cause = %format!("{err:#}"), "the server stopped with an error");
    }
    result
}
