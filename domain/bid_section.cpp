#include "domain/bid_section.hpp"

#include <charconv>

#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(SectionStatus status) {
    switch (status) {
        case SectionStatus::not_started: return "not_started";
        case SectionStatus::in_progress: return "in_progress";
        case SectionStatus::ready_for_review: return "ready_for_review";
        case SectionStatus::changes_requested: return "changes_requested";
        case SectionStatus::approved: return "approved";
    }
    return "not_started";
}

std::optional<SectionStatus> parse_section_status(std::string_view text) {
    for (auto s : {SectionStatus::not_started, SectionStatus::in_progress, SectionStatus::ready_for_review,
                   SectionStatus::changes_requested, SectionStatus::approved})
        if (to_string(s) == text) return s;
    return std::nullopt;
}

std::string_view to_string(SectionKey::Kind kind) {
    switch (kind) {
        case SectionKey::Kind::response: return "response";
        case SectionKey::Kind::declaration: return "declaration";
        case SectionKey::Kind::document: return "document";
    }
    return "response";
}

std::string to_string(const SectionKey& key) { return std::string{to_string(key.kind)} + "-" + std::to_string(key.index); }

std::optional<SectionKey> parse_section_key(std::string_view text) {
    for (auto kind : {SectionKey::Kind::response, SectionKey::Kind::declaration, SectionKey::Kind::document}) {
        const auto prefix = std::string{to_string(kind)} + "-";
        if (text.substr(0, prefix.size()) != prefix) continue;
        const auto digits = text.substr(prefix.size());
        if (digits.empty() || digits[0] < '0' || digits[0] > '9') return std::nullopt;  // no sign: "response--0"
        int index = -1;
        const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
        if (error != std::errc{} || end != digits.data() + digits.size() || index < 0 || digits.size() > 4 ||
            (digits.size() > 1 && digits[0] == '0'))
            return std::nullopt;
        return SectionKey{kind, index};
    }
    return std::nullopt;
}

Violations check_transition(SectionStatus from, SectionStatus to, const SectionActor& actor, const std::string& reason) {
    Violations out;
    const auto refuse = [&](const std::string& why) { out.push_back({"/status", "not_allowed", why}); };
    const bool reviewer = actor.has_approver ? actor.approver : actor.lead;
    switch (to) {
        case SectionStatus::ready_for_review:
            if (from != SectionStatus::in_progress) refuse("only a section in progress goes for review");
            else if (!actor.owner && !actor.lead) refuse("the section's owner or the lead asks for review");
            break;
        case SectionStatus::approved:
            if (from != SectionStatus::ready_for_review) refuse("only a section ready for review can be approved");
            else if (!reviewer) refuse("the section's approver (or the lead, when none is named) approves");
            break;
        case SectionStatus::changes_requested:
            if (from != SectionStatus::ready_for_review) refuse("changes are requested on a section ready for review");
            else if (!reviewer) refuse("the section's approver (or the lead, when none is named) requests changes");
            check_text(out, reason, "/reason", 1, 2000);
            break;
        case SectionStatus::in_progress:
            if (from == SectionStatus::in_progress || from == SectionStatus::not_started)
                refuse("the section is not under review");
            else if (!actor.owner && !actor.lead) refuse("the section's owner or the lead takes it back");
            break;
        case SectionStatus::not_started: refuse("a section cannot go back to not started"); break;
    }
    return out;
}

}  // namespace collabtender::domain
