#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "api/evaluation/evaluation_access.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "domain/scoring.hpp"

namespace collabtender::api {

using app::BidScores;
using app::bid_scores;

BidScores bid_scores(persistence::Tx& tx, const EvaluatedBid& bid);

int scale_min(const persistence::TenderRecord& tender);
int scale_max(const persistence::TenderRecord& tender);

}  // namespace collabtender::api
