#pragma once

#include <cstdint>
#include <vector>

#include "domain/accounts.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// A panellist's panel with its progress in the stage being evaluated, lot by
// lot: the bids, those set aside for the panellist's conflict, those a minimum
// requirement excluded (which nobody scores; not counting any set aside for a
// conflict), and those whose scores the panellist has submitted.
struct MyPanel {
    persistence::PanelRecord panel;
    persistence::TenderRecord tender;
    int stage = 0;  // the latest closed; 0 before stage 1 closes
    struct Lot {
        persistence::LotRecord lot;
        std::int64_t bids = 0, conflicted = 0, excluded = 0, scored = 0;
    };
    std::vector<Lot> lots;  // cancelled lots are not the panel's work any more
};

// The panellist's panels, leaving out cancelled tenders; each tender read once for all.
std::vector<MyPanel> read_my_panels(persistence::Connection& db, const domain::Principal& panellist);

}  // namespace collabtender::app
