#include "app/organisations/organisation_details.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/json_fields.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

domain::Refusal closed_already() {
    return {domain::RefusalCode::organisation_closed, "This organisation is closed: its details stay as they were."};
}

// The details as the audit trail shows them, field by field.
boost::json::object details_json(const domain::NewOrganisation& o) {
    const auto optional = [](const std::optional<std::string>& v) -> boost::json::value {
        return v ? boost::json::value(*v) : boost::json::value(nullptr);
    };
    return {{"name", o.name},
            {"legal_form", optional(o.legal_form)},
            {"charity_number", optional(o.charity_number)},
            {"company_number", optional(o.company_number)},
            {"care_inspectorate_number", optional(o.care_inspectorate_number)},
            {"postal_address", optional(o.postal_address)}};
}

}  // namespace

persistence::OrganisationRecord change_organisation(persistence::Connection& db, const domain::Principal& principal,
                                                    const ChangeOrganisation& command, domain::TimePoint now) {
    domain::require_sees_organisation(principal, command.organisation_id);
    domain::require_keeps_organisation(principal, command.organisation_id);
    std::optional<persistence::OrganisationRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto current = persistence::find_organisation(tx, command.organisation_id);
        if (!current) throw domain::Refusal{domain::RefusalCode::not_found, "No such organisation."};
        if (current->closed) throw closed_already();
        auto details = current->details();
        FieldReader fields{command.fields, {}, true};
        fields.text("name", details.name, Need::optional);
        fields.nullable_text("legal_form", details.legal_form);
        fields.nullable_text("charity_number", details.charity_number);
        fields.nullable_text("company_number", details.company_number);
        fields.nullable_text("care_inspectorate_number", details.care_inspectorate_number);
        fields.nullable_text("postal_address", details.postal_address);
        fields.finish(domain::validate(details));
        details = domain::with_register_numbers(std::move(details));
        persistence::update_organisation(tx, current->id, details);
        const auto was = details_json(current->details());
        const auto is = details_json(details);
        boost::json::object before, after;
        for (const auto& [name, value] : is)
            if (was.at(name) != value) {
                before[name] = was.at(name);
                after[name] = value;
            }
        if (!after.empty())
            append_audit(tx, principal, now,
                         {std::nullopt, "organisation.update", "organisation", current->id, before, after});
        out = persistence::find_organisation(tx, current->id);
    });
    return *out;
}

persistence::OrganisationRecord close_organisation(persistence::Connection& db, const domain::Principal& admin,
                                                   const CloseOrganisation& command, domain::TimePoint now) {
    domain::refuse_if(domain::check_reason(command.reason));
    if (command.merged_into == command.organisation_id)
        throw domain::invalid_input({{"/merged_into", "same_organisation", "must be another organisation"}});
    std::optional<persistence::OrganisationRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto current = persistence::find_organisation(tx, command.organisation_id);
        if (!current) throw domain::Refusal{domain::RefusalCode::not_found, "No such organisation."};
        // Closing the body the installation's admins sit in would lock them all out.
        persistence::AccountFilter admins;
        admins.organisation_id = current->id;
        admins.role = domain::Role::admin;
        admins.status = domain::AccountStatus::active;
        admins.limit = 1;
        if (persistence::search_accounts(tx, admins).total > 0)
            throw domain::invalid_input(
                {{"/organisation_id", "has_admins", "has the installation's admins: move or deactivate them first"}});
        if (command.merged_into) {
            const auto into = persistence::find_organisation(tx, *command.merged_into);
            if (!into || into->closed)
                throw domain::invalid_input({{"/merged_into", "not_found", "does not name an open organisation"}});
        }
        if (!persistence::close_organisation(tx, current->id, admin.user_id, command.reason, command.merged_into, now))
            throw closed_already();
        const auto deactivated =
            persistence::deactivate_users_of_organisation(tx, current->id, admin.user_id, "Organisation closed", now);
        boost::json::object after{{"status", "closed"}, {"people_deactivated", deactivated}};
        if (command.merged_into) after["merged_into"] = command.merged_into->str();
        append_audit(tx, admin, now,
                     {std::nullopt, "organisation.close", "organisation", current->id,
                      boost::json::object{{"status", "active"}}, after});
        out = persistence::find_organisation(tx, current->id);
    });
    return *out;
}

}  // namespace collabtender::app
