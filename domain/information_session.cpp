#include "domain/information_session.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate(const InformationSession& s, TimePoint now) {
    Violations out;
    if (s.starts_at <= now) out.push_back({"/starts_at", "in_the_past", "must be in the future"});
    if (s.ends_at <= s.starts_at) out.push_back({"/ends_at", "out_of_order", "must be after the start"});
    check_text(out, s.place, "/place", 0, 500);
    check_text(out, s.online_link, "/online_link", 0, 2000);
    if (trim(s.place).empty() && trim(s.online_link).empty())
        out.push_back({"/place", "required", "give a place, an online link, or both"});
    if (!s.online_link.empty() && s.online_link.rfind("https://", 0) != 0)
        out.push_back({"/online_link", "invalid_link", "must be an https:// link"});
    check_range(out, s.capacity, "/capacity", 1, 10000);
    return out;
}

std::string_view to_string(SeatStatus status) { return status == SeatStatus::confirmed ? "confirmed" : "waiting"; }

SeatStatus seat_for_new_booking(int capacity, int confirmed) {
    return confirmed < capacity ? SeatStatus::confirmed : SeatStatus::waiting;
}

void require_sessions_open(TenderStatus status) {
    if (status != TenderStatus::draft && status != TenderStatus::pin_published && status != TenderStatus::stage1_open)
        throw Refusal{RefusalCode::sessions_closed, "Information sessions can be added only until stage 1 closes."};
}

void require_bookings_open(TenderStatus status, TimePoint session_starts, TimePoint now) {
    if ((status != TenderStatus::pin_published && status != TenderStatus::stage1_open) || now >= session_starts)
        throw Refusal{RefusalCode::bookings_closed,
                      "This session can no longer be booked: it has started or the tender is not open."};
}

}  // namespace collabtender::domain
