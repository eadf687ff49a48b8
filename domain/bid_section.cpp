#include "domain/bid_section.hpp"

#include <charconv>

#include "domain/refusal.hpp"
#include "domain/text.hpp"
#include "domain/time_format.hpp"

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

std::optional<int> parse_position(std::string_view digits, std::size_t count) {
    if (digits.empty() || digits[0] < '0' || digits[0] > '9') return std::nullopt;  // no sign: "response--0"
    int index = -1;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
    if (error != std::errc{} || end != digits.data() + digits.size() || index < 0 || digits.size() > 4 ||
        (digits.size() > 1 && digits[0] == '0') || static_cast<std::size_t>(index) >= count)
        return std::nullopt;
    return index;
}

std::optional<SectionKey> parse_section_key(std::string_view text) {
    for (auto kind : {SectionKey::Kind::response, SectionKey::Kind::declaration, SectionKey::Kind::document}) {
        const auto prefix = std::string{to_string(kind)} + "-";
        if (text.substr(0, prefix.size()) != prefix) continue;
        const auto index = parse_position(text.substr(prefix.size()));
        if (!index) return std::nullopt;
        return SectionKey{kind, *index};
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

Violations validate_status_name(const std::string& text) {
    if (text.empty() || parse_section_status(text)) return {};
    return {{"/status", "invalid_value", "is not a section status"}};
}

void require_transition(SectionStatus from, SectionStatus to, const SectionActor& actor, const std::string& reason) {
    const auto refused = check_transition(from, to, actor, reason);
    if (refused.empty()) return;
    if (refused.front().code == "not_allowed")
        throw Refusal{RefusalCode::section_transition, refused.front().message, refused};
    throw invalid_input(refused);
}

Violations validate_assignment(const SectionAssignment& wanted) {
    Violations out;
    if (wanted.due_date && (wanted.due_date->size() != 10 || !parse_rfc3339(*wanted.due_date + "T00:00:00Z")))
        out.push_back({"/due_date", "invalid_date", "must be a date, YYYY-MM-DD"});
    if (wanted.owner_user_id && !wanted.owner_organisation_id)
        out.push_back({"/owner_organisation_id", "required", "an owning user belongs to an owning organisation"});
    return out;
}

void require_may_assign(const SectionAssignment& current, const SectionAssignment& wanted, const Principal& principal,
                        bool lead) {
    if (lead) return;
    const bool handing_on = current.owner_organisation_id &&
                            *current.owner_organisation_id == principal.organisation_id &&
                            wanted.owner_organisation_id == current.owner_organisation_id &&
                            wanted.approver_user_id == current.approver_user_id && wanted.due_date == current.due_date;
    if (!handing_on) throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

namespace {

bool owns(const SectionAssignment& s, const Principal& principal) {
    if (!s.owner_organisation_id) return false;
    return s.owner_user_id ? *s.owner_user_id == principal.user_id : *s.owner_organisation_id == principal.organisation_id;
}

}  // namespace

SectionActor section_actor(const SectionAssignment& s, const Principal& principal, bool lead) {
    return {owns(s, principal), lead, s.approver_user_id && *s.approver_user_id == principal.user_id,
            s.approver_user_id.has_value()};
}

bool may_edit(const SectionAssignment& s, const Principal& principal, bool lead) {
    return lead || !s.owner_organisation_id || owns(s, principal);
}

void require_section_editor(const std::string& section, const SectionAssignment& assignment, const Principal& principal,
                            bool lead) {
    if (!may_edit(assignment, principal, lead))
        throw Refusal{RefusalCode::not_section_owner, "Only the owner of " + section + " and the lead edit it."};
}

void require_written_section(const SectionKey& key) {
    if (key.kind == SectionKey::Kind::document)
        throw Refusal{RefusalCode::uploaded_section,
                      "Upload or remove documents for " + to_string(key) + " to change it."};
}

Violations check_section_content(const SectionKey& key, ContentShape content) {
    const bool response = key.kind == SectionKey::Kind::response;
    if (content == ContentShape::null || content == (response ? ContentShape::text : ContentShape::object)) return {};
    return {{"/content", content == ContentShape::absent ? "required" : "wrong_type",
             response ? "must be the response text or null" : "must be the declaration or null"}};
}

Violations check_answer_target(const SectionKey& key) {
    if (key.kind == SectionKey::Kind::response) return {};
    return {{"/answer_id", "not_a_response", "answers are inserted into responses"}};
}

Violations validate_presence_mode(const std::string& mode) {
    if (mode.empty() || mode == "viewing" || mode == "editing") return {};
    return {{"/mode", "invalid_value", "must be viewing or editing"}};
}

bool section_overdue(const std::optional<std::string>& due_date, std::string_view status, std::string_view today) {
    return due_date && *due_date < today && status != to_string(SectionStatus::approved);
}

}  // namespace collabtender::domain
