//! `party-interaction-server events …`: the backlog, the dead letters, and their replay.

use std::path::Path;

use anyhow::Context as _;

use super::dead_letters::DeadLetters;
use super::dispatch::Status;
use crate::config::EventsCommand;
use crate::store::{InteractionStore as _, SledStore};

/// Page cache of a store opened by the command line.
const CLI_CACHE_BYTES: u64 = 64 * 1024 * 1024;

pub fn run(command: EventsCommand) -> anyhow::Result<()> {
    match command {
        EventsCommand::Status { data } => status(&data.data_dir),
        EventsCommand::DeadLetters { data, json } => {
            let letters = DeadLetters::new(&data.data_dir).list()?;
            if json {
                println!("{}", serde_json::to_string_pretty(&letters)?);
            } else if letters.is_empty() {
                println!("No dead letters.");
            } else {
                println!("ID\tSUBSCRIPTION\tEVENT TYPE\tEVENT ID\tATTEMPTS\tFAILED AT\tLAST ERROR");
                for letter in letters {
                    println!(
                        "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                        letter.id,
                        letter.subscription,
                        letter.event_type,
                        letter.event_id,
                        letter.attempts,
                        letter.failed_at,
                        letter.last_error
                    );
                }
            }
            Ok(())
        }
        EventsCommand::Replay { data, ids, all } => {
            let dead_letters = DeadLetters::new(&data.data_dir);
            let ids = if all { dead_letters.all_ids()? } else { ids };
            anyhow::ensure!(
                !ids.is_empty() || all,
                "name the dead letters to replay, or give --all"
            );
            let queued = dead_letters.queue_replay(&ids)?;
            println!(
                "Queued {} dead letter(s) for delivery; a running server sends them within a \
                 second, a stopped one when it starts.",
                queued.len()
            );
            Ok(())
        }
    }
}

fn status(data_dir: &Path) -> anyhow::Result<()> {
    let dead_letters = DeadLetters::new(data_dir);
    let store_path = data_dir.join("store");
    let (status, source) = if !store_path.exists() {
        anyhow::bail!("there is no store in {}", data_dir.display());
    } else {
        match SledStore::open(&store_path, CLI_CACHE_BYTES) {
            Ok(store) => {
                let entries = store.subscriptions()?;
                let last_event = *store.durable_events().borrow();
                (Status::of(&entries, last_event, &dead_letters), None)
            }
            // The running server holds the store: show what it last reported.
            Err(err) => {
                let status = dead_letters.read_status().with_context(|| {
                    format!("the store cannot be opened ({err}) and no server reported its status")
                })?;
                let source = format!("as reported by the running server at {}", status.written_at);
                (status, Some(source))
            }
        }
    };
    if let Some(source) = source {
        println!("Event delivery ({source}):");
    }
    if status.subscriptions.is_empty() {
        println!("No event subscriptions.");
    } else {
        println!("SUBSCRIPTION\tBACKLOG\tDEAD LETTERS\tCALLBACK");
        for subscription in &status.subscriptions {
            println!(
                "{}\t{}\t{}\t{}",
                subscription.id,
                subscription.backlog,
                subscription.dead_letters,
                subscription.callback
            );
        }
    }
    println!(
        "{} subscription(s), {} event(s) not yet processed, {} dead letter(s).",
        status.subscriptions.len(),
        status.subscriptions.iter().map(|s| s.backlog).sum::<u64>(),
        status
            .subscriptions
            .iter()
            .map(|s| s.dead_letters)
            .sum::<usize>()
    );
    Ok(())
}
