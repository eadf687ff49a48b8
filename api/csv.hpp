#pragma once

#include <string>
#include <vector>

namespace collabtender::api {

// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes
// doubled; lines end CRLF. A field a spreadsheet would run as a formula (starting
// with =, +, -, @, tab or CR) is prefixed with ' so that bid text cannot execute.
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace collabtender::api
