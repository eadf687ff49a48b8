#include "app/notifications/reminders.hpp"

#include "app/notifications/notify.hpp"
#include "domain/time_format.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/schedule_repository.hpp"
#include "persistence/tenders_repository.hpp"
#include "persistence/uploads_repository.hpp"

namespace collabtender::app {
namespace {

std::string epoch(domain::TimePoint at) {
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count());
}

}  // namespace

void send_deadline_reminders(persistence::Tx& tx, domain::TimePoint now) {
    for (const auto& b : persistence::unsubmitted_bids(tx, now, 7)) {
        // In stage 2 only bids that stood at the end of stage 1 may be sent.
        if (b.stage == 2 && (!persistence::standing_submission(tx, b.bid_id, 1) ||
                            persistence::excluded_at(tx, b.bid_id, 1))) continue;
        const bool last_day = b.deadline - now <= std::chrono::hours{24};
        tell_partners(tx, std::nullopt, now, b.bid_id, "deadline_reminder", "/bids/" + b.bid_id,
                      {{"deadline", domain::readable_time(b.deadline)},
                       {"stage", std::to_string(b.stage)},
                       {"time_left", last_day ? "a day" : "a week"}},
                      "deadline-" + std::string{last_day ? "1" : "7"} + "d-" + b.bid_id + "-" + epoch(b.deadline));
    }
}

void send_scoring_reminders(persistence::Tx& tx, domain::TimePoint now) {
    for (const auto& w : persistence::unscored_work(tx, now, 3)) {
        const bool last_day = w.due - now <= std::chrono::hours{24};
        auto names = tender_names(*persistence::find_tender(tx, w.tender_id));
        names["panel"] = w.panel_name;
        names["due"] = domain::readable_time(w.due);
        names["bids"] = std::to_string(w.bids) + (w.bids == 1 ? " bid" : " bids");
        tell(tx, std::nullopt, now,
             {"scoring_reminder", persistence::Audience::user, w.user_id, std::move(names), "/panels",
              "scoring-" + std::string{last_day ? "1" : "3"} + "d-" + w.panel_id + "-" + std::to_string(w.stage) + "-" +
                  epoch(w.due)});
    }
}

void send_standstill_reminders(persistence::Tx& tx, domain::TimePoint now) {
    for (const auto& s : persistence::ended_standstills(tx, now)) {
        const auto tender = persistence::find_tender(tx, s.tender_id);
        const auto lot = persistence::find_lot(tx, s.tender_id, s.lot_id);
        auto names = tender_names(*tender);
        names["lot"] = lot->details.title;
        names["lot_number"] = std::to_string(lot->details.number);
        names["standstill_ends"] = domain::readable_time(s.ended);
        tell(tx, std::nullopt, now,
             {"standstill_ended", persistence::Audience::commissioners, tender->organisation_id, std::move(names),
              "/tenders/" + tender->id + "/award", "standstill-" + s.lot_id + "-" + epoch(s.ended)});
    }
}

bool run_scheduled_job(const std::string& name, persistence::Tx& tx, domain::TimePoint now) {
    if (name == "deadline_reminders") send_deadline_reminders(tx, now);
    else if (name == "scoring_reminders") send_scoring_reminders(tx, now);
    else if (name == "standstill_reminders") send_standstill_reminders(tx, now);
    // Pieces of uploads a client abandoned an hour ago will never be joined.
    else if (name == "abandoned_uploads") persistence::discard_abandoned_uploads(tx, now - std::chrono::hours{1});
    else return false;
    return true;
}

}  // namespace collabtender::app
