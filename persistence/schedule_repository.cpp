#include "persistence/schedule_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/schedule.hpp"

namespace collabtender::persistence {

std::optional<std::string> claim_due_job(Tx& tx, domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::job_claim, micros(now));
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<std::string>();
}

void finish_job(Tx& tx, const std::string& name, domain::TimePoint now) {
    tx.exec_prepared0(sql::job_finish, name, micros(now), std::optional<std::string>{});
}

void fail_job(Tx& tx, const std::string& name, const std::string& error, domain::TimePoint now) {
    tx.exec_prepared0(sql::job_finish, name, micros(now), error.substr(0, 1000));
}

std::vector<UnsubmittedBid> unsubmitted_bids(Tx& tx, domain::TimePoint now, int days) {
    std::vector<UnsubmittedBid> out;
    for (const auto& r : tx.exec_prepared(sql::reminder_unsubmitted_bids, micros(now), days))
        out.push_back({r["bid_id"].as<domain::BidId>(), r["stage"].as<int>(), time_from(r["deadline"])});
    return out;
}

std::vector<UnscoredWork> unscored_work(Tx& tx, domain::TimePoint now, int days) {
    std::vector<UnscoredWork> out;
    for (const auto& r : tx.exec_prepared(sql::reminder_unscored_work, micros(now), days))
        out.push_back({r["panel_id"].as<domain::PanelId>(), r["panel_name"].as<std::string>(),
                       tender_from(Fields{record_json(r["tender"])}), r["user_id"].as<domain::UserId>(),
                       r["stage"].as<int>(), r["bids"].as<int>(), time_from(r["due"])});
    return out;
}

std::vector<EndedStandstill> ended_standstills(Tx& tx, domain::TimePoint now) {
    std::vector<EndedStandstill> out;
    for (const auto& r : tx.exec_prepared(sql::reminder_ended_standstills, micros(now)))
        out.push_back({tender_from(Fields{record_json(r["tender"])}), lot_from(Fields{record_json(r["lot"])}),
                       time_from(r["ended"])});
    return out;
}

}  // namespace collabtender::persistence
