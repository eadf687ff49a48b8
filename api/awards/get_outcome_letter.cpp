#include <algorithm>

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/awards/award_json.hpp"
#include "api/awards/outcome_letter_html.hpp"
#include "api/bids/bid_context.hpp"
#include "api/documents/download.hpp"
#include "api/evaluation/outcome_reasons.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/pdf.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/scoring.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::api {
namespace {

// Per criterion, the bid's score and how it was reached ("consensus" or
// "panel_mean"); null where it was not scored.
boost::json::array per_criterion(const RankedLot& lot, const std::vector<std::string>& values) {
    boost::json::array out;
    for (std::size_t i = 0; i < lot.criteria.size(); ++i)
        out.push_back(i < values.size() ? boost::json::value(values[i]) : boost::json::value(nullptr));
    return out;
}

boost::json::array scores_json(const RankedLot& lot, const std::string& bid_id) {
    return per_criterion(lot, lot.bids.at(bid_id).scores);
}

boost::json::array bases_json(const RankedLot& lot, const std::string& bid_id) {
    return per_criterion(lot, lot.bids.at(bid_id).bases);
}

boost::json::value weighted(const RankedLot& lot, const std::string& bid_id) {
    for (const auto& r : lot.ranking.ranked)
        if (r.bid_id == bid_id) return boost::json::value(domain::decimal(r.hundredths, 100));
    return nullptr;
}

}  // namespace

// GET /api/v1/bids/{bid_id}/outcome-letter: once the lot's awards are proposed,
// the bidder's letter: the outcome, the reasons, its own scores per criterion
// beside the successful bids' and their names (each score saying how it was
// reached), and when the standstill ends; dated the day of the decision and
// headed with the buyer's name and address. JSON; a letter to print with Accept:
// text/html; the same letter as a PDF with Accept: application/pdf. For the bid's
// members and the tender's commissioners.
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
        const auto [tender, lot] = *persistence::lot_with_tender(tx, bid->lot_id, false);
        const auto ranked_lot = rank_lot(tx, tender, lot);
        const auto& ranked = ranked_lot.ranking.ranked;
        const auto awarded = std::any_of(decision->awards.begin(), decision->awards.end(),
                                         [&](const auto& a) { return a.bid_id == bid->id; });

        std::vector<domain::OutcomeReason> reasons;
        for (const auto& out : ranked_lot.ranking.out)
            if (out.bid_id == bid->id) reasons.insert(reasons.end(), out.reasons.begin(), out.reasons.end());
        for (const auto& r : ranked)
            if (r.bid_id == bid->id)
                reasons.push_back(domain::Ranked{r.rank, static_cast<int>(ranked.size()), lot.details.max_awards});
        if (decision->override_reason) reasons.push_back(domain::CommissionerDecision{*decision->override_reason});
        boost::json::array criteria, successful;
        for (const auto& c : ranked_lot.criteria)
            criteria.push_back(boost::json::object{{"title", c.title}, {"weight", c.weight}});
        for (const auto& a : decision->awards)
            successful.push_back(boost::json::object{{"consortium", ranked_lot.bids.at(a.bid_id).consortium},
                                                     {"scores", scores_json(ranked_lot, a.bid_id)},
                                                     {"score_bases", bases_json(ranked_lot, a.bid_id)},
                                                     {"weighted_score", weighted(ranked_lot, a.bid_id)}});
        const auto buyer = persistence::find_organisation(tx, tender.organisation_id);
        const auto consortium = persistence::find_consortium(tx, bid->consortium_id);
        const auto* lead = consortium->member(consortium->lead_organisation_id);
        letter = {{"bid_id", bid->id},
                  {"dated", domain::format_rfc3339(decision->decided_at)},
                  {"buyer", {{"name", buyer->name}, {"postal_address", nullable(buyer->postal_address)}}},
                  {"lead_organisation", lead ? boost::json::value(lead->organisation_name) : nullptr},
                  {"tender", {{"reference", tender.details.reference}, {"title", tender.details.title}}},
                  {"lot", {{"number", lot.details.number}, {"title", lot.details.title}}},
                  {"consortium", ranked_lot.bids.at(bid->id).consortium},
                  {"outcome", awarded ? "successful" : "unsuccessful"},
                  {"criteria", std::move(criteria)},
                  {"your_scores", scores_json(ranked_lot, bid->id)},
                  {"your_score_bases", bases_json(ranked_lot, bid->id)},
                  {"your_weighted_score", weighted(ranked_lot, bid->id)},
                  {"successful", std::move(successful)},
                  {"standstill_ends_at", domain::format_rfc3339(decision->standstill_ends_at)}};
        put_reasons(letter, reasons);
    });
    const auto accept = request.header("accept").value_or("");
    // Named for the partnership too, so a commissioner saving every bidder's letter keeps them apart.
    std::string partnership{letter.at("consortium").as_string()};
    std::replace_if(partnership.begin(), partnership.end(), [](char c) { return c == ' ' || c == '/' || c == '\\'; }, '-');
    const auto filename = "outcome-letter-" + std::string{letter.at("tender").at("reference").as_string()} + "-lot-" +
                          std::to_string(letter.at("lot").at("number").as_int64()) + "-" + partnership;
    if (accept.find("application/pdf") != std::string::npos)
        return Response{200, "application/pdf", html_to_pdf(outcome_letter_html(letter)),
                        {{"Content-Disposition", attachment_disposition(filename + ".pdf")}}};
    if (accept.find("text/html") != std::string::npos)
        return Response{200, "text/html; charset=utf-8", outcome_letter_html(letter),
                        {{"Content-Disposition", attachment_disposition(filename + ".html")}}};
    return json_response(200, letter);
}

}  // namespace collabtender::api
