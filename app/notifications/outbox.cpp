#include "app/notifications/outbox.hpp"

#include "app/audit.hpp"
#include "domain/refusal.hpp"

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
        // Only a failed email is queued again: the statement itself decides, under the row's lock.
        if (!persistence::retry_mail(tx, notification_id, now))
            throw domain::Refusal{domain::RefusalCode::not_failed,
                                  "This email has not failed, or there is no such email."};
        append_audit(tx, admin, now,
                     {std::nullopt, "outbox.retry", "notification", std::to_string(notification_id), nullptr, nullptr});
    });
}

}  // namespace collabtender::app
