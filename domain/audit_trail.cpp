#include "domain/audit_trail.hpp"

namespace collabtender::domain {

Violations check_chain_named(Role role, bool tender_named) {
    if (tender_named || role == Role::admin) return {};
    return {{"?tender_id", "required", "name the tender whose chain to verify"}};
}

std::optional<TimePoint> bid_activity_sealed_since(TenderStatus status, const Timetable& timetable) {
    if (status == TenderStatus::stage1_open) return TimePoint{};
    if (status == TenderStatus::stage2_open) return timetable.stage1_deadline;
    return std::nullopt;
}

}  // namespace collabtender::domain
