//! A data directory on a small disk that fills up: writes are refused with `500`
//! `storageFull` before the disk is full, reads go on, nothing stored is damaged, and writes
//! succeed again, without a restart, once space is freed.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::SmallDisk;
use crate::operations::get_plain;
use crate::support::offline::{check_store, export_store};
use crate::support::*;

const DISK_MIB: u64 = 48;
/// The server's free-space reserve (`--min-free-mb`).
const RESERVE_MIB: u64 = 6;
/// A file that takes part of the disk, removed to free space.
const FILLER_MIB: usize = 12;
/// Base64 carried by each interaction, so that a few hundred creates fill the disk. It is
/// random, so that the store's compression cannot shrink it much.
const ATTACHMENT_BYTES: usize = 96 * 1024;
/// More creates than the disk can hold: reaching it means the reserve never held.
const MOST_CREATES: usize = 2_000;

fn bulky_interaction(n: usize) -> Value {
    let mut body = call_centre_interaction(&format!("full-disk-{n}"));
    let content = random_base64(n as u64, ATTACHMENT_BYTES);
    body["attachment"][0]["content"] = json!(content);
    body
}

/// `len` characters of base64 from a xorshift generator seeded with `seed`.
fn random_base64(seed: u64, len: usize) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(ALPHABET[(state >> 58) as usize])
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_full_disk_refuses_writes_with_storage_full_keeps_reads_and_loses_nothing() {
    if crate::support::store::not_on(
        Store::Sled,
        "it fills the disk of the data directory, which holds the store only with sled",
    ) {
        return;
    }
    // Arrange: a server on a small disk, part of which a file takes.
    let test = "a_full_disk_refuses_writes_with_storage_full_keeps_reads_and_loses_nothing";
    let Some(disk) = SmallDisk::mount(DISK_MIB, test) else {
        return;
    };
    let filler = disk.path().join("filler");
    std::fs::write(&filler, vec![0x5a_u8; FILLER_MIB * 1024 * 1024]).expect("write the filler");
    let data_dir = DataDir::inside(disk.path());
    let options = ServerOptions {
        extra_args: vec!["--min-free-mb".to_owned(), RESERVE_MIB.to_string()],
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let base = server.base_url.clone();

    // Act: create until the disk is (nearly) full.
    let mut acknowledged: BTreeMap<String, String> = BTreeMap::new();
    let mut refusal = None;
    for n in 0..MOST_CREATES {
        let answer = create(&server, &auth, &bulky_interaction(n)).await;
        if answer.status != 201 {
            refusal = Some(answer);
            break;
        }
        let created = expect_created(&answer, &base);
        acknowledged.insert(id_of(&created), answer.text.clone());
    }
    let refusal = refusal.unwrap_or_else(|| {
        panic!("{MOST_CREATES} creates of ~{ATTACHMENT_BYTES} bytes fitted on {DISK_MIB} MiB")
    });

    // Assert: the refusal, and every other write while the disk is full.
    let error = expect_error(&refusal, 500, "storageFull");
    assert!(
        !acknowledged.is_empty(),
        "the very first create was refused: {error:#}"
    );
    let (first_id, first_text) = acknowledged.iter().next().expect("one acknowledged");
    let (first_id, first_text) = (first_id.clone(), first_text.clone());
    let patched = patch(&server, &auth, &first_id, &json!({"status": "closed"})).await;
    expect_error(&patched, 500, "storageFull");
    let deleted = delete(&server, &auth, &first_id).await;
    expect_error(&deleted, 500, "storageFull");
    let ready = get_plain(&server.url("/ready"), &[]).await;
    assert_eq!(ready.status, 503, "/ready on a full disk: {ready:#?}");

    // Assert: reads go on, and answer what was acknowledged.
    for (id, text) in &acknowledged {
        let answer = retrieve(&server, &auth, id).await;
        assert_eq!(
            answer.status, 200,
            "reading {id} on a full disk: {answer:#?}"
        );
        assert_eq!(
            serde_json::from_str::<Value>(&answer.text).expect("JSON"),
            serde_json::from_str::<Value>(text).expect("JSON"),
            "{id} read back differs from its 201"
        );
    }
    let page = expect_page(&list(&server, &auth, &[("limit", "100")]).await);
    assert_eq!(
        page.total,
        acknowledged.len() as u64,
        "X-Total-Count on a full disk"
    );

    // Act: free space; writes go on without a restart.
    std::fs::remove_file(&filler).expect("remove the filler");
    let after = create(&server, &auth, &bulky_interaction(MOST_CREATES)).await;
    let after = expect_created(&after, &base);
    acknowledged.insert(id_of(&after), serde_json::to_string(&after).expect("JSON"));
    let patched = expect_ok(&patch(&server, &auth, &first_id, &json!({"status": "closed"})).await);
    acknowledged.insert(
        first_id.clone(),
        serde_json::to_string(&patched).expect("JSON"),
    );
    let ready = get_plain(&server.url("/ready"), &[]).await;
    assert_eq!(ready.status, 200, "/ready once space is freed: {ready:#?}");
    assert!(server.stop_gracefully().success());

    // Assert: the store holds exactly what was acknowledged, and agrees with itself.
    let figures = check_store(&data_dir);
    let stored = export_store(&data_dir);
    let mut stored_ids: Vec<_> = stored.keys().collect();
    stored_ids.sort();
    assert_eq!(
        stored_ids,
        acknowledged.keys().collect::<Vec<_>>(),
        "the store holds other interactions than were acknowledged"
    );
    for (id, text) in &acknowledged {
        let stored: Value = serde_json::from_slice(&stored[id]).expect("JSON");
        assert_eq!(
            stored,
            serde_json::from_str::<Value>(text).expect("JSON"),
            "{id}"
        );
    }
    assert_ne!(
        first_text, acknowledged[&first_id],
        "the patch after freeing space"
    );
    println!(
        "full disk: {} creates of ~{ATTACHMENT_BYTES} bytes before storageFull on {DISK_MIB} MiB \
         (reserve {RESERVE_MIB} MiB); check: {figures}",
        acknowledged.len() - 1
    );
}
