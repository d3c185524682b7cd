//! The TOML configuration file. Its settings are named like the flags (`data_dir` or
//! `data-dir`); each one becomes the environment variable of its flag unless that variable is
//! set already, so clap's own order gives: flags > environment > file > defaults.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Context as _;
use clap::parser::ValueSource;
use clap::CommandFactory as _;

use crate::config::{Cli, CONFIG_ENV, SECRET_SETTINGS, URL_SETTINGS};

/// What a configuration file set.
#[derive(Debug, Default)]
pub struct Applied {
    pub file: Option<PathBuf>,
    /// Settings taken from the file (others were overridden by the environment).
    pub from_file: BTreeSet<String>,
}

/// The file named by `--config` in `args` or by `PARTY_INTERACTION_CONFIG`, if any.
pub fn named_in(args: &[OsString]) -> Option<PathBuf> {
    let mut args = args.iter().skip(1);
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            break;
        }
        if text == "--config" {
            return args.next().map(PathBuf::from);
        }
        if let Some(path) = text.strip_prefix("--config=") {
            return Some(PathBuf::from(path));
        }
    }
    std::env::var_os(CONFIG_ENV).map(PathBuf::from)
}

/// Reads the file and sets the environment variables of its settings that are not set yet.
/// Call it before any thread starts: it changes the process environment.
pub fn apply(file: Option<&Path>) -> anyhow::Result<Applied> {
    let Some(file) = file else {
        return Ok(Applied::default());
    };
    let settings = read(file)?;
    let known = known_settings();
    let mut from_file = BTreeSet::new();
    for (key, value) in settings {
        let name = key.replace('-', "_");
        let env = known.get(&name).with_context(|| {
            let names: Vec<&str> = known.keys().map(String::as_str).collect();
            format!(
                "{}: unknown setting `{key}`; the settings are: {}",
                file.display(),
                names.join(", ")
            )
        })?;
        // The environment cannot hold a NUL; the value is not repeated, it may be a secret.
        anyhow::ensure!(
            !value.contains('\0') && !env.contains('\0'),
            "{}: `{key}` holds a NUL character",
            file.display()
        );
        if std::env::var_os(env).is_none() {
            std::env::set_var(env, value);
            from_file.insert(name);
        }
    }
    Ok(Applied {
        file: Some(file.to_owned()),
        from_file,
    })
}

/// The file's settings as the text their environment variables would hold.
fn read(file: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(file)
        .with_context(|| format!("reading the configuration file {}", file.display()))?;
    let table: toml::Table =
        toml::from_str(&text).with_context(|| format!("{} is not valid TOML", file.display()))?;
    table
        .into_iter()
        .map(|(key, value)| {
            let text = as_env_text(&value).with_context(|| {
                format!(
                    "{}: `{key}` must be a string, a number, a boolean or an array of them",
                    file.display()
                )
            })?;
            Ok((key, text))
        })
        .collect()
}

fn as_env_text(value: &toml::Value) -> Option<String> {
    Some(match value {
        toml::Value::String(text) => text.clone(),
        toml::Value::Integer(number) => number.to_string(),
        toml::Value::Float(number) => number.to_string(),
        toml::Value::Boolean(flag) => flag.to_string(),
        toml::Value::Array(items) => items
            .iter()
            .map(as_env_text)
            .collect::<Option<Vec<_>>>()?
            .join(","),
        toml::Value::Datetime(_) | toml::Value::Table(_) => return None,
    })
}

/// Setting name (the long flag with `_`) → its environment variable, for `serve`.
fn known_settings() -> BTreeMap<String, String> {
    let command = Cli::command();
    command
        .get_arguments()
        .filter_map(|arg| {
            let long = arg.get_long()?;
            let env = arg.get_env()?.to_str()?;
            (env != CONFIG_ENV).then(|| (long.replace('-', "_"), env.to_owned()))
        })
        .collect()
}

