#include "api/bids/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"

namespace collabtender::app {

StartBid tag_invoke(boost::json::value_to_tag<StartBid>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    StartBid out;
    fields.text("lot_id", out.lot_id);
    fields.finish();
    return out;
}

DeclarationConfirmed tag_invoke(boost::json::value_to_tag<DeclarationConfirmed>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    bool confirmed = false;
    fields.boolean("declaration_confirmed", confirmed);
    domain::Violations unconfirmed;
    if (const auto* given = body.as_object().if_contains("declaration_confirmed"); given && given->is_bool() && !confirmed)
        unconfirmed.push_back({"/declaration_confirmed", "required",
                               "confirm that the bid is complete and accurate and that you may send it"});
    fields.finish(unconfirmed);
    return {};
}

ChangeDraft tag_invoke(boost::json::value_to_tag<ChangeDraft>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object(), "", true};
    ChangeDraft out;
    if (const auto* responses = fields.object("responses", app::Need::optional)) out.responses = *responses;
    if (const auto* declarations = fields.object("declarations", app::Need::optional)) out.declarations = *declarations;
    fields.finish();
    return out;
}

}  // namespace collabtender::app
