#include "api/tenders/tender_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "domain/time_format.hpp"

namespace collabtender::api {
void read_tender(FieldReader& fields, domain::TenderDetails& t) {
    fields.text("reference", t.reference);
    fields.text("title", t.title);
    fields.text("description", t.description);
    fields.texts("cpv_codes", t.cpv_codes);
    fields.text("procedure", t.procedure, Need::optional);
    fields.integer("contract_term_months", t.contract_term_months);
    fields.integer("extension_months", t.extension_months, Need::optional);
    fields.money("estimated_value_pence", t.estimated_value_pence);
    fields.texts("outcomes", t.outcomes, Need::optional);
    fields.boolean("partnership_bids_expected", t.partnership_bids_expected, Need::optional);
    fields.text("partnership_statement", t.partnership_statement, Need::optional);
    fields.text("pin_summary", t.pin_summary, Need::optional);
    fields.integer("price_weight", t.price_weight, Need::optional);
    fields.nullable_integer("quality_threshold", t.quality_threshold);
    std::vector<domain::ScalePoint> scale;
    fields.objects(
        "scoring_scale",
        [&](std::size_t, FieldReader& point) {
            domain::ScalePoint p;
            point.integer("score", p.score);
            point.text("label", p.label);
            point.text("descriptor", p.descriptor);
            scale.push_back(std::move(p));
        },
        Need::optional);
    if (fields.has("scoring_scale")) t.scoring_scale = std::move(scale);
    if (const auto* object = fields.object("timetable", Need::optional)) {
        FieldReader timetable{*object, fields.pointer("timetable"), true};
        timetable.nullable_time("clarification_cutoff", t.timetable.clarification_cutoff);
        timetable.nullable_time("stage1_deadline", t.timetable.stage1_deadline);
        timetable.nullable_time("stage2_deadline", t.timetable.stage2_deadline);
        timetable.integer("standstill_days", t.timetable.standstill_days, Need::optional);
        fields.absorb(timetable);
    }
    if (const auto* object = fields.object("minimum_bids", Need::optional)) {
        FieldReader minimum{*object, fields.pointer("minimum_bids"), true};
        minimum.integer("stage1", t.minimum_bids.stage1, Need::optional);
        minimum.integer("stage2", t.minimum_bids.stage2, Need::optional);
        fields.absorb(minimum);
    }
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

namespace {

// A field of a patch, set when the reader read it (given, and of its type).
template <class T, class Read>
void patch_field(std::optional<T>& into, Read read) {
    T value{};
    if (read(value)) into = std::move(value);
}

}  // namespace

domain::LotPatch read_lot_patch(FieldReader& fields) {
    domain::LotPatch patch;
    patch_field(patch.number, [&](int& v) { return fields.integer("number", v); });
    patch_field(patch.title, [&](std::string& v) { return fields.text("title", v); });
    patch_field(patch.description, [&](std::string& v) { return fields.text("description", v); });
    patch_field(patch.locality_or_theme, [&](std::string& v) { return fields.text("locality_or_theme", v); });
    patch_field(patch.outcomes, [&](std::vector<std::string>& v) { return fields.texts("outcomes", v, Need::optional); });
    patch_field(patch.annual_value_pence, [&](std::int64_t& v) { return fields.money("annual_value_pence", v); });
    patch_field(patch.term_months, [&](int& v) { return fields.integer("term_months", v); });
    patch_field(patch.max_awards, [&](int& v) { return fields.integer("max_awards", v, Need::optional); });
    return patch;
}

void read_lot(FieldReader& fields, domain::LotDetails& lot) { lot = domain::patched(std::move(lot), read_lot_patch(fields)); }

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

std::vector<domain::Criterion> read_criteria(FieldReader& fields) {
    std::vector<domain::Criterion> out;
    fields.objects("criteria", [&](std::size_t, FieldReader& item) {
        domain::Criterion c;
        item.text("title", c.title);
        item.text("bidder_guidance", c.bidder_guidance, Need::optional);
        item.text("panel_guidance", c.panel_guidance, Need::optional);
        item.integer("weight", c.weight);
        item.integer("word_limit", c.word_limit, Need::optional);
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
