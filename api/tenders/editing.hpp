#pragma once

#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// 409 once stage 1 has opened: bidders rely on what was published, so criteria,
// gates, lots and details change only through a published clarification.
inline void require_configuration_editable(const persistence::TenderRecord& tender) {
    if (!domain::configuration_editable(tender.status))
        throw Problem{409, "tender-frozen", "Tender is frozen",
                      "The tender is " + std::string{domain::to_string(tender.status)} +
                          "; its criteria, gates, lots and details can no longer be changed."};
}

}  // namespace collabtender::api
