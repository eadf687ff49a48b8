#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/consortium.hpp"
#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "domain/partner_listing.hpp"
#include "persistence/database.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

struct PartnerListingRecord {
    domain::LotId lot_id;
    domain::OrganisationId organisation_id;
    std::string organisation_name;
    domain::PartnerListing listing;
    domain::TimePoint updated_at;
};

// One entry per organisation and lot: saving again replaces it.
void save_partner_listing(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id,
                          const domain::PartnerListing& listing, const domain::UserId& user_id, domain::TimePoint now);
bool delete_partner_listing(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id);
std::vector<PartnerListingRecord> list_partner_listings(Tx& tx, const domain::LotId& lot_id);

struct MemberRecord {
    domain::Member member;
    std::string organisation_name;
};

// The owning body's agreement that a locked membership may change, and why.
struct ChangeAgreement {
    std::string reason;
    domain::TimePoint agreed_at;
};

struct ConsortiumRecord {
    domain::ConsortiumId id;
    domain::TenderId tender_id;
    std::string name;
    domain::OrganisationId lead_organisation_id;
    std::optional<std::string> mou_sha256;
    std::optional<std::string> mou_filename;
    std::optional<domain::TimePoint> locked_at;
    int version = 0;
    std::optional<ChangeAgreement> change_agreement;  // the latest
    std::vector<MemberRecord> members;

    // The member record of an organisation, if it has one (in any status).
    const MemberRecord* member(const domain::OrganisationId& organisation_id) const;
    std::vector<domain::Member> domain_members() const;
};

// Creates the consortium with its lead as an accepted member.
domain::ConsortiumId insert_consortium(Tx& tx, const domain::TenderId& tender_id, const std::string& name,
                                       const domain::OrganisationId& lead_organisation_id, int lead_share_bp,
                                       const domain::UserId& user_id, domain::TimePoint now);
// With `lock`, changes to the consortium wait for this transaction.
std::optional<ConsortiumRecord> find_consortium(Tx& tx, const domain::ConsortiumId& id, bool lock = false);
// A tender's consortia, or only those an organisation belongs to (lead or accepted).
std::vector<ConsortiumRecord> list_consortia(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::OrganisationId>& member_organisation_id);
// Every consortium an organisation leads or has joined, in any tender, newest first.
std::vector<ConsortiumRecord> consortia_of_organisation(Tx& tx, const domain::OrganisationId& organisation_id);
// The consortia awaiting the organisation's answer to their invitation.
std::vector<ConsortiumRecord> consortia_inviting(Tx& tx, const domain::OrganisationId& organisation_id);
// The lots each consortium has started bids for, by consortium id.
std::map<domain::ConsortiumId, std::vector<LotRecord>> bid_lots_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids);
int bump_consortium_version(Tx& tx, const domain::ConsortiumId& id);

// Invites an organisation; a declined invitation may be renewed this way. False
// when the organisation is already invited or a member.
bool invite_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                   domain::MemberRole role, int share_bp, domain::TimePoint now);
void update_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                   domain::MemberRole role, int share_bp);
void remove_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id);
void answer_invitation(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                       bool accept, const domain::UserId& user_id, domain::TimePoint now);
void clear_acknowledgements(Tx& tx, const domain::ConsortiumId& consortium_id);
// The memorandum's bytes are the upload's pieces, which are then discarded.
void set_mou(Tx& tx, const domain::ConsortiumId& consortium_id, const std::string& sha256, const std::string& filename,
             const std::string& media_type, const domain::UploadId& upload_id);
struct MouDocument {
    std::string filename;
    std::string media_type;
    std::string sha256;
    std::uint64_t size = 0;
};
std::optional<MouDocument> mou_document(Tx& tx, const domain::ConsortiumId& consortium_id);
// Up to `size` bytes of the memorandum from `offset`.
std::string mou_piece(Tx& tx, const domain::ConsortiumId& consortium_id, std::uint64_t offset, std::size_t size);
void acknowledge_mou(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                     const std::string& sha256, const domain::UserId& user_id, domain::TimePoint now);

// Records the commissioner's agreement to change a locked membership, and
// reopens it until the consortium's next submission.
void record_change_agreement(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::UserId& user_id,
                             const std::string& reason, domain::TimePoint now);

struct InvitationRecord {
    domain::ConsortiumId consortium_id;
    std::string consortium_name;
    domain::TenderId tender_id;
    std::string tender_title;
    std::string lead_organisation_name;
    domain::MemberRole role;
    int share_bp;
    domain::TimePoint invited_at;
};
// Open invitations addressed to an organisation.
std::vector<InvitationRecord> invitations_for(Tx& tx, const domain::OrganisationId& organisation_id);

}  // namespace collabtender::persistence
