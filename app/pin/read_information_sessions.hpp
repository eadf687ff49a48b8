#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/pin_repository.hpp"

namespace collabtender::app {

struct ListedSession {
    persistence::InformationSessionRecord session;
    std::optional<persistence::BookingRecord> own_booking;  // the reading provider's organisation's, if any
};
struct SessionList {
    std::vector<ListedSession> sessions;
    bool for_provider = false;  // whether own_booking applies: only a provider's organisation books
};

// A tender's sessions with seats taken and free: part of the public notice, no
// names; a signed-in provider also learns its own organisation's booking of each.
// Refuses a tender the reader may not read (not_found).
SessionList read_information_sessions(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                      const domain::TenderId& tender_id);

}  // namespace collabtender::app