/// `config check`: parses the settings as `serve` would and prints them, secrets masked.
pub fn check(applied: &Applied) -> anyhow::Result<()> {
    let command = Cli::command().find_subcommand("serve").cloned();
    let mut command = command.context("the command line has no `serve`")?;
    let matches = command
        .try_get_matches_from_mut(["serve"])
        .map_err(|err| anyhow::anyhow!("the configuration is not valid:\n{err}"))?;
    // The same conversion `serve` does, so that what passes here starts.
    <crate::config::ServeArgs as clap::FromArgMatches>::from_arg_matches(&matches)
        .map_err(|err| anyhow::anyhow!("the configuration is not valid:\n{err}"))?;

    match &applied.file {
        Some(file) => println!("# configuration file: {}", file.display()),
        None => println!("# no configuration file"),
    }
    println!("# precedence: flags > environment > file > defaults");
    for arg in command.get_arguments() {
        let (Some(long), Some(_), id) = (arg.get_long(), arg.get_env(), arg.get_id().as_str())
        else {
            continue;
        };
        let name = long.replace('-', "_");
        if name == "config" {
            continue;
        }
        let values: Vec<String> = matches
            .get_raw(id)
            .map(|raw| {
                raw.map(|value| value.to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        let source = match matches.value_source(id) {
            Some(ValueSource::EnvVariable) if applied.from_file.contains(&name) => "file",
            Some(ValueSource::EnvVariable) => "environment",
            Some(ValueSource::CommandLine) => "flag",
            Some(ValueSource::DefaultValue) => "default",
            _ => {
                println!("# {name} is not set");
                continue;
            }
        };
        let shown = if SECRET_SETTINGS.contains(&name.as_str()) {
            toml::Value::String("********".to_owned()).to_string()
        } else if URL_SETTINGS.contains(&name.as_str()) {
            let urls: Vec<String> = values
                .iter()
                .map(|value| crate::store::loggable_url(value))
                .collect();
            toml_text(&urls)
        } else {
            toml_text(&values)
        };
        println!("{name} = {shown}  # {source}");
    }
    println!("# the configuration is valid");
    Ok(())
}

fn toml_text(values: &[String]) -> String {
    let one = |value: &String| -> toml::Value {
        if let Ok(number) = value.parse::<i64>() {
            toml::Value::Integer(number)
        } else if let Ok(flag) = value.parse::<bool>() {
            toml::Value::Boolean(flag)
        } else {
            toml::Value::String(value.clone())
        }
    };
    match values {
        [single] => one(single).to_string(),
        many => toml::Value::Array(many.iter().map(one).collect()).to_string(),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_file_is_found_after_config_in_either_spelling() {
        let spaced = args(&["server", "serve", "--config", "a.toml", "--bind", "x"]);
        let joined = args(&["server", "config", "check", "--config=b.toml"]);
        let after_separator = args(&["server", "--", "--config", "c.toml"]);

        assert_eq!(named_in(&spaced), Some(PathBuf::from("a.toml")));
        assert_eq!(named_in(&joined), Some(PathBuf::from("b.toml")));
        assert_eq!(
            named_in(&after_separator),
            std::env::var_os(CONFIG_ENV).map(PathBuf::from)
        );
    }

    #[test]
    fn values_become_the_text_of_their_environment_variables() {
        let table: toml::Table = toml::from_str(
            "a = \"text\"\nb = 42\nc = true\nd = [\"10.0.0.0/8\", \"::1\"]\ne = { f = 1 }",
        )
        .unwrap();

        let texts: Vec<Option<String>> = ["a", "b", "c", "d", "e"]
            .iter()
            .map(|key| as_env_text(&table[*key]))
            .collect();

        assert_eq!(
            texts,
            [
                Some("text".to_owned()),
                Some("42".to_owned()),
                Some("true".to_owned()),
                Some("10.0.0.0/8,::1".to_owned()),
                None
            ]
        );
    }

    #[test]
    fn every_serve_flag_with_an_environment_variable_is_a_setting() {
        let known = known_settings();

        assert_eq!(
            known.get("metrics_token").map(String::as_str),
            Some("PARTY_INTERACTION_METRICS_TOKEN")
        );
        assert_eq!(
            known.get("data_dir").map(String::as_str),
            Some("PARTY_INTERACTION_DATA_DIR")
        );
        assert!(!known.contains_key("config"), "the file cannot name a file");
    }
}
