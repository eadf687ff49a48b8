#include "api/partners/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

SavePartnerListing tag_invoke(boost::json::value_to_tag<SavePartnerListing>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SavePartnerListing command;
    auto& listing = command.listing;
    fields.text("offers", listing.offers);
    fields.texts("localities", listing.localities, app::Need::optional);
    fields.texts("roles", listing.roles);
    fields.text("contact_name", listing.contact_name);
    fields.text("contact_email", listing.contact_email);
    fields.finish(domain::validate(listing));
    return command;
}

}  // namespace collabtender::app
