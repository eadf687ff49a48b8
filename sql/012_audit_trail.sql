-- The audit trail: one hash chain per tender (and a 'global' chain for accounts
-- and organisations). Each event's canonical JSON is stored as the text that was
-- hashed: hash = SHA-256(previous_hash || '\n' || event). Rows are append-only:
-- the trigger refuses UPDATE, DELETE and TRUNCATE for every role, so only a
-- superuser who disables triggers can tamper, and verification will say where.
CREATE TABLE audit_event (
    chain text NOT NULL,
    position bigint NOT NULL CHECK (position >= 1),
    tender_id uuid REFERENCES tender (id),
    occurred_at timestamptz NOT NULL,
    event text NOT NULL,
    previous_hash text NOT NULL CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
    hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    PRIMARY KEY (chain, position)
);
CREATE INDEX audit_event_tender ON audit_event (tender_id, position) WHERE tender_id IS NOT NULL;

-- Where each chain ends. Appending locks the chain's row here, so events of one
-- tender are appended one at a time while other tenders go on in parallel.
CREATE TABLE audit_chain_head (
    chain text PRIMARY KEY,
    position bigint NOT NULL DEFAULT 0,
    hash text NOT NULL DEFAULT repeat('0', 64)
);

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events cannot be changed or removed' USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();
