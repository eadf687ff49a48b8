#include "api/clarifications/publishing.hpp"

#include <set>

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/bid.hpp"
#include "domain/clarification.hpp"
#include "persistence/bids_repository.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Publication read_publication(FieldReader& fields) {
    Publication out;
    fields.nullable_text("published_question", out.published_question);
    if (const auto* correction = fields.object("lot_correction", Need::optional)) {
        FieldReader reader{*correction, fields.pointer("lot_correction")};
        std::string lot_id;
        reader.text("lot_id", lot_id);
        out.correction_lot_id = lot_id;
        out.correction_changes = reader.object("changes");
        fields.absorb(reader);
    }
    fields.boolean("changes_tender_documents", out.changes_tender_documents, Need::optional);
    return out;
}

boost::json::value corrected_lot(const Publication& publication) {
    if (!publication.correction_lot_id || !publication.correction_changes) return nullptr;
    return boost::json::value(*publication.correction_lot_id);
}

void require_answers_allowed(const persistence::TenderRecord& tender) {
    if (!domain::answers_allowed(tender.status))
        throw Problem{409, "clarifications-closed", "Answers closed", "This tender no longer takes answers."};
}

Answering load_for_answer(persistence::Tx& tx, const Request& request, const Context& context) {
    auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
    require_answers_allowed(tender);
    auto clarification = persistence::find_clarification(tx, tender.id, request.param("clarification_id"), true);
    if (!clarification) throw problems::not_found("No such clarification.");
    return {std::move(tender), std::move(*clarification)};
}

std::set<std::string> changed_lots(persistence::Tx& tx, const persistence::TenderRecord& tender,
                                   const persistence::ClarificationRecord& clarification, bool changes_tender_documents,
                                   const std::optional<std::string>& corrected) {
    std::set<std::string> out;
    if (corrected) out.insert(*corrected);
    if (changes_tender_documents) {
        if (clarification.lot_id) {
            out.insert(*clarification.lot_id);
        } else {
            for (const auto& lot : persistence::list_lots(tx, tender.id)) out.insert(lot.id);
        }
    }
    return out;
}

Reconfirming reconfirming(persistence::Tx& tx, const persistence::TenderRecord& tender, const std::set<std::string>& lots,
                          domain::TimePoint now) {
    Reconfirming out;
    out.stage = domain::stage_taking_bids(tender.status);
    if (!out.stage) return out;
    const auto& t = tender.details.timetable;
    out.deadline = *out.stage == 1 ? t.stage1_deadline : t.stage2_deadline;
    for (auto& bid : persistence::standing_bids(tx, tender.id, *out.stage))
        if (lots.contains(bid.lot_id)) out.bids.push_back(std::move(bid));
    out.too_late = !out.bids.empty() && !domain::before_deadline(out.deadline, now);
    return out;
}

namespace {

// Each bid standing in the stage still taking bids, for a changed lot, must be
// reconfirmed before the deadline. After the deadline the partnerships could not
// answer: the commissioner must first move the deadline, or close the stage.
int require_reconfirmations(persistence::Tx& tx, const persistence::TenderRecord& tender,
                            const std::set<std::string>& lots, const std::string& clarification_id,
                            const Context& context) {
    if (!domain::stage_taking_bids(tender.status) || lots.empty()) return 0;
    // Submissions in flight finish first; later ones see the change.
    persistence::wait_for_submissions(tx, tender.id);
    const auto required = reconfirming(tx, tender, lots, context.now);
    if (required.too_late)
        throw Problem{409, "reconfirmation-too-late", "Too late to change submitted bids",
                      std::string{reconfirmation_too_late_detail}};
    std::vector<std::string> bids;
    std::vector<persistence::Notice> notices;
    for (const auto& bid : required.bids) {
        bids.push_back(bid.bid_id);
        notices.push_back({"reconfirmation_required", persistence::Audience::bid_partners, bid.bid_id,
                           {{"deadline", domain::readable_time(*required.deadline)}}, "/bids/" + bid.bid_id + "/submit",
                           std::nullopt});
    }
    persistence::require_reconfirmations(tx, bids, clarification_id, *required.stage, context.now);
    app::tell(tx, context.principal, context.now, notices);
    return static_cast<int>(required.bids.size());
}

}  // namespace

int publish(persistence::Tx& tx, const persistence::TenderRecord& tender,
            const persistence::ClarificationRecord& clarification, const Publication& publication,
            const Context& context) {
    std::optional<std::string> correction_json;
    std::optional<std::string> corrected;
    if (publication.correction_lot_id && publication.correction_changes) {
        auto lot = persistence::find_lot(tx, tender.id, *publication.correction_lot_id);
        if (!lot) throw problems::validation({{"/lot_correction/lot_id", "unknown_lot", "is not a lot of this tender"}});
        corrected = lot->id;
        FieldReader changes{*publication.correction_changes, "/lot_correction/changes", true};
        read_lot(changes, lot->details);
        auto violations = domain::validate(lot->details);
        for (auto& v : violations) v.pointer = "/lot_correction/changes" + v.pointer;
        changes.finish(violations);
        persistence::update_lot(tx, tender.id, lot->id, lot->version, lot->details);
        correction_json = boost::json::serialize(
            boost::json::object{{"lot_id", lot->id}, {"changes", *publication.correction_changes}});
    }
    persistence::publish_clarification(tx, clarification.id,
                                       publication.published_question.value_or(clarification.question),
                                       correction_json, publication.changes_tender_documents, context.now);
    tell(tx, context,
         {"clarification_published", persistence::Audience::tender_followers, tender.id, tender_names(tender),
          "/opportunities/" + tender.id + "#clarifications", {}});
    return require_reconfirmations(
        tx, tender, changed_lots(tx, tender, clarification, publication.changes_tender_documents, corrected),
        clarification.id, context);
}

}  // namespace collabtender::api
