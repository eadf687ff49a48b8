#pragma once

// What the service tells people, and in which words. The wording of each kind
// lives in domain/messages/<kind>.txt (built into the binary): the first line is
// the subject, then paragraphs separated by blank lines. {{name}} is replaced by
// a value; [words](url) is a link. Values are public names only (tender, lot,
// partnership, section), never bid content, scores or other bidders' names.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/accounts.hpp"

namespace collabtender::domain {

struct NotificationKind {
    std::string_view name;
    std::string_view description;  // plain words for the settings page
    bool legal;                    // a formal notice: always emailed, cannot be switched off
    bool receipt;                  // the person who acted hears too (others' actions only, otherwise)
    Role role;                     // whom it is for: their settings list it
};

// The kinds people choose about; find_notification_kind also knows the emails
// about a person's own account (an invitation, a password reset), which they do not.
std::span<const NotificationKind> notification_kinds();
const NotificationKind* find_notification_kind(std::string_view name);

// A person's choice of whether a kind also comes by email; none when what was
// sent was not true or false.
struct EmailChoice {
    std::string kind;
    std::optional<bool> email;
};

// Each choice names a kind the role receives, as true or false, and never
// switches a formal notice off; reported at /email/<kind>.
Violations check_email_choices(Role role, const std::vector<EmailChoice>& choices);

// Whether the kind comes by email, given the person's choices by kind name: a
// formal notice always does, any other kind unless switched off.
bool comes_by_email(const NotificationKind& kind, const std::map<std::string, bool>& chosen);

// Absolute addresses the message links to.
struct MessageLinks {
    std::string open;         // the page the message is about; fills {{link}}
    std::string settings;     // where to choose what comes by email
    std::string unsubscribe;  // stops this kind by email (optional kinds only)
};

struct Message {
    std::string subject;
    std::string body;    // the paragraphs alone, in plain text, for the in-app list
    std::string action;  // the words of the link to the page it is about, e.g. "Read the answer"
    std::string text;  // the whole email in plain text
    std::string html;  // the whole email as simple, accessible HTML
};

// The kind's wording with `values` filled in (a missing value reads as empty).
Message render_message(const NotificationKind& kind, const std::map<std::string, std::string>& values,
                       const MessageLinks& links);

}  // namespace collabtender::domain
