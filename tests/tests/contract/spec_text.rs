//! The spec in `spec/` is the operator's document, word for word: only its line breaks and
//! indentation were restored.

use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives in the repository")
        .to_path_buf()
}

fn words(path: &Path) -> String {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|err| panic!("reading {}: {err}", path.display()));
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_yaml_spec_has_exactly_the_words_of_the_published_text() {
    let repository = repository();

    let yaml = words(&repository.join("spec/party-interaction.yaml"));
    let published = words(&repository.join("spec/party-interaction.original.txt"));

    assert_eq!(yaml, published);
}

#[test]
fn the_published_text_in_the_repository_is_the_operators_seed_when_it_is_at_hand() {
    // The seed sits beside the repository in the workplace (and in CI); a clone elsewhere has
    // only the copy in spec/, which the test above checks against.
    let seed = repository().join("../shared/seeds/000_6397255177a21666.txt");
    if !seed.exists() {
        eprintln!("{} is not here; compared with spec/ only", seed.display());
        return;
    }

    let copy = words(&repository().join("spec/party-interaction.original.txt"));

    assert_eq!(copy, words(&seed));
}
