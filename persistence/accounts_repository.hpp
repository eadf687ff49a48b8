#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/account_management.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/legal_form.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct OrganisationRecord {
    domain::OrganisationId id;
    std::string name;
    domain::OrganisationKind kind;
    std::optional<std::string> charity_number;
    std::optional<std::string> company_number;
    std::optional<std::string> care_inspectorate_number;
    std::optional<std::string> postal_address;  // lines separated by newlines
    std::optional<domain::LegalForm> legal_form;
    bool closed = false;
    std::optional<domain::TimePoint> closed_at;
    std::optional<std::string> closure_reason;
    struct Named {
        domain::OrganisationId id;
        std::string name;
    };
    std::optional<Named> merged_into;

    // Its details as NewOrganisation holds them, to be changed and checked again.
    domain::NewOrganisation details() const;
};

struct UserRecord {
    domain::UserId id;
    domain::OrganisationId organisation_id;
    std::string email;
    std::string display_name;
    domain::Role role;
    std::optional<std::string> password_hash;  // none until an invited person chooses one
    bool authorised_signatory = false;
    domain::AccountStatus status = domain::AccountStatus::active;
    std::optional<domain::TimePoint> deactivated_at;
    std::optional<std::string> deactivation_reason;
    // Two-factor sign-in: the secret (raw bytes) once enrolled, one waiting for its
    // first code, and the time step of the last code accepted.
    std::optional<std::string> totp_secret;
    std::optional<std::string> totp_pending_secret;
    std::optional<domain::TimePoint> totp_enabled_at;
    std::optional<std::int64_t> totp_last_step;
    bool organisation_admin = false;
};

// 32-byte SHA-256 digest of a bearer token.
using TokenDigest = std::string;

domain::OrganisationId insert_organisation(Tx& tx, const domain::NewOrganisation& organisation);
std::optional<OrganisationRecord> find_organisation(Tx& tx, const domain::OrganisationId& id);
// False when the organisation is closed (or is not there).
bool update_organisation(Tx& tx, const domain::OrganisationId& id, const domain::NewOrganisation& details);
// False when it was closed already.
bool close_organisation(Tx& tx, const domain::OrganisationId& id, const domain::UserId& by, const std::string& reason,
                        const std::optional<domain::OrganisationId>& merged_into, domain::TimePoint now);
// Everyone of the organisation not deactivated yet is, with `reason`, and their
// unused links die; how many were.
int deactivate_users_of_organisation(Tx& tx, const domain::OrganisationId& id, const domain::UserId& by,
                                     const std::string& reason, domain::TimePoint now);
// Organisations (of `kind`, or any) whose names contain `text`, any case, other
// than `except` (the searcher's own), by name: up to `limit` of them, with the
// public numbers that tell similar names apart.
struct OrganisationMatch {
    domain::OrganisationId id;
    std::string name;
    domain::OrganisationKind kind;
    std::optional<std::string> charity_number;
    std::optional<std::string> company_number;
    std::optional<std::string> care_inspectorate_number;
};
std::vector<OrganisationMatch> search_organisations(Tx& tx, const std::string& text,
                                                   std::optional<domain::OrganisationKind> kind, const std::string& except,
                                                   int limit);

domain::UserId insert_user(Tx& tx, const domain::OrganisationId& organisation_id, const domain::NewUser& user,
                           const std::string& password_hash);
std::optional<UserRecord> find_user_by_email(Tx& tx, const std::string& normalised_email);
std::optional<UserRecord> find_user(Tx& tx, const domain::UserId& id);
// The display names of these users, by id, in one statement; ids of no user are left out.
using DisplayNames = std::map<std::string, std::string>;
DisplayNames display_names(Tx& tx, const std::set<domain::UserId>& user_ids);
bool any_admin(Tx& tx);
void set_authorised_signatory(Tx& tx, const domain::UserId& user_id, bool signatory);
void set_organisation_admin(Tx& tx, const domain::UserId& user_id, bool organisation_admin);

// An account for an invited person, without a password; or the account of a
// withdrawn invitation to the same address, invited again. None when the address
// belongs to someone else.
std::optional<domain::UserId> insert_invited_user(Tx& tx, const domain::Invitation& invitation,
                                                  const domain::UserId& invited_by);
void set_password_hash(Tx& tx, const domain::UserId& user_id, const std::string& password_hash);
// False when the person was deactivated already.
bool deactivate_user(Tx& tx, const domain::UserId& user_id, const domain::UserId& by, const std::string& reason,
                     domain::TimePoint now);
void reactivate_user(Tx& tx, const domain::UserId& user_id);

struct AccountFilter {
    std::optional<std::string> text;  // in the name or the email, any case
    std::optional<domain::OrganisationId> organisation_id;
    std::optional<domain::Role> role;
    std::optional<domain::Role> except_role;  // people of any other role
    std::optional<domain::AccountStatus> status;
    std::optional<domain::UserId> user_id;
    int limit = 50;
    int offset = 0;
};
struct Account {
    UserRecord user;
    std::string organisation_name;
    std::optional<domain::TimePoint> invitation_expires_at;  // a pending invitation's
};
struct AccountPage {
    std::vector<Account> accounts;
    int total = 0;  // matching the filter, on every page
};
AccountPage search_accounts(Tx& tx, const AccountFilter& filter);

