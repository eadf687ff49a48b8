#include "domain/notification.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>
#include <vector>

#include "domain/text.hpp"

namespace collabtender::domain {

// Built from domain/messages/*.txt by CMake.
std::vector<std::pair<std::string_view, std::string_view>> embedded_messages();

namespace {

using enum Role;

constexpr std::array kinds{
    NotificationKind{"consortium_invitation", "An organisation invites yours into a partnership", false, false, provider},
    NotificationKind{"invitation_answered", "An organisation answers your partnership's invitation", false, false, provider},
    NotificationKind{"pin_published", "A notice of a tender to come, for a kind of service you follow", false, false, provider},
    NotificationKind{"tender_published", "A tender you registered interest in, or follow, opens for bids", false, false, provider},
    NotificationKind{"clarification_answered", "Your question about a tender is answered", false, false, provider},
    NotificationKind{"clarification_published", "A tender you take part in publishes a clarification", false, false, provider},
    NotificationKind{"deadline_changed", "A tender you take part in changes a deadline", true, false, provider},
    NotificationKind{"bid_submitted", "Your partnership submits a bid (your receipt)", true, true, provider},
    NotificationKind{"reconfirmation_required", "A tender changes after your partnership sent its bid", true, false, provider},
    NotificationKind{"bid_reconfirmed", "Your partnership reconfirms a bid (your receipt)", true, true, provider},
    NotificationKind{"lot_cancelled", "A lot your partnership bids for is cancelled", true, false, provider},
    NotificationKind{"gate_clarification_requested", "The buyer needs more evidence for your bid", true, false, provider},
    NotificationKind{"panel_membership", "You are asked to be on a panel", false, false, panellist},
    NotificationKind{"bids_ready", "Bids are ready for your panel to score", false, false, panellist},
    NotificationKind{"feedback_released", "Feedback on your bid is ready", false, false, provider},
    NotificationKind{"award_proposed", "Your outcome letter is ready", true, false, provider},
    NotificationKind{"standstill_suspended", "An award you bid for is put on hold", true, false, provider},
    NotificationKind{"standstill_resumed", "An award you bid for goes ahead again", true, false, provider},
    NotificationKind{"award_confirmed", "An award you bid for is final", true, false, provider},
    NotificationKind{"deadline_reminder", "Your partnership's bid is not sent and its deadline is near", false, false, provider},
    NotificationKind{"scoring_reminder", "You have bids to score and the panel's date is near", false, false, panellist},
    NotificationKind{"standstill_ended", "The standstill of an award you manage has ended", false, false, commissioner},
    NotificationKind{"clarification_asked", "A provider asks a question about a tender you manage", false, false, commissioner},
    NotificationKind{"scoring_complete", "A panel has scored every bid it evaluates", false, false, commissioner},
    NotificationKind{"section_assigned", "You are given a part of a bid to write or review", false, false, provider},
    NotificationKind{"mentioned", "A partner mentions you in a comment", false, false, provider},
    NotificationKind{"review_requested", "A part of a bid is ready for your review", false, false, provider},
    NotificationKind{"changes_requested", "A reviewer asks for changes to your part of a bid", false, false, provider},
    NotificationKind{"sign_off_needed", "A bid needs your organisation's sign-off", false, false, provider},
    NotificationKind{"sign_off_voided", "A bid changed after your organisation signed it off", false, false, provider},
};

// Emails about a person's own account, sent to an address: always sent (formal),
// never listed among the settings nor in anyone's in-app list.
constexpr std::array account_kinds{
    NotificationKind{"account_invitation", "You are invited to use the service", true, false, admin},
    NotificationKind{"password_reset", "A link to choose a new password", true, false, admin},
    NotificationKind{"password_changed", "Your password was changed", true, false, admin},
    NotificationKind{"email_change_confirm", "A link to confirm a new email address", true, false, admin},
    NotificationKind{"email_changed", "Your email address was changed", true, false, admin},
    NotificationKind{"registration_confirm", "A link to confirm the address an organisation registers with", true,
                     false, admin},
    NotificationKind{"registration_refused", "An organisation's registration was not approved", true, false, admin},
};

// A piece of a paragraph: words, or a link with its words.
struct Piece {
    std::string_view words;
    std::string_view url;  // empty: plain words
};

using Paragraph = std::vector<Piece>;

// "[words](url)" marks a link; everything else is words. Parsed before values go
// in, so a value (a tender's title, say) can never become a link.
Paragraph parse_paragraph(std::string_view text) {
    Paragraph out;
    while (!text.empty()) {
        const auto open = text.find('[');
        const auto middle = open == std::string_view::npos ? open : text.find("](", open);
        const auto close = middle == std::string_view::npos ? middle : text.find(')', middle);
        if (close == std::string_view::npos) {
            out.push_back({text, {}});
            break;
        }
        if (open > 0) out.push_back({text.substr(0, open), {}});
        out.push_back({text.substr(open + 1, middle - open - 1), text.substr(middle + 2, close - middle - 2)});
        text.remove_prefix(close + 1);
    }
    return out;
}

std::string fill(std::string_view text, const std::map<std::string, std::string>& values) {
    std::string out;
    while (true) {
        const auto open = text.find("{{");
        const auto close = open == std::string_view::npos ? open : text.find("}}", open);
        if (close == std::string_view::npos) break;
        out.append(text.substr(0, open));
        const auto found = values.find(std::string{text.substr(open + 2, close - open - 2)});
        if (found != values.end()) out.append(found->second);
        text.remove_prefix(close + 2);
    }
    out.append(text);
    return out;
}

std::string as_text(const Paragraph& paragraph, const std::map<std::string, std::string>& values) {
    std::string out;
    for (const auto& piece : paragraph) {
        out += fill(piece.words, values);
        if (!piece.url.empty()) out += ": " + fill(piece.url, values);
    }
    return out;
}

std::string as_html(const Paragraph& paragraph, const std::map<std::string, std::string>& values) {
    std::string out;
    for (const auto& piece : paragraph) {
        if (piece.url.empty())
            out += escape_html(fill(piece.words, values));
        else
            out += "<a href=\"" + escape_html(fill(piece.url, values)) + "\">" + escape_html(fill(piece.words, values)) +
                   "</a>";
    }
    return out;
}

// Plain-text email lines of at most 72 characters where words allow.
std::string wrapped(const std::string& text) {
    std::string out, line;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find_first_of(" \n", start);
        if (end == std::string::npos) end = text.size();
        const auto word = text.substr(start, end - start);
        if (!line.empty() && line.size() + 1 + word.size() > 72) {
            out += line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        start = end + 1;
    }
    return out + line;
}

std::vector<std::string_view> split_paragraphs(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    while (!text.empty()) {
        const auto gap = text.find("\n\n");
        auto paragraph = text.substr(0, gap);
        while (!paragraph.empty() && (paragraph.back() == '\n' || paragraph.back() == ' ')) paragraph.remove_suffix(1);
        if (!paragraph.empty()) out.push_back(paragraph);
        if (gap == std::string_view::npos) break;
        text.remove_prefix(gap + 2);
        while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    }
    return out;
}

std::string_view template_of(std::string_view kind) {
    for (const auto& [file, text] : embedded_messages())
        if (file.size() == kind.size() + 4 && file.starts_with(kind) && file.ends_with(".txt")) return text;
    throw std::logic_error{"no message template for " + std::string{kind}};
}

}  // namespace

std::span<const NotificationKind> notification_kinds() { return kinds; }

const NotificationKind* find_notification_kind(std::string_view name) {
    const auto named = [&](const auto& k) { return k.name == name; };
    if (const auto found = std::find_if(kinds.begin(), kinds.end(), named); found != kinds.end()) return &*found;
    const auto found = std::find_if(account_kinds.begin(), account_kinds.end(), named);
    return found == account_kinds.end() ? nullptr : &*found;
}

Violations check_email_choices(Role role, const std::vector<EmailChoice>& choices) {
    Violations out;
    for (const auto& [name, email] : choices) {
        const auto pointer = "/email/" + name;
        const auto* kind = find_notification_kind(name);
        if (kind == nullptr || kind->role != role)
            out.push_back({pointer, "unknown_kind", "is not a kind of notification you receive"});
        else if (!email)
            out.push_back({pointer, "invalid_type", "must be true or false"});
        else if (kind->legal && !*email)
            out.push_back({pointer, "cannot_switch_off", "is a formal notice: it always comes by email"});
    }
    return out;
}

bool comes_by_email(const NotificationKind& kind, const std::map<std::string, bool>& chosen) {
    const auto found = chosen.find(std::string{kind.name});
    return kind.legal || found == chosen.end() || found->second;
}

Message render_message(const NotificationKind& kind, const std::map<std::string, std::string>& given,
                       const MessageLinks& links) {
    auto values = given;
    values["link"] = links.open;
    const auto source = template_of(kind.name);
    const auto first_break = source.find('\n');
    Message out;
    out.subject = fill(source.substr(0, first_break), values);
    std::erase_if(out.subject, [](char c) { return c == '\r' || c == '\n'; });

    std::vector<Paragraph> paragraphs;
    for (const auto text : split_paragraphs(first_break == std::string_view::npos ? "" : source.substr(first_break + 1)))
        paragraphs.push_back(parse_paragraph(text));
    // In the app the link is a button of its own: a paragraph that is only a link
    // gives its words, not a line of text.
    for (const auto& p : paragraphs) {
        if (p.size() == 1 && !p.front().url.empty())
            out.action = fill(p.front().words, values);
        else
            out.body += (out.body.empty() ? "" : "\n\n") + as_text(p, values);
    }

    // Why this came, and how to stop it where the law allows.
    const std::string footer_source =
        kind.legal ? "This is a formal notice about a tender you take part in. It always comes by email and cannot be "
                     "switched off.\n\n[Choose which other messages come by email]({{settings}})"
                   : "You get this email because you use collabtender.\n\n[Choose which messages come by "
                     "email]({{settings}})\n\n[Stop emails like this one]({{unsubscribe}})";
    values["settings"] = links.settings;
    values["unsubscribe"] = links.unsubscribe;
    std::vector<Paragraph> footer;
    for (const auto text : split_paragraphs(footer_source)) footer.push_back(parse_paragraph(text));

    for (const auto& p : paragraphs) out.text += wrapped(as_text(p, values)) + "\n\n";
    out.text += "--\n";
    for (const auto& p : footer) out.text += wrapped(as_text(p, values)) + "\n\n";
    out.text.pop_back();

    out.html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
               escape_html(out.subject) +
               "</title>\n</head>\n<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;"
               "font-size:19px;line-height:1.5;color:#0b0c0c;background:#ffffff\">\n<main style=\"max-width:38em\">\n"
               "<h1 style=\"font-size:24px;line-height:1.3\">" +
               escape_html(out.subject) + "</h1>\n";
    for (const auto& p : paragraphs) out.html += "<p>" + as_html(p, values) + "</p>\n";
    out.html += "</main>\n<footer style=\"max-width:38em;border-top:1px solid #b1b4b6;margin-top:24px;font-size:16px\">\n";
    for (const auto& p : footer) out.html += "<p>" + as_html(p, values) + "</p>\n";
    out.html += "</footer>\n</body>\n</html>\n";
    return out;
}

}  // namespace collabtender::domain
