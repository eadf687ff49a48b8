#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/time_format.hpp"
#include "domain/text.hpp"
#include "persistence/library_repository.hpp"

namespace collabtender::api {
namespace {

boost::json::object answer_json(const persistence::LibraryAnswer& a) {
    return {{"id", a.id},           {"title", a.title},       {"text", a.text},
            {"tags", strings(a.tags)}, {"last_reviewed", nullable(a.last_reviewed)},
            {"version", a.version}, {"updated_at", domain::format_rfc3339(a.updated_at)}};
}

persistence::LibraryAnswer read_answer(const Request& request) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    persistence::LibraryAnswer a;
    fields.text("title", a.title);
    fields.text("text", a.text);
    fields.texts("tags", a.tags, Need::optional);
    fields.nullable_text("last_reviewed", a.last_reviewed);
    domain::Violations more;
    domain::check_text(more, a.title, "/title", 1, 200);
    domain::check_text(more, a.text, "/text", 1, 50000);
    domain::check_text_list(more, a.tags, "/tags", 20, 50);
    if (a.last_reviewed && (a.last_reviewed->size() != 10 || !domain::parse_rfc3339(*a.last_reviewed + "T00:00:00Z")))
        more.push_back({"/last_reviewed", "invalid_date", "must be a date, YYYY-MM-DD"});
    fields.finish(more);
    return a;
}

Response with_etag(int status, const persistence::LibraryAnswer& a) {
    auto response = json_response(status, answer_json(a));
    response.headers.emplace_back("ETag", etag(a.version));
    return response;
}

}  // namespace

// The answer library: each organisation's reusable answers, private to it. An
// answer of another organisation is simply not there (404).

// POST /api/v1/answers
Response post_answer(const Request& request, Context& context) {
    auto answer = read_answer(request);
    answer.organisation_id = context.principal->organisation_id;
    context.db->transact([&](persistence::Tx& tx) {
        const auto id = persistence::insert_answer(tx, answer, context.principal->user_id, context.now);
        audit(tx, context, {std::nullopt, "answer.create", "library_answer", id, nullptr, nullptr});
        answer = *persistence::find_answer(tx, answer.organisation_id, id);
    });
    auto response = with_etag(201, answer);
    response.headers.emplace_back("Location", "/api/v1/answers/" + answer.id);
    return response;
}

// GET /api/v1/answers?q=&limit=&offset=: the organisation's answers, ranked by
// relevance to q (web-search syntax: words, "phrases", -exclusions; English
// stemming, so "volunteering" finds "volunteers").
Response get_answers(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"q", "limit", "offset"});
    const auto page = paging(parameters);
    const auto q = parameters.contains("q") ? parameters.at("q") : std::string{};
    if (domain::code_points(q) > 500) throw problems::validation({{"?q", "too_long", "search with at most 500 characters"}});
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        for (const auto& a : persistence::search_answers(tx, context.principal->organisation_id, q, page.limit, page.offset))
            items.push_back(answer_json(a));
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}, {"limit", page.limit}, {"offset", page.offset}});
}

// PUT /api/v1/answers/{answer_id} (If-Match)
Response put_answer(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    auto answer = read_answer(request);
    context.db->transact([&](persistence::Tx& tx) {
        const auto current = persistence::find_answer(tx, context.principal->organisation_id, request.param("answer_id"));
        if (!current) throw problems::not_found("No such answer.");
        answer.id = current->id;
        answer.organisation_id = current->organisation_id;
        if (!persistence::update_answer(tx, answer, expected, context.principal->user_id, context.now))
            throw_stale(current->version);
        audit(tx, context, {std::nullopt, "answer.update", "library_answer", answer.id, nullptr, nullptr});
        answer = *persistence::find_answer(tx, answer.organisation_id, answer.id);
    });
    return with_etag(200, answer);
}

// DELETE /api/v1/answers/{answer_id}
Response delete_answer(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto current = persistence::find_answer(tx, context.principal->organisation_id, request.param("answer_id"));
        if (!current) throw problems::not_found("No such answer.");
        persistence::delete_answer(tx, current->id);
        audit(tx, context, {std::nullopt, "answer.delete", "library_answer", current->id, nullptr, nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
