//! GET /partyInteraction: filtering, ordering and paging the stored interactions (TMF630).

mod filtering;
mod model;
mod paging;
mod property;
mod refusing;

use serde_json::{json, Value};

use crate::support::*;

/// `body` with a `creationDate` set by the client.
fn created_at(mut body: Value, creation_date: &str) -> Value {
    body["creationDate"] = json!(creation_date);
    body
}

/// Creates every body in turn; returns what the creates answered, in the same order.
async fn create_each(server: &Server, auth: &Auth, bodies: &[Value]) -> Vec<Value> {
    let mut created = Vec::with_capacity(bodies.len());
    for body in bodies {
        created.push(create_ok(server, auth, body).await);
    }
    created
}

/// Lists with `query` and checks the 200; returns the page.
async fn list_ok(server: &Server, auth: &Auth, query: &[(&str, &str)]) -> Page {
    expect_page(&list(server, auth, query).await)
}
