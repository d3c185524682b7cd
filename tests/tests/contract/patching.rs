//! PATCH /partyInteraction/{id}: JSON Merge Patch (RFC 7386) of one interaction.

use chrono::{DateTime, Duration, Utc};
use serde_json::{json, Value};

use crate::support::*;

/// A fixed public URL, so `href` does not depend on the port each start happens to get.
const PUBLIC_URL: &str = "https://interactions.example.test";

/// A server with one stored call-centre interaction (status `completed`).
struct Stored {
    _data_dir: DataDir,
    server: Server,
    auth: Auth,
    created: Value,
    id: String,
}

async fn stored_interaction() -> Stored {
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let auth = Auth::key(&server.default_key());
    let created = create_ok(&server, &auth, &call_centre_interaction("tx-to-patch")).await;
    let id = id_of(&created);
    Stored {
        _data_dir: data_dir,
        server,
        auth,
        created,
        id,
    }
}

impl Stored {
    async fn current(&self) -> (Value, String) {
        let answer = retrieve(&self.server, &self.auth, &self.id).await;
        (expect_ok(&answer), expect_etag(&answer))
    }

    async fn listed(&self, filter: (&str, &str)) -> Vec<Value> {
        expect_page(&list(&self.server, &self.auth, &[filter]).await).items
    }
}

/// `document` with the top-level `changes` applied by hand (none of them null).
fn with(document: &Value, changes: &Value) -> Value {
    let mut expected = document.clone();
    for (name, value) in changes.as_object().expect("changes are an object") {
        expected[name] = value.clone();
    }
    expected
}

fn parse_date(body: &Value, field: &str) -> DateTime<Utc> {
    let text = body[field]
        .as_str()
        .unwrap_or_else(|| panic!("{field} is missing from {body:#}"));
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{field} {text:?} is not RFC 3339: {e}"))
        .with_timezone(&Utc)
}

#[tokio::test]
async fn a_patch_in_each_media_type_the_spec_names_changes_fields_and_answers_the_document() {
    if crate::support::store::unavailable() {
        return;
    }
    for media_type in spec::consumes("patch", "/partyInteraction/{id}") {
        // Arrange
        let stored = stored_interaction().await;
        let (_, etag_before) = stored.current().await;
        let changes = json!({
            "description": "Credit note re-issued after a second complaint",
            "reason": "Billing dispute escalated",
            "note": [{ "author": "kmensah", "text": "Escalated to billing" }]
        });
        spec::assert_valid_patch_request(&changes);

        // Act
        let answer = patch_with(
            &stored.server,
            &stored.auth,
            &stored.id,
            &media_type,
            &[],
            &changes,
        )
        .await;

        // Assert
        assert_eq!(
            expect_ok(&answer),
            with(&stored.created, &changes),
            "patched as {media_type}"
        );
        assert_ne!(expect_etag(&answer), etag_before, "patched as {media_type}");
    }
}

#[tokio::test]
async fn null_removes_an_optional_attribute() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({ "note": null, "description": null });
    spec::assert_valid_patch_request(&changes);

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    let mut expected = stored.created.clone();
    let fields = expected.as_object_mut().expect("documents are objects");
    fields.remove("note");
    fields.remove("description");
    assert_eq!(expect_ok(&answer), expected);
}

#[tokio::test]
async fn an_array_in_a_patch_replaces_the_whole_array() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({
        "relatedParty": [{
            "id": "agent-0099",
            "href": "https://api.example.test/partyManagement/v4/partyRole/agent-0099",
            "role": "supervisor",
            "@referredType": "PartyRole"
        }]
    });
    spec::assert_valid_patch_request(&changes);

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    assert_eq!(expect_ok(&answer), with(&stored.created, &changes));
}

#[tokio::test]
async fn an_object_in_a_patch_is_merged_into_the_stored_one() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({ "interactionDate": { "endDateTime": "2026-05-01T10:30:00+02:00" } });
    spec::assert_valid_patch_request(&changes);

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    let mut expected = stored.created.clone();
    expected["interactionDate"]["endDateTime"] = json!("2026-05-01T10:30:00+02:00");
    assert_eq!(
        expected["interactionDate"]["startDateTime"],
        "2026-05-01T10:00:00+02:00"
    );
    assert_eq!(expect_ok(&answer), expected);
}

