#include "service/mail_dispatcher.hpp"

#include <spdlog/spdlog.h>

#include "app/notifications/send_email.hpp"
#include "service/mail_message.hpp"

namespace collabtender::service {
namespace {

// The host part of a URL, for Message-IDs: "tenders.example" of "https://tenders.example:8443/x".
std::string host_of(const std::string& url) {
    auto rest = url.substr(url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
    rest = rest.substr(0, rest.find_first_of(":/"));
    return rest.empty() ? "collabtender.localhost" : rest;
}

}  // namespace

MailDispatcher::MailDispatcher(MailSettings settings, const persistence::DatabaseConfig& database,
                               std::unique_ptr<MailTransport> transport)
    : settings_{std::move(settings)},
      transport_{std::move(transport)},
      host_{host_of(settings_.public_url)},
      worker_{"mail", database, settings_.poll, [this](persistence::Connection& c) { return send_next(c); }} {}

bool MailDispatcher::send_next(persistence::Connection& connection) {
    const app::EmailSending sending{settings_.public_url, {settings_.retry_base, settings_.max_attempts}, settings_.clock};
    const auto attempt = app::send_next_email(
        connection, sending, [&](const persistence::OutgoingMail& mail, const domain::Message& message) {
            const auto* kind = domain::find_notification_kind(mail.kind);
            const Envelope envelope{settings_.from,
                                    mail.email,
                                    mail.display_name,
                                    "notification-" + std::to_string(mail.id) + "@" + host_,
                                    kind != nullptr && !kind->legal
                                        ? settings_.public_url + "/api/v1/unsubscribe?token=" + mail.unsubscribe_token
                                        : std::string{},
                                    settings_.clock()};
            return transport_->send(settings_.from, mail.email, envelope.message_id, mime_message(envelope, message));
        });
    if (attempt && !attempt->delivery.sent)
        spdlog::warn("mail: notification {} not sent (try {}{}): {}", attempt->notification_id, attempt->attempt,
                     attempt->given_up ? ", giving up" : "", attempt->delivery.error);
    return attempt.has_value();
}

}  // namespace collabtender::service
