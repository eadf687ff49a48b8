#include "app/notifications/message.hpp"

#include <stdexcept>

namespace collabtender::app {

domain::Message notification_message(const std::string& public_url, const std::string& kind, const Names& subject,
                                     const std::string& link, const std::string& unsubscribe_token) {
    const auto* found = domain::find_notification_kind(kind);
    if (found == nullptr) throw std::logic_error{"unknown notification kind " + kind};
    return domain::render_message(*found, subject,
                                  {public_url + link, public_url + "/notifications/settings",
                                   public_url + "/unsubscribe?token=" + unsubscribe_token});
}

}  // namespace collabtender::app
