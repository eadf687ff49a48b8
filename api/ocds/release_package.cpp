#include "api/ocds/release_package.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "domain/time_format.hpp"
#include "domain/cpv.hpp"
#include "domain/money.hpp"

namespace collabtender::api {

using app::OrganisationRef;
using app::TenderForRelease;

namespace {

const char* const lots_extension =
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json";
const char* const bids_extension =
    "https://raw.githubusercontent.com/open-contracting-extensions/ocds_bid_extension/v1.1.5/extension.json";

std::string_view ocds_status(domain::TenderStatus status) {
    switch (status) {
        case domain::TenderStatus::pin_published: return "planned";
        case domain::TenderStatus::awarded: return "complete";
        case domain::TenderStatus::cancelled: return "cancelled";
        default: return "active";
    }
}

// Shortest round-trip decimal of pence / 100 is the exact pounds-and-pence figure
// for any realistic amount (fewer than 15 significant digits).
boost::json::object money(std::int64_t pence) {
    return {{"amount", static_cast<double>(pence) / 100.0}, {"currency", "GBP"}};
}

// The schema's durationInDays from months: 1461 days in 48 months, rounded.
std::int64_t days(int months) { return (static_cast<std::int64_t>(months) * 1461 + 24) / 48; }

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : separator) + part;
    return out;
}

boost::json::object classification(const std::string& code) {
    const auto digits = code.substr(0, 8);  // OCDS takes CPV with or without the check digit; the code is the 8
    boost::json::object out{{"scheme", "CPV"}, {"id", digits}};
    if (const auto title = domain::cpv_title(digits)) out["description"] = std::string{*title};
    return out;
}

std::string lot_name(const persistence::LotRecord& lot) {
    return "Lot " + std::to_string(lot.details.number) + ": " + lot.details.title;
}

std::string gate_words(const domain::Gate& gate) {
    return std::visit(
        Overloaded{
            [](const domain::CareInspectorateRegistration& g) {
                std::vector<std::string> grades;
                for (const auto& [question, grade] : g.minimum_grades)
                    grades.push_back(question + " " + std::to_string(grade));
                return "registration with the Care Inspectorate with grades of at least: " + join(grades, ", ");
            },
            [](const domain::Insurance& g) {
                return "employer's liability insurance of at least " + domain::format_pounds(g.employers_liability_pence) +
                       ", public liability of at least " + domain::format_pounds(g.public_liability_pence) +
                       " and professional indemnity of at least " + domain::format_pounds(g.professional_indemnity_pence);
            },
            [](const domain::MandatoryExclusions&) {
                return std::string{"no mandatory exclusion ground of the Single Procurement Document applies"};
            },
            [](const domain::DiscretionaryExclusions&) {
                return std::string{"discretionary exclusion grounds are declared and assessed"};
            },
            [](const domain::FairWorkFirst& g) {
                return "a Fair Work First commitment, including pay of at least " +
                       domain::format_pounds(g.minimum_hourly_rate_pence) + " an hour";
            },
            [](const domain::RatesCatalogue& g) {
                return "acceptance of the published rates catalogue (" + std::to_string(g.items.size()) + " rates)";
            },
            [](const domain::CustomQuestion& g) {
                return "'" + g.question + "' answered " + (g.passing_answer ? "yes" : "no");
            },
        },
        gate.parameters);
}

std::string eligibility(const TenderForRelease& in) {
    std::vector<std::string> parts;
    for (const auto& gate : in.gates) {
        std::string prefix;
        for (const auto& lot : in.lots)
            if (gate.lot_id == lot.id)
                prefix = "Lot " + std::to_string(lot.details.number) + ": ";
        parts.push_back(prefix + gate_words(gate));
    }
    return "Pass/fail minimum requirements, checked before quality scoring: " + join(parts, "; ") + ".";
}

std::string award_details(const TenderForRelease& in) {
    const auto& t = in.tender.details;
    std::vector<std::string> scale;
    const auto describe = [](const std::vector<domain::Criterion>& set) {
        std::vector<std::string> out;
        for (const auto& c : set)
            out.push_back(c.title + " " + std::to_string(c.weight) + "%" +
                          (c.min_score ? " (minimum score " + std::to_string(*c.min_score) + ")" : ""));
        return join(out, "; ");
    };
    for (const auto& p : t.scoring_scale) scale.push_back(std::to_string(p.score) + " " + p.label);
    std::string out = t.price_weight == 0 ? "Quality only: prices are fixed (price weight 0%). "
                                          : "Price weight " + std::to_string(t.price_weight) + "%. ";
    if (!in.criteria.empty()) out += "Criteria and weights: " + describe(in.criteria) + ". ";
    for (const auto& [number, set] : in.lot_criteria)
        out += "Lot " + std::to_string(number) + " instead: " + describe(set) + ". ";
    out += "Each criterion is scored " + join(scale, ", ") + ".";
    if (t.quality_threshold)
        out += " The overall minimum is " + std::to_string(*t.quality_threshold) + "% of the maximum score.";
    return out + " Stage 1 bids are scored and receive advice; revised stage 2 bids are scored for the award.";
}

