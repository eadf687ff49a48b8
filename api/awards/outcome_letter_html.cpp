#include "api/awards/outcome_letter_html.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

std::string text(const boost::json::value& v) { return domain::escape_html(v.as_string()); }

// Several lines, each escaped, joined by line breaks.
std::string lines(std::string_view value) {
    std::string out;
    for (std::size_t start = 0; start <= value.size();) {
        const auto end = std::min(value.find('\n', start), value.size());
        if (!out.empty()) out += "<br>";
        out += domain::escape_html(value.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

std::string words_for(std::string_view rfc3339, bool with_time) {
    const auto at = domain::parse_rfc3339(rfc3339);
    return at ? (with_time ? domain::readable_time(*at) : domain::readable_date(*at)) : std::string{rfc3339};
}

// "3.00 (agreed)", "2.67 (panel's average)" or "not scored".
std::string score(const boost::json::value& value, const boost::json::value* basis) {
    if (!value.is_string()) return "not scored";
    std::string out = domain::escape_html(value.as_string());
    if (basis && basis->is_string()) out += basis->as_string() == "consensus" ? " (agreed)" : " (panel&#8217;s average)";
    return out;
}

const boost::json::value* at(const boost::json::object& o, const char* key, std::size_t i) {
    const auto* list = o.if_contains(key);
    return list && list->is_array() && i < list->as_array().size() ? &list->as_array()[i] : nullptr;
}

constexpr const char* style = R"(
@page { size: A4; margin: 20mm 20mm 22mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font-size: 9pt; color: #505a5f; } }
html { font-family: "DejaVu Sans", Roboto, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #0b0c0c; }
body { max-width: 44rem; margin: 2rem auto; padding: 0 1rem; overflow-wrap: anywhere; }
.sender { text-align: right; margin: 0 0 2rem; }
.recipient, .date, .reference { margin: 0 0 1rem; }
h1 { font-size: 1.35rem; margin: 2rem 0 1rem; }
h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; break-after: avoid; }
.outcome { font-size: 1.1rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #505a5f; padding: .3rem .5rem; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
.signature { margin-top: 2rem; }
@media print { body { max-width: none; margin: 0; padding: 0; } }
)";

}  // namespace

std::string outcome_letter_html(const boost::json::object& l) {
    const auto& tender = l.at("tender").as_object();
    const auto& lot = l.at("lot").as_object();
    const auto& buyer = l.at("buyer").as_object();
    const auto lot_words = "lot " + std::to_string(lot.at("number").as_int64()) + ", &#8220;" + text(lot.at("title")) + "&#8221;";
    const bool successful = l.at("outcome").as_string() == "successful";

    std::string h = "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    "<title>Outcome of your bid: " + text(tender.at("reference")) + ", lot " +
                    std::to_string(lot.at("number").as_int64()) + "</title><style>" + style + "</style></head><body>";
    h += "<p class=\"sender\"><strong>" + text(buyer.at("name")) + "</strong>";
    if (const auto& address = buyer.at("postal_address"); address.is_string()) h += "<br>" + lines(address.as_string());
    h += "</p>";
    h += "<p class=\"recipient\">" + text(l.at("consortium"));
    if (const auto& lead = l.at("lead_organisation"); lead.is_string() && lead.as_string() != l.at("consortium").as_string())
        h += "<br>Lead partner: " + text(lead);
    h += "</p><p class=\"date\">" + domain::escape_html(words_for(l.at("dated").as_string(), false)) + "</p>";
    h += "<p class=\"reference\">Our reference: " + text(tender.at("reference")) + ", lot " +
         std::to_string(lot.at("number").as_int64()) + "</p>";

    h += "<h1>Outcome of your bid for " + lot_words + "</h1>";
    h += "<p>Dear partners of " + text(l.at("consortium")) + ",</p>";
    h += "<p>Thank you for your bid for " + lot_words + ", of the tender &#8220;" + text(tender.at("title")) + "&#8221; (" +
         text(tender.at("reference")) + "). The evaluation of this lot is complete, and this letter tells you its outcome.</p>";
    h += std::string{"<p class=\"outcome\">Your bid was <strong>"} + (successful ? "successful" : "not successful") +
         "</strong>.</p>";

    h += "<h2>Why</h2><ul>";
    for (const auto& r : l.at("reasons").as_array()) h += "<li>" + text(r) + "</li>";
    h += "</ul>";

    const auto& criteria = l.at("criteria").as_array();
    const auto& others = l.at("successful").as_array();
    h += "<h2>Scores</h2><p>Each question was scored by the evaluation panel. Where the panel agreed a score, that score "
         "counted (marked &#8220;agreed&#8221;); otherwise the average of the panel members&#8217; scores counted "
         "(marked &#8220;panel&#8217;s average&#8221;).</p>";
    h += "<table><thead><tr><th scope=\"col\">Question</th><th scope=\"col\">Weight</th><th scope=\"col\">Your bid</th>";
    for (const auto& s : others)
        h += "<th scope=\"col\">" + text(s.at("consortium")) + " (successful)</th>";
    h += "</tr></thead><tbody>";
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        h += "<tr><th scope=\"row\">" + text(criteria[i].at("title")) + "</th><td>" +
             std::to_string(criteria[i].at("weight").as_int64()) + "%</td><td>" +
             score(l.at("your_scores").at(i), at(l, "your_score_bases", i)) + "</td>";
        for (const auto& s : others)
            h += "<td>" + score(s.at("scores").at(i), at(s.as_object(), "score_bases", i)) + "</td>";
        h += "</tr>";
    }
    h += "<tr><th scope=\"row\">Weighted score (out of 100)</th><td></td><td>" + score(l.at("your_weighted_score"), nullptr) +
         "</td>";
    for (const auto& s : others) h += "<td>" + score(s.at("weighted_score"), nullptr) + "</td>";
    h += "</tr></tbody></table>";

    const auto standstill = domain::escape_html(words_for(l.at("standstill_ends_at").as_string(), true));
    h += "<h2>What happens next</h2><p>The standstill period ends on " + standstill +
         ". Until then the award is not confirmed.</p>";
    h += successful ? "<p>Once the standstill period ends we will confirm the award and write to you about the contract.</p>"
                    : "<p>If you think the decision is wrong, tell us before the standstill period ends, giving your "
                      "reasons. We will not confirm the award until we have considered what you say.</p>";
    h += "<p class=\"signature\">Yours faithfully,<br><br>The procurement team<br>" + text(buyer.at("name")) + "</p>";
    h += "</body></html>";
    return h;
}

}  // namespace collabtender::api
