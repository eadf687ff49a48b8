#include "persistence/accounts_repository.hpp"

#include <regex>

#include "persistence/columns.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/accounts.hpp"

namespace collabtender::persistence {
namespace {

UserRecord user_from(const pqxx::row& row) {
    return UserRecord{row[0].as<domain::UserId>(),
                      row[1].as<domain::OrganisationId>(),
                      row[2].as<std::string>(),
                      row[3].as<std::string>(),
                      *domain::parse_role(row[4].as<std::string>()),
                      row[5].as<std::string>(),
                      row[6].as<bool>()};
}

pqxx::binarystring bytes(const TokenDigest& digest) { return pqxx::binarystring{digest}; }

}  // namespace

domain::OrganisationId insert_organisation(Tx& tx, const domain::NewOrganisation& o) {
    return tx
        .exec_prepared1(sql::organisation_insert, o.name, o.kind, o.charity_number, o.company_number,
                        o.care_inspectorate_number, o.postal_address)[0]
        .as<domain::OrganisationId>();
}

std::optional<OrganisationRecord> find_organisation(Tx& tx, const domain::OrganisationId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::organisation_by_id, id);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    return OrganisationRecord{r[0].as<domain::OrganisationId>(),
                              r[1].as<std::string>(),
                              *domain::parse_organisation_kind(r[2].as<std::string>()),
                              optional_text(r[3]),
                              optional_text(r[4]),
                              optional_text(r[5]),
                              optional_text(r[6])};
}

std::vector<OrganisationMatch> search_organisations(Tx& tx, const std::string& text,
                                                   std::optional<domain::OrganisationKind> kind, const std::string& except,
                                                   int limit) {
    std::vector<OrganisationMatch> out;
    std::optional<std::string> wanted;
    if (kind) wanted = std::string{domain::to_string(*kind)};
    for (const auto& r : tx.exec_prepared(sql::organisation_search, except, text, limit, wanted))
        out.push_back({r[0].as<domain::OrganisationId>(), r[1].as<std::string>(),
                       domain::parse_organisation_kind(r[2].as<std::string>()).value(), optional_text(r[3]),
                       optional_text(r[4]), optional_text(r[5])});
    return out;
}

domain::UserId insert_user(Tx& tx, const domain::OrganisationId& organisation_id, const domain::NewUser& user,
                           const std::string& password_hash) {
    return tx
        .exec_prepared1(sql::user_insert, organisation_id, user.email, user.display_name, user.role, password_hash,
                        user.authorised_signatory)[0]
        .as<domain::UserId>();
}

std::optional<UserRecord> find_user_by_email(Tx& tx, const std::string& normalised_email) {
    const auto rows = tx.exec_prepared(sql::user_by_email, normalised_email);
    if (rows.empty()) return std::nullopt;
    return user_from(rows[0]);
}

std::optional<UserRecord> find_user(Tx& tx, const domain::UserId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::user_by_id, id);
    if (rows.empty()) return std::nullopt;
    return user_from(rows[0]);
}

DisplayNames display_names(Tx& tx, const std::set<domain::UserId>& user_ids) {
    const auto ids = id_list(user_ids);
    DisplayNames out;
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::user_names, ids)) out.emplace(r[0].as<std::string>(), r[1].as<std::string>());
    return out;
}

bool any_admin(Tx& tx) { return tx.exec_prepared1(sql::user_any_admin)[0].as<bool>(); }

void set_authorised_signatory(Tx& tx, const domain::UserId& user_id, bool signatory) {
    tx.exec_prepared0(sql::user_set_signatory, user_id, signatory);
}

void insert_session(Tx& tx, const TokenDigest& digest, const domain::UserId& user_id, domain::TimePoint now,
                    domain::TimePoint expires_at, const std::optional<TokenDigest>& csrf) {
    if (csrf)
        tx.exec_prepared0(sql::session_insert, bytes(digest), user_id, micros(now), micros(expires_at), bytes(*csrf));
    else
        tx.exec_prepared0(sql::session_insert, bytes(digest), user_id, micros(now), micros(expires_at), nullptr);
}

std::optional<SessionRecord> find_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::session_principal, bytes(digest), micros(now));
    if (rows.empty()) return std::nullopt;
    std::optional<TokenDigest> csrf;
    if (!rows[0][3].is_null()) csrf = pqxx::binarystring{rows[0][3]}.str();
    return SessionRecord{{rows[0][0].as<domain::UserId>(), rows[0][1].as<domain::OrganisationId>(),
                          *domain::parse_role(rows[0][2].as<std::string>())},
                         std::move(csrf)};
}

void revoke_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now) {
    tx.exec_prepared(sql::session_revoke, bytes(digest), micros(now));
}

void revoke_sessions_of_user(Tx& tx, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::sessions_revoke_of_user, user_id, micros(now));
}

domain::ThrottleState lock_throttle(Tx& tx, const std::string& email_key) {
    tx.exec_prepared(sql::throttle_ensure, email_key);
    const auto rows = tx.exec_prepared(sql::throttle_lock_row, email_key);
    domain::ThrottleState state;
    if (rows.empty()) return state;
    state.failures = rows[0][0].as<int>();
    state.locked_until = optional_time_from(rows[0][1]);
    return state;
}

void save_throttle(Tx& tx, const std::string& email_key, const domain::ThrottleState& state) {
    tx.exec_prepared0(sql::throttle_upsert, email_key, state.failures, micros(state.locked_until));
}

void clear_throttle(Tx& tx, const std::string& email_key) { tx.exec_prepared0(sql::throttle_clear, email_key); }

bool is_uuid(const std::string& text) {
    static const std::regex pattern{"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"};
    return std::regex_match(text, pattern);
}

}  // namespace collabtender::persistence
