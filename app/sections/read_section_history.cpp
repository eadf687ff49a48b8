#include "app/sections/read_section_history.hpp"

#include "app/sections/section_access.hpp"

namespace collabtender::app {

SectionHistory read_section_history(persistence::Connection& db, const domain::Principal& member,
                                    const domain::BidId& bid_id, const std::string& section) {
    SectionHistory history;
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, bid_id, section, member);
        history.submitted = persistence::submitted_versions(tx, s.bid.bid.id, s.record.section);
        history.versions = persistence::section_versions(tx, s.bid.bid.id, s.record.section);
    });
    return history;
}

}  // namespace collabtender::app
