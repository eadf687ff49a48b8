#include "app/notifications/email_settings.hpp"

#include "domain/refusal.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {
namespace {

std::vector<EmailSetting> settings(const std::map<std::string, bool>& chosen, domain::Role role) {
    std::vector<EmailSetting> out;
    for (const auto& kind : domain::notification_kinds())
        if (kind.role == role)
            out.push_back({std::string{kind.name}, std::string{kind.description}, !kind.legal,
                           domain::comes_by_email(kind, chosen)});
    return out;
}

// A kind the service no longer knows is shown as one that cannot be switched off.
EmailSetting setting(persistence::Tx& tx, const persistence::UnsubscribeTarget& target) {
    const auto chosen = persistence::email_choices(tx, target.user_id);
    const auto* kind = domain::find_notification_kind(target.kind);
    if (kind == nullptr) {
        const auto found = chosen.find(target.kind);
        return {target.kind, "", false, found == chosen.end() || found->second};
    }
    return {target.kind, std::string{kind->description}, !kind->legal, domain::comes_by_email(*kind, chosen)};
}

persistence::UnsubscribeTarget target(persistence::Tx& tx, const std::string& token) {
    auto found = persistence::unsubscribe_target(tx, token);
    if (!found) throw domain::Refusal{domain::RefusalCode::not_found, "This unsubscribe link is not known."};
    return std::move(*found);
}

}  // namespace

std::vector<EmailSetting> read_email_settings(persistence::Connection& db, const domain::Principal& person) {
    std::map<std::string, bool> chosen;
    db.transact([&](persistence::Tx& tx) { chosen = persistence::email_choices(tx, person.user_id); });
    return settings(chosen, person.role);
}

std::vector<EmailSetting> choose_emails(persistence::Connection& db, const domain::Principal& person,
                                        const ChooseEmails& command) {
    domain::refuse_if(domain::merged(domain::check_email_choices(person.role, command.choices), command.unreadable));
    std::map<std::string, bool> chosen;
    db.transact([&](persistence::Tx& tx) {
        for (const auto& [kind, email] : command.choices) persistence::set_email_choice(tx, person.user_id, kind, *email);
        chosen = persistence::email_choices(tx, person.user_id);
    });
    return settings(chosen, person.role);
}

EmailSetting read_unsubscribe(persistence::Connection& db, const std::string& token) {
    EmailSetting out;
    db.transact([&](persistence::Tx& tx) { out = setting(tx, target(tx, token)); });
    return out;
}

EmailSetting unsubscribe(persistence::Connection& db, const std::string& token) {
    EmailSetting out;
    db.transact([&](persistence::Tx& tx) {
        const auto named = target(tx, token);
        const auto* kind = domain::find_notification_kind(named.kind);
        if (kind != nullptr && !kind->legal) persistence::set_email_choice(tx, named.user_id, named.kind, false);
        out = setting(tx, named);
    });
    return out;
}

}  // namespace collabtender::app
