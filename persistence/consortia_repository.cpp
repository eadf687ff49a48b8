#include "persistence/consortia_repository.hpp"


#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/uploads_repository.hpp"
#include "persistence/sql/consortia.hpp"

namespace collabtender::persistence {
namespace {

// A consortium with its members, from a statement that reads both (consortium_by_id).
ConsortiumRecord with_members(const pqxx::row& r) {
    auto c = consortium_from(r);
    c.members = members_from(r["members"]);
    return c;
}

}  // namespace

std::vector<MemberRecord> members_from(const pqxx::field& members) {
    return list<MemberRecord>(members, [](const Fields& f) {
        return MemberRecord{
            domain::Member{domain::OrganisationId{f.text("organisation_id")},
                           *domain::parse_member_role(f.text("role")), f.integer("share_bp"),
                           *domain::parse_member_status(f.text("status")), f.optional_text("acknowledged_mou")},
            f.text("name")};
    });
}

namespace {

// A consortium_record (sql/040_statement_helpers.sql) without its members, from a row or JSON.
template <typename F>
ConsortiumRecord consortium_of(const F& f) {
    std::optional<ChangeAgreement> agreement;
    if (const auto reason = f.optional_text("change_reason"))
        agreement = ChangeAgreement{*reason, f.time("change_agreed_at")};
    return {domain::ConsortiumId{f.text("id")},
            domain::TenderId{f.text("tender_id")},
            f.text("name"),
            domain::OrganisationId{f.text("lead_organisation_id")},
            f.optional_text("mou_sha256"),
            f.optional_text("mou_filename"),
            f.optional_time("locked_at"),
            f.integer("version"),
            std::move(agreement),
            {}};
}

}  // namespace

ConsortiumRecord consortium_from(const pqxx::row& r) { return consortium_of(RowFields{r}); }
ConsortiumRecord consortium_from(const Fields& f) { return consortium_of(f); }

const MemberRecord* ConsortiumRecord::member(const domain::OrganisationId& organisation_id) const {
    for (const auto& m : members)
        if (m.member.organisation_id == organisation_id) return &m;
    return nullptr;
}

std::vector<domain::Member> ConsortiumRecord::domain_members() const {
    std::vector<domain::Member> out;
    for (const auto& m : members) out.push_back(m.member);
    return out;
}

void save_partner_listing(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id,
                          const domain::PartnerListing& l, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::partner_listing_save, lot_id, organisation_id, l.offers, to_json(l.localities),
                      to_json(l.roles), l.contact_name, l.contact_email, user_id, micros(now));
}

bool delete_partner_listing(Tx& tx, const domain::LotId& lot_id, const domain::OrganisationId& organisation_id) {
    return tx.exec_prepared(sql::partner_listing_delete, lot_id, organisation_id).affected_rows() == 1;
}

std::vector<PartnerListingRecord> list_partner_listings(Tx& tx, const domain::LotId& lot_id) {
    std::vector<PartnerListingRecord> out;
    for (const auto& r : tx.exec_prepared(sql::partner_listing_list, lot_id)) {
        const RowFields f{r};
        out.push_back({r["lot_id"].as<domain::LotId>(), r["organisation_id"].as<domain::OrganisationId>(),
                       f.text("organisation_name"),
                       domain::PartnerListing{f.text("offers"), texts_from_json(f.text("localities")),
                                              texts_from_json(f.text("roles")), f.text("contact_name"),
                                              f.text("contact_email")},
                       f.time("updated_at")});
    }
    return out;
}

domain::ConsortiumId insert_consortium(Tx& tx, const domain::TenderId& tender_id, const std::string& name,
                                       const domain::OrganisationId& lead_organisation_id, int lead_share_bp,
                                       const domain::UserId& user_id, domain::TimePoint now) {
    const auto id =
        tx.exec_prepared1(sql::consortium_insert, tender_id, name, lead_organisation_id, user_id, micros(now))[0]
            .as<domain::ConsortiumId>();
    tx.exec_prepared0(sql::consortium_lead_insert, id, lead_organisation_id, lead_share_bp, micros(now), user_id);
    return id;
}

std::optional<ConsortiumRecord> find_consortium(Tx& tx, const domain::ConsortiumId& id, bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    if (lock && tx.exec_prepared(sql::consortium_lock, id).empty()) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::consortium_by_id, id);
    if (rows.empty()) return std::nullopt;
    return with_members(rows[0]);
}

