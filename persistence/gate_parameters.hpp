#pragma once

// A gate's parameters as the gate table stores them (jsonb), which is also how
// the API shows them: one writer for both, so the two cannot drift.
#include <string_view>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "domain/gates.hpp"

namespace collabtender::persistence {

boost::json::object gate_parameters_json(const domain::GateParameters& parameters);
// Reads stored parameters of a kind the service wrote (gate_kind): a kind it
// does not know is a corrupt row and throws.
domain::GateParameters gate_parameters_from(std::string_view kind, const boost::json::value& stored);

}  // namespace collabtender::persistence
