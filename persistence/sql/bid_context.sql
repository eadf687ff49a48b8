-- A bid with everything its rules look at, in one row read by bid_facts() in
-- bid_context_repository.cpp: the tender's, consortium's, bid's and lot's records
-- as JSON (their column names overlap), then the bid's lists (bid_lists, sql/040).

-- name: bid_context
SELECT to_json(t)::text AS tender, to_json(c)::text AS consortium, to_json(b)::text AS bid,
    to_json(l)::text AS lot, x.*
FROM bid_record b
JOIN consortium_record c ON c.id = b.consortium_id
JOIN tender_record t ON t.id = b.tender_id
JOIN lot_record l ON l.id = b.lot_id
JOIN bid_lists x ON x.bid_id = b.id
WHERE b.id = $1;

-- name: bid_context_locking_bid
-- ... the bid's row locked.
SELECT to_json(t)::text AS tender, to_json(c)::text AS consortium, to_json(b)::text AS bid,
    to_json(l)::text AS lot, x.*
FROM bid_record b
JOIN consortium_record c ON c.id = b.consortium_id
JOIN tender_record t ON t.id = b.tender_id
JOIN lot_record l ON l.id = b.lot_id
JOIN bid_lists x ON x.bid_id = b.id
WHERE b.id = $1
FOR UPDATE OF b;

-- name: bid_context_locking_membership
-- ... the bid's and its consortium's rows locked.
SELECT to_json(t)::text AS tender, to_json(c)::text AS consortium, to_json(b)::text AS bid,
    to_json(l)::text AS lot, x.*
FROM bid_record b
JOIN consortium_record c ON c.id = b.consortium_id
JOIN tender_record t ON t.id = b.tender_id
JOIN lot_record l ON l.id = b.lot_id
JOIN bid_lists x ON x.bid_id = b.id
WHERE b.id = $1
FOR UPDATE OF b, c;
