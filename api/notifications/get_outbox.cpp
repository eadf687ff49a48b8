#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/notifications/outbox.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/admin/outbox?limit=&offset=: emails by state, and the failed ones
// with their last error (app::read_outbox).
Response get_outbox(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    const auto outbox = app::read_outbox(*context.db, page.limit, page.offset);
    boost::json::array failed;
    for (const auto& f : outbox.failed)
        failed.push_back(boost::json::object{{"id", std::to_string(f.id)},
                                             {"kind", f.kind},
                                             {"to", f.email},
                                             {"attempts", f.attempts},
                                             {"last_error", f.last_error},
                                             {"created_at", domain::format_rfc3339(f.created_at)}});
    boost::json::object by_state;
    for (const auto& [state, count] : outbox.counts) by_state[state == "none" ? "in_app_only" : state] = count;
    return json_response(200, boost::json::object{{"counts", std::move(by_state)},
                                                  {"failed", std::move(failed)},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

}  // namespace collabtender::api
