#include "app/clarifications/preview_reconfirmations.hpp"

#include <algorithm>

#include "app/tenders/tender_access.hpp"
#include "domain/clarification.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

using domain::Refusal, domain::RefusalCode;

ReconfirmationPreview preview_reconfirmations(persistence::Connection& db, const domain::Principal& commissioner,
                                              const PreviewReconfirmations& command, domain::TimePoint now) {
    ReconfirmationPreview out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, command.tender_id, commissioner);
        require_manages_tender(commissioner, tender);
        domain::require_answers_allowed(tender.status);
        const auto clarification = persistence::find_clarification(tx, tender.id, command.clarification_id);
        if (!clarification) throw Refusal{RefusalCode::not_found, "No such clarification."};
        domain::require_unpublished(clarification->published_at.has_value());
        std::optional<std::string> corrected;
        if (command.corrected_lot_id) {
            const auto lot = persistence::find_lot(tx, tender.id, *command.corrected_lot_id);
            if (!lot)
                throw Refusal{RefusalCode::invalid_query, "A query parameter is not acceptable.",
                              {{"?lot_correction_lot_id", "unknown_lot", "is not a lot of this tender"}}};
            corrected = lot->id;
        }
        auto changed = changed_lots(tx, tender, *clarification, command.changes_tender_documents, corrected);
        out.clarification_id = clarification->id;
        out.required = reconfirming(tx, tender, changed.ids, now);
        out.lots.clear();
        if (changed.ids.empty()) return;
        // The tender's lots, unless changing them all already read them.
        const auto lots = changed.every.empty() ? persistence::list_lots(tx, tender.id) : std::move(changed.every);
        for (const auto& lot : lots) {
            if (!changed.ids.contains(lot.id)) continue;
            const auto bids = std::count_if(out.required.bids.begin(), out.required.bids.end(),
                                            [&](const auto& b) { return b.lot_id == lot.id; });
            out.lots.push_back({lot, static_cast<std::size_t>(bids)});
        }
    });
    return out;
}

}  // namespace collabtender::app
