//! `party-interaction-server events …`: the backlog, the dead letters, their replay and their
//! removal. None of these opens the store, which the server holds locked while it runs (and a
//! command holding it would keep a server from starting): they work from the files of
//! `<data-dir>/events/`.

use std::path::Path;

use super::dead_letters::DeadLetters;
use crate::config::EventsCommand;

pub fn run(command: EventsCommand) -> anyhow::Result<()> {
    match command {
        EventsCommand::Status { data } => status(&dead_letters_of(&data.data_dir)?),
        EventsCommand::DeadLetters { data, json } => {
            let letters = dead_letters_of(&data.data_dir)?.list()?;
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
            let dead_letters = dead_letters_of(&data.data_dir)?;
            let ids = if all { dead_letters.all_ids()? } else { ids };
            let queued = dead_letters.queue_replay(&ids)?;
            println!(
                "Queued {} dead letter(s) for delivery; a running server sends them within a \
                 second, a stopped one when it starts.",
                queued.len()
            );
            Ok(())
        }
        EventsCommand::Discard {
            data,
            ids,
            subscription,
            all,
        } => {
            let dead_letters = dead_letters_of(&data.data_dir)?;
            let ids = match (all, subscription) {
                (true, _) => dead_letters.all_ids()?,
                (false, Some(subscription)) => dead_letters
                    .list()?
                    .into_iter()
                    .filter(|letter| letter.subscription == subscription)
                    .map(|letter| letter.id)
                    .collect(),
                (false, None) => ids,
            };
            let discarded = dead_letters.discard(&ids)?;
            println!("Discarded {discarded} dead letter(s).");
            Ok(())
        }
    }
}

fn dead_letters_of(data_dir: &Path) -> anyhow::Result<DeadLetters> {
    anyhow::ensure!(
        data_dir.is_dir(),
        "there is no data directory {}",
        data_dir.display()
    );
    Ok(DeadLetters::new(data_dir))
}

fn status(dead_letters: &DeadLetters) -> anyhow::Result<()> {
    let Ok(status) = dead_letters.read_status() else {
        println!(
            "No status yet: a server reports it every two seconds once it has started on this \
             data directory."
        );
        return Ok(());
    };
    println!(
        "Event delivery as the server reported it at {} (every two seconds while it runs):",
        status.written_at
    );
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
                super::callback::loggable(&subscription.callback)
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
