#pragma once

// A person changes the email address they sign in with: the new address proves
// itself through a link sent to it, and the old address is told once it changes.
#include <optional>
#include <string>

#include "app/accounts/current_password.hpp"

namespace collabtender::app {

struct ChangeEmail {
    std::string new_email;
    std::string current_password;
};

// Checks the new address (invalid at /new_email; email_taken when it is
// someone's) and the current password (check_current_password, at
// /current_password), then sends a link (24 hours) to the new address; an earlier
// link dies. Audited, without the addresses.
std::optional<PasswordPaused> request_email_change(persistence::Connection& db, const domain::Principal& person,
                                                   const ChangeEmail& command, const domain::ThrottlePolicy& policy,
                                                   domain::TimePoint now);

// The link from the new address's email: the address becomes the person's, and
// the old address is told; audited with the person as the actor. Refuses a dead
// link (link_invalid) and an address someone took meanwhile (email_taken).
// Returns the new address.
std::string confirm_email_change(persistence::Connection& db, const std::string& token, domain::TimePoint now);

}  // namespace collabtender::app
