#include "api/organisations/organisation_json.hpp"

#include <boost/json.hpp>

namespace collabtender::api {
namespace {
boost::json::value optional(const std::optional<std::string>& text) {
    return text ? boost::json::value(*text) : boost::json::value(nullptr);
}
}  // namespace

boost::json::object organisation_json(const persistence::OrganisationRecord& organisation) {
    return {
        {"id", organisation.id},
        {"name", organisation.name},
        {"kind", domain::to_string(organisation.kind)},
        {"charity_number", optional(organisation.charity_number)},
        {"company_number", optional(organisation.company_number)},
        {"care_inspectorate_number", optional(organisation.care_inspectorate_number)},
    };
}

}  // namespace collabtender::api
