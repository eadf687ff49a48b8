#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/library_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/answer-insertions: {"answer_id"}
// copies one of the caller's organisation's library answers into a response,
// after what is there, as a new version that records where it came from.
// If-Match carries the section's version, as for any section save.
Response post_section_answer(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string answer_id;
    fields.text("answer_id", answer_id);
    fields.finish();
    boost::json::object out;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal, true);
        require_written_section(s);
        if (s.key.kind != domain::SectionKey::Kind::response)
            throw problems::validation({{"/answer_id", "not_a_response", "answers are inserted into responses"}});
        const auto answer = persistence::find_answer(tx, context.principal->organisation_id, answer_id);
        if (!answer) throw problems::validation({{"/answer_id", "unknown_answer", "is not an answer of your organisation"}});
        if (s.record.versions != expected) throw_stale(s.record.versions);
        require_section_editable(s, context);
        const auto existing = section_content(persistence::parse_stored_json(s.bid.bid.draft_json).as_object(), s.key);
        const std::string before = existing.is_string() ? std::string{existing.as_string()} : "";
        save_section_content(tx, s, boost::json::value(before.empty() ? answer->text : before + "\n\n" + answer->text),
                             context, std::nullopt, answer->id);
        audit(tx, context, {s.bid.tender.id, "section.insert_answer", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", s.record.section}, {"answer_id", answer->id}}});
        out = saved_section_json(tx, s, context, version);
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
