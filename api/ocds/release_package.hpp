#pragma once

#include <boost/json/object.hpp>

#include "api/ocds/open_data.hpp"
#include "app/ocds/read_open_data.hpp"

namespace collabtender::api {

// An OCDS 1.1 release package holding the tender's current release, with the lots
// and bid extensions (tests/ocds/MAPPING.md explains each field). Only for
// published tenders: drafts are never exported.
boost::json::object release_package(const app::TenderForRelease& input, const OpenData& open_data);

}  // namespace collabtender::api
