#pragma once

#include <map>
#include <optional>
#include <string>

#include "api/http.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// The query string's parameters, percent-decoded. Throws 400 on a parameter that
// is not in `allowed`.
std::map<std::string, std::string> query_parameters(const Request& request, std::initializer_list<const char*> allowed);

struct Paging {
    int limit = 20;
    int offset = 0;
};
// 400 invalid-query naming the parameter (`name`, without the "?"), with
// `code` (invalid_parameter unless said) and `detail`.
Problem bad_parameter(const std::string& name, std::string detail, std::string code = "invalid_parameter");

// ?stage=1 or 2, if given; 400 otherwise.
std::optional<int> stage_parameter(const Request& request);

// A true/false parameter, `fallback` when absent; 400 naming it otherwise.
bool flag_parameter(const std::map<std::string, std::string>& parameters, const char* name, bool fallback = false);

// limit (1-100, default 20) and offset (from 0); 400 naming the parameter otherwise.
Paging paging(const std::map<std::string, std::string>& parameters);

}  // namespace collabtender::api
