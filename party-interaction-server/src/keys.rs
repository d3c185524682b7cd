//! `party-interaction-server keys …`: API key management from the command line.

use std::collections::BTreeSet;

use anyhow::{bail, Context as _};

use crate::auth::api_keys::ApiKeyStore;
use crate::auth::Scope;
use crate::config::KeysCommand;

pub fn run(command: KeysCommand) -> anyhow::Result<()> {
    match command {
        KeysCommand::Add { data, name, scopes } => {
            let scopes = parse_scopes(&scopes)?;
            let key = ApiKeyStore::new(&data.data_dir).add(&name, scopes.clone())?;
            println!(
                "Created API key \"{name}\" with scopes {}. It is shown only this once:",
                scope_list(&scopes)
            );
            println!("{key}");
        }
        KeysCommand::List { data } => {
            let keys = ApiKeyStore::new(&data.data_dir).list()?;
            if keys.is_empty() {
                println!("No API keys in {}", data.data_dir.display());
            }
            for key in keys {
                println!("{}\t{}\t{}", key.name, scope_list(&key.scopes), key.created);
            }
        }
        KeysCommand::Revoke { data, name } => {
            if !ApiKeyStore::new(&data.data_dir).revoke(&name)? {
                bail!("there is no API key named '{name}'");
            }
            println!("Revoked API key \"{name}\"");
        }
    }
    Ok(())
}

fn parse_scopes(names: &[String]) -> anyhow::Result<BTreeSet<Scope>> {
    names
        .iter()
        .map(|name| name.trim())
        .filter(|name| !name.is_empty())
        .map(|name| {
            Scope::parse(name).with_context(|| format!("unknown scope '{name}' (read, write)"))
        })
        .collect()
}

pub fn scope_list(scopes: &BTreeSet<Scope>) -> String {
    scopes
        .iter()
        .map(|scope| scope.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
