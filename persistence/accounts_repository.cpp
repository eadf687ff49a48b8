#include "persistence/accounts_repository.hpp"

#include <regex>

#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/accounts.hpp"

namespace collabtender::persistence {
namespace {

std::optional<std::string> optional_bytes(const pqxx::field& field) {
    if (field.is_null()) return std::nullopt;
    return pqxx::binarystring{field}.str();
}

// A user_record row.
UserRecord user_from(const pqxx::row& row) {
    const RowFields f{row};
    return UserRecord{row["id"].as<domain::UserId>(),
                      row["organisation_id"].as<domain::OrganisationId>(),
                      f.text("email"),
                      f.text("display_name"),
                      *domain::parse_role(f.text("role")),
                      f.optional_text("password_hash"),
                      f.boolean("authorised_signatory"),
                      *domain::parse_account_status(f.text("status")),
                      f.optional_time("deactivated_at"),
                      f.optional_text("deactivation_reason"),
                      optional_bytes(row["totp_secret"]),
                      optional_bytes(row["totp_pending_secret"]),
                      f.optional_time("totp_enabled_at"),
                      f.optional_number("totp_last_step"),
                      f.boolean("organisation_admin")};
}

const char* purpose_name(TokenPurpose purpose) {
    switch (purpose) {
        case TokenPurpose::invitation:
            return "invitation";
        case TokenPurpose::password_reset:
            return "password_reset";
        case TokenPurpose::email_change:
            return "email_change";
    }
    return "unknown";
}

pqxx::binarystring bytes(const TokenDigest& digest) { return pqxx::binarystring{digest}; }

}  // namespace

domain::OrganisationId insert_organisation(Tx& tx, const domain::NewOrganisation& o) {
    return tx
        .exec_prepared1(sql::organisation_insert, o.name, o.kind, o.charity_number, o.company_number,
                        o.care_inspectorate_number, o.postal_address, o.legal_form)[0]
        .as<domain::OrganisationId>();
}

domain::NewOrganisation OrganisationRecord::details() const {
    std::optional<std::string> form;
    if (legal_form) form = std::string{domain::to_string(*legal_form)};
    return {name,
            std::string{domain::to_string(kind)},
            charity_number,
            company_number,
            care_inspectorate_number,
            postal_address,
            form};
}

std::optional<OrganisationRecord> find_organisation(Tx& tx, const domain::OrganisationId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::organisation_by_id, id);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    const RowFields f{r};
    std::optional<OrganisationRecord::Named> merged_into;
    if (!r["merged_into"].is_null())
        merged_into =
            OrganisationRecord::Named{r["merged_into"].as<domain::OrganisationId>(), f.text("merged_into_name")};
    std::optional<domain::LegalForm> legal_form;
    if (const auto form = f.optional_text("legal_form")) legal_form = domain::parse_legal_form(*form);
    return OrganisationRecord{r["id"].as<domain::OrganisationId>(),
                              f.text("name"),
                              *domain::parse_organisation_kind(f.text("kind")),
                              f.optional_text("charity_number"),
                              f.optional_text("company_number"),
                              f.optional_text("care_inspectorate_number"),
                              f.optional_text("postal_address"),
                              legal_form,
                              f.text("status") == "closed",
                              f.optional_time("closed_at"),
                              f.optional_text("closure_reason"),
                              std::move(merged_into)};
}

bool update_organisation(Tx& tx, const domain::OrganisationId& id, const domain::NewOrganisation& o) {
    return !tx.exec_prepared(sql::organisation_update, id, o.name, o.charity_number, o.company_number,
                             o.care_inspectorate_number, o.postal_address, o.legal_form)
                .empty();
}

bool close_organisation(Tx& tx, const domain::OrganisationId& id, const domain::UserId& by, const std::string& reason,
                        const std::optional<domain::OrganisationId>& merged_into, domain::TimePoint now) {
    return !tx.exec_prepared(sql::organisation_close, id, micros(now), by, reason, merged_into).empty();
}

