#include "app/notifications/send_email.hpp"

#include "app/notifications/message.hpp"

namespace collabtender::app {

std::optional<EmailAttempt> send_next_email(persistence::Connection& db, const EmailSending& sending,
                                            const Deliver& deliver) {
    std::optional<EmailAttempt> out;
    db.transact([&](persistence::Tx& tx) {
        out.reset();
        const auto mail = persistence::claim_due_mail(tx, sending.clock());
        if (!mail) return;
        const auto message = notification_message(sending.public_url, mail->kind, mail->subject, mail->link,
                                                  mail->unsubscribe_token);
        out = EmailAttempt{mail->id, mail->attempts + 1, deliver(*mail, message), false};
        if (out->delivery.sent) {
            persistence::mark_mail_sent(tx, mail->id, sending.clock());
            return;
        }
        const auto pause = domain::next_email_attempt(sending.retry, out->attempt, out->delivery.permanent);
        out->given_up = !pause;
        persistence::mark_mail_attempt_failed(tx, mail->id, out->delivery.error,
                                              pause ? std::optional{sending.clock() + *pause} : std::nullopt);
    });
    return out;
}

}  // namespace collabtender::app
