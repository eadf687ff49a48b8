#include "api/tenders/lot_standing_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

namespace {

boost::json::object person(const persistence::DisplayNames& people, const domain::UserId& user_id) {
    const auto name = people.find(user_id);
    return {{"id", user_id}, {"display_name", name != people.end() ? boost::json::value(name->second) : nullptr}};
}

}  // namespace

boost::json::object lot_standing_json(const app::LotStanding& s, int minimum, const persistence::DisplayNames& people) {
    boost::json::value waiver = nullptr, cancellation = nullptr;
    if (s.waiver)
        waiver = boost::json::object{{"reason", s.waiver->reason},
                                     {"bids", s.waiver->bids},
                                     {"waived_by", person(people, s.waiver->waived_by)},
                                     {"waived_at", domain::format_rfc3339(s.waiver->waived_at)}};
    if (const auto& c = s.lot.cancellation)
        cancellation = boost::json::object{
            {"reason", c->reason}, {"cancelled_by", person(people, c->by)}, {"cancelled_at", domain::format_rfc3339(c->at)}};
    return {{"lot_id", s.lot.id},
            {"number", s.lot.details.number},
            {"title", s.lot.details.title},
            {"bids", s.bids.bids},
            {"short", domain::short_of_bids(s.bids, minimum)},
            {"cancelled", s.bids.cancelled},
            {"cancellation", std::move(cancellation)},
            {"waiver", std::move(waiver)}};
}

}  // namespace collabtender::api
