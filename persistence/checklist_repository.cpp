#include "persistence/checklist_repository.hpp"

#include <boost/json.hpp>

#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/sql/checklist.hpp"

namespace collabtender::persistence {

std::vector<ChecklistVersion> checklist_history(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<ChecklistVersion> out;
    for (const auto& r : tx.exec_prepared(sql::checklist_history, tender_id)) {
        const RowFields f{r};
        ChecklistVersion version{f.integer("version"), {}, f.text("edited_by"), f.time("edited_at")};
        const auto elements = parse_stored_json(f.text("elements"));
        for (const auto& e : elements.as_array())
            version.elements.push_back({std::string{e.at("key").as_string()}, static_cast<int>(e.at("score").as_int64()),
                                        std::string{e.at("comments").as_string()}});
        out.push_back(std::move(version));
    }
    return out;
}

void insert_checklist_version(Tx& tx, const domain::TenderId& tender_id, int version,
                              const std::vector<domain::ChecklistElement>& elements, const domain::UserId& user_id,
                              domain::TimePoint now) {
    boost::json::array json;
    for (const auto& e : elements)
        json.push_back(boost::json::object{{"key", e.key}, {"score", e.score}, {"comments", e.comments}});
    tx.exec_prepared0(sql::checklist_insert, tender_id, version, boost::json::serialize(json), user_id,
                      micros(now));
}

}  // namespace collabtender::persistence
