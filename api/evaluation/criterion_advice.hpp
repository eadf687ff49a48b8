#pragma once

// Transitional: the advice a bidder reads on its sections, for api/sections until
// it moves to app/ (then it includes app/evaluation/criterion_advice.hpp itself).
#include "app/evaluation/criterion_advice.hpp"

namespace collabtender::api {

using app::released_advice;

}  // namespace collabtender::api
