#include "app/notifications/inbox.hpp"

#include "app/notifications/message.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

Inbox read_inbox(persistence::Connection& db, const domain::Principal& reader, const ReadInbox& query,
                 const std::string& public_url) {
    Inbox inbox;
    db.transact([&](persistence::Tx& tx) {
        inbox.items.clear();
        inbox.counts = persistence::inbox_counts(tx, reader.user_id);
        for (auto& n : persistence::inbox(tx, reader.user_id, query.unread_only, query.limit, query.offset)) {
            auto message = notification_message(public_url, n.kind, n.subject, n.link, {});
            inbox.items.push_back({std::move(n), std::move(message)});
        }
    });
    return inbox;
}

void mark_read(persistence::Connection& db, const domain::Principal& reader, std::int64_t notification_id,
               domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        if (!persistence::mark_read(tx, reader.user_id, notification_id, now))
            throw domain::Refusal{domain::RefusalCode::not_found, "No such notification."};
    });
}

void mark_all_read(persistence::Connection& db, const domain::Principal& reader, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) { persistence::mark_all_read(tx, reader.user_id, now); });
}

}  // namespace collabtender::app
