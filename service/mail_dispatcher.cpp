#include "service/mail_dispatcher.hpp"

#include <algorithm>

#include <spdlog/spdlog.h>

#include "app/notifications/message.hpp"
#include "persistence/notifications_repository.hpp"
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
    bool handled = false;
    connection.transact([&](persistence::Tx& tx) {
        const auto now = settings_.clock();
        const auto mail = persistence::claim_due_mail(tx, now);
        if (!mail) return;
        handled = true;
        const auto* kind = domain::find_notification_kind(mail->kind);
        const auto message =
            app::notification_message(settings_.public_url, mail->kind, mail->subject, mail->link, mail->unsubscribe_token);
        const Envelope envelope{settings_.from,
                                mail->email,
                                mail->display_name,
                                "notification-" + std::to_string(mail->id) + "@" + host_,
                                kind != nullptr && !kind->legal
                                    ? settings_.public_url + "/api/v1/unsubscribe?token=" + mail->unsubscribe_token
                                    : std::string{},
                                now};
        const auto result = transport_->send(settings_.from, mail->email, envelope.message_id, mime_message(envelope, message));
        if (result.sent) {
            persistence::mark_mail_sent(tx, mail->id, settings_.clock());
            return;
        }
        const int attempts = mail->attempts + 1;
        std::optional<domain::TimePoint> next;
        if (!result.permanent && attempts < settings_.max_attempts) {
            const auto pause = std::min<std::chrono::milliseconds>(settings_.retry_base * (1LL << std::min(attempts - 1, 20)),
                                                                   std::chrono::hours{1});
            next = settings_.clock() + pause;
        }
        spdlog::warn("mail: notification {} not sent (try {}{}): {}", mail->id, attempts,
                     next ? "" : ", giving up", result.error);
        persistence::mark_mail_attempt_failed(tx, mail->id, result.error, next);
    });
    return handled;
}

}  // namespace collabtender::service
