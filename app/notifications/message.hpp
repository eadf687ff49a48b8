#pragma once

#include <string>

#include "app/notifications/notify.hpp"
#include "domain/notification.hpp"

namespace collabtender::app {

// A notification's words, with links into the client at `public_url`: what the
// mailer sends and the in-app list shows.
domain::Message notification_message(const std::string& public_url, const std::string& kind, const Names& subject,
                                     const std::string& link, const std::string& unsubscribe_token);

}  // namespace collabtender::app
