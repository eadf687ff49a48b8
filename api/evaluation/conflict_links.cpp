#include "api/evaluation/conflict_links.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/panel.hpp"
#include "domain/text.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/conflict_links_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::api {
namespace {

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

// The bid (row-locked) and the panel member the request names, for the tender's
// commissioner deciding on that member's pre-flag.
EvaluatedBid bid_for_flag(persistence::Tx& tx, const Request& request, const Context& context) {
    auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, std::nullopt, true);
    if (!bid.commissioner) throw problems::forbidden();
    if (!bid.panel || !bid.panel->member(request.param("user_id")))
        throw problems::not_found("That person is not on this bid's panel.");
    return bid;
}

}  // namespace

boost::json::array organisation_links_json(persistence::Tx& tx, const std::string& user_id) {
    return links_json(persistence::organisation_links(tx, user_id));
}

boost::json::value pre_flag_json(persistence::Tx& tx, const std::string& bid_id, const std::string& user_id) {
    const auto links = persistence::linked_partners(tx, bid_id, user_id);
    if (links.empty()) return nullptr;
    const auto clearance = persistence::flag_clearance(tx, bid_id, user_id);
    boost::json::value cleared_by = nullptr;
    if (clearance)
        if (const auto by = persistence::find_user(tx, clearance->cleared_by))
            cleared_by = boost::json::object{{"id", by->id}, {"display_name", by->display_name}};
    return boost::json::object{
        {"links", links_json(links)},
        {"cleared", clearance.has_value()},
        {"clearance_reason", clearance ? boost::json::value(clearance->reason) : nullptr},
        {"cleared_at", clearance ? boost::json::value(domain::format_rfc3339(clearance->cleared_at)) : nullptr},
        {"cleared_by", std::move(cleared_by)}};
}

void refuse_pre_flagged(persistence::Tx& tx, const std::string& bid_id, const std::string& user_id) {
    const auto links = persistence::linked_partners(tx, bid_id, user_id);
    if (links.empty() || persistence::flag_clearance(tx, bid_id, user_id)) return;
    std::string names;
    for (const auto& l : links)
        if (names.find(l.organisation_name) == std::string::npos)
            names += (names.empty() ? "" : ", ") + l.organisation_name;
    throw Problem{409, "conflict-pre-flagged", "You told us of a link to this bid",
                  "Your profile links you to " + names +
                      ", a partner in this bid. Declare the conflict, or ask the commissioner to clear it."};
}

// GET /api/v1/me/organisation-links: the panellist's own recorded links.
Response get_organisation_links(const Request&, Context& context) {
    std::vector<persistence::OrganisationLink> links;
    context.db->transact([&](persistence::Tx& tx) { links = persistence::organisation_links(tx, context.principal->user_id); });
    return json_response(200, boost::json::object{{"links", links_json(links)}});
}

