#pragma once

// The public register numbers that tell one care provider from another, as people
// type them (any case, with spaces), normalised and checked against each
// register's format.
#include <optional>
#include <string>
#include <string_view>

namespace collabtender::domain {

// A Scottish charity number (OSCR): "SC" and six digits, e.g. SC012345.
std::optional<std::string> charity_number(std::string_view text);

// A Companies House number: eight digits (shorter ones padded with leading zeros,
// as the register shows them), or two letters of a register prefix (SC for
// Scotland, NI, OC, SO, SL, LP, SP, IP, RC, SR, NC, …) and six digits.
std::optional<std::string> company_number(std::string_view text);

// A Care Inspectorate number: a registered care service ("CS") or a service
// provider ("SP"), and ten digits, e.g. CS2004071234.
std::optional<std::string> care_inspectorate_number(std::string_view text);

}  // namespace collabtender::domain
