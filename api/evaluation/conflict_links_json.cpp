#include "api/evaluation/conflict_links_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::array links_json(const std::vector<persistence::OrganisationLink>& links) {
    boost::json::array out;
    for (const auto& l : links)
        out.push_back(boost::json::object{{"organisation_id", nullable(l.organisation_id)},
                                          {"organisation", l.organisation_name},
                                          {"registered", l.organisation_id.has_value()},
                                          {"organisation_kind", nullable(l.organisation_kind)},
                                          {"kind", l.kind},
                                          {"note", nullable(l.note)}});
    return out;
}

boost::json::value pre_flag_json(const std::optional<app::PreFlag>& flag) {
    if (!flag) return nullptr;
    const auto& clearance = flag->clearance;
    boost::json::value cleared_by = nullptr;
    if (clearance && clearance->cleared_by_name)
        cleared_by = boost::json::object{{"id", clearance->cleared_by}, {"display_name", *clearance->cleared_by_name}};
    return boost::json::object{
        {"links", links_json(flag->links)},
        {"cleared", clearance.has_value()},
        {"clearance_reason", clearance ? boost::json::value(clearance->reason) : nullptr},
        {"cleared_at", clearance ? boost::json::value(domain::format_rfc3339(clearance->cleared_at)) : nullptr},
        {"cleared_by", std::move(cleared_by)}};
}

}  // namespace collabtender::api
