#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/violation.hpp"

namespace collabtender::domain {

// A bid is written in sections: the response to each criterion, the
// declaration for each gate and the uploads for each required document, each with an owner, an optional approver and a
// status:
//   not_started -> in_progress -> ready_for_review -> approved
//   ready_for_review -> changes_requested (with a reason) -> in_progress
// Saving content moves a section to in_progress, whatever its status: what was
// reviewed or approved is no longer what is there.
enum class SectionStatus { not_started, in_progress, ready_for_review, changes_requested, approved };

std::string_view to_string(SectionStatus status);
std::optional<SectionStatus> parse_section_status(std::string_view text);

// A section's key on the wire: "response-0", "declaration-2", "document-1".
struct SectionKey {
    enum class Kind { response, declaration, document } kind;
    int index = 0;
};
std::string_view to_string(SectionKey::Kind kind);
std::string to_string(const SectionKey& key);
std::optional<SectionKey> parse_section_key(std::string_view text);

// Who is asking to move a section, as the rule sees them.
struct SectionActor {
    bool owner = false;     // the section's owner (its user, or any user of the owner organisation)
    bool lead = false;      // a user of the lead organisation
    bool approver = false;  // the section's named approver
    bool has_approver = false;
};

// The violations of moving `from` to `to` for this actor; empty when allowed.
// The owner (or lead) asks for review; the approver (or the lead when there is
// none) approves or requests changes with a reason; the owner takes a section
// back into progress.
Violations check_transition(SectionStatus from, SectionStatus to, const SectionActor& actor, const std::string& reason);

}  // namespace collabtender::domain