#[tokio::test]
async fn a_null_inside_a_nested_object_removes_that_attribute_alone() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let both = json!({ "interactionDate": { "endDateTime": "2026-05-01T10:30:00+02:00" } });
    expect_ok(&patch(&stored.server, &stored.auth, &stored.id, &both).await);
    // RFC 7386: a null at any depth removes that member, though the spec types it as a string.
    let removal = json!({ "interactionDate": { "endDateTime": null } });

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &removal).await;

    // Assert
    let mut expected = stored.created.clone();
    expected["interactionDate"] = json!({ "startDateTime": "2026-05-01T10:00:00+02:00" });
    assert_eq!(expect_ok(&answer), expected);
}

#[tokio::test]
async fn a_status_change_sets_status_change_date_to_the_time_of_the_patch() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({ "status": "inProgress" });
    // Whole milliseconds, with a second of slack either side for servers that truncate.
    let before = Utc::now() - Duration::seconds(1);

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    let after = Utc::now() + Duration::seconds(1);
    let patched = expect_ok(&answer);
    let changed_at = parse_date(&patched, "statusChangeDate");
    assert!(
        before <= changed_at && changed_at <= after,
        "statusChangeDate {changed_at} is not the time of the patch ({before} .. {after})"
    );
    let mut expected = with(&stored.created, &changes);
    expected["statusChangeDate"] = patched["statusChangeDate"].clone();
    assert_eq!(patched, expected);
}

#[tokio::test]
async fn a_status_change_keeps_the_status_change_date_the_patch_sets() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({
        "status": "opened",
        "statusChangeDate": "2026-05-02T07:00:00-04:00"
    });
    spec::assert_valid_patch_request(&changes);

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    assert_eq!(expect_ok(&answer), with(&stored.created, &changes));
}

#[tokio::test]
async fn a_patch_that_leaves_the_status_as_it_is_leaves_status_change_date_alone() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({ "status": "completed", "reason": "Roaming charge refunded" });
    assert_eq!(stored.created["status"], "completed");

    // Act
    let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

    // Assert
    assert_eq!(expect_ok(&answer), with(&stored.created, &changes));
}

#[tokio::test]
async fn attributes_a_patch_may_not_set_are_refused_by_name_and_nothing_changes() {
    if crate::support::store::unavailable() {
        return;
    }
    let stored = stored_interaction().await;
    let refused = [
        ("id", json!("01a23ccc-0000-7000-8000-000000000000")),
        ("href", json!("https://elsewhere.example.test/x")),
        ("creationDate", json!("2020-01-01T00:00:00Z")),
        ("direction", json!("outbound")),
        ("customerId", json!("233240000002")),
        ("loyaltyTier", json!("gold")),
    ];
    for (name, value) in refused {
        // Arrange
        let mut changes = json!({ "description": "Should not be stored" });
        changes[name] = value;

        // Act
        let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

        // Assert
        let message = expect_invalid_body(&answer);
        assert!(message.contains(name), "patching {name}: {message}");
        assert_eq!(
            stored.current().await.0,
            stored.created,
            "after patching {name}"
        );
    }
}

#[tokio::test]
async fn a_patch_that_removes_a_required_attribute_is_refused_and_nothing_changes() {
    if crate::support::store::unavailable() {
        return;
    }
    let stored = stored_interaction().await;
    for changes in [
        json!({ "reason": null }),
        json!({ "channel": [] }),
        json!({ "interactionDate": null }),
        json!({ "description": "Should not be stored", "status": null }),
    ] {
        // Act
        let answer = patch(&stored.server, &stored.auth, &stored.id, &changes).await;

        // Assert
        expect_invalid_body(&answer);
        assert_eq!(stored.current().await.0, stored.created, "after {changes}");
    }
}

#[tokio::test]
async fn if_match_with_the_current_etag_applies_the_patch() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let (_, etag) = stored.current().await;
    let changes = json!({ "status": "inProgress", "statusChangeDate": "2026-05-02T08:00:00Z" });

    // Act
    let answer = patch_with(
        &stored.server,
        &stored.auth,
        &stored.id,
        MERGE_PATCH,
        &[("If-Match", &etag)],
        &changes,
    )
    .await;

    // Assert
    assert_eq!(expect_ok(&answer), with(&stored.created, &changes));
}

