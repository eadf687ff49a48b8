#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"
#include "domain/text.hpp"
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
// oldest first, for the consortium's members only.
Response get_section_comments(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal);
        for (const auto& c : persistence::comments(tx, s.bid.bid.id, s.record.section)) items.push_back(comment_json(c));
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

// POST /api/v1/bids/{bid_id}/sections/{section}/comments: {"body", "parent_id"
// (a reply), "mentions": [member users' ids]}. Each mentioned person is told.
Response post_section_comment(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    persistence::CommentRecord comment;
    std::vector<std::string> mentions;
    fields.text("body", comment.body);
    fields.nullable_text("parent_id", comment.parent_id);
    fields.texts("mentions", mentions, Need::optional);
    domain::Violations more;
    domain::check_text(more, comment.body, "/body", 1, 5000);
    if (mentions.size() > 20) more.push_back({"/mentions", "too_many", "mention at most 20 people"});
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal);
        domain::Violations violations;
        if (comment.parent_id) {
            const auto parent = persistence::find_comment(tx, s.bid.bid.id, *comment.parent_id);
            if (!parent || parent->section != s.record.section || parent->parent_id)
                violations.push_back({"/parent_id", "unknown_comment", "is not a thread of this section"});
        }
        for (std::size_t i = 0; i < mentions.size(); ++i)
            if (!member_user(tx, s.bid, mentions[i]))
                violations.push_back({"/mentions/" + std::to_string(i), "not_a_member", "is not a member's user"});
        if (!violations.empty()) throw problems::validation(violations);
        comment.section = s.record.section;
        comment.author_user_id = context.principal->user_id;
        comment.mentions_json = boost::json::serialize(strings(mentions));
        comment.created_at = context.now;
        const auto id = persistence::insert_comment(tx, s.bid.bid.id, comment);
        for (const auto& user : mentions)
            tell_about_bid(tx, context, s.bid, "mentioned", persistence::Audience::user, user, s.key);
        audit(tx, context, {s.bid.tender.id, "comment.create", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", s.record.section}, {"comment_id", id}}});
        out = comment_json(*persistence::find_comment(tx, s.bid.bid.id, id));
    });
    return json_response(201, out);
}

// POST /api/v1/bids/{bid_id}/comments/{comment_id}/resolution: {"resolved":
// true} resolves a thread, false reopens it. Any member may.
Response post_comment_resolution(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    bool resolved = true;
    fields.boolean("resolved", resolved);
    fields.finish();
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = member_bid(tx, request.param("bid_id"), *context.principal);
        const auto comment = persistence::find_comment(tx, bid.bid.id, request.param("comment_id"));
        if (!comment) throw problems::not_found("No such comment.");
        if (comment->parent_id) throw problems::conflict("Replies are resolved with their thread.");
        persistence::set_comment_resolved(tx, comment->id, resolved, context.principal->user_id, context.now);
        audit(tx, context, {bid.tender.id, resolved ? "comment.resolve" : "comment.reopen", "bid", bid.bid.id, nullptr,
                            boost::json::object{{"comment_id", comment->id}}});
        out = comment_json(*persistence::find_comment(tx, bid.bid.id, comment->id));
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
