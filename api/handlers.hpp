#pragma once

// Every HTTP handler, one file per resource and verb under api/<resource>/.
// service/routes.cpp binds them to paths and access rules.
#include "api/router.hpp"

namespace collabtender::api {

Response post_login(const Request& request, Context& context);
Response post_logout(const Request& request, Context& context);
Response get_me(const Request& request, Context& context);
Response get_healthz(const Request& request, Context& context);
Response get_readyz(const Request& request, Context& context);
Response get_openapi(const Request& request, Context& context);
Response post_organisation(const Request& request, Context& context);
Response get_organisation(const Request& request, Context& context);
Response patch_organisation(const Request& request, Context& context);
Response post_organisation_closure(const Request& request, Context& context);
Response post_registration(const Request& request, Context& context);
Response get_account_audit(const Request& request, Context& context);
Response post_registration_confirmation(const Request& request, Context& context);
Response get_registrations(const Request& request, Context& context);
Response get_registration(const Request& request, Context& context);
Response post_registration_approval(const Request& request, Context& context);
Response post_registration_refusal(const Request& request, Context& context);
Response patch_user(const Request& request, Context& context);
Response get_users(const Request& request, Context& context);
Response get_user(const Request& request, Context& context);
Response post_invitation(const Request& request, Context& context);
Response post_invitation_resend(const Request& request, Context& context);
Response delete_invitation(const Request& request, Context& context);
Response post_deactivation(const Request& request, Context& context);
Response post_reactivation(const Request& request, Context& context);
Response post_invitation_lookup(const Request& request, Context& context);
Response post_invitation_accept(const Request& request, Context& context);
Response post_password_reset(const Request& request, Context& context);
Response post_password_reset_confirm(const Request& request, Context& context);
Response post_password_reset_check(const Request& request, Context& context);
Response post_password(const Request& request, Context& context);
Response get_sessions(const Request& request, Context& context);
Response delete_session(const Request& request, Context& context);
Response delete_sessions(const Request& request, Context& context);
Response get_two_factor(const Request& request, Context& context);
Response post_two_factor_enrolment(const Request& request, Context& context);
Response get_two_factor_qr(const Request& request, Context& context);
Response post_two_factor(const Request& request, Context& context);
Response post_two_factor_removal(const Request& request, Context& context);
Response post_recovery_codes(const Request& request, Context& context);
Response post_two_factor_reset(const Request& request, Context& context);
Response post_email(const Request& request, Context& context);
Response post_email_change_confirm(const Request& request, Context& context);
Response get_settings(const Request& request, Context& context);
Response patch_settings(const Request& request, Context& context);

Response post_tender(const Request& request, Context& context);
Response get_tenders(const Request& request, Context& context);
Response get_tender(const Request& request, Context& context);
Response patch_tender(const Request& request, Context& context);
Response post_tender_action(const Request& request, Context& context);
Response post_deadline_change(const Request& request, Context& context);
Response get_minimum_bids(const Request& request, Context& context);
Response get_deadline_changes(const Request& request, Context& context);
Response post_minimum_bids_waiver(const Request& request, Context& context);
Response post_lot_cancellation(const Request& request, Context& context);
Response post_lot(const Request& request, Context& context);
Response get_lots(const Request& request, Context& context);
Response get_lot(const Request& request, Context& context);
Response patch_lot(const Request& request, Context& context);
Response delete_lot(const Request& request, Context& context);
Response put_criteria(const Request& request, Context& context);
Response get_criteria(const Request& request, Context& context);
Response put_lot_criteria(const Request& request, Context& context);
Response get_lot_criteria(const Request& request, Context& context);
Response put_gates(const Request& request, Context& context);
Response get_required_documents(const Request& request, Context& context);
Response put_required_documents(const Request& request, Context& context);
Response get_gates(const Request& request, Context& context);

Response post_information_session(const Request& request, Context& context);
Response get_information_sessions(const Request& request, Context& context);
Response delete_information_session(const Request& request, Context& context);
Response post_booking(const Request& request, Context& context);
Response get_bookings(const Request& request, Context& context);
Response delete_booking(const Request& request, Context& context);
Response put_lot_interest(const Request& request, Context& context);
Response delete_lot_interest(const Request& request, Context& context);
Response get_interests(const Request& request, Context& context);

Response post_clarification(const Request& request, Context& context);
Response get_clarifications(const Request& request, Context& context);
Response post_clarification_answer(const Request& request, Context& context);
Response post_clarification_publish(const Request& request, Context& context);
Response get_reconfirmation_preview(const Request& request, Context& context);

Response get_checklist(const Request& request, Context& context);
Response put_checklist(const Request& request, Context& context);
Response get_checklist_history(const Request& request, Context& context);
Response get_ocds(const Request& request, Context& context);

Response put_partner_listing(const Request& request, Context& context);
Response delete_partner_listing(const Request& request, Context& context);
Response get_partner_register(const Request& request, Context& context);
Response post_consortium(const Request& request, Context& context);
Response get_consortia(const Request& request, Context& context);
Response get_consortium(const Request& request, Context& context);
Response post_member(const Request& request, Context& context);
Response patch_member(const Request& request, Context& context);
Response delete_member(const Request& request, Context& context);
Response get_invitations(const Request& request, Context& context);
Response post_invitation_answer(const Request& request, Context& context);
Response put_mou(const Request& request, Context& context);
Response get_mou(const Request& request, Context& context);
Response post_mou_acknowledgement(const Request& request, Context& context);
Response post_change_agreement(const Request& request, Context& context);

Response post_bid(const Request& request, Context& context);
Response get_bids(const Request& request, Context& context);
Response get_bid(const Request& request, Context& context);
Response patch_bid(const Request& request, Context& context);
Response post_submission(const Request& request, Context& context);
Response get_submissions(const Request& request, Context& context);
Response post_withdrawal(const Request& request, Context& context);
Response post_reconfirmation(const Request& request, Context& context);
Response get_bid_counts(const Request& request, Context& context);
Response post_document(const Request& request, Context& context);
Response get_documents(const Request& request, Context& context);
Response get_document_content(const Request& request, Context& context);
Response delete_document(const Request& request, Context& context);
Response get_tender_submissions(const Request& request, Context& context);

Response get_tender_audit(const Request& request, Context& context);
Response get_audit_verify(const Request& request, Context& context);

Response get_panellists(const Request& request, Context& context);
Response post_panel(const Request& request, Context& context);
Response get_panels(const Request& request, Context& context);
Response get_panel(const Request& request, Context& context);
Response put_panel(const Request& request, Context& context);
Response get_my_panels(const Request& request, Context& context);
Response get_panel_bids(const Request& request, Context& context);
Response put_conflict_declaration(const Request& request, Context& context);
Response get_bid_evaluation(const Request& request, Context& context);
Response get_gate_results(const Request& request, Context& context);
Response put_gate_result(const Request& request, Context& context);
Response get_my_scores(const Request& request, Context& context);
Response put_my_score(const Request& request, Context& context);
Response post_my_scores_submission(const Request& request, Context& context);
Response get_bid_scores(const Request& request, Context& context);
Response put_consensus(const Request& request, Context& context);
Response get_feedback(const Request& request, Context& context);
Response get_ranking(const Request& request, Context& context);
Response put_tie_break(const Request& request, Context& context);
Response post_award_decision(const Request& request, Context& context);
Response get_awards(const Request& request, Context& context);
Response post_award_suspension(const Request& request, Context& context);
Response post_award_resumption(const Request& request, Context& context);
Response post_award_confirmation(const Request& request, Context& context);
Response get_outcome_letter(const Request& request, Context& context);
Response get_lot_report(const Request& request, Context& context);
Response get_evaluation_document(const Request& request, Context& context);
Response get_sections(const Request& request, Context& context);
Response get_section_diff(const Request& request, Context& context);
Response put_presence(const Request& request, Context& context);
Response get_presence(const Request& request, Context& context);
Response delete_presence(const Request& request, Context& context);
Response get_people(const Request& request, Context& context);
Response get_my_consortia(const Request& request, Context& context);
Response get_section(const Request& request, Context& context);
Response get_organisations(const Request& request, Context& context);
Response post_section_answer(const Request& request, Context& context);
Response post_answer(const Request& request, Context& context);
Response get_answers(const Request& request, Context& context);
Response put_answer(const Request& request, Context& context);
Response delete_answer(const Request& request, Context& context);
Response get_section_comments(const Request& request, Context& context);
Response post_section_comment(const Request& request, Context& context);
Response post_comment_resolution(const Request& request, Context& context);
Response get_sign_offs(const Request& request, Context& context);
Response post_sign_off(const Request& request, Context& context);
Response post_sign_off_request(const Request& request, Context& context);
Response put_section_content(const Request& request, Context& context);
Response put_section_assignment(const Request& request, Context& context);
Response post_section_status(const Request& request, Context& context);
Response get_section_history(const Request& request, Context& context);
Response post_section_restore(const Request& request, Context& context);
Response put_feedback(const Request& request, Context& context);

Response get_organisation_links(const Request& request, Context& context);
Response put_organisation_links(const Request& request, Context& context);
Response post_conflict_clearance(const Request& request, Context& context);
Response delete_conflict_clearance(const Request& request, Context& context);

Response get_notifications(const Request& request, Context& context);
Response post_notification_read(const Request& request, Context& context);
Response post_notifications_read_all(const Request& request, Context& context);
Response get_notification_settings(const Request& request, Context& context);
Response put_notification_settings(const Request& request, Context& context);
Response get_unsubscribe(const Request& request, Context& context);
Response post_unsubscribe(const Request& request, Context& context);
Response get_followed_cpv_codes(const Request& request, Context& context);
Response put_followed_cpv_codes(const Request& request, Context& context);
Response get_outbox(const Request& request, Context& context);
Response post_outbox_retry(const Request& request, Context& context);

}  // namespace collabtender::api
