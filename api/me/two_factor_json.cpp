#include "api/me/two_factor_json.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::api {

boost::json::object recovery_codes_json(const std::vector<std::string>& codes) {
    boost::json::array items;
    for (const auto& code : codes) items.emplace_back(code);
    return {{"recovery_codes", std::move(items)}};
}

std::string read_one_time_code(const Request& request) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    auto code = fields.required_string("one_time_code");
    fields.finish();
    return code;
}

}  // namespace collabtender::api
