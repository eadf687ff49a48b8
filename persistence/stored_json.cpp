#include "persistence/stored_json.hpp"

#include <boost/json/parse.hpp>

namespace collabtender::persistence {

boost::json::value parse_stored_json(std::string_view json) {
    boost::json::parse_options options;
    options.max_depth = 64;
    return boost::json::parse(json, {}, options);
}

}  // namespace collabtender::persistence
