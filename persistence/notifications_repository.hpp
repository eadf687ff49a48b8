#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

// Who hears of an event. Each kind names its own kind of id, so that a notice
// cannot name a bid where it means a tender.
namespace audience {
// Each as sql/notifications.sql (notify) names it.
struct User {  // one person
    static constexpr const char* name = "user";
    domain::UserId id;
};
struct Organisation {  // an organisation's people
    static constexpr const char* name = "organisation";
    domain::OrganisationId id;
};
struct Signatories {  // an organisation's authorised signatories
    static constexpr const char* name = "signatories";
    domain::OrganisationId id;
};
struct Commissioners {  // a buyer's commissioners
    static constexpr const char* name = "commissioners";
    domain::OrganisationId id;
};
struct Consortium {  // the people of a partnership's accepted members
    static constexpr const char* name = "consortium";
    domain::ConsortiumId id;
};
// A bid's partners; the notice gains the bid's names (tender, reference, buyer,
// lot, lot_number, consortium).
struct BidPartners {
    static constexpr const char* name = "bid_partners";
    domain::BidId id;
};
struct TenderFollowers {  // everyone following a tender (a lot, a partnership, a CPV code)
    static constexpr const char* name = "tender_followers";
    domain::TenderId id;
};
}  // namespace audience
using Audience = std::variant<audience::User, audience::Organisation, audience::Signatories, audience::Commissioners,
                              audience::Consortium, audience::BidPartners, audience::TenderFollowers>;

struct Notice {
    std::string kind;  // a domain::NotificationKind's name
    Audience audience;
    std::map<std::string, std::string> subject;  // public names the wording needs
    std::string link;                            // the client page it is about
    std::optional<std::string> once_key;         // each person hears of this key once
};

// One notification per person of the audience except the actor, in the caller's
// transaction: written exactly when the change is. Emailed unless the person chose
// in-app only for the kind (formal notices always are). Returns how many. Any
// number of notices take one statement.
int notify(Tx& tx, const std::vector<Notice>& notices, const std::optional<domain::UserId>& actor_user_id,
           domain::TimePoint now);
int notify(Tx& tx, const Notice& notice, const std::optional<domain::UserId>& actor_user_id, domain::TimePoint now);

struct NotificationRecord {
    std::int64_t id;
    std::string kind;
    std::map<std::string, std::string> subject;
    std::string link;
    domain::TimePoint created_at;
    std::optional<domain::TimePoint> read_at;
    std::string email_state;
};

// The person's own notifications, newest first.
std::vector<NotificationRecord> inbox(Tx& tx, const domain::UserId& user_id, bool unread_only, int limit, int offset);
struct InboxCounts {
    int total;
    int unread;
};
InboxCounts inbox_counts(Tx& tx, const domain::UserId& user_id);
// False when the person has no such notification.
bool mark_read(Tx& tx, const domain::UserId& user_id, std::int64_t id, domain::TimePoint now);
void mark_all_read(Tx& tx, const domain::UserId& user_id, domain::TimePoint now);

// Kinds the person chose; a kind not in the map is emailed.
std::map<std::string, bool> email_choices(Tx& tx, const domain::UserId& user_id);
void set_email_choice(Tx& tx, const domain::UserId& user_id, const std::string& kind, bool email);
// The recipient and kind of the notification an unsubscribe link names.
struct UnsubscribeTarget {
    domain::UserId user_id;
    std::string kind;
};
std::optional<UnsubscribeTarget> unsubscribe_target(Tx& tx, const std::string& token);

// The outbox: notifications waiting to be emailed.
// An email about a person's account, to an address rather than to an inbox (an
// invitation goes where the person is not yet signed in). The link's secret (a
// token) is kept only until the email is handed over, then erased.
struct AccountEmail {
    std::string kind;
    std::string to_address;
    std::string to_name;
    std::map<std::string, std::string> subject;  // the wording's values
    std::string link;                            // a page of the web client
    std::optional<std::string> secret;           // goes after the link's '#', never to a server's log
};
void queue_account_email(Tx& tx, const AccountEmail& email, domain::TimePoint now);

struct OutgoingMail {
    std::int64_t id;
    std::string kind;
    std::map<std::string, std::string> subject;
    std::string link;
    std::string email;
    std::string display_name;
    int attempts;  // made before this one
    std::string unsubscribe_token;
};
// The next message due, locked until the transaction ends; other dispatchers skip it.
std::optional<OutgoingMail> claim_due_mail(Tx& tx, domain::TimePoint now);
void mark_mail_sent(Tx& tx, std::int64_t id, domain::TimePoint now);
// Tries again at `next_attempt`, or never (failed) without one.
void mark_mail_attempt_failed(Tx& tx, std::int64_t id, const std::string& error,
                              std::optional<domain::TimePoint> next_attempt);

struct FailedMail {
    std::int64_t id;
    std::string kind;
    std::string email;
    int attempts;
    std::string last_error;
    domain::TimePoint created_at;
};
std::map<std::string, int> outbox_counts(Tx& tx);  // by email_state
std::vector<FailedMail> failed_mail(Tx& tx, int limit, int offset);
// A message's email_state (pending, sent or failed), its row locked until the
// transaction ends; none for no such message.
std::optional<std::string> email_state(Tx& tx, std::int64_t id);
// The message back in the queue, due now, its attempts counted afresh.
void retry_mail(Tx& tx, std::int64_t id, domain::TimePoint now);

// CPV codes the organisation follows, shared by everyone there; who replaced
// them last, and when.
std::vector<std::string> cpv_subscriptions(Tx& tx, const domain::OrganisationId& organisation_id);
struct SubscriptionChange {
    domain::UserId changed_by;  // a user id
    domain::TimePoint changed_at;
};
std::optional<SubscriptionChange> cpv_subscription_change(Tx& tx, const domain::OrganisationId& organisation_id);
void set_cpv_subscriptions(Tx& tx, const domain::OrganisationId& organisation_id, const std::vector<std::string>& codes,
                           const domain::UserId& changed_by, domain::TimePoint now);

}  // namespace collabtender::persistence
