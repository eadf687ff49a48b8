#include "app/sections/comments.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/bid_notices.hpp"
#include "app/sections/section_access.hpp"
#include "domain/refusal.hpp"
#include "domain/section_comment.hpp"

namespace collabtender::app {

namespace {

domain::Violations check_mentions(persistence::Tx& tx, const BidContext& bid, const std::vector<std::string>& mentions) {
    domain::Violations out;
    for (std::size_t i = 0; i < mentions.size(); ++i)
        if (!member_user(tx, bid, domain::UserId{mentions[i]}))
            out.push_back({"/mentions/" + std::to_string(i), "not_a_member", "is not a member's user"});
    return out;
}

}  // namespace

std::vector<persistence::CommentRecord> read_comments(persistence::Connection& db, const domain::Principal& member,
                                                      const domain::BidId& bid_id, const std::string& section) {
    std::vector<persistence::CommentRecord> comments;
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, bid_id, section, member);
        comments = persistence::comments(tx, s.bid.bid.id, s.record.section);
    });
    return comments;
}

persistence::CommentRecord add_comment(persistence::Connection& db, const domain::Principal& member,
                                       const AddComment& command, domain::TimePoint now) {
    persistence::CommentRecord added;
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, command.bid_id, command.section, member);
        domain::Violations violations;
        if (command.parent_id) {
            const auto parent = persistence::find_comment(tx, s.bid.bid.id, *command.parent_id);
            std::optional<domain::ParentComment> judged;
            if (parent) judged = domain::ParentComment{parent->section, parent->parent_id.has_value()};
            violations = domain::check_reply_parent(judged, s.record.section);
        }
        for (auto& v : check_mentions(tx, s.bid, command.mentions)) violations.push_back(std::move(v));
        domain::refuse_if(violations);
        persistence::CommentRecord comment;
        comment.section = s.record.section;
        comment.parent_id = command.parent_id;
        comment.author_user_id = member.user_id;
        comment.body = command.body;
        comment.mentions_json = boost::json::serialize(boost::json::value_from(command.mentions));
        comment.created_at = now;
        const auto id = persistence::insert_comment(tx, s.bid.bid.id, comment);
        for (const auto& user : command.mentions)
            tell_about_bid(tx, member, now, s.bid, "mentioned", persistence::audience::User{domain::UserId{user}},
                           s.key);
        append_audit(tx, member, now,
                     {s.bid.tender.id, "comment.create", "bid", s.bid.bid.id, nullptr,
                      boost::json::object{{"section", s.record.section}, {"comment_id", id}}});
        added = *persistence::find_comment(tx, s.bid.bid.id, id);
    });
    return added;
}

persistence::CommentRecord resolve_comment(persistence::Connection& db, const domain::Principal& member,
                                           const ResolveComment& command, domain::TimePoint now) {
    persistence::CommentRecord resolved;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = member_bid(tx, command.bid_id, member);
        const auto comment = persistence::find_comment(tx, bid.bid.id, command.comment_id);
        if (!comment) throw domain::Refusal{domain::RefusalCode::not_found, "No such comment."};
        domain::require_thread(comment->parent_id.has_value());
        persistence::set_comment_resolved(tx, comment->id, command.resolved, member.user_id, now);
        append_audit(tx, member, now,
                     {bid.tender.id, command.resolved ? "comment.resolve" : "comment.reopen", "bid", bid.bid.id, nullptr,
                      boost::json::object{{"comment_id", comment->id}}});
        resolved = *persistence::find_comment(tx, bid.bid.id, comment->id);
    });
    return resolved;
}

}  // namespace collabtender::app
