#pragma once

// Signing off a bid: each member organisation signs off the draft exactly as it
// stands, through an authorised signatory, and any later change voids that
// (app/bids/sign_offs.hpp). Each is for the bid's members (not_found for anyone
// else) while a stage is open (submissions_closed, excluded).
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

// An accepted member organisation and its sign-off.
struct MemberSignOff {
    domain::OrganisationId organisation_id;
    std::string organisation;
    std::optional<persistence::SignOff> recorded;  // of the draft as it stands, or void: of an earlier one
    bool signed_draft = false;                      // recorded, of the draft as it stands
};

// The digest of the draft as it stands and, per member organisation, whether it
// has signed off exactly that draft.
struct SignOffs {
    domain::BidId bid_id;
    std::string draft_sha256;
    std::vector<MemberSignOff> members;
};

SignOffs read_sign_offs(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                        domain::TimePoint now);

struct SignOffDraft {
    domain::BidId bid_id;
    std::string draft_sha256;  // of the draft the signatory read
};

// The caller signs off the draft with that digest for their organisation.
// Refuses anyone but an authorised signatory (not_authorised_signatory) and a
// draft that has changed since (draft_changed).
SignOffs sign_off_draft(persistence::Connection& db, const domain::Principal& signatory, const SignOffDraft& command,
                        domain::TimePoint now);

// The lead asks every member organisation that has not signed off the draft as
// it stands to do so; each one's signatories hear of it. Refuses anyone but the
// lead (not_lead). Returns those asked.
std::vector<MemberSignOff> ask_for_sign_offs(persistence::Connection& db, const domain::Principal& lead,
                                             const domain::BidId& bid_id, domain::TimePoint now);

}  // namespace collabtender::app
