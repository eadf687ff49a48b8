#include "app/notifications/reminders.hpp"

#include "app/notifications/notify.hpp"
#include "domain/time_format.hpp"
#include "persistence/schedule_repository.hpp"
#include "persistence/uploads_repository.hpp"

namespace collabtender::app {
namespace {

std::string epoch(domain::TimePoint at) {
    return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(at.time_since_epoch()).count());
}

}  // namespace

// Each job writes all its notices in one statement.
void send_deadline_reminders(persistence::Tx& tx, domain::TimePoint now) {
    std::vector<persistence::Notice> notices;
    for (const auto& b : persistence::unsubmitted_bids(tx, now, 7)) {
        const bool last_day = b.deadline - now <= std::chrono::hours{24};
        notices.push_back(
            {"deadline_reminder",
             persistence::audience::BidPartners{b.bid_id},
             {{"deadline", domain::readable_time(b.deadline)},
              {"stage", std::to_string(b.stage)},
              {"time_left", last_day ? "a day" : "a week"}},
             "/bids/" + b.bid_id.str(),
             "deadline-" + std::string{last_day ? "1" : "7"} + "d-" + b.bid_id.str() + "-" + epoch(b.deadline)});
    }
    if (!notices.empty()) tell(tx, std::nullopt, now, notices);
}

void send_scoring_reminders(persistence::Tx& tx, domain::TimePoint now) {
    std::vector<persistence::Notice> notices;
    for (const auto& w : persistence::unscored_work(tx, now, 3)) {
        const bool last_day = w.due - now <= std::chrono::hours{24};
        auto names = tender_names(w.tender);
        names["panel"] = w.panel_name;
        names["due"] = domain::readable_time(w.due);
        names["bids"] = std::to_string(w.bids) + (w.bids == 1 ? " bid" : " bids");
        notices.push_back({"scoring_reminder", persistence::audience::User{w.user_id}, std::move(names), "/panels",
                           "scoring-" + std::string{last_day ? "1" : "3"} + "d-" + w.panel_id.str() + "-" +
                               std::to_string(w.stage) + "-" + epoch(w.due)});
    }
    if (!notices.empty()) tell(tx, std::nullopt, now, notices);
}

void send_standstill_reminders(persistence::Tx& tx, domain::TimePoint now) {
    std::vector<persistence::Notice> notices;
    for (const auto& s : persistence::ended_standstills(tx, now)) {
        auto names = tender_names(s.tender);
        names["lot"] = s.lot.details.title;
        names["lot_number"] = std::to_string(s.lot.details.number);
        names["standstill_ends"] = domain::readable_time(s.ended);
        notices.push_back({"standstill_ended", persistence::audience::Commissioners{s.tender.organisation_id},
                           std::move(names), "/tenders/" + s.tender.id.str() + "/award",
                           "standstill-" + s.lot.id.str() + "-" + epoch(s.ended)});
    }
    if (!notices.empty()) tell(tx, std::nullopt, now, notices);
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
