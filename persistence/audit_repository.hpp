#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

// One link of an audit chain as stored: the canonical event text that was hashed.
struct AuditLink {
    std::string chain;
    std::int64_t position = 0;
    std::string event;
    std::string previous_hash;
    std::string hash;
};

struct ChainHead {
    std::int64_t position = 0;  // 0 for an empty chain
    std::string hash;           // 64 zeros for an empty chain
};

// An event ready to append to its chain: its text is `prefix`, its position (which
// only the database knows once the chain is locked), then `suffix`.
struct AuditEvent {
    std::string chain;
    std::optional<domain::TenderId> tender_id;
    domain::TimePoint occurred_at;
    std::string prefix;
    std::string suffix;
};

// Appends an event to its chain in one statement (sql/038_audit_append.sql), hashed
// in the database as verification checks it. The statement goes with the
// transaction's next one, at the latest with its COMMIT (Tx::exec_prepared_at_commit):
// the chain's head stays locked until the transaction ends, so appends are serial
// per chain, and the lock is held for as short a time as can be.
void append_event(Tx& tx, const AuditEvent& event);

// One tender's events, oldest first. With `sealed_since`, events about bids and
// their documents after that time are left out.
std::vector<AuditLink> tender_links(Tx& tx, const domain::TenderId& tender_id,
                                    const std::optional<domain::TimePoint>& sealed_since, int limit, int offset);
// One tender's events of one action (e.g. "tender.deadline_change"), oldest first.
std::vector<AuditLink> tender_links_of_action(Tx& tx, const domain::TenderId& tender_id, const std::string& action);
// A page of the global chain (people, organisations, registrations, settings),
// newest first, of one entity type and entity when given; and how many in all.
struct AuditPage {
    std::vector<AuditLink> links;
    long total = 0;
};
AuditPage global_links(Tx& tx, const std::optional<std::string>& entity_type,
                       const std::optional<std::string>& entity_id, int limit, int offset);
long count_tender_links(Tx& tx, const domain::TenderId& tender_id,
                        const std::optional<domain::TimePoint>& sealed_since);
// Every link of the chains named (all chains when empty), ordered by chain then
// position, handed to `visit` one at a time.
// Where each chain (or the one named) ends, by chain: a chain whose last link
// falls short of its head has lost links from its end.
std::vector<std::pair<std::string, ChainHead>> chain_heads(Tx& tx, const std::optional<std::string>& chain);
void visit_links(Tx& tx, const std::optional<std::string>& chain, const std::function<void(const AuditLink&)>& visit);

}  // namespace collabtender::persistence
