#pragma once

#include <string>

namespace collabtender::api {

// A PDF of a self-contained HTML page (no scripts, no external resources),
// rendered by WeasyPrint (Debian's `weasyprint`), so that the printed page and
// the PDF come from the same HTML. A few render at once; a request that waits
// too long for its turn, or a machine without WeasyPrint, gets 503 with
// Retry-After; a render that hangs is stopped.
std::string html_to_pdf(const std::string& html);

}  // namespace collabtender::api
