#pragma once

// Typed ids written as JSON strings, so that {"id", bid.id} reads as before. In
// the ids' own namespace, where Boost.JSON's value_from finds it; kept out of
// domain/, which includes no Boost.
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>

#include "domain/ids.hpp"

namespace collabtender::domain {

template <class Tag>
void tag_invoke(boost::json::value_from_tag, boost::json::value& json, const Id<Tag>& id) {
    json = id.str();
}

}  // namespace collabtender::domain
