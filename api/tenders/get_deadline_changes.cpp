#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/refusals.hpp"
#include "app/tenders/read_deadline_changes.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

boost::json::object stage_json(const app::DeadlineStanding& s) {
    return {{"stage", s.stage},
            {"deadline", s.deadline ? boost::json::value(domain::format_rfc3339(*s.deadline)) : nullptr},
            {"movable", !s.fixed},
            {"may_shorten", s.may_shorten},
            {"reopens_for_short_lots", s.reopens_for_short_lots},
            {"refusal", s.fixed ? boost::json::value(boost::json::object{{"code", problem_slug(s.fixed->code())},
                                                                         {"detail", s.fixed->detail()}})
                                : nullptr}};
}

boost::json::object change_json(const app::DeadlineChangeMade& c, const persistence::DisplayNames& people) {
    boost::json::value changed_by = nullptr;
    // Someone who has since been erased is no longer named.
    if (const auto name = c.changed_by ? people.find(*c.changed_by) : people.end(); name != people.end())
        changed_by = boost::json::object{{"id", name->first}, {"display_name", name->second}};
    return {{"stage", c.stage},           {"previous_deadline", c.previous_deadline},
            {"deadline", c.deadline},     {"reason", c.reason},
            {"changed_at", c.changed_at}, {"changed_by", std::move(changed_by)}};
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/deadline-changes: for the tender's
// commissioners, whether each stage's deadline may move now (and whether it may
// come earlier, which it may not once bids have started), and every change made
// so far, oldest first, with who made it and why (app::read_deadline_changes).
Response get_deadline_changes(const Request& request, Context& context) {
    const auto read = app::read_deadline_changes(*context.db, *context.principal,
                                                 domain::TenderId{request.param("tender_id")}, context.now);
    boost::json::array changes;
    for (const auto& change : read.changes) changes.push_back(change_json(change, read.people));
    return json_response(200, boost::json::object{
                                  {"tender_id", read.tender_id},
                                  {"stages", boost::json::array{stage_json(read.stages[0]), stage_json(read.stages[1])}},
                                  {"changes", std::move(changes)}});
}

}  // namespace collabtender::api
