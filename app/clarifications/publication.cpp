#include "app/clarifications/publication.hpp"

#include <boost/json.hpp>

#include "app/notifications/notify.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/bid.hpp"
#include "domain/clarification.hpp"
#include "domain/refusal.hpp"
#include "domain/time_format.hpp"

namespace collabtender::app {

using domain::Refusal, domain::RefusalCode;

Answering load_for_answer(persistence::Tx& tx, const domain::Principal& commissioner, const domain::TenderId& tender_id,
                          const domain::ClarificationId& clarification_id) {
    auto tender = manageable_tender(tx, tender_id, commissioner);
    domain::require_answers_allowed(tender.status);
    auto clarification = persistence::find_clarification(tx, tender.id, clarification_id, true);
    if (!clarification) throw Refusal{RefusalCode::not_found, "No such clarification."};
    return {std::move(tender), std::move(*clarification)};
}

ChangedLots changed_lots(persistence::Tx& tx, const persistence::TenderRecord& tender,
                         const persistence::ClarificationRecord& clarification, bool changes_tender_documents,
                         const std::optional<std::string>& corrected_lot) {
    ChangedLots out;
    std::vector<std::string> every;
    if (domain::changes_every_lot(changes_tender_documents, clarification.lot_id)) {
        out.every = persistence::list_lots(tx, tender.id);
        for (const auto& lot : out.every) every.push_back(lot.id);
    }
    out.ids = domain::changed_lots(corrected_lot, changes_tender_documents, clarification.lot_id, every);
    return out;
}

Reconfirming reconfirming(persistence::Tx& tx, const persistence::TenderRecord& tender, const std::set<std::string>& lots,
                          domain::TimePoint now) {
    Reconfirming out;
    out.stage = domain::stage_taking_bids(tender.status);
    if (!out.stage) return out;
    const auto& t = tender.details.timetable;
    out.deadline = *out.stage == 1 ? t.stage1_deadline : t.stage2_deadline;
    for (auto& bid : persistence::standing_bids(tx, tender.id, *out.stage))
        if (lots.contains(bid.lot_id)) out.bids.push_back(std::move(bid));
    out.too_late = domain::reconfirmation_too_late(out.bids.size(), out.deadline, now);
    return out;
}

namespace {

// Applies the correction to its lot, refusing an unknown lot and changes the
// lot's rules refuse (with what was wrong in them as sent). Returns the
// correction as kept with the clarification.
std::string correct_lot(persistence::Tx& tx, const persistence::TenderRecord& tender, const LotCorrection& correction,
                        std::optional<std::string>& corrected) {
    auto lot = persistence::find_lot(tx, tender.id, correction.lot_id);
    if (!lot) throw domain::invalid_input({{"/lot_correction/lot_id", "unknown_lot", "is not a lot of this tender"}});
    corrected = lot->id;
    lot->details = domain::patched(std::move(lot->details), correction.changes);
    auto broken = domain::validate(lot->details);
    for (auto& v : broken) v.pointer = "/lot_correction/changes" + v.pointer;
    domain::refuse_if(domain::merged(correction.unreadable, broken));
    persistence::update_lot(tx, tender.id, lot->id, lot->version, lot->details);
    return boost::json::serialize(boost::json::object{{"lot_id", lot->id}, {"changes", correction.as_sent}});
}

// Each bid standing in the stage still taking bids, for a changed lot, must be
// reconfirmed before the deadline; after it the commissioner must first move the
// deadline, or close the stage.
int require_reconfirmations(persistence::Tx& tx, const domain::Principal& commissioner, domain::TimePoint now,
                            const persistence::TenderRecord& tender, const std::set<std::string>& lots,
                            const domain::ClarificationId& clarification_id) {
    if (!domain::stage_taking_bids(tender.status) || lots.empty()) return 0;
    // Submissions in flight finish first; later ones see the change.
    persistence::wait_for_submissions(tx, tender.id);
    const auto required = reconfirming(tx, tender, lots, now);
    if (required.too_late)
        throw Refusal{RefusalCode::reconfirmation_too_late, std::string{domain::reconfirmation_too_late_detail}};
    std::vector<domain::BidId> bids;
    std::vector<persistence::Notice> notices;
    for (const auto& bid : required.bids) {
        bids.push_back(bid.bid_id);
        notices.push_back({"reconfirmation_required",
                           persistence::audience::BidPartners{bid.bid_id},
                           {{"deadline", domain::readable_time(*required.deadline)}},
                           "/bids/" + bid.bid_id.str() + "/submit",
                           std::nullopt});
    }
    persistence::require_reconfirmations(tx, bids, clarification_id, *required.stage, now);
    tell(tx, commissioner, now, notices);
    return static_cast<int>(required.bids.size());
}

}  // namespace

int publish(persistence::Tx& tx, const domain::Principal& commissioner, domain::TimePoint now,
            const persistence::TenderRecord& tender, const persistence::ClarificationRecord& clarification,
            const Publication& publication) {
    std::optional<std::string> correction_json;
    std::optional<std::string> corrected;
    if (publication.lot_correction) correction_json = correct_lot(tx, tender, *publication.lot_correction, corrected);
    persistence::publish_clarification(tx, clarification.id,
                                       publication.published_question.value_or(clarification.question),
                                       correction_json, publication.changes_tender_documents, now);
    tell(tx, commissioner, now,
         {"clarification_published",
          persistence::audience::TenderFollowers{tender.id},
          tender_names(tender),
          "/opportunities/" + tender.id.str() + "#clarifications",
          {}});
    const auto lots = changed_lots(tx, tender, clarification, publication.changes_tender_documents, corrected);
    return require_reconfirmations(tx, commissioner, now, tender, lots.ids, clarification.id);
}

boost::json::value corrected_lot(const Publication& publication) {
    if (!publication.lot_correction) return nullptr;
    return boost::json::value_from(publication.lot_correction->lot_id);
}

}  // namespace collabtender::app
