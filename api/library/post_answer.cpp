#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/library/answer_json.hpp"
#include "api/library/commands.hpp"
#include "app/library/answers.hpp"

namespace collabtender::api {

// POST /api/v1/answers: an answer for the caller's organisation's library (app::add_answer).
Response post_answer(const Request& request, Context& context) {
    const auto answer = read_command<persistence::LibraryAnswer>(request);
    const auto added = app::add_answer(*context.db, *context.principal, answer, context.now);
    auto response = answer_response(201, added);
    response.headers.emplace_back("Location", "/api/v1/answers/" + added.id.str());
    return response;
}

}  // namespace collabtender::api
