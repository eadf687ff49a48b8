#include <algorithm>

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/awards/award_json.hpp"
#include "api/bids/bid_context.hpp"
#include "api/documents/download.hpp"
#include "api/evaluation/outcome_reasons.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "api/time_format.hpp"
#include "domain/scoring.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

boost::json::array scores_json(const RankedLot& lot, const std::string& bid_id) {
    boost::json::array out;
    const auto& scores = lot.bids.at(bid_id).scores;
    for (std::size_t i = 0; i < lot.criteria.size(); ++i)
        out.push_back(i < scores.size() ? boost::json::value(scores[i]) : boost::json::value(nullptr));
    return out;
}

boost::json::value weighted(const RankedLot& lot, const std::string& bid_id) {
    for (const auto& r : lot.ranking.ranked)
        if (r.bid_id == bid_id) return boost::json::value(domain::decimal(r.hundredths, 100));
    return nullptr;
}

std::string text_of(const boost::json::value& v) { return v.is_string() ? std::string{v.as_string()} : "not scored"; }

// A plain page to print or save: the same facts as the JSON.
std::string letter_html(const boost::json::object& l) {
    std::string h = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Outcome of your bid</title>"
                    "<style>body{font-family:sans-serif;max-width:48rem;margin:2rem auto;line-height:1.5}"
                    "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3rem .6rem;text-align:left}"
                    "</style></head><body>";
    h += "<h1>Outcome of your bid</h1><p>" + domain::escape_html(l.at("tender").at("reference").as_string()) + ": " +
         domain::escape_html(l.at("tender").at("title").as_string()) + "<br>Lot " + std::to_string(l.at("lot").at("number").as_int64()) +
         ": " + domain::escape_html(l.at("lot").at("title").as_string()) + "</p>";
    h += "<p>Bid by <strong>" + domain::escape_html(l.at("consortium").as_string()) + "</strong>: <strong>" +
         domain::escape_html(l.at("outcome").as_string()) + "</strong>.</p><h2>Reasons</h2><ul>";
    for (const auto& r : l.at("reasons").as_array()) h += "<li>" + domain::escape_html(r.as_string()) + "</li>";
    h += "</ul><h2>Scores</h2><table><tr><th>Criterion</th><th>Weight</th><th>Your bid</th>";
    const auto& successful = l.at("successful").as_array();
    for (const auto& s : successful) h += "<th>" + domain::escape_html(s.at("consortium").as_string()) + "</th>";
    h += "</tr>";
    const auto& criteria = l.at("criteria").as_array();
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        h += "<tr><td>" + domain::escape_html(criteria[i].at("title").as_string()) + "</td><td>" +
             std::to_string(criteria[i].at("weight").as_int64()) + "%</td><td>" +
             domain::escape_html(text_of(l.at("your_scores").at(i))) + "</td>";
        for (const auto& s : successful) h += "<td>" + domain::escape_html(text_of(s.at("scores").at(i))) + "</td>";
        h += "</tr>";
    }
    h += "<tr><th>Weighted score</th><td></td><td>" + domain::escape_html(text_of(l.at("your_weighted_score"))) + "</td>";
    for (const auto& s : successful) h += "<td>" + domain::escape_html(text_of(s.at("weighted_score"))) + "</td>";
    h += "</tr></table><p>The standstill period ends at " + domain::escape_html(l.at("standstill_ends_at").as_string()) +
         ". Until then the award is not confirmed and may be challenged.</p></body></html>";
    return h;
}

}  // namespace

// GET /api/v1/bids/{bid_id}/outcome-letter: once the lot's awards are proposed,
// the bidder's letter: the outcome, the reasons, its own scores per criterion
// beside the successful bids' and their names, and when the standstill ends. JSON,
// or a printable page with Accept: text/html. For the bid's members and the
// tender's commissioners.
Response get_outcome_letter(const Request& request, Context& context) {
    boost::json::object letter;
    context.db->transact([&](persistence::Tx& tx) {
        const auto& principal = *context.principal;
        std::optional<persistence::BidRecord> bid;
        if (principal.role == domain::Role::provider) {
            bid = member_bid(tx, request.param("bid_id"), principal).bid;
        } else {
            bid = persistence::find_bid(tx, request.param("bid_id"));
            if (!bid || !may_manage_tender(principal, readable_tender(tx, bid->tender_id, principal)))
                throw problems::not_found("No such bid.");
        }
        const auto decision = persistence::find_award_decision(tx, bid->lot_id);
        if (!decision)
            throw Problem{409, "no-decision-yet", "No award decision yet", "The lot's awards have not been proposed yet."};
        const auto tender = persistence::find_tender(tx, bid->tender_id);
        const auto lot = persistence::find_lot(tx, tender->id, bid->lot_id);
        const auto ranked_lot = rank_lot(tx, *tender, *lot);
        const auto& ranked = ranked_lot.ranking.ranked;
        const auto awarded = std::any_of(decision->awards.begin(), decision->awards.end(),
                                         [&](const auto& a) { return a.bid_id == bid->id; });

        std::vector<domain::OutcomeReason> reasons;
        for (const auto& out : ranked_lot.ranking.out)
            if (out.bid_id == bid->id) reasons.insert(reasons.end(), out.reasons.begin(), out.reasons.end());
        for (const auto& r : ranked)
            if (r.bid_id == bid->id)
                reasons.push_back(domain::Ranked{r.rank, static_cast<int>(ranked.size()), lot->details.max_awards});
        if (decision->override_reason) reasons.push_back(domain::CommissionerDecision{*decision->override_reason});
        boost::json::array criteria, successful;
        for (const auto& c : ranked_lot.criteria)
            criteria.push_back(boost::json::object{{"title", c.title}, {"weight", c.weight}});
        for (const auto& a : decision->awards)
            successful.push_back(boost::json::object{{"consortium", ranked_lot.bids.at(a.bid_id).consortium},
                                                     {"scores", scores_json(ranked_lot, a.bid_id)},
                                                     {"weighted_score", weighted(ranked_lot, a.bid_id)}});
        letter = {{"bid_id", bid->id},
                  {"tender", {{"reference", tender->details.reference}, {"title", tender->details.title}}},
                  {"lot", {{"number", lot->details.number}, {"title", lot->details.title}}},
                  {"consortium", ranked_lot.bids.at(bid->id).consortium},
                  {"outcome", awarded ? "successful" : "unsuccessful"},
                  {"criteria", std::move(criteria)},
                  {"your_scores", scores_json(ranked_lot, bid->id)},
                  {"your_weighted_score", weighted(ranked_lot, bid->id)},
                  {"successful", std::move(successful)},
                  {"standstill_ends_at", format_rfc3339(decision->standstill_ends_at)}};
        put_reasons(letter, reasons);
    });
    const auto accept = request.header("accept").value_or("");
    if (accept.find("text/html") != std::string::npos) {
        const auto filename = "outcome-letter-" + std::string{letter.at("tender").at("reference").as_string()} + "-lot-" +
                              std::to_string(letter.at("lot").at("number").as_int64()) + ".html";
        return Response{200, "text/html; charset=utf-8", letter_html(letter), {{"Content-Disposition", attachment_disposition(filename)}}};
    }
    return json_response(200, letter);
}

}  // namespace collabtender::api