// Single-use links, by the SHA-256 of their token.
enum class TokenPurpose { invitation, password_reset, email_change };
struct AccountLink {
    domain::UserId user_id;
    std::optional<std::string> new_email;  // an email change's new address
};
void insert_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose, const AccountLink& link,
                          const std::optional<domain::UserId>& created_by, domain::TimePoint now,
                          domain::TimePoint expires_at);
// The person's unused links of the purpose die.
void revoke_account_tokens(Tx& tx, const domain::UserId& user_id, TokenPurpose purpose, domain::TimePoint now);
// What a live link is for, locked so that it is used once; marked used at once.
std::optional<AccountLink> use_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose,
                                             domain::TimePoint now);
// What a live link is for, left as it is.
std::optional<AccountLink> peek_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose,
                                              domain::TimePoint now);
// False when the address belongs to someone else.
bool set_email(Tx& tx, const domain::UserId& user_id, const std::string& normalised_email);
int account_tokens_since(Tx& tx, const domain::UserId& user_id, TokenPurpose purpose, domain::TimePoint since);

// Two-factor sign-in.
void begin_totp(Tx& tx, const domain::UserId& user_id, const std::string& secret);
// The waiting secret becomes the person's, `step` (its first code's) used; false when none waited.
bool enable_totp(Tx& tx, const domain::UserId& user_id, std::int64_t step, domain::TimePoint now);
// Records `step` as used; false when it is not after the last one used (a code already used).
bool accept_totp_step(Tx& tx, const domain::UserId& user_id, std::int64_t step);
// No second factor any more: secret, waiting secret and recovery codes gone.
void clear_totp(Tx& tx, const domain::UserId& user_id);
// The person's recovery codes become these (SHA-256 digests); the old ones die.
void replace_recovery_codes(Tx& tx, const domain::UserId& user_id, const std::vector<TokenDigest>& digests);
// Uses an unused recovery code; false when there is no such code or it was used.
bool use_recovery_code(Tx& tx, const domain::UserId& user_id, const TokenDigest& digest, domain::TimePoint now);
int recovery_codes_left(Tx& tx, const domain::UserId& user_id);
// The person's sessions opened only to enrol reach everything now.
void open_enrolled_sessions(Tx& tx, const domain::UserId& user_id);

// Installation settings by name, each as JSON text, as changed last.
struct SettingRecord {
    std::string value;  // JSON
    std::optional<domain::UserId> changed_by;
    domain::TimePoint changed_at;
    std::optional<std::string> changed_by_name;
};
std::map<std::string, SettingRecord> installation_settings(Tx& tx);
void set_installation_setting(Tx& tx, const std::string& name, const std::string& json,
                              const std::optional<domain::UserId>& by, domain::TimePoint now);

// Where a session was opened from, as the person will see it in their list.
struct SessionOrigin {
    std::string user_agent;
    std::string client_address;
};

// A browser's session also has a CSRF token (its digest), which its changes must carry.
void insert_session(Tx& tx, const TokenDigest& digest, const domain::UserId& user_id, domain::TimePoint now,
                    domain::TimePoint expires_at, const std::optional<TokenDigest>& csrf = std::nullopt,
                    const SessionOrigin& origin = {}, bool enrolment_only = false);
struct SessionRecord {
    domain::Principal principal;
    std::optional<TokenDigest> csrf;  // browsers' sessions only
    bool enrolment_only = false;      // may only enrol in two-factor sign-in
};
std::optional<SessionRecord> find_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now);
void revoke_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now);
// Every session of the person: signing out everywhere.
void revoke_sessions_of_user(Tx& tx, const domain::UserId& user_id, domain::TimePoint now);
// Every session of the person but the one asking.
void revoke_other_sessions(Tx& tx, const domain::UserId& user_id, const TokenDigest& current, domain::TimePoint now);
// One session of the person, by its public id; false when none such is live.
bool revoke_session_by_id(Tx& tx, const domain::UserId& user_id, const std::string& session_id, domain::TimePoint now);
struct SessionListing {
    std::string id;
    domain::TimePoint created_at;
    domain::TimePoint last_used_at;
    domain::TimePoint expires_at;
    std::optional<std::string> user_agent;
    std::optional<std::string> client_address;
    bool browser = false;  // a browser's cookie, else an API client's bearer token
    bool current = false;  // the one asking
};
std::vector<SessionListing> live_sessions(Tx& tx, const domain::UserId& user_id, const TokenDigest& current,
                                          domain::TimePoint now);

// Reads and row-locks the throttle for an email key until the transaction ends, so
// concurrent guesses are counted one after another. The row is created first if
// missing: locking a row that does not exist would lock nothing.
domain::ThrottleState lock_throttle(Tx& tx, const std::string& email_key);
void save_throttle(Tx& tx, const std::string& email_key, const domain::ThrottleState& state);
void clear_throttle(Tx& tx, const std::string& email_key);

// Whether `text` is a well-formed UUID: ids in paths are checked before they reach SQL.
bool is_uuid(const std::string& text);

}  // namespace collabtender::persistence
