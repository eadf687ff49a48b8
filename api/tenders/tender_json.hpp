#pragma once

#include <boost/json/object.hpp>

#include "api/json_body.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/lot.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// JSON <-> domain for tenders and their parts. Readers fill what the object holds
// (everything required on create; only what is present in a patch) and report
// through the FieldReader; writers render the stored record.
void read_tender(app::FieldReader& fields, domain::TenderDetails& tender);
// The fields of a tender the object gives (a PATCH's changes).
domain::TenderPatch read_tender_patch(app::FieldReader& fields);
boost::json::object tender_json(const persistence::TenderRecord& tender);

void read_lot(app::FieldReader& fields, domain::LotDetails& lot);
// The fields of a lot the object gives (a lot correction's changes).
domain::LotPatch read_lot_patch(app::FieldReader& fields);
boost::json::object lot_json(const persistence::LotRecord& lot);

std::vector<domain::Criterion> read_criteria(app::FieldReader& fields);
boost::json::array criteria_json(const std::vector<domain::Criterion>& criteria);

// One entry per element of "gates", empty where the element could not be read
// (already reported), so that indexes match the request's for later checks.
std::vector<std::optional<domain::Gate>> read_gates(app::FieldReader& fields);
boost::json::object gate_json(const domain::Gate& gate);

}  // namespace collabtender::api
