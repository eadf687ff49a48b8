#pragma once

// Which kinds of notification also come by email, chosen per person; and the
// unsubscribe link in an email, which stops its kind without signing in.
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/notification.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct EmailSetting {
    std::string kind;
    std::string description;
    bool can_switch_off = false;
    bool email = true;
};

struct ChooseEmails {
    std::vector<domain::EmailChoice> choices;  // the kinds named change, others stay
    domain::Violations unreadable;             // what the body got wrong besides
};

// The kinds meant for the person's role, each with whether it also comes by email.
std::vector<EmailSetting> read_email_settings(persistence::Connection& db, const domain::Principal& person);

// Records the choices and returns the settings as they now stand. Refuses a kind
// the role does not receive, a choice not true or false, and switching off a
// formal notice (invalid, at /email/<kind>).
std::vector<EmailSetting> choose_emails(persistence::Connection& db, const domain::Principal& person,
                                        const ChooseEmails& command);

// The kind an unsubscribe link (its token) names, and whether it comes by email
// now; changing nothing, since mail scanners follow links. Refuses a token that
// names no notification (not_found).
EmailSetting read_unsubscribe(persistence::Connection& db, const std::string& token);

// Stops the kind the link names by email for its recipient, unless it is a
// formal notice. The token grants nothing else. Refuses as read_unsubscribe.
EmailSetting unsubscribe(persistence::Connection& db, const std::string& token);

}  // namespace collabtender::app
