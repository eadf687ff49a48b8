#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "api/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/library_repository.hpp"

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
        auto draft = boost::json::parse(s.bid.bid.draft_json).as_object();
        auto& responses = draft["responses"].as_object();
        const auto position = std::to_string(s.key.index);
        const auto* existing = responses.if_contains(position);
        const std::string before = existing && existing->is_string() ? std::string{existing->as_string()} : "";
        responses[position] = before.empty() ? answer->text : before + "\n\n" + answer->text;
        s.bid.bid.draft_json = boost::json::serialize(draft);
        persistence::update_draft(tx, s.bid.bid.id, s.bid.bid.draft_version, s.bid.bid.draft_json, context.now);
        record_section_saves(tx, s.bid, draft, {s.key}, context, std::nullopt, answer->id);
        audit(tx, context, {s.bid.tender.id, "section.insert_answer", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", s.record.section}, {"answer_id", answer->id}}});
        s.record = persistence::section_or_new(persistence::list_sections(tx, s.bid.bid.id), s.record.section);
        version = s.record.versions;
        out = section_json(s.bid, s.key, s.record, format_rfc3339(context.now).substr(0, 10));
        out["content"] = section_content(draft, s.key);
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