// A cancelled lot is cancelled; one decided with no award is unsuccessful;
// otherwise it follows the tender.
std::string_view lot_status(const TenderForRelease& in, const domain::LotId& lot_id) {
    for (const auto& lot : in.lots)
        if (lot.id == lot_id && lot.cancellation) return "cancelled";
    for (const auto& d : in.decisions)
        if (d.lot_id == lot_id && d.awards.empty()) return "unsuccessful";
    return ocds_status(in.tender.status);
}

const OrganisationRef* find_org(const std::vector<OrganisationRef>& orgs, const domain::OrganisationId& id) {
    for (const auto& o : orgs)
        if (o.id == id) return &o;
    return nullptr;
}

boost::json::array refs(const std::vector<OrganisationRef>& orgs) {
    boost::json::array out;
    for (const auto& o : orgs) out.push_back(boost::json::object{{"id", o.id}, {"name", o.name}});
    return out;
}

// Counts from stage 1's close; each bidder and its final bid once awards are proposed.
boost::json::object bids_section(const TenderForRelease& in) {
    boost::json::array statistics, details;
    for (const auto& [lot_id, count] : in.bid_counts) {
        boost::json::object s{{"id", lot_id + "-bids"}, {"measure", "bids"}, {"value", count}, {"relatedLot", lot_id}};
        if (in.tender.details.timetable.stage1_deadline)
            s["date"] = domain::format_rfc3339(*in.tender.details.timetable.stage1_deadline);
        statistics.push_back(std::move(s));
    }
    for (const auto& b : in.bids)
        details.push_back(boost::json::object{{"id", b.id},
                                              {"date", domain::format_rfc3339(b.submitted_at)},
                                              {"status", b.disqualified ? "disqualified" : "valid"},
                                              {"tenderers", refs(b.tenderers)},
                                              {"relatedLots", {b.lot_id}}});
    boost::json::object out{{"statistics", std::move(statistics)}};
    if (!details.empty()) out["details"] = std::move(details);
    return out;
}

// Awards per lot (pending through standstill, active once confirmed) and a
// contract for each confirmed award.
void award_sections(const TenderForRelease& in, boost::json::object& release) {
    boost::json::array awards, contracts;
    for (const auto& d : in.decisions) {
        std::string title = "Award";
        for (const auto& lot : in.lots)
            if (lot.id == d.lot_id) title = "Award: " + lot_name(lot);
        for (const auto& a : d.awards) {
            std::vector<OrganisationRef> suppliers;
            for (const auto& b : in.bids)
                if (b.id == a.bid_id) suppliers = b.tenderers;
            const bool confirmed = a.status == "confirmed";
            boost::json::object award{{"id", a.id},
                                      {"title", title},
                                      {"status", confirmed ? "active" : "pending"},
                                      {"date", domain::format_rfc3339(d.decided_at)},
                                      {"suppliers", refs(suppliers)},
                                      {"relatedLots", {d.lot_id}}};
            if (confirmed) {
                const auto start = *a.contract_start + "T00:00:00Z";
                const auto months = *a.contract_term_months + *a.contract_extension_months;
                award["value"] = money(*a.contract_value_pence);
                award["contractPeriod"] = {{"startDate", start}, {"durationInDays", days(months)}};
                contracts.push_back(
                    boost::json::object{{"id", a.id.str() + "-contract"},
                                        {"awardID", a.id},
                                        {"title", "Contract: " + title.substr(7)},
                                        {"status", "active"},
                                        {"value", money(*a.contract_value_pence)},
                                        {"period", {{"startDate", start}, {"durationInDays", days(months)}}},
                                        {"dateSigned", domain::format_rfc3339(*a.confirmed_at)}});
            }
            awards.push_back(std::move(award));
        }
    }
    if (!in.decisions.empty()) release["awards"] = std::move(awards);
    if (!contracts.empty()) release["contracts"] = std::move(contracts);
}

