#include "api/tenders/tender_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

// A field of a patch, set when the reader read it (given, and of its type).
template <class T, class Read>
void patch_field(std::optional<T>& into, Read read) {
    T value{};
    if (read(value)) into = std::move(value);
}

// A nullable field of a patch: set when read, cleared (an inner nothing) when null.
template <class T>
void patch_nullable(std::optional<std::optional<T>>& into, app::FieldReader& fields, const char* name,
                    void (app::FieldReader::*read)(const char*, std::optional<T>&)) {
    std::optional<T> value;
    (fields.*read)(name, value);
    if (value || (fields.given(name) && !fields.has(name))) into = value;
}

}  // namespace

domain::TenderPatch read_tender_patch(app::FieldReader& fields) {
    domain::TenderPatch patch;
    patch_field(patch.reference, [&](std::string& v) { return fields.text("reference", v); });
    patch_field(patch.title, [&](std::string& v) { return fields.text("title", v); });
    patch_field(patch.description, [&](std::string& v) { return fields.text("description", v); });
    patch_field(patch.cpv_codes, [&](std::vector<std::string>& v) { return fields.texts("cpv_codes", v); });
    patch_field(patch.procedure, [&](std::string& v) { return fields.text("procedure", v, app::Need::optional); });
    patch_field(patch.contract_term_months, [&](int& v) { return fields.integer("contract_term_months", v); });
    patch_field(patch.extension_months, [&](int& v) { return fields.integer("extension_months", v, app::Need::optional); });
    patch_field(patch.estimated_value_pence, [&](std::int64_t& v) { return fields.money("estimated_value_pence", v); });
    patch_field(patch.outcomes,
                [&](std::vector<std::string>& v) { return fields.texts("outcomes", v, app::Need::optional); });
    patch_field(patch.partnership_bids_expected,
                [&](bool& v) { return fields.boolean("partnership_bids_expected", v, app::Need::optional); });
    patch_field(patch.partnership_statement,
                [&](std::string& v) { return fields.text("partnership_statement", v, app::Need::optional); });
    patch_field(patch.pin_summary, [&](std::string& v) { return fields.text("pin_summary", v, app::Need::optional); });
    patch_field(patch.price_weight, [&](int& v) { return fields.integer("price_weight", v, app::Need::optional); });
    patch_nullable(patch.quality_threshold, fields, "quality_threshold", &app::FieldReader::nullable_integer);
    std::vector<domain::ScalePoint> scale;
    fields.objects(
        "scoring_scale",
        [&](std::size_t, app::FieldReader& point) {
            domain::ScalePoint p;
            point.integer("score", p.score);
            point.text("label", p.label);
            point.text("descriptor", p.descriptor);
            scale.push_back(std::move(p));
        },
        app::Need::optional);
    if (fields.has("scoring_scale")) patch.scoring_scale = std::move(scale);
    if (const auto* object = fields.object("timetable", app::Need::optional)) {
        app::FieldReader timetable{*object, fields.pointer("timetable"), true};
        auto& t = patch.timetable;
        patch_nullable(t.clarification_cutoff, timetable, "clarification_cutoff", &app::FieldReader::nullable_time);
        patch_nullable(t.stage1_deadline, timetable, "stage1_deadline", &app::FieldReader::nullable_time);
        patch_nullable(t.stage2_deadline, timetable, "stage2_deadline", &app::FieldReader::nullable_time);
        patch_field(t.standstill_days, [&](int& v) { return timetable.integer("standstill_days", v, app::Need::optional); });
        fields.absorb(timetable);
    }
    if (const auto* object = fields.object("minimum_bids", app::Need::optional)) {
        app::FieldReader minimum{*object, fields.pointer("minimum_bids"), true};
        patch_field(patch.minimum_bids_stage1, [&](int& v) { return minimum.integer("stage1", v, app::Need::optional); });
        patch_field(patch.minimum_bids_stage2, [&](int& v) { return minimum.integer("stage2", v, app::Need::optional); });
        fields.absorb(minimum);
    }
    return patch;
}

void read_tender(app::FieldReader& fields, domain::TenderDetails& tender) {
    tender = domain::patched(std::move(tender), read_tender_patch(fields));
}

