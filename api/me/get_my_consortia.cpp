#include <boost/json.hpp>

#include "api/bids/bid_json.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/consortia/read_my_consortia.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

namespace {

boost::json::object stamp_json(const persistence::SubmissionStamp& s) {
    return {{"stage", s.stage},
            {"version", s.version},
            {"submitted_at", domain::format_rfc3339(s.submitted_at)},
            {"withdrawn_at", s.withdrawn_at ? boost::json::value(domain::format_rfc3339(*s.withdrawn_at)) : nullptr}};
}

boost::json::object standing_json(const app::BidStanding& b) {
    boost::json::array submissions;
    for (const auto& s : b.submissions) submissions.push_back(stamp_json(s));
    return {{"id", b.bid.id},
            {"lot", {{"id", b.lot.id}, {"number", b.lot.details.number}, {"title", b.lot.details.title}}},
            {"status", b.status},
            {"exclusion", exclusion_json(b.lot_gates, b.stage1_results)},
            {"reconfirmations", reconfirmations_json(b.reconfirmations)},
            {"lot_cancellation", lot_cancellation_json(b.lot)},
            {"submissions", std::move(submissions)}};
}

}  // namespace

// GET /api/v1/me/consortia: the caller's partnerships, each with its tender and
// where each of its bids stands (app::read_my_consortia). Drafts' and
// submissions' content stay on the bids' pages.
Response get_my_consortia(const Request&, Context& context) {
    boost::json::array items;
    for (const auto& mine : app::read_my_consortia(*context.db, *context.principal)) {
        auto item = consortium_json(mine.consortium);
        item["tender"] = tender_json(mine.tender);
        boost::json::array bids;
        for (const auto& b : mine.bids) bids.push_back(standing_json(b));
        item["bids"] = std::move(bids);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
