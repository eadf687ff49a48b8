#include "app/bids/change_documents.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/bids/sign_offs.hpp"
#include "app/sections/section_access.hpp"
#include "app/sections/section_saves.hpp"
#include "domain/bid.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

namespace {

// Only the owner of a required document's section and the lead change its documents.
void require_requirement_editable(persistence::Tx& tx, const BidContext& c, int requirement,
                                  const domain::Principal& member, domain::TimePoint now) {
    const auto section = domain::to_string({domain::SectionKey::Kind::document, requirement});
    require_section_editable(member_section(tx, c.bid.id, section, member), member, now);
}

// For the audit trail: the digest identifies the bytes, which stay out; so does
// the filename, which may name a person.
boost::json::object document_summary(const persistence::DocumentRecord& d) {
    return {{"bid_id", d.bid_id},
            {"sha256", d.sha256},
            {"size_bytes", d.size_bytes},
            {"media_type", d.media_type},
            {"visibility", d.visibility}};
}

}  // namespace

persistence::DocumentRecord upload_document(persistence::Connection& db, const domain::Principal& member,
                                            const UploadDocument& command, domain::TimePoint now) {
    persistence::DocumentRecord document;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, command.bid_id, member, persistence::BidLock::bid);
        if (command.requirement) domain::require_required_document(*command.requirement, c.required_documents.size());
        require_open_stage(c, now);
        if (command.requirement) require_requirement_editable(tx, c, *command.requirement, member, now);
        document = persistence::DocumentRecord{{},
                                               c.bid.id,
                                               member.organisation_id,
                                               command.filename,
                                               command.media_type,
                                               command.size_bytes,
                                               command.sha256,
                                               command.visibility,
                                               now,
                                               command.requirement};
        document.id = persistence::insert_document(tx, document, member.user_id, command.upload_id);
        if (command.requirement) record_document_section_save(tx, c, *command.requirement, member, now);
        void_changed_sign_offs(tx, c, member, now);
        append_audit(tx, member, now,
                     {c.tender.id, "document.upload", "document", document.id, nullptr, document_summary(document)});
    });
    return document;
}

void remove_document(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                     const domain::DocumentId& document_id, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, bid_id, member, persistence::BidLock::bid);
        const auto document = persistence::find_document(tx, c.bid.id, document_id, member.organisation_id);
        if (!document) throw domain::Refusal{domain::RefusalCode::not_found, "No such document."};
        domain::require_own_document(document->uploaded_by_organisation, member.organisation_id);
        require_open_stage(c, now);
        if (document->requirement) require_requirement_editable(tx, c, *document->requirement, member, now);
        domain::require_unsubmitted_document(persistence::document_submitted(tx, c.bid.id, document->id));
        persistence::delete_document(tx, document->id);
        if (document->requirement) record_document_section_save(tx, c, *document->requirement, member, now);
        void_changed_sign_offs(tx, c, member, now);
        append_audit(tx, member, now,
                     {c.tender.id, "document.delete", "document", document->id, document_summary(*document), nullptr});
    });
}

}  // namespace collabtender::app
