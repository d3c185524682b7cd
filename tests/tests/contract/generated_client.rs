//! The generated `party-interaction-api` client against the real server.

use party_interaction_api::models::{PartyInteraction, PartyInteractionCreate};
use party_interaction_api::{
    ApiNoContext, Client, ContextWrapperExt, CreatePartyInteractionResponse,
};
use serde_json::Value;
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

use crate::support::*;

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

async fn create_with_generated_client(
    server: &Server,
    key: &str,
    interaction: PartyInteractionCreate,
) -> CreatePartyInteractionResponse {
    let context: ClientContext = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        Some(AuthData::ApiKey(key.to_owned())),
        XSpanIdString::default()
    );
    let client = Client::try_new_http(&server.base_url)
        .expect("build the generated HTTP client")
        .with_context(context);
    client
        .create_party_interaction(interaction)
        .await
        .expect("the generated client gets an answer")
}

/// The call-centre interaction as the generated model, and the JSON the generated
/// client actually puts on the wire for it (it rewrites date-times in UTC, for one).
fn interaction_model() -> (PartyInteractionCreate, Value) {
    let model: PartyInteractionCreate =
        serde_json::from_value(call_centre_interaction("tx-generated-client"))
            .expect("the fixture is a PartyInteractionCreate");
    let as_sent = serde_json::to_value(&model).expect("serialize the model");
    (model, as_sent)
}

#[tokio::test]
async fn generated_client_creates_an_interaction_with_an_api_key() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let server = Server::start(&data_dir);
    let (model, as_sent) = interaction_model();

    // Act
    let response = create_with_generated_client(&server, &server.default_key(), model).await;

    // Assert
    let CreatePartyInteractionResponse::Created(created) = response else {
        panic!("expected Created, got {response:?}");
    };
    let created_json = serde_json::to_value(&created).expect("serialize the answer");
    let expected: PartyInteraction =
        serde_json::from_value(expected_interaction(&as_sent, &created_json))
            .expect("the expected answer is a PartyInteraction");
    assert_eq!(created, expected);
    let id = created.id.as_deref().expect("the interaction has an id");
    assert_eq!(
        created.href.as_deref(),
        Some(format!("{}/{id}", server.collection_url()).as_str())
    );
}

#[tokio::test]
async fn generated_client_sees_forbidden_for_a_read_only_key() {
    if crate::support::store::unavailable() {
        return;
    }
    // Arrange
    let data_dir = DataDir::new();
    let read_key = add_api_key(&data_dir, "reporting", "read");
    let server = Server::start(&data_dir);
    let (model, _) = interaction_model();

    // Act
    let response = create_with_generated_client(&server, &read_key, model).await;

    // Assert
    let CreatePartyInteractionResponse::Forbidden(error) = response else {
        panic!("expected Forbidden, got {response:?}");
    };
    assert_eq!(error.code, "forbidden");
    assert_eq!(error.status.as_deref(), Some("403"));
}
