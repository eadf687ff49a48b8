#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/library/answer_json.hpp"
#include "api/library/commands.hpp"
#include "api/preconditions.hpp"
#include "app/library/answers.hpp"

namespace collabtender::api {

// PUT /api/v1/answers/{answer_id} with If-Match (app::edit_answer).
Response put_answer(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto answer = read_command<persistence::LibraryAnswer>(request);
    const auto edited = app::edit_answer(*context.db, *context.principal,
                                         {domain::AnswerId{request.param("answer_id")}, expected, answer}, context.now);
    return answer_response(200, edited);
}

}  // namespace collabtender::api
