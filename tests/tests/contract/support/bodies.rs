//! Request bodies: realistic call-centre interactions.

use serde_json::{json, Value};

/// The smallest valid PartyInteraction_Create: only the required properties.
pub fn minimal_interaction() -> Value {
    json!({
        "direction": "inbound",
        "reason": "Billing enquiry",
        "status": "completed",
        "channel": [{
            "id": "ch-voice",
            "href": "https://api.example.test/channel/ch-voice"
        }],
        "interactionDate": {
            "startDateTime": "2026-05-01T10:00:00Z",
            "endDateTime": "2026-05-01T10:07:30Z"
        }
    })
}

/// `minimal_interaction` carrying `transactionId`.
pub fn minimal_interaction_with_transaction(transaction_id: &str) -> Value {
    let mut body = minimal_interaction();
    body["transactionId"] = json!(transaction_id);
    body
}

/// A minimal interaction of customer `customer_id` over channel `channel_id` (e.g. `CC` for the
/// call centre, `USSD`, `APP`), with the customer as a related party.
pub fn customer_interaction(customer_id: &str, channel_id: &str, reason: &str) -> Value {
    let mut body = minimal_interaction();
    body["customerId"] = json!(customer_id);
    body["reason"] = json!(reason);
    body["channel"] = json!([{
        "id": channel_id,
        "href": format!("https://api.example.test/channel/{channel_id}")
    }]);
    body["relatedParty"] = json!([{
        "id": customer_id,
        "href": format!("https://api.example.test/party/{customer_id}"),
        "role": "customer",
        "@referredType": "Individual"
    }]);
    body
}

fn schema_location(name: &str) -> String {
    format!("https://schemas.example.test/tmf683/{name}.schema.json")
}

fn customer(role: &str) -> Value {
    json!({
        "id": "cust-2349012345678",
        "href": "https://api.example.test/partyManagement/v4/individual/cust-2349012345678",
        "name": "Adaeze Okafor",
        "role": role,
        "@baseType": "Party",
        "@schemaLocation": schema_location("Individual"),
        "@type": "Individual",
        "@referredType": "Individual"
    })
}

fn agent() -> Value {
    json!({
        "id": "agent-0042",
        "href": "https://api.example.test/partyManagement/v4/partyRole/agent-0042",
        "name": "Kwame Mensah",
        "role": "callCentreAgent",
        "@baseType": "PartyRole",
        "@schemaLocation": schema_location("PartyRole"),
        "@type": "Employee",
        "@referredType": "PartyRole"
    })
}

fn voice_channel() -> Value {
    json!({
        "id": "ch-voice",
        "href": "https://api.example.test/channel/ch-voice",
        "name": "Call centre voice line",
        "role": "contactChannel",
        "@baseType": "Channel",
        "@schemaLocation": schema_location("Channel"),
        "@type": "VoiceChannel",
        "@referredType": "Channel"
    })
}

