#include "api/awards/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/award.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

ProposeAwards tag_invoke(boost::json::value_to_tag<ProposeAwards>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ProposeAwards command;
    std::vector<domain::BidId> chosen;
    const bool overriding = fields.has("bid_ids");
    fields.texts("bid_ids", chosen, app::Need::optional);
    fields.nullable_text("reason", command.reason);
    fields.finish();
    if (overriding) command.bid_ids = std::move(chosen);
    return command;
}

ConfirmAward tag_invoke(boost::json::value_to_tag<ConfirmAward>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    ConfirmAward command;
    auto& contract = command.contract;
    fields.text("start_date", contract.start);
    fields.integer("term_months", contract.term_months);
    fields.integer("extension_months", contract.extension_months);
    fields.money("value_pence", contract.value_pence);
    fields.finish(domain::validate_contract(contract.start, contract.term_months, contract.extension_months));
    return command;
}

}  // namespace collabtender::app
