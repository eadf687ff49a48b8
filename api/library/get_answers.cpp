#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/library/answer_json.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "app/library/answers.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// GET /api/v1/answers?q=&limit=&offset=: the organisation's answers, ranked by
// relevance to q, in web-search syntax: words, "phrases", -exclusions (app::find_answers).
Response get_answers(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"q", "limit", "offset"});
    const auto page = paging(parameters);
    const auto q = parameters.contains("q") ? parameters.at("q") : std::string{};
    if (domain::code_points(q) > 500) throw problems::validation({{"?q", "too_long", "search with at most 500 characters"}});
    boost::json::array items;
    for (const auto& answer : app::find_answers(*context.db, *context.principal, {q, page.limit, page.offset}))
        items.push_back(answer_json(answer));
    return json_response(200, boost::json::object{{"items", std::move(items)}, {"limit", page.limit}, {"offset", page.offset}});
}

}  // namespace collabtender::api
