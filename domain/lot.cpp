#include "domain/lot.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate(const LotDetails& lot) {
    Violations out;
    check_range(out, lot.number, "/number", 1, 999);
    check_text(out, lot.title, "/title", 1, 300);
    check_text(out, lot.description, "/description", 1, 20000);
    check_text(out, lot.locality_or_theme, "/locality_or_theme", 1, 200);
    check_text_list(out, lot.outcomes, "/outcomes", 50, 2000);
    if (lot.annual_value_pence < 0) out.push_back({"/annual_value_pence", "out_of_range", "must not be negative"});
    check_range(out, lot.term_months, "/term_months", 1, 240);
    check_range(out, lot.max_awards, "/max_awards", 1, 50);
    return out;
}

LotDetails patched(LotDetails lot, const LotPatch& patch) {
    const auto take = [](auto& field, const auto& given) {
        if (given) field = *given;
    };
    take(lot.number, patch.number);
    take(lot.title, patch.title);
    take(lot.description, patch.description);
    take(lot.locality_or_theme, patch.locality_or_theme);
    take(lot.outcomes, patch.outcomes);
    take(lot.annual_value_pence, patch.annual_value_pence);
    take(lot.term_months, patch.term_months);
    take(lot.max_awards, patch.max_awards);
    return lot;
}

}  // namespace collabtender::domain

namespace collabtender::domain {

void require_lot_going_ahead(bool cancelled, LotUse use) {
    if (!cancelled) return;
    switch (use) {
        case LotUse::bidding: throw Refusal{RefusalCode::lot_cancelled, "This lot is cancelled: it takes no bids."};
        case LotUse::reconfirming:
            throw Refusal{RefusalCode::lot_cancelled, "This lot is cancelled: there is nothing to reconfirm."};
        case LotUse::ranking:
            throw Refusal{RefusalCode::lot_cancelled, "This lot is cancelled: none of its bids is ranked or awarded."};
    }
}

void require_lot_cancellable(TenderStatus status, bool already_cancelled) {
    using enum TenderStatus;
    if (already_cancelled) throw Refusal{RefusalCode::lot_already_cancelled, "This lot is already cancelled."};
    if (status == draft || status == pin_published)
        throw Refusal{RefusalCode::not_cancellable, "Before stage 1 opens, delete the lot instead."};
    if (status != stage1_open && status != stage1_evaluation && status != stage2_open && status != stage2_evaluation &&
        status != standstill)
        throw Refusal{RefusalCode::not_cancellable, "The tender is " + std::string{to_string(status)} + "."};
}

void require_award_not_proposed(bool proposed) {
    if (proposed)
        throw Refusal{RefusalCode::award_proposed, "This lot's award has been proposed: suspend the standstill instead."};
}

}  // namespace collabtender::domain