#[tokio::test]
async fn if_match_with_a_stale_etag_is_412_and_nothing_changes() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let (_, stale) = stored.current().await;
    let first = json!({ "description": "Changed by another agent" });
    expect_ok(&patch(&stored.server, &stored.auth, &stored.id, &first).await);
    let second = json!({ "description": "Changed with a stale ETag" });

    // Act
    let answer = patch_with(
        &stored.server,
        &stored.auth,
        &stored.id,
        MERGE_PATCH,
        &[("If-Match", &stale)],
        &second,
    )
    .await;

    // Assert
    expect_error(&answer, 412, "preconditionFailed");
    assert_eq!(stored.current().await.0, with(&stored.created, &first));
}

#[tokio::test]
async fn if_match_star_applies_the_patch() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes = json!({ "reason": "Any version will do" });

    // Act
    let answer = patch_with(
        &stored.server,
        &stored.auth,
        &stored.id,
        MERGE_PATCH,
        &[("If-Match", "*")],
        &changes,
    )
    .await;

    // Assert
    assert_eq!(expect_ok(&answer), with(&stored.created, &changes));
}

#[tokio::test]
async fn patching_an_unknown_id_is_404() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;

    // Act
    let answer = patch(
        &stored.server,
        &stored.auth,
        "01a23ccc-0000-7000-8000-000000000000",
        &json!({ "reason": "Nobody here" }),
    )
    .await;

    // Assert
    expect_error(&answer, 404, "notFound");
}

#[tokio::test]
async fn a_text_plain_patch_is_400_unsupported_content_type() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;

    // Act
    let answer = patch_with(
        &stored.server,
        &stored.auth,
        &stored.id,
        "text/plain",
        &[],
        &json!({ "reason": "Plain text" }),
    )
    .await;

    // Assert
    expect_error(&answer, 400, "unsupportedContentType");
    assert_eq!(stored.current().await.0, stored.created);
}

#[tokio::test]
async fn a_read_only_api_key_is_forbidden_to_patch() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_only = Auth::ApiKey(add_api_key(&data_dir, "reporting", "read"));
    let auth = Auth::ApiKey(add_api_key(&data_dir, "agent-desk", "read,write"));
    let server = Server::start(&data_dir);
    let created = create_ok(&server, &auth, &call_centre_interaction("tx-read-only")).await;
    let id = id_of(&created);

    // Act
    let answer = patch(&server, &read_only, &id, &json!({ "reason": "Read-only" })).await;

    // Assert
    expect_error(&answer, 403, "forbidden");
    assert_eq!(expect_ok(&retrieve(&server, &auth, &id).await), created);
}

#[tokio::test]
async fn patches_change_what_lists_filter_on() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let stored = stored_interaction().await;
    let changes =
        json!({ "status": "opened", "channel": [{ "id": "USSD", "href": "/channel/USSD" }] });

    // Act
    let patched = expect_ok(&patch(&stored.server, &stored.auth, &stored.id, &changes).await);

    // Assert
    assert_eq!(
        stored.listed(("status", "opened")).await,
        vec![patched.clone()]
    );
    assert_eq!(stored.listed(("channel.id", "USSD")).await, vec![patched]);
    assert_eq!(
        stored.listed(("status", "completed")).await,
        Vec::<Value>::new()
    );
    assert_eq!(
        stored.listed(("channel.id", "ch-voice")).await,
        Vec::<Value>::new()
    );
}

#[tokio::test]
async fn the_patched_document_is_what_a_later_get_answers_even_after_a_restart() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let options = ServerOptions {
        public_url: Some(PUBLIC_URL.to_owned()),
        ..ServerOptions::default()
    };
    let server = Server::start_with(&data_dir, &options);
    let auth = Auth::key(&server.default_key());
    let created = create(&server, &auth, &call_centre_interaction("tx-patch-restart")).await;
    let id = id_of(&expect_created(&created, PUBLIC_URL));
    let changes = json!({ "status": "inProgress", "note": null, "reason": "Reopened" });
    let patched = patch(&server, &auth, &id, &changes).await;
    let patched_document = expect_ok(&patched);
    let patched_etag = expect_etag(&patched);

    // Act
    let before_restart = retrieve(&server, &auth, &id).await;
    let exit = server.stop_gracefully();
    let restarted = Server::start_with(&data_dir, &options);
    let after_restart = retrieve(&restarted, &auth, &id).await;

    // Assert
    assert!(
        exit.success(),
        "SIGTERM should end the server cleanly, got {exit}"
    );
    for answer in [&before_restart, &after_restart] {
        assert_eq!(expect_ok(answer), patched_document);
        assert_eq!(answer.text, patched.text, "the stored bytes are served");
        assert_eq!(expect_etag(answer), patched_etag);
    }
}
