#include "api/consortia/consortium_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "domain/time_format.hpp"

namespace collabtender::api {

namespace {

boost::json::array members_json(const persistence::ConsortiumRecord& c) {
    boost::json::array members;
    for (const auto& m : c.members)
        members.push_back(boost::json::object{
            {"organisation_id", m.member.organisation_id},
            {"organisation_name", m.organisation_name},
            {"role", domain::to_string(m.member.role)},
            {"share_bp", m.member.share_bp},
            {"status", domain::to_string(m.member.status)},
            {"mou_acknowledged", c.mou_sha256.has_value() && m.member.acknowledged_mou == c.mou_sha256},
        });
    return members;
}

boost::json::value mou_json(const persistence::ConsortiumRecord& c) {
    if (!c.mou_sha256) return nullptr;
    return boost::json::object{{"sha256", *c.mou_sha256}, {"filename", nullable(c.mou_filename)}};
}

}  // namespace

boost::json::object consortium_json(const persistence::ConsortiumRecord& c, bool reveal_lock) {
    boost::json::array missing;
    for (const auto& v : domain::completeness(c.domain_members(), c.mou_sha256))
        missing.push_back(boost::json::object{{"pointer", v.pointer}, {"code", v.code}, {"detail", v.message}});
    boost::json::object out{
        {"id", c.id},
        {"tender_id", c.tender_id},
        {"name", c.name},
        {"lead_organisation_id", c.lead_organisation_id},
        {"version", c.version},
        {"mou", mou_json(c)},
        {"members", members_json(c)},
        {"complete", missing.empty()},
        {"incomplete_because", std::move(missing)},
    };
    if (reveal_lock) out["locked"] = c.locked_at.has_value();
    // Agreements come after the stage-1 deadline, when the lock is no secret.
    if (reveal_lock && c.change_agreement)
        out["change_agreement"] = {{"reason", c.change_agreement->reason},
                                   {"agreed_at", domain::format_rfc3339(c.change_agreement->agreed_at)}};
    return out;
}

boost::json::object invitation_json(const persistence::InvitationRecord& i, const persistence::ConsortiumRecord& c,
                                    const std::vector<persistence::LotRecord>& lots) {
    boost::json::array bids_for;
    for (const auto& lot : lots)
        bids_for.push_back(boost::json::object{{"id", lot.id}, {"number", lot.details.number}, {"title", lot.details.title}});
    return {
        {"members", members_json(c)},
        {"mou", mou_json(c)},
        {"lots", std::move(bids_for)},
        {"consortium_id", i.consortium_id},
        {"consortium_name", i.consortium_name},
        {"tender_id", i.tender_id},
        {"tender_title", i.tender_title},
        {"lead_organisation_name", i.lead_organisation_name},
        {"role", domain::to_string(i.role)},
        {"share_bp", i.share_bp},
        {"invited_at", domain::format_rfc3339(i.invited_at)},
    };
}

boost::json::object partner_listing_json(const persistence::PartnerListingRecord& p) {
    return {
        {"lot_id", p.lot_id},
        {"organisation_id", p.organisation_id},
        {"organisation_name", p.organisation_name},
        {"offers", p.listing.offers},
        {"localities", strings(p.listing.localities)},
        {"roles", strings(p.listing.roles)},
        {"contact_name", p.listing.contact_name},
        {"contact_email", p.listing.contact_email},
        {"updated_at", domain::format_rfc3339(p.updated_at)},
    };
}

}  // namespace collabtender::api
