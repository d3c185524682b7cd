//! CLI tool driving the API client
use anyhow::{anyhow, Context, Result};
use clap::Parser;
use dialoguer::Confirm;
use log::{debug, info};
// models may be unused if all inputs are primitive types
#[allow(unused_imports)]
use party_interaction_api::{
    models, ApiNoContext, Client, ContextWrapperExt,
    RegisterListenerResponse,
    RetrieveListenerResponse,
    UnregisterListenerResponse,
    CreatePartyInteractionResponse,
    ListPartyInteractionResponse,
    DeletePartyInteractionResponse,
    PatchPartyInteractionResponse,
    RetrievePartyInteractionResponse,
};
use simple_logger::SimpleLogger;
use swagger::{AuthData, ContextBuilder, EmptyContext, Push, XSpanIdString};

type ClientContext = swagger::make_context_ty!(
    ContextBuilder,
    EmptyContext,
    Option<AuthData>,
    XSpanIdString
);

#[derive(Parser, Debug)]
#[clap(
    name = "Party Interaction",
    version = "1.0.0",
    about = "CLI access to Party Interaction"
)]
struct Cli {
    #[clap(subcommand)]
    operation: Operation,

    /// Address or hostname of the server hosting this API, including optional port
    #[clap(short = 'a', long, default_value = "http://localhost")]
    server_address: String,

    /// Path to the client private key if using client-side TLS authentication
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_certificate", "server_certificate"]))]
    client_key: Option<String>,

    /// Path to the client's public certificate associated with the private key
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long, requires_all(&["client_key", "server_certificate"]))]
    client_certificate: Option<String>,

    /// Path to CA certificate used to authenticate the server
    #[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
    #[clap(long)]
    server_certificate: Option<String>,

    /// If set, write output to file instead of stdout
    #[clap(short, long)]
    output_file: Option<String>,

    #[command(flatten)]
    verbosity: clap_verbosity_flag::Verbosity,

    /// Don't ask for any confirmation prompts
    #[allow(dead_code)]
    #[clap(short, long)]
    force: bool,

    /// Bearer token if used for authentication
    #[arg(env = "PARTY_INTERACTION_API_BEARER_TOKEN", hide_env = true)]
    bearer_token: Option<String>,

    /// API key for authentication
    #[arg(long, env = "PARTY_INTERACTION_API_API_KEY", hide_env = true)]
    api_key: Option<String>,
}

#[derive(Parser, Debug)]
enum Operation {
    /// Register a listener
    RegisterListener {
        /// Data containing the callback endpoint to deliver the information
        #[clap(value_parser = parse_json::<models::EventSubscriptionInput>)]
        data: models::EventSubscriptionInput,
    },
    /// Retrieves a listener by ID
    RetrieveListener {
        /// The id of the registered listener
        id: String,
    },
    /// Unregister a listener
    UnregisterListener {
        /// The id of the registered listener
        id: String,
    },
    /// Creates a PartyInteraction
    CreatePartyInteraction {
        /// The PartyInteraction to be created
        #[clap(value_parser = parse_json::<models::PartyInteractionCreate>)]
        party_interaction: models::PartyInteractionCreate,
    },
    /// List or find PartyInteraction objects
    ListPartyInteraction {
        /// Comma-separated properties to be provided in response
        fields: Option<String>,
        /// Requested index for start of resources to be provided in response
        offset: Option<u32>,
        /// Requested number of resources to be provided in response (at most 100)
        limit: Option<u8>,
        /// Paging snapshot, as the Link header's URLs carry it; only interactions stored before the first page was served are listed, so that pages never skip or repeat an interaction while new ones arrive
        #[clap(value_parser = parse_json::<uuid::Uuid>)]
        as_of: Option<uuid::Uuid>,
        /// Comma-separated attributes to sort by, each prefixed with - for descending order (default -creationDate)
        sort: Option<String>,
        /// Only the interactions of these customers (comma-separated MSISDNs)
        customer_id: Option<String>,
        /// Only interactions with one of these statuses (comma-separated)
        status: Option<String>,
        /// Only interactions with one of these directions (comma-separated)
        direction: Option<String>,
        /// Only interactions with one of these reasons (comma-separated)
        reason: Option<String>,
    },
    /// Deletes a PartyInteraction
    DeletePartyInteraction {
        /// Identifier of the PartyInteraction
        id: String,
        /// Delete only if the interaction still has this ETag
        if_match: Option<String>,
    },
    /// Updates partially a PartyInteraction
    PatchPartyInteraction {
        /// Identifier of the PartyInteraction
        id: String,
        /// The PartyInteraction to be updated
        #[clap(value_parser = parse_json::<models::PartyInteractionUpdate>)]
        party_interaction: models::PartyInteractionUpdate,
        /// Apply the patch only if the interaction still has this ETag
        if_match: Option<String>,
    },
    /// Retrieves a PartyInteraction by ID
    RetrievePartyInteraction {
        /// Identifier of the PartyInteraction
        id: String,
        /// Comma-separated properties to provide in response
        fields: Option<String>,
    },
}

