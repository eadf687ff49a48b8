#include "api/handlers.hpp"
#include "app/library/answers.hpp"

namespace collabtender::api {

// DELETE /api/v1/answers/{answer_id} (app::remove_answer).
Response delete_answer(const Request& request, Context& context) {
    app::remove_answer(*context.db, *context.principal, domain::AnswerId{request.param("answer_id")}, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
