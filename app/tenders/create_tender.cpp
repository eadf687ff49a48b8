#include "app/tenders/create_tender.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"

namespace collabtender::app {

persistence::TenderRecord create_tender(persistence::Connection& db, const domain::Principal& commissioner,
                                        const CreateTender& command, domain::TimePoint now) {
    std::optional<persistence::TenderRecord> created;
    db.transact([&](persistence::Tx& tx) {
        const auto id =
            persistence::insert_tender(tx, commissioner.organisation_id, commissioner.user_id, command.details);
        created = persistence::find_tender(tx, id);
        append_audit(tx, commissioner, now,
                     {id, "tender.create", "tender", id, nullptr,
                      boost::json::object{{"status", domain::to_string(created->status)},
                                          {"version", created->version}}});
    });
    return std::move(*created);
}

}  // namespace collabtender::app
