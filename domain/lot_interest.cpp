#include "domain/lot_interest.hpp"

#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::domain {

void require_interest_open(TenderStatus status) {
    if (!participation_open(status))
        throw Refusal{RefusalCode::interest_closed,
                      "Interest can be registered only while the tender is published and open."};
}

}  // namespace collabtender::domain
