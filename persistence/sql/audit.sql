-- name: audit_append
SELECT audit_append($1, $2, to_timestamp($3 / 1e6), $4, $5);

-- name: audit_tender_list
-- A page of tender $1's events, less those hidden while its bids are sealed since $2.
SELECT chain, position, event, previous_hash, hash
FROM audit_event
WHERE tender_id = $1 AND audit_event_unsealed(occurred_at, event, $2)
ORDER BY position
LIMIT $3
OFFSET $4;

-- name: audit_tender_action
-- The quoted action found in the text first: most of a tender's events are
-- score saves, and a text search is cheaper than parsing each of them.
SELECT chain, position, event, previous_hash, hash
FROM audit_event
WHERE tender_id = $1 AND strpos(event, '"' || $2 || '"') > 0 AND event::jsonb ->> 'action' = $2
ORDER BY position;

-- name: audit_heads
SELECT chain, position, hash
FROM audit_chain_head
WHERE $1::text IS NULL OR chain = $1
ORDER BY chain;

-- name: audit_tender_count
SELECT count(*)
FROM audit_event
WHERE tender_id = $1 AND audit_event_unsealed(occurred_at, event, $2);

-- name: audit_chain_page
SELECT chain, position, event, previous_hash, hash
FROM audit_event
WHERE chain = $1 AND position > $2
ORDER BY position
LIMIT $3;

-- name: audit_global_page
-- The global chain (accounts, organisations, registrations, settings), newest
-- first: of one entity type ($1) and entity ($2) when given; $3 from $4, and how many in all.
SELECT chain, position, event, previous_hash, hash, count(*) OVER () AS total
FROM audit_event
WHERE chain = 'global' AND ($2::text IS NULL OR (event::jsonb) ->> 'entity_id' = $2)
    AND ($1::text IS NULL OR (event::jsonb) ->> 'entity_type' = $1)
ORDER BY position DESC
LIMIT $3
OFFSET $4;
