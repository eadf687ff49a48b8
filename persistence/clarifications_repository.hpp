#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct ClarificationRecord {
    domain::ClarificationId id;
    domain::TenderId tender_id;
    std::optional<domain::LotId> lot_id;
    std::string asked_by_organisation;
    std::string asked_by_organisation_name;
    std::string question;
    domain::TimePoint asked_at;
    std::optional<std::string> answer;
    std::optional<domain::TimePoint> answered_at;
    std::optional<std::string> published_question;
    std::optional<domain::TimePoint> published_at;
    std::optional<std::string> lot_correction_json;
    bool changes_tender_documents = false;  // the answer changes what bidders answered
};

domain::ClarificationId insert_clarification(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::LotId>& lot_id,
                                             const domain::OrganisationId& organisation_id,
                                             const domain::UserId& user_id, const std::string& question,
                                             domain::TimePoint now);
std::optional<ClarificationRecord> find_clarification(Tx& tx, const domain::TenderId& tender_id,
                                                      const domain::ClarificationId& id, bool lock = false);
// What a reader may see, oldest first: everything for the owning body (`all`);
// otherwise published ones and those asked by `organisation_id`.
std::vector<ClarificationRecord> list_clarifications(Tx& tx, const domain::TenderId& tender_id, bool all,
                                                     const std::optional<domain::OrganisationId>& organisation_id);
void answer_clarification(Tx& tx, const domain::ClarificationId& id, const std::string& answer,
                          const domain::UserId& user_id, domain::TimePoint now);
void publish_clarification(Tx& tx, const domain::ClarificationId& id, const std::string& published_question,
                           const std::optional<std::string>& lot_correction_json, bool changes_tender_documents,
                           domain::TimePoint now);

}  // namespace collabtender::persistence
