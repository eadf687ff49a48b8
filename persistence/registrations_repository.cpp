#include "persistence/registrations_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/ids.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/registrations.hpp"

namespace collabtender::persistence {
namespace {

// A registration_record row.
RegistrationRecord registration_from(const pqxx::row& r) {
    const RowFields f{r};
    domain::NewOrganisation organisation{f.text("name"),
                                         std::string{domain::to_string(domain::OrganisationKind::provider)},
                                         f.optional_text("charity_number"),
                                         f.optional_text("company_number"),
                                         f.optional_text("care_inspectorate_number"),
                                         f.optional_text("postal_address"),
                                         f.text("legal_form")};
    std::optional<domain::UserId> decided_by;
    if (!r["decided_by"].is_null()) decided_by = r["decided_by"].as<domain::UserId>();
    std::optional<domain::OrganisationId> organisation_id;
    if (!r["organisation_id"].is_null()) organisation_id = r["organisation_id"].as<domain::OrganisationId>();
    std::vector<PossibleDuplicate> duplicates;
    const auto found = parse_stored_json(r["possible_duplicates"].as<std::string>());
    for (const auto& item : found.as_array()) {
        const Fields d{item};
        PossibleDuplicate duplicate{domain::OrganisationId{d.text("organisation_id")}, d.text("name"), {}};
        for (const auto& reason : item.at("reasons").as_array()) duplicate.reasons.emplace_back(reason.as_string());
        duplicates.push_back(std::move(duplicate));
    }
    return {r["id"].as<domain::RegistrationId>(),
            {std::move(organisation), f.text("contact_name"), f.text("contact_email")},
            *domain::parse_registration_status(f.text("status")),
            f.time("submitted_at"),
            f.optional_time("confirmed_at"),
            f.optional_time("decided_at"),
            decided_by,
            f.optional_text("decided_by_name"),
            f.optional_text("refusal_reason"),
            organisation_id,
            std::move(duplicates)};
}

}  // namespace

domain::RegistrationId insert_registration(Tx& tx, const domain::NewRegistration& registration,
                                           const TokenDigest& confirmation, domain::TimePoint now,
                                           domain::TimePoint expires_at) {
    const auto& o = registration.organisation;
    return tx
        .exec_prepared1(sql::registration_insert, o.name, o.legal_form, o.charity_number, o.company_number,
                        o.care_inspectorate_number, o.postal_address, registration.contact_name,
                        registration.contact_email, micros(now), pqxx::binarystring{confirmation}, micros(expires_at))[0]
        .as<domain::RegistrationId>();
}

int registrations_sent_since(Tx& tx, const std::string& contact_email, domain::TimePoint since) {
    return tx.exec_prepared1(sql::registrations_sent_since, contact_email, micros(since))[0].as<int>();
}

std::optional<domain::RegistrationId> confirm_registration(Tx& tx, const TokenDigest& confirmation,
                                                           domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::registration_confirm, pqxx::binarystring{confirmation}, micros(now));
    if (rows.empty()) return std::nullopt;
    return rows[0]["id"].as<domain::RegistrationId>();
}

std::optional<RegistrationRecord> find_registration(Tx& tx, const domain::RegistrationId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::registration_by_id, id);
    if (rows.empty()) return std::nullopt;
    return registration_from(rows[0]);
}

bool lock_registration(Tx& tx, const domain::RegistrationId& id) {
    return is_uuid(id) && !tx.exec_prepared(sql::registration_lock, id).empty();
}

std::vector<RegistrationRecord> registrations_in(Tx& tx, domain::RegistrationStatus status, int limit) {
    std::vector<RegistrationRecord> out;
    for (const auto& r : tx.exec_prepared(sql::registrations_by_status, std::string{domain::to_string(status)}, limit))
        out.push_back(registration_from(r));
    return out;
}

void approve_registration(Tx& tx, const domain::RegistrationId& id, const domain::UserId& by,
                          const domain::OrganisationId& organisation_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::registration_approve, id, micros(now), by, organisation_id);
}

void refuse_registration(Tx& tx, const domain::RegistrationId& id, const domain::UserId& by,
                         const std::string& reason, domain::TimePoint now) {
    tx.exec_prepared0(sql::registration_refuse, id, micros(now), by, reason);
}

}  // namespace collabtender::persistence
