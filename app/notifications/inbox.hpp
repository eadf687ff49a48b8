#pragma once

// A person's own notifications, in the app.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/notification.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

struct ReadInbox {
    bool unread_only = false;
    int limit = 20;
    int offset = 0;
};

struct InboxItem {
    persistence::NotificationRecord notification;
    domain::Message message;  // its words, with links into the client
};

struct Inbox {
    std::vector<InboxItem> items;  // newest first
    persistence::InboxCounts counts;
};

// The reader's own notifications, with how many there are and how many are
// unread; links point into the client at `public_url`. Refuses nothing.
Inbox read_inbox(persistence::Connection& db, const domain::Principal& reader, const ReadInbox& query,
                 const std::string& public_url);

// Marks one of the reader's notifications read; idempotent. Refuses another
// person's notification, or none, alike (not_found).
void mark_read(persistence::Connection& db, const domain::Principal& reader, std::int64_t notification_id,
               domain::TimePoint now);

// Marks every one of the reader's notifications read.
void mark_all_read(persistence::Connection& db, const domain::Principal& reader, domain::TimePoint now);

}  // namespace collabtender::app
