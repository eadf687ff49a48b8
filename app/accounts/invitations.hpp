#pragma once

// Inviting a person by email: the link in the email lets them choose their first
// password, once, until it expires. Nobody types another person's password.
#include <string>

#include "domain/account_management.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// An account without a password for the invited person, and an email with a
// single-use link (its token stored only as a hash), audited. Refuses a caller who
// may not invite such a person, or make them an administrator of their
// organisation (forbidden), an organisation that does not exist
// or a role that does not fit it (invalid), and an address that is someone
// else's (email_taken). A withdrawn invitation to the same address is taken up again.
persistence::Account invite_person(persistence::Connection& db, const domain::Principal& inviter,
                                   const domain::Invitation& invitation, domain::TimePoint now);

// invite_person's work for a valid invitation, in the caller's transaction (an
// approved registration invites its contact in the one that makes the organisation).
persistence::Account invite_in(persistence::Tx& tx, const domain::Principal& inviter,
                               const domain::Invitation& invitation, domain::TimePoint now);

// A new link to a person whose invitation waits; the earlier link dies. Refuses
// anyone the caller does not manage (not_found) and an invitation that is not
// waiting (not_invited).
persistence::Account resend_invitation(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, domain::TimePoint now);

// The link dies and the account is deactivated ("invitation withdrawn"); the
// same refusals as resend_invitation.
persistence::Account withdraw_invitation(persistence::Connection& db, const domain::Principal& manager,
                                         const domain::UserId& user_id, domain::TimePoint now);

// Whom a live invitation link is for, to greet them before they choose a password.
// Refuses a link that is unknown, used, replaced or expired (link_invalid).
persistence::Account read_invitation(persistence::Connection& db, const std::string& token, domain::TimePoint now);

// The invited person chooses their password: the link dies, audited with them as
// the actor. Refuses what read_invitation refuses, and a password that breaks
// domain::check_new_password (invalid, at /password). Returns the person, who
// can now sign in.
persistence::Account accept_invitation(persistence::Connection& db, const std::string& token,
                                       const std::string& password, domain::TimePoint now);

}  // namespace collabtender::app
