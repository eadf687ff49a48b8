#pragma once

// Reminders the timetable sends (service/scheduler.cpp runs them). Each person
// hears once per event: the key names the bid, panel or lot, the window and the
// date itself, so running late or twice repeats nothing and a moved date reminds
// again.
#include <string>

#include "domain/time_point.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

// Partnerships whose bid is not sent, 7 days and 1 day before the stage's deadline.
void send_deadline_reminders(persistence::Tx& tx, domain::TimePoint now);
// Panel members with bids still to score, 3 days and 1 day before the panel's date.
void send_scoring_reminders(persistence::Tx& tx, domain::TimePoint now);
// The tender's commissioners, when a lot's standstill has ended with awards unconfirmed.
void send_standstill_reminders(persistence::Tx& tx, domain::TimePoint now);

// Runs the scheduled job of that name at `now`; false when there is none.
bool run_scheduled_job(const std::string& name, persistence::Tx& tx, domain::TimePoint now);

}  // namespace collabtender::app
