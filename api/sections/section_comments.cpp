#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/sections/commands.hpp"
#include "domain/time_format.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

namespace {

boost::json::object comment_json(const persistence::CommentRecord& c) {
    return {{"id", c.id},
            {"section", c.section},
            {"parent_id", nullable(c.parent_id)},
            {"author_user_id", c.author_user_id},
            {"author_name", c.author_name},
            {"body", c.body},
            {"mentions", persistence::parse_stored_json(c.mentions_json)},
            {"created_at", domain::format_rfc3339(c.created_at)},
            {"resolved", c.resolved_at.has_value()},
            {"resolved_at", nullable(c.resolved_at)}};
}

}  // namespace

// GET /api/v1/bids/{bid_id}/sections/{section}/comments: the section's threads,
// oldest first, for the consortium's members only (app::read_comments).
Response get_section_comments(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& c : app::read_comments(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                                            request.param("section")))
        items.push_back(comment_json(c));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

// POST /api/v1/bids/{bid_id}/sections/{section}/comments: a comment or a reply,
// mentioning members' users (app::add_comment).
Response post_section_comment(const Request& request, Context& context) {
    auto command = read_command<app::AddComment>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.section = request.param("section");
    return json_response(201, comment_json(app::add_comment(*context.db, *context.principal, command, context.now)));
}

// POST /api/v1/bids/{bid_id}/comments/{comment_id}/resolution: {"resolved":
// true} resolves a thread, false reopens it (app::resolve_comment).
Response post_comment_resolution(const Request& request, Context& context) {
    auto command = read_command<app::ResolveComment>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    command.comment_id = domain::CommentId{request.param("comment_id")};
    return json_response(200,
                         comment_json(app::resolve_comment(*context.db, *context.principal, command, context.now)));
}

}  // namespace collabtender::api
