-- Appends one event to its chain in a single round trip: locks the chain's head
-- (creating it at the first event), puts the position into the canonical event
-- (`prefix || position || suffix`, as the service serialised it), hashes it as
-- the service verifies it, SHA-256(previous_hash || '\n' || event), stores it
-- and moves the head. Returns the event's position.
CREATE FUNCTION audit_append(p_chain text, p_tender_id uuid, p_occurred_at timestamptz, p_prefix text, p_suffix text)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    head_position bigint;
    head_hash text;
    new_event text;
    new_hash text;
BEGIN
    INSERT INTO audit_chain_head AS h (chain) VALUES (p_chain)
        ON CONFLICT (chain) DO UPDATE SET chain = excluded.chain
        RETURNING h.position, h.hash INTO head_position, head_hash;
    new_event := p_prefix || (head_position + 1)::text || p_suffix;
    new_hash := encode(sha256(convert_to(head_hash || E'\n' || new_event, 'UTF8')), 'hex');
    INSERT INTO audit_event (chain, position, tender_id, occurred_at, event, previous_hash, hash)
        VALUES (p_chain, head_position + 1, p_tender_id, p_occurred_at, new_event, head_hash, new_hash);
    UPDATE audit_chain_head SET position = head_position + 1, hash = new_hash WHERE chain = p_chain;
    RETURN head_position + 1;
END
$$;