// On Linux/Unix with OpenSSL (client-tls feature), support certificate pinning and mutual TLS
#[cfg(all(feature = "client-tls", not(any(target_os = "macos", target_os = "windows", target_os = "ios"))))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    if args.client_certificate.is_some() {
        debug!("Using mutual TLS");
        let client = Client::try_new_https_mutual(
            &args.server_address,
            args.server_certificate.clone().unwrap(),
            args.client_key.clone().unwrap(),
            args.client_certificate.clone().unwrap(),
        )
        .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else if args.server_certificate.is_some() {
        debug!("Using TLS with pinned server certificate");
        let client =
            Client::try_new_https_pinned(&args.server_address, args.server_certificate.clone().unwrap())
                .context("Failed to create HTTPS client")?;
        Ok(Box::new(client.with_context(context)))
    } else {
        debug!("Using client without certificates");
        let client =
            Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
        Ok(Box::new(client.with_context(context)))
    }
}

// On macOS/Windows/iOS or without client-tls feature, use simple client (no cert pinning/mutual TLS)
#[cfg(any(
    not(feature = "client-tls"),
    all(feature = "client-tls", any(target_os = "macos", target_os = "windows", target_os = "ios"))
))]
fn create_client(args: &Cli, context: ClientContext) -> Result<Box<dyn ApiNoContext<ClientContext>>> {
    // Client::try_new() automatically detects the URL scheme (http:// or https://)
    // and creates the appropriate client.
    // Note: Certificate pinning and mutual TLS are only available on Linux/Unix with OpenSSL
    let client =
        Client::try_new(&args.server_address).context("Failed to create HTTP(S) client")?;
    Ok(Box::new(client.with_context(context)))
}

