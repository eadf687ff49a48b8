#include "api/evaluation/panel_json.hpp"

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

boost::json::object panel_json(const persistence::PanelRecord& panel) {
    boost::json::array members;
    for (const auto& m : panel.members)
        members.push_back(boost::json::object{{"user_id", m.member.user_id},
                                              {"display_name", m.display_name},
                                              {"kind", domain::to_string(m.member.kind)},
                                              {"chair", m.member.chair}});
    return {{"id", panel.id},           {"tender_id", panel.tender_id},   {"lot_id", nullable(panel.lot_id)},
            {"name", panel.name},       {"version", panel.version},       {"members", std::move(members)},
            {"scoring_due_at", panel.scoring_due_at ? boost::json::value(domain::format_rfc3339(*panel.scoring_due_at)) : nullptr}};
}

void add_bid_identity(persistence::Tx& tx, const EvaluatedBid& bid, boost::json::object& out) {
    const auto lot = persistence::find_lot(tx, bid.tender.id, bid.bid.lot_id);
    out["consortium"] = {{"name", bid.consortium.name}};
    out["lot"] = {{"id", lot->id}, {"number", lot->details.number}, {"title", lot->details.title}};
}

PanelBody read_panel_body(const Request& request, bool with_lot) {
    const auto json = parse_json_object(request);
    FieldReader fields{json};
    PanelBody body;
    fields.text("name", body.name);
    if (with_lot) fields.nullable_text("lot_id", body.lot_id);
    fields.nullable_time("scoring_due_at", body.scoring_due_at);
    fields.objects("members", [&](std::size_t, FieldReader& member) {
        domain::PanelMember m;
        std::string kind;
        member.text("user_id", m.user_id);
        member.text("kind", kind);
        member.boolean("chair", m.chair);
        if (!kind.empty() && !domain::parse_panel_member_kind(kind))
            member.add({member.pointer("kind"), "invalid_value",
                        "must be lived_experience, statutory, third_sector or independent"});
        else if (!kind.empty())
            m.kind = *domain::parse_panel_member_kind(kind);
        body.members.push_back(std::move(m));
    });
    fields.finish(domain::validate_panel(body.name, body.members));
    return body;
}

void tell_panel_members(persistence::Tx& tx, const Context& context, const persistence::TenderRecord& tender,
                        const std::string& panel_id, const PanelBody& body) {
    auto names = tender_names(tender);
    names["panel"] = body.name;
    std::vector<persistence::Notice> notices;
    for (const auto& member : body.members)
        notices.push_back(
            {"panel_membership", persistence::Audience::user, member.user_id, names, "/panels", "panel-" + panel_id});
    app::tell(tx, context.principal, context.now, notices);
}

void check_panel_body(persistence::Tx& tx, const persistence::TenderRecord& tender, const PanelBody& body) {
    domain::Violations out;
    if (body.lot_id && !persistence::find_lot(tx, tender.id, *body.lot_id))
        out.push_back({"/lot_id", "unknown_lot", "is not a lot of this tender"});
    std::vector<std::string> ids;
    for (const auto& m : body.members) ids.push_back(m.user_id);
    const auto panellists = persistence::panellists_among(tx, ids);
    for (std::size_t i = 0; i < body.members.size(); ++i)
        if (!panellists.contains(body.members[i].user_id))
            out.push_back({"/members/" + std::to_string(i) + "/user_id", "not_a_panellist",
                           "is not a panellist's account"});
    if (!out.empty()) throw problems::validation(out);
}

VisiblePanel visible_panel(persistence::Tx& tx, const std::string& panel_id, const domain::Principal& principal) {
    auto panel = persistence::find_panel(tx, panel_id);
    if (panel) {
        auto tender = persistence::find_tender(tx, panel->tender_id);
        const bool commissioner = may_manage_tender(principal, *tender);
        if (commissioner || (principal.role == domain::Role::panellist && panel->member(principal.user_id)))
            return {std::move(*panel), std::move(*tender), commissioner};
    }
    throw problems::not_found("No such panel.");
}

}  // namespace collabtender::api
