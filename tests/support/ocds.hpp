#pragma once

#include <string>

#include "tests/support/server_process.hpp"

namespace collabtender::test {

// Validates a release package against the official OCDS schemas in ../shared/ocds
// with tests/ocds/validate_ocds.py (Debian's python3-jsonschema).
CommandResult validate_ocds(const std::string& package);

}  // namespace collabtender::test
