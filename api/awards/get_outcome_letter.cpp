#include <algorithm>

#include <boost/json.hpp>

#include "api/awards/outcome_letter_html.hpp"
#include "api/awards/outcome_letter_json.hpp"
#include "api/documents/download.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pdf.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/outcome-letter: once the lot's awards are proposed,
// the bidder's letter (app::read_outcome_letter), dated the day of the decision
// and headed with the buyer's name and address. JSON; a letter to print with
// Accept: text/html; the same letter as a PDF with Accept: application/pdf.
Response get_outcome_letter(const Request& request, Context& context) {
    const auto letter = outcome_letter_json(
        app::read_outcome_letter(*context.db, *context.principal, domain::BidId{request.param("bid_id")}));
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
