#include "api/preconditions.hpp"

#include <charconv>

#include "api/problem.hpp"

namespace collabtender::api {

std::string etag(int version) { return "\"" + std::to_string(version) + "\""; }

int required_if_match(const Request& request) {
    const auto header = request.header("if-match");
    if (!header)
        throw Problem{428, "precondition-required", "If-Match required",
                      "Send the ETag of the version you are changing in an If-Match header."};
    std::string_view text = *header;
    if (text.rfind("W/", 0) == 0) text.remove_prefix(2);
    int version = 0;
    if (text.size() < 3 || text.front() != '"' || text.back() != '"' ||
        std::from_chars(text.data() + 1, text.data() + text.size() - 1, version).ptr != text.data() + text.size() - 1)
        throw Problem{412, "precondition-failed", "Version has changed",
                      "If-Match does not name a version of this resource. Fetch it again and retry."};
    return version;
}

void throw_stale(int current_version) {
    throw Problem{412, "precondition-failed", "Version has changed",
                  "Someone else changed this since you fetched it. Fetch it again, then reapply your change."}
        .with_header("ETag", etag(current_version));
}

}  // namespace collabtender::api
