#include "api/organisations/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/account_management.hpp"

namespace collabtender::domain {

NewOrganisation tag_invoke(boost::json::value_to_tag<NewOrganisation>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    NewOrganisation organisation{fields.required_string("name"),
                                 fields.required_string("kind"),
                                 fields.optional_string("charity_number"),
                                 fields.optional_string("company_number"),
                                 fields.optional_string("care_inspectorate_number"),
                                 fields.optional_string("postal_address"),
                                 fields.optional_string("legal_form")};
    fields.finish(validate(organisation));
    return organisation;
}

NewRegistration tag_invoke(boost::json::value_to_tag<NewRegistration>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    NewRegistration registration;
    auto& organisation = registration.organisation;
    organisation.name = fields.required_string("name");
    organisation.legal_form = fields.required_string("legal_form");
    organisation.charity_number = fields.optional_string("charity_number");
    organisation.company_number = fields.optional_string("company_number");
    organisation.care_inspectorate_number = fields.optional_string("care_inspectorate_number");
    organisation.postal_address = fields.optional_string("postal_address");
    registration.contact_name = fields.required_string("contact_name");
    registration.contact_email = fields.required_string("contact_email");
    fields.finish(validate(registration));
    return registration;
}

}  // namespace collabtender::domain

namespace collabtender::app {

CloseOrganisation tag_invoke(boost::json::value_to_tag<CloseOrganisation>, const boost::json::value& body) {
    FieldReader fields{body.as_object()};
    CloseOrganisation command;
    fields.text("reason", command.reason);
    fields.nullable_text("merged_into", command.merged_into);
    fields.finish(domain::check_reason(command.reason));
    return command;
}

}  // namespace collabtender::app
