#pragma once

#include <string>

#include "domain/accounts.hpp"
#include "domain/consortium.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

struct FormConsortium {
    domain::TenderId tender_id;
    std::string name;
    int lead_share_bp = domain::whole_share_bp;  // the whole share until partners join
};

// A provider forms a consortium for a tender; its organisation becomes the lead.
// Refuses a tender the provider may not read (not_found) and one that no longer
// takes participation (participation_closed).
persistence::ConsortiumRecord form_consortium(persistence::Connection& db, const domain::Principal& provider,
                                              const FormConsortium& command, domain::TimePoint now);

}  // namespace collabtender::app
