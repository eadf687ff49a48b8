#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/sections/{section}/content: {"content": the response
// text, the declaration object, or null}. If-Match carries the section's version
// (its number of saves), so partners writing different sections at once never
// trip over each other, while two writers of the same section still do (412).
Response put_section_content(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    for (const auto& [key, value] : body)
        if (key != "content") throw problems::validation({{"/" + std::string{key}, "unknown_field", "is not a field of this request"}});
    const auto* content = body.if_contains("content");
    boost::json::object out;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal, true);
        require_written_section(s);
        const bool response = s.key.kind == domain::SectionKey::Kind::response;
        if (!content || (!content->is_null() && (response ? !content->is_string() : !content->is_object())))
            throw problems::validation({{"/content", content ? "wrong_type" : "required",
                                         response ? "must be the response text or null" : "must be the declaration or null"}});
        if (s.record.versions != expected) throw_stale(s.record.versions);
        require_section_editable(s, context);
        save_section_content(tx, s, *content, context);
        audit(tx, context, {s.bid.tender.id, "section.save", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", s.record.section}, {"version", expected + 1}}});
        out = saved_section_json(tx, s, context, version);
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
