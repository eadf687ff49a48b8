#include "api/handlers.hpp"
#include "app/accounts/two_factor.hpp"

namespace collabtender::api {

// GET /api/v1/me/two-factor/enrolment/qr (app::enrolment_qr): the waiting secret
// as a QR code, an SVG image the page shows from its own origin.
Response get_two_factor_qr(const Request&, Context& context) {
    return Response{200, "image/svg+xml", app::enrolment_qr(*context.db, *context.principal), {}};
}

}  // namespace collabtender::api
