#pragma once

#include <string>

namespace collabtender::api {

// Where and by whom the open data is published: configuration, not code.
struct OpenData {
    std::string public_url = "http://127.0.0.1:8080";
    std::string ocid_prefix = "ocds-collabtender-";  // replace with the prefix registered with the OCP
    std::string publisher_name = "collabtender";
};

}  // namespace collabtender::api