std::vector<ConsortiumRecord> list_consortia(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::OrganisationId>& member_organisation_id) {
    std::vector<ConsortiumRecord> out;
    for (const auto& row : tx.exec_prepared(sql::consortium_list, tender_id, member_organisation_id))
        out.push_back(with_members(row));
    return out;
}

std::vector<ConsortiumRecord> consortia_of_organisation(Tx& tx, const domain::OrganisationId& organisation_id) {
    std::vector<ConsortiumRecord> out;
    for (const auto& row : tx.exec_prepared(sql::consortium_list_of_organisation, organisation_id))
        out.push_back(with_members(row));
    return out;
}

std::vector<ConsortiumRecord> consortia_inviting(Tx& tx, const domain::OrganisationId& organisation_id) {
    std::vector<ConsortiumRecord> out;
    for (const auto& row : tx.exec_prepared(sql::consortium_list_inviting, organisation_id))
        out.push_back(with_members(row));
    return out;
}

std::map<domain::ConsortiumId, std::vector<LotRecord>> bid_lots_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids) {
    std::map<domain::ConsortiumId, std::vector<LotRecord>> out;
    const auto ids = id_list(consortium_ids);
    if (ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::bid_lots_of_consortia, ids))
        out[row["bid_consortium_id"].as<domain::ConsortiumId>()].push_back(lot_from(row));
    return out;
}

int bump_consortium_version(Tx& tx, const domain::ConsortiumId& id) {
    return tx.exec_prepared1(sql::consortium_bump, id)[0].as<int>();
}

bool invite_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                   domain::MemberRole role, int share_bp, domain::TimePoint now) {
    return tx
               .exec_prepared(sql::member_invite, consortium_id, organisation_id, std::string{domain::to_string(role)},
                              share_bp, micros(now))
               .affected_rows() == 1;
}

void update_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                   domain::MemberRole role, int share_bp) {
    tx.exec_prepared0(sql::member_update, consortium_id, organisation_id, std::string{domain::to_string(role)},
                      share_bp);
}

void remove_member(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id) {
    tx.exec_prepared0(sql::member_remove, consortium_id, organisation_id);
}

void answer_invitation(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                       bool accept, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::member_answer, consortium_id, organisation_id, accept ? "accepted" : "declined",
                      user_id, micros(now));
}

void clear_acknowledgements(Tx& tx, const domain::ConsortiumId& consortium_id) {
    tx.exec_prepared0(sql::member_clear_acknowledgements, consortium_id);
}

void set_mou(Tx& tx, const domain::ConsortiumId& consortium_id, const std::string& sha256, const std::string& filename,
             const std::string& media_type, const domain::UploadId& upload_id) {
    tx.exec_prepared0(sql::consortium_set_mou, consortium_id, sha256, filename, media_type, upload_id);
    discard_upload(tx, upload_id);
}

std::optional<MouDocument> mou_document(Tx& tx, const domain::ConsortiumId& consortium_id) {
    const auto rows = tx.exec_prepared(sql::consortium_mou, consortium_id);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    return MouDocument{r["mou_filename"].as<std::string>(), r["mou_media_type"].as<std::string>(),
                       r["mou_sha256"].as<std::string>(), r["mou_size"].as<std::uint64_t>()};
}

std::string mou_piece(Tx& tx, const domain::ConsortiumId& consortium_id, std::uint64_t offset, std::size_t size) {
    return stored_piece(tx, sql::consortium_mou_piece, consortium_id, offset, size);
}

void acknowledge_mou(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::OrganisationId& organisation_id,
                     const std::string& sha256, const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::member_acknowledge_mou, consortium_id, organisation_id, sha256, user_id, micros(now));
}

void record_change_agreement(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::UserId& user_id,
                             const std::string& reason, domain::TimePoint now) {
    tx.exec_prepared0(sql::change_agreement_insert, consortium_id, user_id, reason, micros(now));
    tx.exec_prepared0(sql::consortium_unlock, consortium_id);
}

std::vector<InvitationRecord> invitations_for(Tx& tx, const domain::OrganisationId& organisation_id) {
    std::vector<InvitationRecord> out;
    for (const auto& r : tx.exec_prepared(sql::invitations_for, organisation_id)) {
        const RowFields f{r};
        out.push_back({r["consortium_id"].as<domain::ConsortiumId>(), f.text("consortium_name"),
                       r["tender_id"].as<domain::TenderId>(), f.text("tender_title"), f.text("lead_organisation_name"),
                       *domain::parse_member_role(f.text("role")), f.integer("share_bp"), f.time("invited_at")});
    }
    return out;
}

}  // namespace collabtender::persistence
