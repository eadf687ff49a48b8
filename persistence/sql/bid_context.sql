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

-- name: bid_context_of_consortium
-- ... each of a consortium's bids, oldest first.
SELECT to_json(t)::text AS tender, to_json(c)::text AS consortium, to_json(b)::text AS bid,
    to_json(l)::text AS lot, x.*
FROM bid_record b
JOIN consortium_record c ON c.id = b.consortium_id
JOIN tender_record t ON t.id = b.tender_id
JOIN lot_record l ON l.id = b.lot_id
JOIN bid_lists x ON x.bid_id = b.id
WHERE b.consortium_id = $1
ORDER BY b.created_at, b.id;

-- name: lock_bid
-- The bid's row, locked by a statement of its own, before bid_context reads. Under
-- READ COMMITTED a statement that waits for a row lock still reads every other
-- table as it was when the statement began: one statement that locked and read
-- would return the lists as they were before the transaction it waited for.
SELECT id FROM bid WHERE id = $1 FOR UPDATE;

-- name: lock_bid_and_membership
-- ... and then its consortium's row (a submission fixes the membership it sends).
SELECT b.id FROM bid b JOIN consortium c ON c.id = b.consortium_id WHERE b.id = $1 FOR UPDATE OF b, c;
