#pragma once

// Shared by the fuzz targets: the service's real route table, and a database
// connection that can never connect, so handlers run their parsing and checks
// and stop with 503 where they would first touch the database.
#include <memory>
#include <string>

#include "api/router.hpp"
#include "persistence/database.hpp"

namespace collabtender::fuzz {

const api::Router& routes();
persistence::Connection& unreachable_database();
const api::Settings& settings();

// A route's template with each {parameter} replaced by a well-formed id.
std::string concrete(std::string path);

// Makes a finding of what should never happen: aborts with the message, so
// libFuzzer keeps the input.
[[noreturn]] void finding(const std::string& what);

}  // namespace collabtender::fuzz
