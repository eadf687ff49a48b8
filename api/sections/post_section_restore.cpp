#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/bid.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/history/{version}/restore: puts
// an earlier version's content back into the draft as a new version (history is
// never rewritten). If-Match carries the draft's version, as for any edit.
Response post_section_restore(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    int draft_version = 0;
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal, true);
        require_written_section(s);
        if (s.bid.bid.draft_version != expected) throw_stale(s.bid.bid.draft_version);
        require_section_editable(s, context);
        const auto versions = persistence::section_versions(tx, s.bid.bid.id, s.record.section);
        const auto wanted = std::find_if(versions.begin(), versions.end(),
                                         [&](const auto& v) { return std::to_string(v.version) == request.param("version"); });
        if (wanted == versions.end()) throw problems::not_found("The section has no such version.");
        const auto content = wanted->content_json ? persistence::parse_stored_json(*wanted->content_json) : boost::json::value(nullptr);
        draft_version = save_section_content(tx, s, content, context, wanted->version);
        audit(tx, context, {s.bid.tender.id, "section.restore", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", s.record.section}, {"restored_from", wanted->version}}});
        out = bid_json(s.bid, persistence::list_submissions(tx, s.bid.bid.id));
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(draft_version));
    return response;
}

}  // namespace collabtender::api
