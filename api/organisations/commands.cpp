#include "api/organisations/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::domain {

NewOrganisation tag_invoke(boost::json::value_to_tag<NewOrganisation>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    NewOrganisation organisation{fields.required_string("name"),
                                 fields.required_string("kind"),
                                 fields.optional_string("charity_number"),
                                 fields.optional_string("company_number"),
                                 fields.optional_string("care_inspectorate_number"),
                                 fields.optional_string("postal_address")};
    fields.finish(validate(organisation));
    return organisation;
}

}  // namespace collabtender::domain
