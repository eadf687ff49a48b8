#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/bid.hpp"
#include "persistence/stored_json.hpp"
#include "domain/refusal.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/submissions?stage=1: once a stage's deadline has
// passed, the latest standing submission of each bid, never a draft. Sealed (409)
// until then.
Response get_tender_submissions(const Request& request, Context& context) {
    const int stage = stage_parameter(request).value_or(1);

    std::vector<persistence::SubmissionRecord> submissions;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        const auto& t = tender.details.timetable;
        const auto& deadline = stage == 1 ? t.stage1_deadline : t.stage2_deadline;
        if (!deadline || domain::before_deadline(deadline, context.now))
            throw domain::Refusal{domain::RefusalCode::sealed,
                                  "Bids for this stage can be opened only after its deadline."};
        // Wait for submissions still being decided, so the set read cannot grow afterwards.
        persistence::wait_for_submissions(tx, tender.id);
        submissions = persistence::standing_submissions(tx, tender.id, stage);
    });
    boost::json::array items;
    for (const auto& s : submissions) {
        auto item = receipt_json(s);
        item["content"] = persistence::parse_stored_json(s.content_json);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
