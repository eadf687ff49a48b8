#pragma once

// The single-use links sent by email: a fresh random token whose SHA-256 alone is
// stored, and the email that carries it to the person's address.
#include <string>

#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

// A new link of the purpose for the person, valid until `expires_at`, sent in
// `email` (its kind, wording and page of the web client) to their address, or for
// an email change to the new one; earlier unused links of that purpose die.
void send_account_link(persistence::Tx& tx, const persistence::UserRecord& person, persistence::TokenPurpose purpose,
                       const std::optional<domain::UserId>& sent_by, domain::TimePoint now,
                       domain::TimePoint expires_at, persistence::AccountEmail email,
                       const std::optional<std::string>& new_email = std::nullopt);

}  // namespace collabtender::app
