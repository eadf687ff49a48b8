#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/commands.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

namespace {

boost::json::object sign_offs_json(const app::SignOffs& sign_offs) {
    boost::json::array items;
    for (const auto& m : sign_offs.members) {
        boost::json::object item{{"organisation_id", m.organisation_id},
                                 {"organisation", m.organisation},
                                 {"signed", m.signed_draft},
                                 {"void", m.recorded && !m.signed_draft}};  // signed an earlier draft
        if (m.recorded) {
            item["signed_by"] = m.recorded->user_name;
            item["signed_by_user_id"] = boost::json::value_from(m.recorded->user_id);
            item["signed_at"] = domain::format_rfc3339(m.recorded->signed_at);
        }
        items.push_back(std::move(item));
    }
    return {{"bid_id", sign_offs.bid_id}, {"draft_sha256", sign_offs.draft_sha256}, {"items", std::move(items)}};
}

}  // namespace

// GET /api/v1/bids/{bid_id}/sign-offs: the digest of the draft as it stands and,
// per member organisation, whether it has signed off exactly that draft
// (app::read_sign_offs).
Response get_sign_offs(const Request& request, Context& context) {
    return json_response(200, sign_offs_json(app::read_sign_offs(*context.db, *context.principal,
                                                                 domain::BidId{request.param("bid_id")}, context.now)));
}

// POST /api/v1/bids/{bid_id}/sign-offs: {"draft_sha256"}: an authorised
// signatory signs off the draft with that digest for their organisation
// (app::sign_off_draft).
Response post_sign_off(const Request& request, Context& context) {
    auto command = read_command<app::SignOffDraft>(request);
    command.bid_id = domain::BidId{request.param("bid_id")};
    return json_response(200, sign_offs_json(app::sign_off_draft(*context.db, *context.principal, command, context.now)));
}

// POST /api/v1/bids/{bid_id}/sign-off-requests: the lead asks every member
// organisation that has not signed off the draft as it stands to do so
// (app::ask_for_sign_offs). Returns who was asked.
Response post_sign_off_request(const Request& request, Context& context) {
    boost::json::array asked;
    for (const auto& m :
         app::ask_for_sign_offs(*context.db, *context.principal, domain::BidId{request.param("bid_id")}, context.now))
        asked.push_back(boost::json::object{{"organisation_id", m.organisation_id}, {"organisation", m.organisation}});
    return json_response(200, boost::json::object{{"asked", std::move(asked)}});
}

}  // namespace collabtender::api
