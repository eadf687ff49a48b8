#include "persistence/notifications_repository.hpp"

#include <boost/json.hpp>

#include "domain/notification.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/json_ids.hpp"
#include "persistence/tx.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/sql/notifications.hpp"

namespace collabtender::persistence {
namespace {

std::map<std::string, std::string> subject_from(const pqxx::field& field) {
    std::map<std::string, std::string> out;
    const auto parsed = parse_stored_json(field.c_str());
    for (const auto& [name, value] : parsed.as_object())
        if (value.is_string()) out.emplace(name, value.as_string());
    return out;
}

}  // namespace

int notify(Tx& tx, const std::vector<Notice>& notices, const std::optional<domain::UserId>& actor_user_id,
           domain::TimePoint now) {
    if (notices.empty()) return 0;
    boost::json::array rows;
    for (const auto& n : notices) {
        const auto* kind = domain::find_notification_kind(n.kind);
        if (kind == nullptr) throw std::logic_error{"unknown notification kind " + n.kind};
        boost::json::object subject;
        for (const auto& [name, value] : n.subject) subject[name] = value;
        const auto actor = kind->receipt ? std::nullopt : actor_user_id;  // a receipt goes to the actor too
        const auto [audience, audience_id] = std::visit(
            [](const auto& a) {
                return std::pair<std::string, std::string>{a.name, a.id};
            },
            n.audience);
        rows.push_back({{"kind", n.kind},
                        {"audience", audience},
                        {"audience_id", audience_id},
                        {"subject", std::move(subject)},
                        {"link", n.link},
                        {"once_key", n.once_key ? boost::json::value(*n.once_key) : nullptr},
                        {"legal", kind->legal},
                        {"actor", actor ? boost::json::value_from(*actor) : nullptr}});
    }
    return static_cast<int>(
        tx.exec_prepared(sql::notify, boost::json::serialize(rows), micros(now)).affected_rows());
}

int notify(Tx& tx, const Notice& notice, const std::optional<domain::UserId>& actor_user_id, domain::TimePoint now) {
    return notify(tx, std::vector<Notice>{notice}, actor_user_id, now);
}

std::vector<NotificationRecord> inbox(Tx& tx, const domain::UserId& user_id, bool unread_only, int limit, int offset) {
    std::vector<NotificationRecord> out;
    for (const auto& r : tx.exec_prepared(sql::inbox, user_id, unread_only, limit, offset)) {
        const RowFields f{r};  // a notification_record (sql/040_statement_helpers.sql)
        out.push_back({f.number("id"), f.text("kind"), subject_from(r["subject"]), f.text("link"), f.time("created_at"),
                       f.optional_time("read_at"), f.text("email_state")});
    }
    return out;
}

InboxCounts inbox_counts(Tx& tx, const domain::UserId& user_id) {
    const auto row = tx.exec_prepared1(sql::inbox_counts, user_id);
    return {row[0].as<int>(), row[1].as<int>()};
}

bool mark_read(Tx& tx, const domain::UserId& user_id, std::int64_t id, domain::TimePoint now) {
    return !tx.exec_prepared(sql::notification_read, user_id, id, micros(now)).empty();
}

void mark_all_read(Tx& tx, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::notifications_all_read, user_id, micros(now));
}

std::map<std::string, bool> email_choices(Tx& tx, const domain::UserId& user_id) {
    std::map<std::string, bool> out;
    for (const auto& r : tx.exec_prepared(sql::notification_preferences, user_id))
        out.emplace(r[0].as<std::string>(), r[1].as<bool>());
    return out;
}

void set_email_choice(Tx& tx, const domain::UserId& user_id, const std::string& kind, bool email) {
    tx.exec_prepared0(sql::notification_preference_set, user_id, kind, email);
}

std::optional<UnsubscribeTarget> unsubscribe_target(Tx& tx, const std::string& token) {
    if (!is_uuid(token)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::notification_by_token, token);
    if (rows.empty()) return std::nullopt;
    return UnsubscribeTarget{rows[0][0].as<domain::UserId>(), rows[0][1].as<std::string>()};
}