int deactivate_users_of_organisation(Tx& tx, const domain::OrganisationId& id, const domain::UserId& by,
                                     const std::string& reason, domain::TimePoint now) {
    return tx.exec_prepared1(sql::users_of_organisation_deactivate, id, micros(now), by, reason)[0].as<int>();
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

void set_organisation_admin(Tx& tx, const domain::UserId& user_id, bool organisation_admin) {
    tx.exec_prepared0(sql::user_set_organisation_admin, user_id, organisation_admin);
}

std::optional<domain::UserId> insert_invited_user(Tx& tx, const domain::Invitation& i,
                                                  const domain::UserId& invited_by) {
    const auto rows = tx.exec_prepared(sql::user_invite, i.organisation_id, i.email, i.display_name, i.role,
                                       i.authorised_signatory, invited_by, i.organisation_admin);
    if (rows.empty()) return std::nullopt;
    return rows[0]["id"].as<domain::UserId>();
}

void set_password_hash(Tx& tx, const domain::UserId& user_id, const std::string& password_hash) {
    tx.exec_prepared0(sql::user_set_password, user_id, password_hash);
}

bool deactivate_user(Tx& tx, const domain::UserId& user_id, const domain::UserId& by, const std::string& reason,
                     domain::TimePoint now) {
    return tx.exec_prepared(sql::user_deactivate, user_id, micros(now), by, reason).affected_rows() == 1;
}

void reactivate_user(Tx& tx, const domain::UserId& user_id) { tx.exec_prepared0(sql::user_reactivate, user_id); }

AccountPage search_accounts(Tx& tx, const AccountFilter& filter) {
    if ((filter.user_id && !is_uuid(*filter.user_id)) || (filter.organisation_id && !is_uuid(*filter.organisation_id)))
        return {};  // no such person, no such organisation
    std::optional<std::string> role, except_role, status;
    if (filter.role) role = std::string{domain::to_string(*filter.role)};
    if (filter.except_role) except_role = std::string{domain::to_string(*filter.except_role)};
    if (filter.status) status = std::string{domain::to_string(*filter.status)};
    AccountPage out;
    for (const auto& r : tx.exec_prepared(sql::people_search, filter.text, filter.organisation_id, role, status,
                                          filter.limit, filter.offset, filter.user_id, except_role)) {
        const RowFields f{r};
        out.total = f.integer("total");
        out.accounts.push_back({user_from(r), f.text("organisation_name"), f.optional_time("invitation_expires_at")});
    }
    return out;
}

void insert_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose, const AccountLink& link,
                          const std::optional<domain::UserId>& created_by, domain::TimePoint now,
                          domain::TimePoint expires_at) {
    tx.exec_prepared0(sql::account_token_insert, bytes(digest), purpose_name(purpose), link.user_id, created_by,
                      micros(now), micros(expires_at), link.new_email);
}

void revoke_account_tokens(Tx& tx, const domain::UserId& user_id, TokenPurpose purpose, domain::TimePoint now) {
    tx.exec_prepared0(sql::account_tokens_revoke, user_id, purpose_name(purpose), micros(now));
}

std::optional<AccountLink> peek_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose,
                                              domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::account_token_claim, bytes(digest), purpose_name(purpose), micros(now));
    if (rows.empty()) return std::nullopt;
    return AccountLink{rows[0]["user_id"].as<domain::UserId>(), RowFields{rows[0]}.optional_text("new_email")};
}

std::optional<AccountLink> use_account_token(Tx& tx, const TokenDigest& digest, TokenPurpose purpose,
                                             domain::TimePoint now) {
    auto link = peek_account_token(tx, digest, purpose, now);
    if (link) tx.exec_prepared0(sql::account_token_use, bytes(digest), micros(now));
    return link;
}

bool set_email(Tx& tx, const domain::UserId& user_id, const std::string& normalised_email) {
    return !tx.exec_prepared(sql::user_set_email, user_id, normalised_email).empty();
}

int account_tokens_since(Tx& tx, const domain::UserId& user_id, TokenPurpose purpose, domain::TimePoint since) {
    return tx.exec_prepared1(sql::account_tokens_since, user_id, purpose_name(purpose), micros(since))[0].as<int>();
}

void insert_session(Tx& tx, const TokenDigest& digest, const domain::UserId& user_id, domain::TimePoint now,
                    domain::TimePoint expires_at, const std::optional<TokenDigest>& csrf, const SessionOrigin& origin,
                    bool enrolment_only) {
    // A binarystring cannot be optional: a session without a CSRF token sends null.
    if (csrf)
        tx.exec_prepared0(sql::session_insert, bytes(digest), user_id, micros(now), micros(expires_at), bytes(*csrf),
                          origin.user_agent, origin.client_address, enrolment_only);
    else
        tx.exec_prepared0(sql::session_insert, bytes(digest), user_id, micros(now), micros(expires_at), nullptr,
                          origin.user_agent, origin.client_address, enrolment_only);
}

