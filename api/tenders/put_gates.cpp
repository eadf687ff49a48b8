#include <algorithm>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "domain/tender_lifecycle.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// Replaces the tender's minimum-requirement gates as a set; a gate with a lot_id
// applies to that lot only. Takes and bumps the tender's version.
Response put_gates(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto read = read_gates(fields);
    std::vector<domain::Gate> gates;
    for (const auto& gate : read)
        if (gate) gates.push_back(*gate);
    domain::Violations violations;

    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (tender.version != expected) throw_stale(tender.version);
        domain::require_configuration_editable(tender.status);
        const auto lots = persistence::list_lots(tx, tender.id);
        for (std::size_t i = 0; i < read.size(); ++i) {
            const auto lot_id = read[i] ? read[i]->lot_id : std::nullopt;
            if (lot_id && std::none_of(lots.begin(), lots.end(), [&](const auto& lot) { return lot.id == *lot_id; }))
                violations.push_back({"/gates/" + std::to_string(i) + "/lot_id", "unknown_lot",
                                      "is not a lot of this tender"});
        }
        fields.finish(violations);
        const auto replaced = persistence::list_gates(tx, tender.id).size();
        persistence::replace_gates(tx, tender.id, gates);
        version = *persistence::bump_tender_version(tx, tender.id, expected);
        audit(tx, context, {tender.id, "gates.replace", "tender", tender.id,
                            boost::json::object{{"gates", replaced}, {"version", expected}},
                            boost::json::object{{"gates", gates.size()}, {"version", version}}});
    });
    boost::json::array items;
    for (const auto& gate : gates) items.push_back(gate_json(gate));
    auto response = json_response(200, boost::json::object{{"gates", std::move(items)}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
