#include "app/awards/challenge.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/awards/award.hpp"
#include "domain/award.hpp"

namespace collabtender::app {
namespace {

// An award's move between proposed and suspended.
struct Move {
    void (*require)(std::string_view status);  // the domain's rule for the status it moves from
    const char* from;
    const char* to;
    const char* notice;  // what the lot's bidders hear
    const char* action;  // what the audit trail records
};

persistence::AwardDecision move_award(persistence::Connection& db, const domain::Principal& commissioner,
                                      const domain::AwardId& award_id, const Move& move,
                                      const std::optional<std::string>& reason, domain::TimePoint now) {
    persistence::AwardDecision moved;
    db.transact([&](persistence::Tx& tx) {
        const auto m = managed_award(tx, award_id, commissioner);
        move.require(m.award.status);
        persistence::set_award_status(tx, m.award.id, move.to, reason);
        tell_lot_bidders(tx, commissioner, now, m.lot.tender, m.decision, move.notice);
        append_audit(tx, commissioner, now,
                     {m.lot.tender.id, move.action, "award", m.award.id, boost::json::object{{"status", move.from}},
                      boost::json::object{{"status", move.to}}});
        moved = *persistence::find_award_decision(tx, m.award.lot_id);
    });
    return moved;
}

}  // namespace

persistence::AwardDecision suspend_award(persistence::Connection& db, const domain::Principal& commissioner,
                                         const SuspendAward& command, domain::TimePoint now) {
    return move_award(db, commissioner, command.award_id,
                      {domain::require_suspendable, "proposed", "suspended", "standstill_suspended", "award.suspend"},
                      command.reason, now);
}

persistence::AwardDecision resume_award(persistence::Connection& db, const domain::Principal& commissioner,
                                        const domain::AwardId& award_id, domain::TimePoint now) {
    return move_award(db, commissioner, award_id,
                      {domain::require_resumable, "suspended", "proposed", "standstill_resumed", "award.resume"},
                      std::nullopt, now);
}

}  // namespace collabtender::app