/// An inbound billing-dispute call that uses every property of PartyInteraction_Create
/// and of every definition it refers to, with offsets, fractions, decimals and Unicode.
pub fn call_centre_interaction(transaction_id: &str) -> Value {
    json!({
        "transactionId": transaction_id,
        "creationDate": "2026-05-01T10:08:00+02:00",
        "description": "Customer disputes a roaming charge on the April invoice — credit agreed",
        "direction": "inbound",
        "customerId": "2349012345678",
        "reason": "Billing dispute",
        "status": "completed",
        "statusChangeDate": "2026-05-01T08:07:59.250Z",
        "attachment": [{
            "id": "att-recording-1",
            "href": "https://api.example.test/document/att-recording-1",
            "attachmentType": "callRecording",
            "content": "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=",
            "description": "Recording of the call",
            "mimeType": "audio/wav",
            "name": "call-2026-05-01.wav",
            "url": "https://media.example.test/recordings/call-2026-05-01.wav",
            "size": { "amount": 1.5, "units": "MB" },
            "validFor": {
                "startDateTime": "2026-05-01T10:00:00+02:00",
                "endDateTime": "2027-05-01T10:00:00+02:00"
            },
            "@baseType": "Attachment",
            "@schemaLocation": schema_location("Attachment"),
            "@type": "CallRecording",
            "@referredType": "Document"
        }],
        "channel": [voice_channel()],
        "interactionDate": {
            "startDateTime": "2026-05-01T10:00:00+02:00",
            "endDateTime": "2026-05-01T10:07:45+02:00"
        },
        "interactionItem": [{
            "id": "item-1",
            "creationDate": "2026-05-01T10:03:12.5+02:00",
            "reason": "Roaming charge disputed",
            "reasonCode": "BILL-ROAM-01",
            "resolution": "Credit note of 12.50 issued",
            "prefLang": "fr",
            "csrUserName": "kmensah",
            "csrUserId": "agent-0042",
            "location": "Lagos contact centre, floor 3",
            "actionDate": "2026-05-02",
            "attachment": [{
                "id": "att-invoice-april",
                "href": "https://api.example.test/document/att-invoice-april",
                "attachmentType": "invoice",
                "content": "JVBERi0xLjQK",
                "description": "April invoice",
                "mimeType": "application/pdf",
                "name": "invoice-2026-04.pdf",
                "url": "https://media.example.test/invoices/invoice-2026-04.pdf",
                "size": { "amount": 2048, "units": "KB" },
                "validFor": {
                    "startDateTime": "2026-04-01T00:00:00-05:00",
                    "endDateTime": "2026-04-30T23:59:59-05:00"
                },
                "@baseType": "Attachment",
                "@schemaLocation": schema_location("Attachment"),
                "@type": "Invoice",
                "@referredType": "Document"
            }],
            "channel": [voice_channel()],
            "item": {
                "id": "bill-2026-04",
                "href": "https://api.example.test/customerBill/bill-2026-04",
                "name": "April 2026 bill",
                "role": "disputedBill",
                "@baseType": "CustomerBill",
                "@schemaLocation": schema_location("CustomerBill"),
                "@type": "CustomerBill",
                "@referredType": "CustomerBill"
            },
            "itemDate": {
                "startDateTime": "2026-05-01T10:03:00+02:00",
                "endDateTime": "2026-05-01T10:06:00+02:00"
            },
            "note": [{
                "id": "item-note-1",
                "author": "kmensah",
                "date": "2026-05-01T10:05:00+02:00",
                "text": "Roaming in Ghana was covered by the bundle",
                "@baseType": "Note",
                "@schemaLocation": schema_location("Note"),
                "@type": "Note"
            }],
            "relatedParty": [customer("customer")],
            "@baseType": "InteractionItem",
            "@schemaLocation": schema_location("InteractionItem"),
            "@type": "BillingInteractionItem"
        }],
        "interactionRelationship": [{
            "id": "pi-earlier-call",
            "href": "https://api.example.test/partyInteraction/v1/partyInteraction/pi-earlier-call",
            "relationshipType": "followUpOf",
            "@baseType": "InteractionRelationship",
            "@schemaLocation": schema_location("InteractionRelationship"),
            "@type": "InteractionRelationship"
        }],
        "note": [
            {
                "id": "note-1",
                "author": "kmensah",
                "date": "2026-05-01T10:07:00+02:00",
                "text": "Cliente satisfeita — crédito aplicado ✅",
                "@baseType": "Note",
                "@schemaLocation": schema_location("Note"),
                "@type": "Note"
            },
            { "text": "Second, plain note" }
        ],
        "relatedParty": [customer("customer"), agent()],
        "@baseType": "PartyInteraction",
        "@schemaLocation": schema_location("PartyInteraction"),
        "@type": "CallCentreInteraction"
    })
}

/// What the server must answer for `sent`: every sent property except `transactionId`,
/// plus the server-assigned `id` and `href` (taken from `created`, whose `href` and
/// `Location` `expect_created` has already checked), the success result fields, and
/// `creationDate` / `statusChangeDate` from `created` where the client sent none.
pub fn expected_interaction(sent: &Value, created: &Value) -> Value {
    let mut expected = sent.clone();
    let fields = expected
        .as_object_mut()
        .expect("request bodies are JSON objects");
    fields.remove("transactionId");
    for server_field in ["id", "href"] {
        fields.insert(server_field.to_owned(), created[server_field].clone());
    }
    for defaulted in ["creationDate", "statusChangeDate"] {
        if !fields.contains_key(defaulted) {
            fields.insert(defaulted.to_owned(), created[defaulted].clone());
        }
    }
    fields.insert("resultCode".to_owned(), json!("0000"));
    fields.insert(
        "resultDescription".to_owned(),
        json!("Successfully processed"),
    );
    expected
}
