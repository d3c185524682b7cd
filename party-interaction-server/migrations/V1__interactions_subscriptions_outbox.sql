-- The PostgreSQL store of party-interaction-server (see src/store/postgres.rs). Applied by the
-- server at start-up, or by `party-interaction-server migrate`; refinery records each version
-- in refinery_schema_history.

-- One row per interaction: the document exactly as served (`raw`: ETags and exports are of
-- these bytes, which jsonb would reorder), the same as jsonb for queries on any attribute, and
-- the attributes the indexes need as columns. Text compares bytewise (COLLATE "C"), as the API
-- orders ids and texts.
CREATE TABLE interaction (
    id             text COLLATE "C" PRIMARY KEY,
    raw            bytea NOT NULL,
    document       jsonb NOT NULL,
    -- creationDate in microseconds since the epoch.
    created        bigint NOT NULL,
    customer_id    text COLLATE "C",
    status         text COLLATE "C",
    -- The client's transactionId: unique, so that a retried create is stored once whichever
    -- server takes it. `fingerprint` tells a retry from a different request with the same id.
    transaction_id text COLLATE "C" UNIQUE,
    fingerprint    bytea,
    CHECK ((transaction_id IS NULL) = (fingerprint IS NULL))
);
CREATE INDEX interaction_by_creation ON interaction (created, id);
CREATE INDEX interaction_by_customer ON interaction (customer_id, created, id);
CREATE INDEX interaction_by_status ON interaction (status, created, id);

-- Event subscriptions, each with the number of the last event it was given, and the lease of
-- the server process delivering it (one at a time; another takes over once the lease lapses).
CREATE TABLE subscription (
    id          text COLLATE "C" PRIMARY KEY,
    record      bytea NOT NULL,
    position    bigint NOT NULL,
    owner       text,
    lease_until timestamptz
);

-- The outbox: events written in the transaction of their change, numbered in commit order
-- (numbers are taken under an advisory lock held to the commit).
CREATE SEQUENCE outbox_seq AS bigint MINVALUE 1;
CREATE TABLE outbox (
    seq      bigint PRIMARY KEY,
    kind     smallint NOT NULL,
    event_id text NOT NULL,
    body     bytea NOT NULL
);

-- A written probe, for readiness.
CREATE TABLE ready_probe (
    replica text PRIMARY KEY,
    at      timestamptz NOT NULL
);

-- Microseconds since the epoch of an RFC 3339 date-time (as the server parses them), or NULL
-- for anything else: what date-time filters and sorts on attributes without a column compare.
CREATE FUNCTION pi_micros(value text) RETURNS bigint
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    IF value !~ '^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$' THEN
        RETURN NULL;
    END IF;
    RETURN floor(extract(epoch FROM value::timestamptz) * 1000000)::bigint;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;
