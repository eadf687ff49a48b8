#include "app/tenders/read_deadline_changes.hpp"

#include <set>

#include <boost/json.hpp>

#include "app/tenders/deadline_standing.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/bid.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

DeadlineStanding standing(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, bool bids_exist,
                          domain::TimePoint now) {
    const auto& timetable = tender.details.timetable;
    DeadlineStanding out;
    out.stage = stage;
    out.deadline = stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
    const bool passed = !domain::before_deadline(out.deadline, now);
    out.fixed = deadline_fixed(tx, tender, stage, now);
    out.may_shorten = !out.fixed && !passed && !bids_exist;
    out.reopens_for_short_lots = !out.fixed && passed;
    return out;
}

}  // namespace

DeadlineChanges read_deadline_changes(persistence::Connection& db, const domain::Principal& commissioner,
                                      const domain::TenderId& tender_id, domain::TimePoint now) {
    DeadlineChanges out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = tender_for_commissioners(tx, tender_id, commissioner);
        const bool bids_exist = persistence::tender_has_bids(tx, tender.id);
        out.tender_id = tender.id;
        out.stages = {standing(tx, tender, 1, bids_exist, now), standing(tx, tender, 2, bids_exist, now)};
        std::set<domain::UserId> actors;
        for (const auto& link : persistence::tender_links_of_action(tx, tender.id, "tender.deadline_change")) {
            const auto event = persistence::parse_stored_json(link.event).as_object();
            const auto& after = event.at("after").as_object();
            const auto* before = event.at("before").if_object();
            DeadlineChangeMade change{after.at("stage"), before ? before->at("deadline") : boost::json::value(nullptr),
                                      after.at("deadline"), after.at("reason"), event.at("at"), std::nullopt};
            if (const auto& actor = event.at("actor"); actor.is_string()) {
                change.changed_by = domain::UserId{std::string{actor.as_string()}};
                actors.insert(*change.changed_by);
            }
            out.changes.push_back(std::move(change));
        }
        out.people = persistence::display_names(tx, actors);
    });
    return out;
}

}  // namespace collabtender::app
