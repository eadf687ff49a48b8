#pragma once

#include "api/problem.hpp"
#include "domain/refusal.hpp"

namespace collabtender::api {

// The one place where a refusal becomes HTTP: its status, problem type and title.
Problem problem_for(const domain::Refusal& refusal);

}  // namespace collabtender::api
