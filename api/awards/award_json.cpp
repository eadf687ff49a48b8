#include "api/awards/award_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object award_decision_json(const persistence::AwardDecision& d) {
    boost::json::array awards;
    for (const auto& a : d.awards) {
        boost::json::object award{{"id", a.id},
                                  {"bid_id", a.bid_id},
                                  {"consortium", {{"name", a.consortium}}},
                                  {"status", a.status},
                                  {"suspension_reason", nullable(a.suspension_reason)}};
        if (a.status == "confirmed")
            award["contract"] = {{"start_date", *a.contract_start},
                                 {"term_months", *a.contract_term_months},
                                 {"extension_months", *a.contract_extension_months},
                                 {"value_pence", *a.contract_value_pence},
                                 {"confirmed_at", domain::format_rfc3339(*a.confirmed_at)}};
        awards.push_back(std::move(award));
    }
    return {{"lot_id", d.lot_id},
            {"override_reason", nullable(d.override_reason)},
            {"decided_at", domain::format_rfc3339(d.decided_at)},
            {"standstill_ends_at", domain::format_rfc3339(d.standstill_ends_at)},
            {"awards", std::move(awards)}};
}

}  // namespace collabtender::api
