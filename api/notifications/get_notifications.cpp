#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/notifications/inbox.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/notifications?unread=true&limit=&offset=: the caller's own
// notifications, newest first, with how many are unread (app::read_inbox).
Response get_notifications(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"unread", "limit", "offset"});
    const auto page = paging(parameters);
    const auto inbox = app::read_inbox(*context.db, *context.principal,
                                       {flag_parameter(parameters, "unread"), page.limit, page.offset},
                                       context.settings.open_data.public_url);
    boost::json::array items;
    for (const auto& [n, message] : inbox.items)
        items.push_back(boost::json::object{
            {"id", std::to_string(n.id)},
            {"kind", n.kind},
            {"title", message.subject},
            {"text", message.body},
            {"link_text", message.action},
            {"link", n.link},
            {"created_at", domain::format_rfc3339(n.created_at)},
            {"read_at", n.read_at ? boost::json::value(domain::format_rfc3339(*n.read_at)) : nullptr},
            {"emailed", n.email_state == "sent"}});
    return json_response(200, boost::json::object{{"items", std::move(items)},
                                                  {"total", inbox.counts.total},
                                                  {"unread", inbox.counts.unread},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

}  // namespace collabtender::api
