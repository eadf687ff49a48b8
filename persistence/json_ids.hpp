#pragma once

// Typed ids written as JSON strings by value_from (alone, or in a vector or an
// optional), as in jv = boost::json::value_from(bid.id). An id inside an
// initializer list, {"id", bid.id}, needs nothing: Boost.JSON 1.81 reads it as a
// string view. In the ids' own namespace, where value_from finds it; kept out of
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
