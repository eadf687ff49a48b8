#pragma once

#include <boost/json/object.hpp>

#include "persistence/clarifications_repository.hpp"

namespace collabtender::api {

// What each reader sees of a clarification: the owning body everything; the
// asking organisation its own question and the answer; everyone else only a
// published one, anonymised (the published wording, no asker).
enum class ClarificationView { owner, asker, published };

boost::json::object clarification_json(const persistence::ClarificationRecord& clarification, ClarificationView view);

}  // namespace collabtender::api