// PUT /api/v1/me/organisation-links {"links": [{"organisation_id" or
// "organisation_name", "kind", "note"}]}: replaces them. Bids with a linked
// partner are pre-flagged from then on; a link by name, to an organisation not
// registered here, is for the commissioner to judge.
Response put_organisation_links(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::vector<persistence::OrganisationLink> links;
    fields.objects("links", [&](std::size_t, FieldReader& item) {
        persistence::OrganisationLink l;
        std::string id;  // null, like absent, names no registered organisation
        if (auto given = item.optional_string("organisation_id")) id = std::move(*given);
        item.text("organisation_name", l.organisation_name, Need::optional);
        if (!id.empty()) l.organisation_id = id;
        if (!id.empty() && !l.organisation_name.empty())
            item.add({item.pointer("organisation_name"), "conflicting_fields",
                      "give organisation_id for a registered organisation or organisation_name for another, not both"});
        else if (id.empty() && !item.has("organisation_name"))
            item.add({item.pointer("organisation_id"), "required",
                      "give organisation_id, or organisation_name for an organisation not registered here"});
        else if (id.empty()) {
            domain::Violations name;
            domain::check_text(name, l.organisation_name, item.pointer("organisation_name"), 1, 300);
            item.add(name);
        }
        item.text("kind", l.kind);
        item.nullable_text("note", l.note);
        if (!l.kind.empty() && !domain::valid_link_kind(l.kind))
            item.add({item.pointer("kind"), "invalid_value",
                      "must be employer, volunteer, receives_support, family_member_works_for or other"});
        domain::Violations more;
        if (l.note) domain::check_text(more, *l.note, item.pointer("note"), 0, 500);
        item.add(more);
        links.push_back(std::move(l));
    });
    if (links.size() > 50) fields.add({"/links", "too_many", "record at most 50 links"});
    fields.finish();
    context.db->transact([&](persistence::Tx& tx) {
        domain::Violations unknown;
        for (std::size_t i = 0; i < links.size(); ++i)
            if (const auto& id = links[i].organisation_id;
                id && (!persistence::is_uuid(*id) || !persistence::find_organisation(tx, *id)))
                unknown.push_back({"/links/" + std::to_string(i) + "/organisation_id", "unknown_organisation",
                                   "is not an organisation here"});
        if (!unknown.empty()) throw problems::validation(unknown);
        persistence::replace_organisation_links(tx, context.principal->user_id, links);
        links = persistence::organisation_links(tx, context.principal->user_id);
        audit(tx, context, {std::nullopt, "panellist.links", "user", context.principal->user_id, nullptr,
                            boost::json::object{{"links", links.size()}}});
    });
    return json_response(200, boost::json::object{{"links", links_json(links)}});
}

// POST /api/v1/bids/{bid_id}/conflict-flags/{user_id}/clearance {"reason"}: the
// tender's commissioner clears a panellist's pre-flagged conflict (the link is
// old, or not to this work), so they may declare none and score.
Response post_conflict_clearance(const Request& request, Context& context) {
    const auto reason = read_reason(request);
    boost::json::value out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = bid_for_flag(tx, request, context);
        const auto& user = request.param("user_id");
        if (persistence::linked_partners(tx, bid.bid.id, user).empty())
            throw Problem{409, "not-flagged", "Nothing to clear", "This panellist has no recorded link to this bid's partners."};
        persistence::clear_flag(tx, bid.bid.id, user, reason, context.principal->user_id, context.now);
        audit(tx, context, {bid.tender.id, "conflict.clear_flag", "bid", bid.bid.id, nullptr,
                            boost::json::object{{"user_id", user}, {"reason", reason}}});
        out = pre_flag_json(tx, bid.bid.id, user);
    });
    return json_response(200, out);
}

// DELETE /api/v1/bids/{bid_id}/conflict-flags/{user_id}/clearance: the tender's
// commissioner withdraws a clearance made in error, while the panellist has not
// yet answered the conflict question for the stage: after that, the scores
// would rest on it. The flag stands again.
Response delete_conflict_clearance(const Request& request, Context& context) {
    boost::json::value out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = bid_for_flag(tx, request, context);
        const auto& user = request.param("user_id");
        const auto clearance = persistence::flag_clearance(tx, bid.bid.id, user);
        if (!clearance) throw Problem{409, "not-cleared", "Nothing to withdraw", "This panellist's link has not been cleared."};
        const auto answers = persistence::declarations(tx, bid.bid.id, bid.stage);
        if (std::any_of(answers.begin(), answers.end(), [&](const auto& d) { return d.user_id == user; }))
            throw Problem{409, "panellist-answered", "The panellist has answered",
                          "The panellist has already answered the conflict question for this bid, relying on the "
                          "clearance. It can no longer be withdrawn."};
        persistence::withdraw_clearance(tx, bid.bid.id, user);
        audit(tx, context, {bid.tender.id, "conflict.withdraw_clearance", "bid", bid.bid.id,
                            boost::json::object{{"user_id", user}, {"reason", clearance->reason}},
                            boost::json::object{{"user_id", user}}});
        out = pre_flag_json(tx, bid.bid.id, user);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
