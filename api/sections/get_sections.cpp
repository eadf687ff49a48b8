#include <map>

#include <boost/json.hpp>

#include "api/evaluation/criterion_advice.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/section_json.hpp"
#include "app/bids/draft.hpp"
#include "app/sections/section_access.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections: the bid's sections with owner, approver,
// due date, status, words against the limit and whether overdue; counts by status
// and by owner organisation; what still stands between the bid and submission
// (missing sign-offs included, exactly as a submission would be refused);
// and, in stage 2, the panel's stage-1 advice on each response section.
Response get_sections(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = app::member_bid(tx, domain::BidId{request.param("bid_id")}, *context.principal);
        const auto records = persistence::list_sections(tx, bid.bid.id);
        const auto today = domain::format_rfc3339(context.now).substr(0, 10);
        const auto advice = released_advice(tx, bid.bid.id, bid.tender.id);
        boost::json::array items, blocking;
        std::map<std::string, std::int64_t> by_status, by_organisation;
        std::int64_t overdue = 0;
        const auto add = [&](domain::SectionKey key) {
            const auto name = domain::to_string(key);
            const auto record = persistence::section_or_new(records, name);
            auto item = section_json(bid, key, record, today);
            if (key.kind == domain::SectionKey::Kind::response && !advice.empty())
                item["stage1_advice"] = advice.at(static_cast<std::size_t>(key.index));
            ++by_status[record.status];
            ++by_organisation[record.owner_organisation_id ? record.owner_organisation_id->str() : "unassigned"];
            overdue += item.at("overdue").as_bool();
            items.push_back(std::move(item));
        };
        for (std::size_t i = 0; i < bid.criteria.size(); ++i)
            add({domain::SectionKey::Kind::response, static_cast<int>(i)});
        for (std::size_t i = 0; i < bid.gates.size(); ++i)
            add({domain::SectionKey::Kind::declaration, static_cast<int>(i)});
        for (std::size_t i = 0; i < bid.required_documents.size(); ++i)
            add({domain::SectionKey::Kind::document, static_cast<int>(i)});
        // Sign-offs count only while a stage is open: a draft is signed for that stage.
        const auto stage = domain::open_stage(bid.tender.status, bid.tender.details.timetable, context.now);
        for (const auto& v : stage ? app::blocking_submission(bid, *stage) : app::submission_problems(bid))
            blocking.push_back(boost::json::object{{"pointer", v.pointer}, {"code", v.code}, {"detail", v.message}});
        boost::json::object statuses, organisations;
        for (const auto& [k, n] : by_status) statuses[k] = n;
        for (const auto& [k, n] : by_organisation) organisations[k] = n;
        out = {{"bid_id", bid.bid.id},
               {"items", std::move(items)},
               {"progress", {{"by_status", std::move(statuses)}, {"by_organisation", std::move(organisations)}, {"overdue", overdue}}},
               {"blocking", std::move(blocking)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
