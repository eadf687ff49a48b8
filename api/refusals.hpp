#pragma once

#include <string_view>

#include "api/problem.hpp"
#include "domain/refusal.hpp"

namespace collabtender::api {

// The one place where a refusal becomes HTTP: its status, problem type and title.
Problem problem_for(const domain::Refusal& refusal);
// The last part of its problem type (urn:collabtender:problem:<slug>), for a
// response that says why something would be refused without refusing.
std::string_view problem_slug(domain::RefusalCode code);

}  // namespace collabtender::api
