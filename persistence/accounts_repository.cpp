#include "persistence/accounts_repository.hpp"

#include <regex>

#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/accounts.hpp"

namespace collabtender::persistence {
namespace {

// A user_by_email or user_by_id row.
UserRecord user_from(const pqxx::row& row) {
    const RowFields f{row};
    return UserRecord{row["id"].as<domain::UserId>(),
                      row["organisation_id"].as<domain::OrganisationId>(),
                      f.text("email"),
                      f.text("display_name"),
                      *domain::parse_role(f.text("role")),
                      f.text("password_hash"),
                      f.boolean("authorised_signatory")};
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
    const RowFields f{rows[0]};
    return OrganisationRecord{rows[0]["id"].as<domain::OrganisationId>(),
                              f.text("name"),
                              *domain::parse_organisation_kind(f.text("kind")),
                              f.optional_text("charity_number"),
                              f.optional_text("company_number"),
                              f.optional_text("care_inspectorate_number"),
                              f.optional_text("postal_address")};
}

std::vector<OrganisationMatch> search_organisations(Tx& tx, const std::string& text,
                                                   std::optional<domain::OrganisationKind> kind, const std::string& except,
                                                   int limit) {
    std::vector<OrganisationMatch> out;
    std::optional<std::string> wanted;
    if (kind) wanted = std::string{domain::to_string(*kind)};
    for (const auto& r : tx.exec_prepared(sql::organisation_search, except, text, limit, wanted)) {
        const RowFields f{r};
        out.push_back({r["id"].as<domain::OrganisationId>(), f.text("name"),
                       domain::parse_organisation_kind(f.text("kind")).value(), f.optional_text("charity_number"),
                       f.optional_text("company_number"), f.optional_text("care_inspectorate_number")});
    }
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
    for (const auto& r : tx.exec_prepared(sql::user_names, ids))
        out.emplace(r["id"].as<std::string>(), r["display_name"].as<std::string>());
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
    const auto& r = rows[0];
    std::optional<TokenDigest> csrf;
    if (!r["csrf_hash"].is_null()) csrf = pqxx::binarystring{r["csrf_hash"]}.str();
    return SessionRecord{{r["id"].as<domain::UserId>(), r["organisation_id"].as<domain::OrganisationId>(),
                          *domain::parse_role(r["role"].as<std::string>())},
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
    state.failures = rows[0]["failures"].as<int>();
    state.locked_until = optional_time_from(rows[0]["locked_until"]);
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