void queue_account_email(Tx& tx, const AccountEmail& email, domain::TimePoint now) {
    if (domain::find_notification_kind(email.kind) == nullptr)
        throw std::logic_error{"unknown notification kind " + email.kind};
    boost::json::object subject;
    for (const auto& [name, value] : email.subject) subject[name] = value;
    tx.exec_prepared0(sql::account_email_insert, email.kind, email.to_address, email.to_name,
                      boost::json::serialize(subject), email.link, email.secret, micros(now));
}

std::optional<OutgoingMail> claim_due_mail(Tx& tx, domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::mail_claim, micros(now));
    if (rows.empty()) return std::nullopt;
    const RowFields f{rows[0]};
    return OutgoingMail{f.number("id"),    f.text("kind"),         subject_from(rows[0]["subject"]),
                        f.text("link"),    f.text("email"),        f.text("display_name"),
                        f.integer("email_attempts"), f.text("unsubscribe_token")};
}

void mark_mail_sent(Tx& tx, std::int64_t id, domain::TimePoint now) {
    tx.exec_prepared0(sql::mail_sent, id, micros(now));
}

void mark_mail_attempt_failed(Tx& tx, std::int64_t id, const std::string& error,
                              std::optional<domain::TimePoint> next_attempt) {
    tx.exec_prepared0(sql::mail_attempt_failed, id, error.substr(0, 1000), micros(next_attempt));
}

std::map<std::string, int> outbox_counts(Tx& tx) {
    std::map<std::string, int> out{{"none", 0}, {"pending", 0}, {"sent", 0}, {"failed", 0}};
    for (const auto& r : tx.exec_prepared(sql::outbox_counts)) out[r[0].as<std::string>()] = r[1].as<int>();
    return out;
}

std::vector<FailedMail> failed_mail(Tx& tx, int limit, int offset) {
    std::vector<FailedMail> out;
    for (const auto& r : tx.exec_prepared(sql::outbox_failed, limit, offset)) {
        const RowFields f{r};
        out.push_back({f.number("id"), f.text("kind"), f.text("email"), f.integer("email_attempts"),
                       f.optional_text("email_last_error").value_or(""), f.time("created_at")});
    }
    return out;
}

std::optional<std::string> email_state(Tx& tx, std::int64_t id) {
    const auto rows = tx.exec_prepared(sql::outbox_email_state, id);
    if (rows.empty()) return std::nullopt;
    return rows[0]["email_state"].as<std::string>();
}

void retry_mail(Tx& tx, std::int64_t id, domain::TimePoint now) {
    tx.exec_prepared0(sql::outbox_retry, id, micros(now));
}

std::vector<std::string> cpv_subscriptions(Tx& tx, const domain::OrganisationId& organisation_id) {
    std::vector<std::string> out;
    for (const auto& r : tx.exec_prepared(sql::cpv_subscriptions, organisation_id)) out.push_back(r[0].as<std::string>());
    return out;
}

std::optional<SubscriptionChange> cpv_subscription_change(Tx& tx, const domain::OrganisationId& organisation_id) {
    const auto rows = tx.exec_prepared(sql::cpv_subscription_change, organisation_id);
    if (rows.empty()) return std::nullopt;
    return SubscriptionChange{rows[0][0].as<domain::UserId>(), time_from(rows[0][1])};
}

void set_cpv_subscriptions(Tx& tx, const domain::OrganisationId& organisation_id, const std::vector<std::string>& codes,
                           const domain::UserId& changed_by, domain::TimePoint now) {
    tx.exec_prepared0(sql::cpv_subscriptions_clear, organisation_id);
    for (const auto& code : codes) tx.exec_prepared0(sql::cpv_subscription_add, organisation_id, code);
    tx.exec_prepared0(sql::cpv_subscription_changed, organisation_id, changed_by, micros(now));
}

}  // namespace collabtender::persistence