boost::json::object tender_json(const persistence::TenderRecord& record) {
    const auto& t = record.details;
    boost::json::array scale;
    for (const auto& p : t.scoring_scale)
        scale.push_back(boost::json::object{{"score", p.score}, {"label", p.label}, {"descriptor", p.descriptor}});
    boost::json::object out{
        {"id", record.id},
        {"organisation_id", record.organisation_id},
        {"buyer", {{"id", record.organisation_id}, {"name", record.buyer_name}}},
        {"status", domain::to_string(record.status)},
        {"published_at", nullable(record.pin_published_at)},
        {"version", record.version},
        {"reference", t.reference},
        {"title", t.title},
        {"description", t.description},
        {"cpv_codes", strings(t.cpv_codes)},
        {"procedure", t.procedure},
        {"contract_term_months", t.contract_term_months},
        {"extension_months", t.extension_months},
        {"estimated_value_pence", t.estimated_value_pence},
        {"outcomes", strings(t.outcomes)},
        {"partnership_bids_expected", t.partnership_bids_expected},
        {"partnership_statement", t.partnership_statement},
        {"pin_summary", t.pin_summary},
        {"price_weight", t.price_weight},
        {"quality_threshold", nullable(t.quality_threshold)},
        {"scoring_scale", std::move(scale)},
        {"timetable",
         {{"clarification_cutoff", nullable(t.timetable.clarification_cutoff)},
          {"stage1_deadline", nullable(t.timetable.stage1_deadline)},
          {"stage2_deadline", nullable(t.timetable.stage2_deadline)},
          {"standstill_days", t.timetable.standstill_days}}},
        {"minimum_bids", {{"stage1", t.minimum_bids.stage1}, {"stage2", t.minimum_bids.stage2}}},
        {"created_at", domain::format_rfc3339(record.created_at)},
        {"updated_at", domain::format_rfc3339(record.updated_at)},
    };
    if (record.cancel_reason) out["cancel_reason"] = *record.cancel_reason;
    return out;
}

domain::LotPatch read_lot_patch(app::FieldReader& fields) {
    domain::LotPatch patch;
    patch_field(patch.number, [&](int& v) { return fields.integer("number", v); });
    patch_field(patch.title, [&](std::string& v) { return fields.text("title", v); });
    patch_field(patch.description, [&](std::string& v) { return fields.text("description", v); });
    patch_field(patch.locality_or_theme, [&](std::string& v) { return fields.text("locality_or_theme", v); });
    patch_field(patch.outcomes, [&](std::vector<std::string>& v) { return fields.texts("outcomes", v, app::Need::optional); });
    patch_field(patch.annual_value_pence, [&](std::int64_t& v) { return fields.money("annual_value_pence", v); });
    patch_field(patch.term_months, [&](int& v) { return fields.integer("term_months", v); });
    patch_field(patch.max_awards, [&](int& v) { return fields.integer("max_awards", v, app::Need::optional); });
    return patch;
}

void read_lot(app::FieldReader& fields, domain::LotDetails& lot) { lot = domain::patched(std::move(lot), read_lot_patch(fields)); }

boost::json::object lot_json(const persistence::LotRecord& record) {
    const auto& l = record.details;
    boost::json::value cancellation = nullptr;
    if (record.cancellation)
        cancellation = boost::json::object{{"cancelled_at", domain::format_rfc3339(record.cancellation->at)},
                                           {"reason", record.cancellation->reason}};
    return {
        {"id", record.id},
        {"tender_id", record.tender_id},
        {"version", record.version},
        {"number", l.number},
        {"title", l.title},
        {"description", l.description},
        {"locality_or_theme", l.locality_or_theme},
        {"outcomes", strings(l.outcomes)},
        {"annual_value_pence", l.annual_value_pence},
        {"term_months", l.term_months},
        {"max_awards", l.max_awards},
        {"status", record.cancellation ? "cancelled" : "active"},
        {"cancellation", std::move(cancellation)},
    };
}

std::vector<domain::Criterion> read_criteria(app::FieldReader& fields) {
    std::vector<domain::Criterion> out;
    fields.objects("criteria", [&](std::size_t, app::FieldReader& item) {
        domain::Criterion c;
        item.text("title", c.title);
        item.text("bidder_guidance", c.bidder_guidance, app::Need::optional);
        item.text("panel_guidance", c.panel_guidance, app::Need::optional);
        item.integer("weight", c.weight);
        item.integer("word_limit", c.word_limit, app::Need::optional);
        item.nullable_integer("min_score", c.min_score);
        out.push_back(std::move(c));
    });
    return out;
}

boost::json::array criteria_json(const std::vector<domain::Criterion>& criteria) {
    boost::json::array out;
    for (const auto& c : criteria)
        out.push_back(boost::json::object{{"title", c.title},
                                          {"bidder_guidance", c.bidder_guidance},
                                          {"panel_guidance", c.panel_guidance},
                                          {"weight", c.weight},
                                          {"word_limit", c.word_limit},
                                          {"min_score", nullable(c.min_score)}});
    return out;
}

}  // namespace collabtender::api