boost::json::object tender_section(const TenderForRelease& in, const OpenData& open_data, const std::string& tender_url,
                                   const boost::json::object& buyer_ref) {
    const auto& r = in.tender;
    const auto& t = r.details;
    std::string description = t.description;
    if (t.partnership_bids_expected) description += "\n\nPartnership bids: " + t.partnership_statement;
    description += "\n\nContract term: " + std::to_string(t.contract_term_months) + " months" +
                   (t.extension_months ? ", with a possible extension of up to " +
                                             std::to_string(t.extension_months) + " months."
                                       : ".");

    boost::json::array items, lots;
    for (const auto& lot : in.lots) {
        boost::json::object item{{"id", lot.id}, {"description", lot_name(lot)}, {"relatedLot", lot.id}};
        if (!t.cpv_codes.empty()) item["classification"] = classification(t.cpv_codes.front());
        boost::json::array more;
        for (std::size_t i = 1; i < t.cpv_codes.size(); ++i) more.push_back(classification(t.cpv_codes[i]));
        if (!more.empty()) item["additionalClassifications"] = std::move(more);
        items.push_back(std::move(item));

        const auto& l = lot.details;
        const int months = l.term_months + t.extension_months;
        std::string lot_text = l.description + "\n\nLocality or theme: " + l.locality_or_theme + ".";
        if (!l.outcomes.empty()) lot_text += "\n\nOutcomes: " + join(l.outcomes, " ");
        lot_text += "\n\nAnnual value: " + domain::format_pounds(l.annual_value_pence) + ".";
        if (l.max_awards > 1) lot_text += " This lot may be awarded to up to " + std::to_string(l.max_awards) + " bids.";
        lots.push_back(boost::json::object{
            {"id", lot.id},
            {"title", lot_name(lot)},
            {"description", lot_text},
            {"status", lot_status(in, lot.id)},
            // The most it may be worth: every year of the term and of the extension, rounded to pence.
            {"value", money(domain::value_over_months(l.annual_value_pence, months))},
            {"contractPeriod", {{"durationInDays", days(months)}}},
        });
    }

    boost::json::object out{
        {"id", t.reference},
        {"title", t.title},
        {"description", description},
        {"status", ocds_status(r.status)},
        {"procuringEntity", buyer_ref},
        {"items", std::move(items)},
        {"value", money(t.estimated_value_pence)},
        {"procurementMethod", "open"},
        {"procurementMethodDetails", "Light Touch Regime, two-stage"},
        {"mainProcurementCategory", "services"},
        {"awardCriteria", t.price_weight == 0 ? "qualityOnly" : "ratedCriteria"},
        {"awardCriteriaDetails", award_details(in)},
        {"submissionMethod", {"electronicSubmission"}},
        {"submissionMethodDetails", "Through collabtender at " + open_data.public_url + "/"},
        {"hasEnquiries", in.clarifications > 0},
        {"contractPeriod", {{"durationInDays", days(t.contract_term_months + t.extension_months)}}},
        {"lots", std::move(lots)},
    };
    if (!in.gates.empty()) out["eligibilityCriteria"] = eligibility(in);
    const auto& timetable = t.timetable;
    if (r.stage1_opened_at || timetable.stage1_deadline) {
        boost::json::object period;
        if (r.stage1_opened_at) period["startDate"] = domain::format_rfc3339(*r.stage1_opened_at);
        if (timetable.stage1_deadline) period["endDate"] = domain::format_rfc3339(*timetable.stage1_deadline);
        out["tenderPeriod"] = std::move(period);
    }
    if (timetable.clarification_cutoff) {
        boost::json::object period{{"endDate", domain::format_rfc3339(*timetable.clarification_cutoff)}};
        if (r.stage1_opened_at) period["startDate"] = domain::format_rfc3339(*r.stage1_opened_at);
        out["enquiryPeriod"] = std::move(period);
    }
    if (timetable.stage2_deadline)
        out["milestones"] = boost::json::array{boost::json::object{
            {"id", "stage2-deadline"},
            {"title", "Stage 2: revised bids due"},
            {"code", "stage2Deadline"},
            {"dueDate", domain::format_rfc3339(*timetable.stage2_deadline)},
            {"status", *timetable.stage2_deadline <= in.now ? "met" : "scheduled"},
        }};
    if (r.stage1_opened_at)
        out["documents"] = boost::json::array{boost::json::object{
            {"id", "tender-notice"},
            {"documentType", "tenderNotice"},
            {"title", "Tender notice"},
            {"url", tender_url},
            {"datePublished", domain::format_rfc3339(*r.stage1_opened_at)},
            {"format", "application/json"},
            {"language", "en"},
        }};
    return out;
}

