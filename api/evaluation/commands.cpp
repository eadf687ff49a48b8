#include "api/evaluation/commands.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "domain/award.hpp"
#include "domain/panel.hpp"
#include "domain/text.hpp"

namespace collabtender::app {

using app::FieldReader, app::Need;

namespace {

// The panel's fields, "lot_id" only when a panel is formed.
PanelForm read_panel_form(const boost::json::value& body, bool with_lot) {
    app::FieldReader fields{body.as_object()};
    PanelForm form;
    fields.text("name", form.name);
    if (with_lot) fields.nullable_text("lot_id", form.lot_id);
    fields.nullable_time("scoring_due_at", form.scoring_due_at);
    fields.objects("members", [&](std::size_t, app::FieldReader& member) {
        domain::PanelMember m;
        std::string kind;
        member.text("user_id", m.user_id);
        member.text("kind", kind);
        member.boolean("chair", m.chair);
        if (!kind.empty() && !domain::parse_panel_member_kind(kind))
            member.add({member.pointer("kind"), "invalid_value",
                        "must be lived_experience, statutory, third_sector or independent"});
        else if (!kind.empty())
            m.kind = *domain::parse_panel_member_kind(kind);
        form.members.push_back(std::move(m));
    });
    fields.finish(domain::validate_panel(form.name, form.members));
    return form;
}

}  // namespace

SaveDraftScore tag_invoke(boost::json::value_to_tag<SaveDraftScore>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SaveDraftScore command;
    fields.nullable_integer("score", command.score.score);
    fields.text("justification", command.score.justification, app::Need::optional);
    fields.text("advice", command.score.advice, app::Need::optional);
    fields.finish();
    return command;
}

FormPanel tag_invoke(boost::json::value_to_tag<FormPanel>, const boost::json::value& body) {
    return {{}, read_panel_form(body, true)};
}

ChangePanel tag_invoke(boost::json::value_to_tag<ChangePanel>, const boost::json::value& body) {
    return {{}, 0, read_panel_form(body, false)};
}

DeclareConflict tag_invoke(boost::json::value_to_tag<DeclareConflict>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    DeclareConflict command;
    fields.boolean("conflicted", command.conflicted);
    fields.nullable_text("description", command.description);
    fields.finish(domain::validate_declaration(command.conflicted, command.description));
    return command;
}

RecordGateResult tag_invoke(boost::json::value_to_tag<RecordGateResult>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    RecordGateResult command;
    std::string outcome;
    fields.text("outcome", outcome);
    fields.text("reason", command.result.reason);
    domain::Violations more;
    const auto parsed = domain::parse_gate_outcome(outcome);
    if (!parsed || *parsed == domain::GateOutcome::pending)
        more.push_back({"/outcome", "invalid_value", "must be pass, fail or clarification_requested"});
    else
        command.result.outcome = *parsed;
    domain::check_text(more, command.result.reason, "/reason", 1, 2000);
    fields.finish(more);
    return command;
}

RecordConsensus tag_invoke(boost::json::value_to_tag<RecordConsensus>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    RecordConsensus command;
    fields.integer("score", command.score);
    fields.text("rationale", command.rationale);
    domain::Violations more;
    domain::check_text(more, command.rationale, "/rationale", 1, 5000);
    fields.finish(more);
    return command;
}

WriteFeedback tag_invoke(boost::json::value_to_tag<WriteFeedback>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    WriteFeedback command;
    fields.text("text", command.text);
    fields.nullable_text("suggested_lot_id", command.suggested_lot_id);
    domain::Violations more;
    domain::check_text(more, command.text, "/text", 1, 20000);
    fields.objects("advice", [&](std::size_t i, app::FieldReader& item) {
        int criterion = 0;
        std::string text;
        item.integer("criterion", criterion);
        item.text("text", text);
        domain::check_text(more, text, "/advice/" + std::to_string(i) + "/text", 0, 5000);
        command.advice[criterion] = text;
    }, app::Need::optional);
    fields.finish(more);
    return command;
}

BreakTie tag_invoke(boost::json::value_to_tag<BreakTie>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    BreakTie command;
    fields.texts("order", command.order);
    fields.text("reason", command.reason);
    fields.finish(domain::validate_tie_break(command.order, command.reason));
    return command;
}

SaveOrganisationLinks tag_invoke(boost::json::value_to_tag<SaveOrganisationLinks>, const boost::json::value& body) {
    app::FieldReader fields{body.as_object()};
    SaveOrganisationLinks command;
    fields.objects("links", [&](std::size_t, app::FieldReader& item) {
        persistence::OrganisationLink l;
        std::string id;  // null, like absent, names no registered organisation
        if (auto given = item.optional_string("organisation_id")) id = std::move(*given);
        item.text("organisation_name", l.organisation_name, app::Need::optional);
        if (!id.empty()) l.organisation_id = domain::OrganisationId{id};
        if (!id.empty() && !l.organisation_name.empty())
            item.add({item.pointer("organisation_name"), "conflicting_fields",
                      "give organisation_id for a registered organisation or organisation_name for another, not both"});
        else if (id.empty() && !item.has("organisation_name"))
            item.add({item.pointer("organisation_id"), "required",
                      "give organisation_id, or organisation_name for an organisation not registered here"});
        else if (id.empty()) {
            domain::Violations name;
            domain::check_text(name, l.organisation_name, item.pointer("organisation_name"), 1, 300);
            item.add(name);
        }
        item.text("kind", l.kind);
        item.nullable_text("note", l.note);
        if (!l.kind.empty() && !domain::valid_link_kind(l.kind))
            item.add({item.pointer("kind"), "invalid_value",
                      "must be employer, volunteer, receives_support, family_member_works_for or other"});
        domain::Violations more;
        if (l.note) domain::check_text(more, *l.note, item.pointer("note"), 0, 500);
        item.add(more);
        command.links.push_back(std::move(l));
    });
    if (command.links.size() > 50) fields.add({"/links", "too_many", "record at most 50 links"});
    fields.finish();
    return command;
}

}  // namespace collabtender::app
