#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/ocds/release_package.hpp"
#include "app/ocds/read_open_data.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/ocds: the tender as open data
// (app::read_open_data). Published tenders only, for anyone; a draft is not
// there, even for its owner.
Response get_ocds(const Request& request, Context& context) {
    const auto input =
        app::read_open_data(*context.db, context.principal, domain::TenderId{request.param("tender_id")}, context.now);
    return json_response(200, release_package(input, context.settings.open_data));
}

}  // namespace collabtender::api
