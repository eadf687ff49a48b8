#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
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
};

struct UserRecord {
    domain::UserId id;
    domain::OrganisationId organisation_id;
    std::string email;
    std::string display_name;
    domain::Role role;
    std::string password_hash;
    bool authorised_signatory = false;
};

// 32-byte SHA-256 digest of a bearer token.
using TokenDigest = std::string;

domain::OrganisationId insert_organisation(Tx& tx, const domain::NewOrganisation& organisation);
std::optional<OrganisationRecord> find_organisation(Tx& tx, const domain::OrganisationId& id);
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

// A browser's session also has a CSRF token (its digest), which its changes must carry.
void insert_session(Tx& tx, const TokenDigest& digest, const domain::UserId& user_id, domain::TimePoint now,
                    domain::TimePoint expires_at, const std::optional<TokenDigest>& csrf = std::nullopt);
struct SessionRecord {
    domain::Principal principal;
    std::optional<TokenDigest> csrf;  // browsers' sessions only
};
std::optional<SessionRecord> find_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now);
void revoke_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now);
// Every session of the person: signing out everywhere.
void revoke_sessions_of_user(Tx& tx, const domain::UserId& user_id, domain::TimePoint now);

// Reads and row-locks the throttle for an email key until the transaction ends, so
// concurrent guesses are counted one after another. The row is created first if
// missing: locking a row that does not exist would lock nothing.
domain::ThrottleState lock_throttle(Tx& tx, const std::string& email_key);
void save_throttle(Tx& tx, const std::string& email_key, const domain::ThrottleState& state);
void clear_throttle(Tx& tx, const std::string& email_key);

// Whether `text` is a well-formed UUID: ids in paths are checked before they reach SQL.
bool is_uuid(const std::string& text);

}  // namespace collabtender::persistence
