#include "app/awards/read_outcome_letter.hpp"

#include <algorithm>

#include "app/tenders/tender_access.hpp"
#include "domain/award.hpp"
#include "domain/refusal.hpp"
#include "persistence/bid_context_repository.hpp"

namespace collabtender::app {
namespace {

// A provider reads the letter of a partnership it has joined; a commissioner,
// those of the tenders its body manages.
bool may_read_letter(const domain::Principal& reader, const persistence::BidFacts& bid) {
    if (reader.role != domain::Role::provider) return may_manage_tender(reader, bid.tender);
    const auto* member = bid.consortium.member(reader.organisation_id);
    return member != nullptr && member->member.status == domain::MemberStatus::accepted;
}

}  // namespace

OutcomeLetter read_outcome_letter(persistence::Connection& db, const domain::Principal& reader,
                                  const domain::BidId& bid_id) {
    OutcomeLetter letter;
    db.transact([&](persistence::Tx& tx) {
        auto bid = persistence::bid_facts(tx, bid_id, persistence::BidLock::none);
        if (!bid || !may_read_letter(reader, *bid)) throw domain::Refusal{domain::RefusalCode::not_found, "No such bid."};
        auto decision = persistence::find_award_decision(tx, bid->bid.lot_id);
        if (!decision)
            throw domain::Refusal{domain::RefusalCode::no_decision_yet, "The lot's awards have not been proposed yet."};
        letter.bid_id = bid->bid.id;
        letter.ranked = rank_lot(tx, bid->tender, bid->lot);
        letter.buyer = *persistence::find_organisation(tx, bid->tender.organisation_id);
        const auto* lead = bid->consortium.member(bid->consortium.lead_organisation_id);
        letter.lead_organisation = lead ? std::optional{lead->organisation_name} : std::nullopt;
        letter.successful = std::any_of(decision->awards.begin(), decision->awards.end(),
                                        [&](const auto& a) { return a.bid_id == letter.bid_id; });
        letter.reasons = domain::letter_reasons(letter.ranked.ranking, letter.bid_id, bid->lot.details.max_awards,
                                                decision->override_reason);
        letter.tender = std::move(bid->tender);
        letter.lot = std::move(bid->lot);
        letter.decision = std::move(*decision);
    });
    return letter;
}

}  // namespace collabtender::app
