#pragma once

#include "domain/tender.hpp"

namespace collabtender::domain {

// A provider registers interest in a lot while providers may take part (from the
// PIN until the last stage closes): refuses (interest_closed) otherwise.
void require_interest_open(TenderStatus status);

}  // namespace collabtender::domain
