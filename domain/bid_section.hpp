#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
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

// A position among a lot's criteria, gates or required documents, as a draft and
// a section key write it: digits without sign or leading zero, below `count`.
std::optional<int> parse_position(std::string_view digits, std::size_t count = 10000);

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
// A status asked for by name is one of the statuses (invalid_value at /status).
Violations validate_status_name(const std::string& text);
// The same as a refusal: section_transition when the move is not the actor's to
// make now (its `errors` all the findings), else invalid (a reason missing).
void require_transition(SectionStatus from, SectionStatus to, const SectionActor& actor, const std::string& reason);

// A section is overdue once its due date (YYYY-MM-DD) is before `today` (the
// same form, UTC) and it is still not approved.
bool section_overdue(const std::optional<std::string>& due_date, std::string_view status, std::string_view today);

// Who a section is assigned to: an owning organisation (and perhaps one of its
// users), an approver, and when it is due (YYYY-MM-DD). Each may be unset.
struct SectionAssignment {
    std::optional<OrganisationId> owner_organisation_id;
    std::optional<UserId> owner_user_id;
    std::optional<UserId> approver_user_id;
    std::optional<std::string> due_date;
};
// A due date is a date; an owning user belongs to an owning organisation.
Violations validate_assignment(const SectionAssignment& wanted);
// The lead assigns any section; the owning organisation may only hand its section
// on to another of its users, all else unchanged. forbidden otherwise.
void require_may_assign(const SectionAssignment& current, const SectionAssignment& wanted, const Principal& principal,
                        bool lead);

// Who the principal is to the section: owner, lead, approver.
SectionActor section_actor(const SectionAssignment& section, const Principal& principal, bool lead);
// Only the section's owner and the lead edit it; an unassigned section, any member.
bool may_edit(const SectionAssignment& section, const Principal& principal, bool lead);
// The same as a refusal (not_section_owner), naming the section.
void require_section_editor(const std::string& section, const SectionAssignment& assignment, const Principal& principal,
                            bool lead);

// Responses and declarations are written; a document's section changes only by
// uploads (uploaded_section).
void require_written_section(const SectionKey& key);
// What a save puts in a written section, as JSON types go.
enum class ContentShape { absent, null, text, object, other };
// A response is text, a declaration an object; either may be null (emptied).
Violations check_section_content(const SectionKey& key, ContentShape content);
// Library answers go into responses only.
Violations check_answer_target(const SectionKey& key);

// Presence in a section: "viewing" or "editing".
Violations validate_presence_mode(const std::string& mode);

}  // namespace collabtender::domain