std::optional<SessionRecord> find_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::session_principal, bytes(digest), micros(now));
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    std::optional<TokenDigest> csrf;
    if (!r["csrf_hash"].is_null()) csrf = pqxx::binarystring{r["csrf_hash"]}.str();
    return SessionRecord{{r["id"].as<domain::UserId>(), r["organisation_id"].as<domain::OrganisationId>(),
                          *domain::parse_role(r["role"].as<std::string>()), r["organisation_admin"].as<bool>()},
                         std::move(csrf),
                         r["enrolment_only"].as<bool>()};
}

void begin_totp(Tx& tx, const domain::UserId& user_id, const std::string& secret) {
    tx.exec_prepared0(sql::user_totp_begin, user_id, bytes(secret));
}

bool enable_totp(Tx& tx, const domain::UserId& user_id, std::int64_t step, domain::TimePoint now) {
    return tx.exec_prepared(sql::user_totp_enable, user_id, micros(now), step).affected_rows() == 1;
}

bool accept_totp_step(Tx& tx, const domain::UserId& user_id, std::int64_t step) {
    return !tx.exec_prepared(sql::user_totp_step_accept, user_id, step).empty();
}

void clear_totp(Tx& tx, const domain::UserId& user_id) {
    tx.exec_prepared0(sql::user_totp_clear, user_id);
    tx.exec_prepared0(sql::recovery_codes_clear, user_id);
}

void replace_recovery_codes(Tx& tx, const domain::UserId& user_id, const std::vector<TokenDigest>& digests) {
    tx.exec_prepared0(sql::recovery_codes_clear, user_id);
    std::string hex_list;
    for (const auto& digest : digests) {
        static const char* hex = "0123456789abcdef";
        if (!hex_list.empty()) hex_list.push_back(',');
        for (const unsigned char c : digest) hex_list.append({hex[c >> 4], hex[c & 15]});
    }
    tx.exec_prepared0(sql::recovery_codes_insert, user_id, hex_list);
}

bool use_recovery_code(Tx& tx, const domain::UserId& user_id, const TokenDigest& digest, domain::TimePoint now) {
    return !tx.exec_prepared(sql::recovery_code_use, user_id, bytes(digest), micros(now)).empty();
}

int recovery_codes_left(Tx& tx, const domain::UserId& user_id) {
    return tx.exec_prepared1(sql::recovery_codes_left, user_id)[0].as<int>();
}

void open_enrolled_sessions(Tx& tx, const domain::UserId& user_id) {
    tx.exec_prepared0(sql::sessions_enrolled, user_id);
}

std::map<std::string, SettingRecord> installation_settings(Tx& tx) {
    std::map<std::string, SettingRecord> out;
    for (const auto& r : tx.exec_prepared(sql::settings_all)) {
        const RowFields f{r};
        std::optional<domain::UserId> by;
        if (!r["changed_by"].is_null()) by = r["changed_by"].as<domain::UserId>();
        out.emplace(f.text("name"),
                    SettingRecord{f.text("value"), by, f.time("changed_at"), f.optional_text("changed_by_name")});
    }
    return out;
}

void set_installation_setting(Tx& tx, const std::string& name, const std::string& json,
                              const std::optional<domain::UserId>& by, domain::TimePoint now) {
    tx.exec_prepared0(sql::setting_set, name, json, by, micros(now));
}

void revoke_session(Tx& tx, const TokenDigest& digest, domain::TimePoint now) {
    tx.exec_prepared(sql::session_revoke, bytes(digest), micros(now));
}

void revoke_sessions_of_user(Tx& tx, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::sessions_revoke_of_user, user_id, micros(now));
}

void revoke_other_sessions(Tx& tx, const domain::UserId& user_id, const TokenDigest& current, domain::TimePoint now) {
    tx.exec_prepared0(sql::sessions_revoke_others, user_id, bytes(current), micros(now));
}

bool revoke_session_by_id(Tx& tx, const domain::UserId& user_id, const std::string& session_id, domain::TimePoint now) {
    if (!is_uuid(session_id)) return false;
    return !tx.exec_prepared(sql::session_revoke_by_id, user_id, session_id, micros(now)).empty();
}

std::vector<SessionListing> live_sessions(Tx& tx, const domain::UserId& user_id, const TokenDigest& current,
                                          domain::TimePoint now) {
    std::vector<SessionListing> out;
    for (const auto& r : tx.exec_prepared(sql::sessions_of_user, user_id, bytes(current), micros(now))) {
        const RowFields f{r};
        out.push_back({f.text("id"), f.time("created_at"), f.time("last_used_at"), f.time("expires_at"),
                       f.optional_text("user_agent"), f.optional_text("client_address"), f.boolean("browser"),
                       f.boolean("current")});
    }
    return out;
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
