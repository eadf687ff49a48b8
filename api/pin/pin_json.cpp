#include "api/pin/pin_json.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object session_json(const persistence::InformationSessionRecord& s) {
    return {
        {"id", s.id},
        {"tender_id", s.tender_id},
        {"starts_at", domain::format_rfc3339(s.details.starts_at)},
        {"ends_at", domain::format_rfc3339(s.details.ends_at)},
        {"place", s.details.place},
        {"online_link", s.details.online_link},
        {"capacity", s.details.capacity},
        {"seats_taken", s.confirmed},
        {"seats_free", std::max(0, s.details.capacity - s.confirmed)},
        {"waiting", s.waiting},
    };
}

boost::json::object booking_json(const persistence::BookingRecord& b) {
    boost::json::object out{
        {"id", b.id},
        {"session_id", b.session_id},
        {"organisation_id", b.organisation_id},
        {"organisation_name", b.organisation_name},
        {"user_id", b.user_id},
        {"status", domain::to_string(b.status)},
        {"booked_at", domain::format_rfc3339(b.booked_at)},
    };
    if (b.status == domain::SeatStatus::waiting) out["waiting_position"] = b.waiting_position;
    return out;
}

boost::json::object interest_json(const persistence::InterestRecord& i) {
    return {
        {"lot_id", i.lot_id},
        {"lot_number", i.lot_number},
        {"organisation_id", i.organisation_id},
        {"organisation_name", i.organisation_name},
        {"registered_at", domain::format_rfc3339(i.registered_at)},
    };
}

}  // namespace collabtender::api
