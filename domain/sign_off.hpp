#pragma once

// Signing off a bid: each member organisation's authorised signatory signs off
// the draft exactly as it stands (its digest), and the lead asks them to.
#include <string>

namespace collabtender::domain {

// Only an authorised signatory signs for an organisation (not_authorised_signatory).
void require_authorised_signatory(bool authorised_signatory);
// The digest signed is the draft's as it stands, not one read before a change
// (draft_changed).
void require_unchanged_draft(const std::string& signed_digest, const std::string& current_digest);
// Only the lead asks members to sign off (not_lead).
void require_lead_to_ask(bool lead);

}  // namespace collabtender::domain
