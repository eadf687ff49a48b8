#pragma once

#include <optional>
#include <string>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "api/router.hpp"
#include "app/audit.hpp"

namespace collabtender::api {

using app::AuditEntry;

// app::append_audit for a handler not yet moved to app/: the actor is the
// signed-in principal, or `actor` when given (sign-in, before a principal exists).
void audit(persistence::Tx& tx, const Context& context, const AuditEntry& entry,
           const std::optional<domain::Principal>& actor = std::nullopt);

// The names of a patch's fields, sorted: what a change touched, without its values.
boost::json::array field_names(const boost::json::object& patch);

}  // namespace collabtender::api
