#pragma once

// Who is looking at or editing which section of a bid, so partners can avoid
// clashes (the section's version still decides a real conflict). Ephemeral, so
// not audited: it changes nothing anyone relies on. Each is for the bid's members
// (not_found for anyone else, or a section not in the bid).
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

struct ShowPresence {
    domain::BidId bid_id;
    std::string section;
    std::string mode;  // viewing, editing
};

// A heartbeat a client sends every 20 seconds or so.
void show_presence(persistence::Connection& db, const domain::Principal& member, const ShowPresence& command,
                   domain::TimePoint now);
// The caller has left the section, so partners stop seeing them there at once
// rather than a minute on.
void leave_section(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                   const std::string& section);
// Who has been in which section in the last minute.
std::vector<persistence::Presence> read_presence(persistence::Connection& db, const domain::Principal& member,
                                                 const domain::BidId& bid_id, domain::TimePoint now);

}  // namespace collabtender::app