#[tokio::main]
async fn main() -> Result<()> {
    let args = Cli::parse();
    if let Some(log_level) = args.verbosity.log_level() {
        SimpleLogger::new().with_level(log_level.to_level_filter()).init()?;
    }

    debug!("Arguments: {:?}", &args);

    let mut auth_data: Option<AuthData> = None;

    if let Some(ref bearer_token) = args.bearer_token {
        debug!("Using bearer token");
        auth_data = AuthData::bearer(bearer_token);
    }
    if let Some(ref api_key) = args.api_key {
        debug!("Using API key");
        auth_data = Some(AuthData::apikey(api_key));
    }

    #[allow(trivial_casts)]
    let context = swagger::make_context!(
        ContextBuilder,
        EmptyContext,
        auth_data,
        XSpanIdString::default()
    );

    let client = create_client(&args, context)?;

    let result = match args.operation {
        Operation::RegisterListener {
            data,
        } => {
            info!("Performing a RegisterListener request");

            let result = client.register_listener(
                data,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RegisterListenerResponse::Subscribed
                {
                    body,
                    location,
                }
                => "Subscribed\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "location: {}\n",
                        serde_json::to_string_pretty(&location)?
                    ),
                RegisterListenerResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterListenerResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterListenerResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterListenerResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterListenerResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RegisterListenerResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RetrieveListener {
            id,
        } => {
            info!("Performing a RetrieveListener request on {:?}", (
                &id
            ));

            let result = client.retrieve_listener(
                id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RetrieveListenerResponse::Success
                (body)
                => "Success\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrieveListenerResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::UnregisterListener {
            id,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a UnregisterListener request on {:?}", (
                &id
            ));

            let result = client.unregister_listener(
                id,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                UnregisterListenerResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                UnregisterListenerResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UnregisterListenerResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UnregisterListenerResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UnregisterListenerResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UnregisterListenerResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                UnregisterListenerResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::CreatePartyInteraction {
            party_interaction,
        } => {
            info!("Performing a CreatePartyInteraction request");

            let result = client.create_party_interaction(
                party_interaction,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                CreatePartyInteractionResponse::Created
                (body)
                => "Created\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::Conflict
                (body)
                => "Conflict\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                CreatePartyInteractionResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::ListPartyInteraction {
            fields,
            offset,
            limit,
            as_of,
            sort,
            customer_id,
            status,
            direction,
            reason,
        } => {
            info!("Performing a ListPartyInteraction request");

            let result = client.list_party_interaction(
                fields,
                offset,
                limit,
                as_of,
                sort,
                customer_id,
                status,
                direction,
                reason,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                ListPartyInteractionResponse::Success
                {
                    body,
                    x_total_count,
                    link,
                    x_result_count,
                }
                => "Success\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "x_total_count: {}\n",
                        serde_json::to_string_pretty(&x_total_count)?
                    ) +
                    &format!(
                        "link: {}\n",
                        serde_json::to_string_pretty(&link)?
                    ) +
                    &format!(
                        "x_result_count: {}\n",
                        serde_json::to_string_pretty(&x_result_count)?
                    ),
                ListPartyInteractionResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ListPartyInteractionResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ListPartyInteractionResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ListPartyInteractionResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                ListPartyInteractionResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::DeletePartyInteraction {
            id,
            if_match,
        } => {
            prompt(args.force, "This will delete the given entry, are you sure?")?;
            info!("Performing a DeletePartyInteraction request on {:?}", (
                &id
            ));

            let result = client.delete_party_interaction(
                id,
                if_match,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                DeletePartyInteractionResponse::Deleted
                => "Deleted\n".to_string()
                    ,
                DeletePartyInteractionResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::PreconditionFailed
                (body)
                => "PreconditionFailed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                DeletePartyInteractionResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::PatchPartyInteraction {
            id,
            party_interaction,
            if_match,
        } => {
            info!("Performing a PatchPartyInteraction request on {:?}", (
                &id
            ));

            let result = client.patch_party_interaction(
                id,
                party_interaction,
                if_match,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                PatchPartyInteractionResponse::Updated
                {
                    body,
                    e_tag,
                }
                => "Updated\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "e_tag: {}\n",
                        serde_json::to_string_pretty(&e_tag)?
                    ),
                PatchPartyInteractionResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::PreconditionFailed
                (body)
                => "PreconditionFailed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                PatchPartyInteractionResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
        Operation::RetrievePartyInteraction {
            id,
            fields,
        } => {
            info!("Performing a RetrievePartyInteraction request on {:?}", (
                &id
            ));

            let result = client.retrieve_party_interaction(
                id,
                fields,
            ).await?;
            debug!("Result: {:?}", result);

            match result {
                RetrievePartyInteractionResponse::Success
                {
                    body,
                    e_tag,
                }
                => "Success\n".to_string()
                   +
                    &format!("body: {}\n", serde_json::to_string_pretty(&body)?) +
                    &format!(
                        "e_tag: {}\n",
                        serde_json::to_string_pretty(&e_tag)?
                    ),
                RetrievePartyInteractionResponse::BadRequest
                (body)
                => "BadRequest\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrievePartyInteractionResponse::Unauthorized
                (body)
                => "Unauthorized\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrievePartyInteractionResponse::Forbidden
                (body)
                => "Forbidden\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrievePartyInteractionResponse::NotFound
                (body)
                => "NotFound\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrievePartyInteractionResponse::MethodNotAllowed
                (body)
                => "MethodNotAllowed\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
                RetrievePartyInteractionResponse::InternalServerError
                (body)
                => "InternalServerError\n".to_string()
                   +
                    &serde_json::to_string_pretty(&body)?,
            }
        }
    };

    if let Some(output_file) = args.output_file {
        std::fs::write(output_file, result)?
    } else {
        println!("{}", result);
    }
    Ok(())
}

fn prompt(force: bool, text: &str) -> Result<()> {
    if force || Confirm::new().with_prompt(text).interact()? {
        Ok(())
    } else {
        Err(anyhow!("Aborting"))
    }
}

// May be unused if all inputs are primitive types
#[allow(dead_code)]
fn parse_json<T: serde::de::DeserializeOwned>(json_string: &str) -> Result<T> {
    serde_json::from_str(json_string).map_err(|err| anyhow!("Error parsing input: {}", err))
}
