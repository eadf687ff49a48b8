#include "app/evaluation/declare_conflict.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/evaluation_access.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/panel.hpp"
#include "app/evaluation/conflict_links.hpp"

namespace collabtender::app {

DeclaredConflict declare_conflict(persistence::Connection& db, const domain::Principal& panellist, const DeclareConflict& command,
                     domain::TimePoint now) {
    DeclaredConflict out;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, command.bid_id, panellist, std::nullopt, true);
        domain::require_declarer(bid.commissioner);
        require_under_evaluation(bid);
        bool withdrawn = false;
        for (const auto& d : persistence::declarations(tx, bid.bid.id, bid.stage))
            withdrawn = withdrawn || (d.user_id == panellist.user_id && d.conflicted && !command.conflicted);
        if (withdrawn) domain::require_conflict_withdrawable(persistence::scores(tx, bid.bid.id, bid.stage).size());
        if (!command.conflicted) {
            const auto flag = pre_flag(tx, bid.tender.id, bid.bid.id, panellist.user_id);
            std::vector<std::string> linked;
            if (flag)
                for (const auto& l : flag->links) linked.push_back(l.organisation_name);
            domain::require_not_pre_flagged(linked, flag && flag->clearance.has_value());
        }
        persistence::save_declaration(tx, bid.bid.id, bid.stage,
                                      {panellist.user_id, command.conflicted, command.description, now});
        // Only whether there is a conflict: the description may be about the panellist's health.
        append_audit(tx, panellist, now,
                     {bid.tender.id, withdrawn ? "conflict.correct" : "conflict.declare", "bid", bid.bid.id,
                      withdrawn ? boost::json::value(boost::json::object{{"conflicted", true}}) : nullptr,
                      boost::json::object{{"stage", bid.stage}, {"conflicted", command.conflicted}}});
        out = {bid.bid.id, bid.stage};
    });
    return out;
}

}  // namespace collabtender::app