boost::json::object planning_section(const TenderForRelease& in, const std::string& tender_url) {
    const auto& r = in.tender;
    boost::json::object pin{{"id", "pin"},
                            {"documentType", "plannedProcurementNotice"},
                            {"title", "Prior Information Notice"},
                            {"description", r.details.pin_summary},
                            {"url", tender_url},
                            {"format", "application/json"},
                            {"language", "en"}};
    if (r.pin_published_at) pin["datePublished"] = domain::format_rfc3339(*r.pin_published_at);
    boost::json::object out{{"documents", boost::json::array{std::move(pin)}}};
    if (!r.details.outcomes.empty())
        out["rationale"] = "Outcomes this tender is to achieve: " + join(r.details.outcomes, " ");
    boost::json::array milestones;
    for (const auto& s : in.sessions) {
        const auto& d = s.details;
        std::string where = d.place.empty() ? "Online" : d.place + (d.online_link.empty() ? "" : ", and online");
        milestones.push_back(boost::json::object{
            {"id", s.id},
            {"title", "Information session"},
            {"type", "engagement"},
            {"description", where + ". " + std::to_string(d.capacity) + " places; book a place through collabtender."},
            {"dueDate", domain::format_rfc3339(d.starts_at)},
            {"status", d.ends_at <= in.now ? "met" : "scheduled"},
        });
    }
    if (!milestones.empty()) out["milestones"] = std::move(milestones);
    return out;
}

boost::json::array tags(const TenderForRelease& in) {
    const auto status = in.tender.status;
    boost::json::array out{"planning"};
    if (status != domain::TenderStatus::pin_published && status != domain::TenderStatus::cancelled) out.push_back("tender");
    if (status == domain::TenderStatus::cancelled) out.push_back("tenderCancellation");
    if (!in.decisions.empty()) out.push_back("award");
    for (const auto& d : in.decisions)
        for (const auto& a : d.awards)
            if (a.status == "confirmed") {
                out.push_back("contract");
                return out;
            }
    return out;
}

// A release id that changes exactly when the release does: a digest of its content.
std::string content_id(const boost::json::object& release) {
    return sha256_hex(boost::json::serialize(release)).substr(0, 16);
}

}  // namespace


boost::json::object release_package(const TenderForRelease& in, const OpenData& open_data) {
    const auto& r = in.tender;
    const auto ocid = open_data.ocid_prefix + r.id.str();
    const auto tender_url = open_data.public_url + "/api/v1/tenders/" + r.id.str();
    const auto date = domain::format_rfc3339(r.updated_at);
    const boost::json::object buyer_ref{{"id", in.buyer.id}, {"name", in.buyer.name}};

    boost::json::object party{{"id", in.buyer.id},
                              {"name", in.buyer.name},
                              {"address", {{"region", "UKM"}, {"countryName", "United Kingdom"}}},
                              {"roles", {"buyer", "procuringEntity"}}};
    boost::json::array identifiers;
    if (in.buyer.company_number)
        identifiers.push_back(boost::json::object{{"scheme", "GB-COH"}, {"id", *in.buyer.company_number}});
    if (in.buyer.charity_number) {
        const auto& n = *in.buyer.charity_number;
        identifiers.push_back(boost::json::object{{"scheme", n.rfind("SC", 0) == 0 ? "GB-SC" : "GB-CHC"}, {"id", n}});
    }
    if (!identifiers.empty()) party["identifier"] = identifiers.front();
    if (identifiers.size() > 1)
        party["additionalIdentifiers"] = boost::json::array(identifiers.begin() + 1, identifiers.end());

    boost::json::object release{
        {"ocid", ocid},
        {"date", date},
        {"tag", tags(in)},
        {"initiationType", "tender"},
        {"language", "en"},
        {"parties", boost::json::array{std::move(party)}},
        {"buyer", buyer_ref},
        {"planning", planning_section(in, tender_url)},
        {"tender", tender_section(in, open_data, tender_url, buyer_ref)},
    };
    if (!in.bid_counts.empty()) release["bids"] = bids_section(in);
    // Bidders become parties once awards are proposed: tenderers, and suppliers if awarded.
    auto& parties = release["parties"].as_array();
    std::vector<OrganisationRef> bidders;
    for (const auto& b : in.bids)
        for (const auto& t : b.tenderers)
            if (!find_org(bidders, t.id)) bidders.push_back(t);
    for (const auto& o : bidders) {
        boost::json::array roles{"tenderer"};
        for (const auto& d : in.decisions)
            for (const auto& a : d.awards)
                for (const auto& b : in.bids)
                    if (b.id == a.bid_id && find_org(b.tenderers, o.id) && roles.size() == 1) roles.push_back("supplier");
        parties.push_back(boost::json::object{{"id", o.id}, {"name", o.name}, {"roles", std::move(roles)}});
    }
    award_sections(in, release);
    release["id"] = ocid + "-" + content_id(release);

    return {
        {"uri", tender_url + "/ocds"},
        {"version", "1.1"},
        {"extensions", {lots_extension, bids_extension}},
        {"publishedDate", date},
        {"publisher", {{"name", open_data.publisher_name}, {"uri", open_data.public_url + "/"}}},
        {"license", "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"},
        {"releases", boost::json::array{std::move(release)}},
    };
}

}  // namespace collabtender::api
