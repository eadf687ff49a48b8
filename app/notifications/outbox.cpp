#include "app/notifications/outbox.hpp"

#include "app/audit.hpp"
#include "domain/email_delivery.hpp"

namespace collabtender::app {

Outbox read_outbox(persistence::Connection& db, int limit, int offset) {
    Outbox outbox;
    db.transact([&](persistence::Tx& tx) {
        outbox.counts = persistence::outbox_counts(tx);
        outbox.failed = persistence::failed_mail(tx, limit, offset);
    });
    return outbox;
}

void retry_email(persistence::Connection& db, const domain::Principal& admin, std::int64_t notification_id,
                 domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        domain::require_email_failed(persistence::email_state(tx, notification_id));
        persistence::retry_mail(tx, notification_id, now);
        append_audit(tx, admin, now,
                     {std::nullopt, "outbox.retry", "notification", std::to_string(notification_id), nullptr, nullptr});
    });
}

}  // namespace collabtender::app
