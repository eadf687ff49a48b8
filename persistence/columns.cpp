#include "persistence/columns.hpp"

#include <stdexcept>

#include <boost/json.hpp>

#include "persistence/accounts_repository.hpp"
#include "persistence/documents_repository.hpp"
#include "persistence/evaluation_repository.hpp"
#include "persistence/fields.hpp"
#include "persistence/gate_parameters.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/tenders_repository.hpp"
#include "persistence/tx.hpp"

namespace collabtender::persistence {

std::int64_t micros(domain::TimePoint t) {
    return std::chrono::duration_cast<std::chrono::microseconds>(t.time_since_epoch()).count();
}

std::optional<std::int64_t> micros(const std::optional<domain::TimePoint>& t) {
    if (!t) return std::nullopt;
    return micros(*t);
}

domain::TimePoint time_from(const pqxx::field& field) {
    return domain::TimePoint{std::chrono::duration_cast<domain::TimePoint::duration>(
        std::chrono::microseconds{field.as<std::int64_t>()})};
}

std::optional<domain::TimePoint> optional_time_from(const pqxx::field& field) {
    if (field.is_null()) return std::nullopt;
    return time_from(field);
}

namespace {

template <class Ids>
std::string joined_ids(const Ids& ids) {
    std::string out;
    for (const auto& id : ids)
        if (is_uuid(id)) out += (out.empty() ? "" : ",") + id;
    return out;
}

}  // namespace

std::string id_list(const std::vector<std::string>& ids) { return joined_ids(ids); }
std::string id_list(const std::set<std::string>& ids) { return joined_ids(ids); }

namespace {

template <class Staged, class Id>
std::pair<std::string, std::string> joined_stages(const std::vector<Staged>& staged, Id Staged::*id) {
    std::pair<std::string, std::string> out;
    for (const auto& s : staged) {
        const auto* comma = out.first.empty() ? "" : ",";
        out.first += comma + (s.*id).str();
        out.second += comma + std::to_string(s.stage);
    }
    return out;
}

}  // namespace

std::pair<std::string, std::string> stage_lists(const std::vector<TenderStage>& stages) {
    return joined_stages(stages, &TenderStage::tender_id);
}

std::pair<std::string, std::string> stage_lists(const std::vector<PanelStage>& stages) {
    return joined_stages(stages, &PanelStage::panel_id);
}

std::optional<std::string> optional_text(const pqxx::field& field) {
    if (field.is_null()) return std::nullopt;
    return field.as<std::string>();
}

std::optional<int> optional_int(const pqxx::field& field) {
    if (field.is_null()) return std::nullopt;
    return field.as<int>();
}

std::string to_json(const std::vector<std::string>& texts) {
    boost::json::array out;
    for (const auto& text : texts) out.emplace_back(text);
    return boost::json::serialize(out);
}

std::vector<std::string> texts_from_json(const std::string& json) {
    std::vector<std::string> out;
    const auto parsed = parse_stored_json(json);
    for (const auto& value : parsed.as_array()) out.emplace_back(value.as_string());
    return out;
}

std::string to_json(const std::vector<domain::ScalePoint>& scale) {
    boost::json::array out;
    for (const auto& point : scale)
        out.push_back(
            boost::json::object{{"score", point.score}, {"label", point.label}, {"descriptor", point.descriptor}});
    return boost::json::serialize(out);
}

std::vector<domain::ScalePoint> scale_from_json(const std::string& json) {
    std::vector<domain::ScalePoint> out;
    const auto parsed = parse_stored_json(json);
    for (const auto& value : parsed.as_array()) {
        const auto& point = value.as_object();
        out.push_back({static_cast<int>(point.at("score").as_int64()), std::string{point.at("label").as_string()},
                       std::string{point.at("descriptor").as_string()}});
    }
    return out;
}

std::string stored_piece(Tx& tx, const Statement& statement, const std::string& key, std::uint64_t offset, std::size_t size) {
    const auto rows = tx.exec_prepared(statement, key, static_cast<std::int64_t>(offset) + 1,
                                       static_cast<std::int64_t>(size));
    if (rows.empty() || rows[0][0].is_null()) throw std::runtime_error{"stored bytes are gone"};
    return pqxx::binarystring{rows[0][0]}.str();
}

namespace {

template <typename Read>
domain::Criterion read_criterion(const Read& f) {
    return domain::Criterion{f.text("title"), f.text("bidder_guidance"), f.text("panel_guidance"),
                             f.integer("weight"), f.integer("word_limit"), f.optional_integer("min_score")};
}

template <typename Read>
DocumentRecord read_document(const Read& f, const domain::BidId& bid_id) {
    return DocumentRecord{domain::DocumentId{f.text("id")},
                          bid_id,
                          f.text("uploaded_by_organisation"),
                          f.text("filename"),
                          f.text("media_type"),
                          f.number("size_bytes"),
                          f.text("sha256"),
                          f.text("visibility"),
                          f.time("uploaded_at"),
                          f.optional_integer("requirement")};
}

}  // namespace

domain::Criterion criterion_from(const Fields& f) { return read_criterion(f); }
domain::Criterion criterion_from(const RowFields& f) { return read_criterion(f); }
DocumentRecord document_from(const Fields& f, const domain::BidId& bid_id) { return read_document(f, bid_id); }
DocumentRecord document_from(const RowFields& f, const domain::BidId& bid_id) { return read_document(f, bid_id); }

std::vector<domain::Criterion> criteria_from(const pqxx::field& criteria) {
    return list<domain::Criterion>(criteria, [](const Fields& f) { return criterion_from(f); });
}

namespace {

template <typename Read>
domain::Gate read_gate(const Read& f) {
    const auto kind = f.text("kind");
    return {optional_id<domain::LotId>(f.optional_text("lot_id")), gate_parameters_from(kind, parse_stored_json(f.text("parameters")))};
}

}  // namespace

domain::Gate gate_from(const Fields& f) { return read_gate(f); }
domain::Gate gate_from(const RowFields& f) { return read_gate(f); }

std::vector<domain::Gate> gates_from(const pqxx::field& gates) {
    return list<domain::Gate>(gates, [](const Fields& f) { return gate_from(f); });
}

}  // namespace collabtender::persistence
