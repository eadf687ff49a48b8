#include "service/routes.hpp"

#include <boost/json.hpp>

#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "domain/time_format.hpp"
#include "api/problem.hpp"
#include "app/accounts/credentials.hpp"

namespace collabtender::service {

api::Router build_router(RouteOptions options) {
    using api::Access;
    using domain::Role;
    api::Router router;
    router.add({"GET", "/healthz", Access::anyone(), false, api::get_healthz, 0, true});
    // A stopping instance still serves during its drain delay but is no longer ready,
    // so that the load balancer moves its traffic away before the listener closes.
    router.add({"GET", "/readyz", Access::anyone(), true,
                [stopping = std::move(options.stopping)](const api::Request& request, api::Context& context) {
                    if (stopping()) throw api::problems::unavailable("This instance is stopping.");
                    return api::get_readyz(request, context);
                },
                0, true});
    // The operator's, not the public's: only with the metrics token (Prometheus's
    // `authorization: credentials_file`); without one configured it is not there.
    router.add({"GET", "/metrics", Access::anyone(), false,
                [render = std::move(options.render_metrics),
                 token = std::move(options.metrics_token)](const api::Request& request, api::Context&) {
                    if (token.empty()) throw api::problems::not_found();
                    if (!app::same_secret(api::bearer_token(request.header("authorization")).value_or(""), token))
                        throw api::problems::unauthenticated();
                    return api::Response{200, "text/plain; version=0.0.4; charset=utf-8", render(), {}};
                }});
    router.add({"GET", "/api/v1/openapi.json", Access::anyone(), false, api::get_openapi});
    router.add({"POST", "/api/v1/auth/login", Access::anyone(), true, api::post_login, 0, false, true});
    router.add({"POST", "/api/v1/auth/logout", Access::enrolling(), true, api::post_logout});
    router.add({"GET", "/api/v1/me", Access::enrolling(), true, api::get_me});
    router.add({"POST", "/api/v1/organisations", Access::only({Role::admin}), true, api::post_organisation});
    router.add({"GET", "/api/v1/organisations/{organisation_id}", Access::any_role(), true, api::get_organisation});
    router.add({"GET", "/api/v1/organisations", Access::only({Role::provider, Role::panellist, Role::admin}), true,
                api::get_organisations});
    // Organisations kept by their own administrators, closed by an admin; providers
    // register themselves (every registration counted per client address, as a
    // sign-in is) and an admin approves or refuses.
    router.add({"PATCH", "/api/v1/organisations/{organisation_id}", Access::any_role(), true, api::patch_organisation});
    router.add({"POST", "/api/v1/organisations/{organisation_id}/closure", Access::only({Role::admin}), true,
                api::post_organisation_closure});
    api::Route registration{"POST", "/api/v1/registrations", Access::anyone(), true, api::post_registration, 0, false,
                            true};
    registration.every_attempt_counts = true;
    router.add(std::move(registration));
    router.add(
        {"POST", "/api/v1/registrations/confirmation", Access::anyone(), true, api::post_registration_confirmation});
    const std::string registration_path = "/api/v1/registrations/{registration_id}";
    router.add({"GET", "/api/v1/registrations", Access::only({Role::admin}), true, api::get_registrations});
    router.add({"GET", registration_path, Access::only({Role::admin}), true, api::get_registration});
    router.add(
        {"POST", registration_path + "/approval", Access::only({Role::admin}), true, api::post_registration_approval});
    router.add(
        {"POST", registration_path + "/refusal", Access::only({Role::admin}), true, api::post_registration_refusal});

    // People: invited by email, recovering their password, managing their sessions,
    // deactivated when they leave. A route that hashes a password is counted per
    // client address like a sign-in, and so is asking for a reset link. Who manages
    // whom (admins, organisations' administrators, commissioners for their
    // panellists) is domain::manages_account's rule: anyone else is refused there.
    const auto managers = Access::any_role();
    router.add({"PATCH", "/api/v1/users/{user_id}", managers, true, api::patch_user});
    router.add({"GET", "/api/v1/users", managers, true, api::get_users});
    router.add({"GET", "/api/v1/users/{user_id}", managers, true, api::get_user});
    router.add({"POST", "/api/v1/users/invitations", managers, true, api::post_invitation});
    router.add({"POST", "/api/v1/users/{user_id}/invitation", managers, true, api::post_invitation_resend});
    router.add({"DELETE", "/api/v1/users/{user_id}/invitation", managers, true, api::delete_invitation});
    router.add({"POST", "/api/v1/users/{user_id}/deactivation", managers, true, api::post_deactivation});
    router.add({"POST", "/api/v1/users/{user_id}/reactivation", managers, true, api::post_reactivation});
    router.add({"POST", "/api/v1/auth/invitation", Access::anyone(), true, api::post_invitation_lookup});
    router.add({"POST", "/api/v1/auth/invitation/accept", Access::anyone(), true, api::post_invitation_accept, 0, false,
                true});
    api::Route reset_link{
        "POST", "/api/v1/auth/password-reset", Access::anyone(), true, api::post_password_reset, 0, false, true};
    reset_link.every_attempt_counts = true;
    router.add(std::move(reset_link));
    router.add({"POST", "/api/v1/auth/password-reset/check", Access::anyone(), true, api::post_password_reset_check});
    router.add({"POST", "/api/v1/auth/password-reset/confirm", Access::anyone(), true, api::post_password_reset_confirm,
                0, false, true});
    router.add({"POST", "/api/v1/me/password", Access::any_role(), true, api::post_password, 0, false, true});
    router.add({"POST", "/api/v1/me/email", Access::any_role(), true, api::post_email, 0, false, true});
    router.add({"POST", "/api/v1/auth/email-change/confirm", Access::anyone(), true, api::post_email_change_confirm});
    router.add({"GET", "/api/v1/me/sessions", Access::any_role(), true, api::get_sessions});
    router.add({"DELETE", "/api/v1/me/sessions", Access::any_role(), true, api::delete_sessions});
    router.add({"DELETE", "/api/v1/me/sessions/{session_id}", Access::any_role(), true, api::delete_session});

    // Two-factor sign-in: a session opened only to enrol reaches these and /me.
    const std::string two_factor = "/api/v1/me/two-factor";
    router.add({"GET", two_factor, Access::enrolling(), true, api::get_two_factor});
    router.add({"POST", two_factor + "/enrolment", Access::enrolling(), true, api::post_two_factor_enrolment});
    router.add({"GET", two_factor + "/enrolment/qr", Access::enrolling(), true, api::get_two_factor_qr});
    router.add({"POST", two_factor, Access::enrolling(), true, api::post_two_factor});
    router.add({"POST", two_factor + "/removal", Access::any_role(), true, api::post_two_factor_removal});
    router.add({"POST", two_factor + "/recovery-codes", Access::any_role(), true, api::post_recovery_codes});
    router.add({"POST", "/api/v1/users/{user_id}/two-factor-reset", managers, true, api::post_two_factor_reset});
    router.add({"GET", "/api/v1/audit/accounts", Access::only({Role::admin}), true, api::get_account_audit});
    router.add({"GET", "/api/v1/settings", Access::only({Role::admin}), true, api::get_settings});
    router.add({"PATCH", "/api/v1/settings", Access::only({Role::admin}), true, api::patch_settings});

    const auto commissioner = Access::only({Role::commissioner});
    const auto public_notice = Access::optional_sign_in();
    const std::string tender = "/api/v1/tenders/{tender_id}";
    const std::string lot = tender + "/lots/{lot_id}";
    router.add({"POST", "/api/v1/tenders", commissioner, true, api::post_tender});
    router.add({"GET", "/api/v1/tenders", public_notice, true, api::get_tenders});
    router.add({"GET", tender, public_notice, true, api::get_tender});
    router.add({"PATCH", tender, commissioner, true, api::patch_tender});
    router.add({"POST", tender + "/actions/{action}", commissioner, true, api::post_tender_action});
    router.add({"POST", tender + "/deadline-changes", commissioner, true, api::post_deadline_change});
    router.add({"GET", tender + "/deadline-changes", commissioner, true, api::get_deadline_changes});
    router.add({"POST", tender + "/lots", commissioner, true, api::post_lot});
    router.add({"GET", tender + "/lots", public_notice, true, api::get_lots});
    router.add({"GET", lot, public_notice, true, api::get_lot});
    router.add({"PATCH", lot, commissioner, true, api::patch_lot});
    router.add({"DELETE", lot, commissioner, true, api::delete_lot});
    router.add({"POST", lot + "/cancellation", commissioner, true, api::post_lot_cancellation});
    router.add({"POST", lot + "/minimum-bids-waiver", commissioner, true, api::post_minimum_bids_waiver});
    router.add({"GET", tender + "/minimum-bids", commissioner, true, api::get_minimum_bids});
    router.add({"PUT", tender + "/criteria", commissioner, true, api::put_criteria});
    router.add({"GET", tender + "/criteria", public_notice, true, api::get_criteria});
    router.add({"PUT", lot + "/criteria", commissioner, true, api::put_lot_criteria});
    router.add({"GET", lot + "/criteria", public_notice, true, api::get_lot_criteria});
    router.add({"PUT", tender + "/gates", commissioner, true, api::put_gates});
    router.add({"GET", tender + "/gates", public_notice, true, api::get_gates});
    router.add({"PUT", tender + "/required-documents", commissioner, true, api::put_required_documents});
    router.add({"GET", tender + "/required-documents", public_notice, true, api::get_required_documents});

    const auto provider = Access::only({Role::provider});
    const auto participant = Access::only({Role::provider, Role::commissioner});
    const std::string sessions = tender + "/information-sessions";
    const std::string session = sessions + "/{session_id}";
    router.add({"POST", sessions, commissioner, true, api::post_information_session});
    router.add({"GET", sessions, public_notice, true, api::get_information_sessions});
    router.add({"DELETE", session, commissioner, true, api::delete_information_session});
    router.add({"POST", session + "/bookings", provider, true, api::post_booking});
    router.add({"GET", session + "/bookings", participant, true, api::get_bookings});
    router.add({"DELETE", session + "/bookings/{booking_id}", participant, true, api::delete_booking});
    router.add({"PUT", lot + "/interest", provider, true, api::put_lot_interest});
    router.add({"DELETE", lot + "/interest", provider, true, api::delete_lot_interest});
    router.add({"GET", tender + "/interests", participant, true, api::get_interests});

    const std::string clarifications = tender + "/clarifications";
    const std::string clarification = clarifications + "/{clarification_id}";
    router.add({"POST", clarifications, provider, true, api::post_clarification});
    router.add({"GET", clarifications, public_notice, true, api::get_clarifications});
    router.add({"POST", clarification + "/answer", commissioner, true, api::post_clarification_answer});
    router.add({"POST", clarification + "/publish", commissioner, true, api::post_clarification_publish});
    router.add({"GET", clarification + "/reconfirmation-preview", commissioner, true, api::get_reconfirmation_preview});

    router.add({"GET", tender + "/checklist", public_notice, true, api::get_checklist});
    router.add({"PUT", tender + "/checklist", commissioner, true, api::put_checklist});
    router.add({"GET", tender + "/checklist/history", public_notice, true, api::get_checklist_history});
    router.add({"GET", tender + "/ocds", public_notice, true, api::get_ocds});

    const std::string partner_register = lot + "/partner-register";
    router.add({"PUT", partner_register + "/mine", provider, true, api::put_partner_listing});
    router.add({"DELETE", partner_register + "/mine", provider, true, api::delete_partner_listing});
    router.add({"GET", partner_register, participant, true, api::get_partner_register});

    const std::string consortium = "/api/v1/consortia/{consortium_id}";
    const std::string member = consortium + "/members/{organisation_id}";
    router.add({"POST", tender + "/consortia", provider, true, api::post_consortium});
    router.add({"GET", tender + "/consortia", participant, true, api::get_consortia});
    router.add({"GET", consortium, participant, true, api::get_consortium});
    router.add({"POST", consortium + "/members", provider, true, api::post_member});
    router.add({"PATCH", member, provider, true, api::patch_member});
    router.add({"DELETE", member, provider, true, api::delete_member});
    router.add({"GET", "/api/v1/invitations", provider, true, api::get_invitations});
    router.add({"GET", "/api/v1/me/consortia", provider, true, api::get_my_consortia});
    router.add({"GET", "/api/v1/me/followed-cpv-codes", provider, true, api::get_followed_cpv_codes});
    router.add({"PUT", "/api/v1/me/followed-cpv-codes", provider, true, api::put_followed_cpv_codes});
    router.add({"POST", consortium + "/invitation/{answer}", provider, true, api::post_invitation_answer});
    router.add({"PUT", consortium + "/mou", provider, true, api::put_mou, options.document_limit, false, false, true});
    router.add({"GET", consortium + "/mou", participant, true, api::get_mou});
    router.add({"POST", consortium + "/mou/acknowledgement", provider, true, api::post_mou_acknowledgement});
    router.add({"POST", consortium + "/change-agreements", commissioner, true, api::post_change_agreement});

    const std::string bid = "/api/v1/bids/{bid_id}";
    router.add({"POST", consortium + "/bids", provider, true, api::post_bid});
    router.add({"GET", consortium + "/bids", provider, true, api::get_bids});
    router.add({"GET", bid, provider, true, api::get_bid});
    router.add({"PATCH", bid, provider, true, api::patch_bid});
    router.add({"POST", bid + "/submissions", provider, true, api::post_submission});
    router.add({"GET", bid + "/submissions", provider, true, api::get_submissions});
    router.add({"POST", bid + "/withdrawal", provider, true, api::post_withdrawal});
    router.add({"POST", bid + "/reconfirmation", provider, true, api::post_reconfirmation});
    router.add({"POST", bid + "/documents", provider, true, api::post_document, options.document_limit, false, false, true});
    router.add({"GET", bid + "/documents", provider, true, api::get_documents});
    router.add({"GET", bid + "/documents/{document_id}/content", provider, true, api::get_document_content});
    router.add({"DELETE", bid + "/documents/{document_id}", provider, true, api::delete_document});
    const std::string section = bid + "/sections/{section}";
    router.add({"GET", bid + "/sections", provider, true, api::get_sections});
    router.add({"GET", bid + "/sign-offs", provider, true, api::get_sign_offs});
    router.add({"POST", bid + "/sign-offs", provider, true, api::post_sign_off});
    router.add({"POST", bid + "/sign-off-requests", provider, true, api::post_sign_off_request});
    router.add({"GET", section, provider, true, api::get_section});
    router.add({"PUT", section + "/assignment", provider, true, api::put_section_assignment});
    router.add({"PUT", section + "/content", provider, true, api::put_section_content});
    router.add({"POST", section + "/status", provider, true, api::post_section_status});
    router.add({"GET", section + "/history", provider, true, api::get_section_history});
    router.add({"GET", section + "/diff", provider, true, api::get_section_diff});
    router.add({"POST", section + "/answer-insertions", provider, true, api::post_section_answer});
    router.add({"PUT", section + "/presence", provider, true, api::put_presence});
    router.add({"DELETE", section + "/presence", provider, true, api::delete_presence});
    router.add({"GET", bid + "/presence", provider, true, api::get_presence});
    router.add({"GET", bid + "/people", provider, true, api::get_people});
    router.add({"POST", "/api/v1/answers", provider, true, api::post_answer});
    router.add({"GET", "/api/v1/answers", provider, true, api::get_answers});
    router.add({"PUT", "/api/v1/answers/{answer_id}", provider, true, api::put_answer});
    router.add({"DELETE", "/api/v1/answers/{answer_id}", provider, true, api::delete_answer});
    router.add({"GET", section + "/comments", provider, true, api::get_section_comments});
    router.add({"POST", section + "/comments", provider, true, api::post_section_comment});
    router.add({"POST", bid + "/comments/{comment_id}/resolution", provider, true, api::post_comment_resolution});
    router.add({"POST", section + "/history/{version}/restore", provider, true, api::post_section_restore});
    router.add({"GET", tender + "/bid-counts", commissioner, true, api::get_bid_counts});
    router.add({"GET", tender + "/submissions", commissioner, true, api::get_tender_submissions});

    const auto panellist = Access::only({Role::panellist});
    const auto evaluator = Access::only({Role::commissioner, Role::panellist});
    const std::string panel = "/api/v1/panels/{panel_id}";
    router.add({"GET", "/api/v1/panellists", commissioner, true, api::get_panellists});
    router.add({"POST", tender + "/panels", commissioner, true, api::post_panel});
    router.add({"GET", tender + "/panels", evaluator, true, api::get_panels});
    router.add({"GET", panel, evaluator, true, api::get_panel});
    router.add({"PUT", panel, commissioner, true, api::put_panel});
    router.add({"GET", "/api/v1/me/panels", panellist, true, api::get_my_panels});
    router.add({"GET", panel + "/bids", evaluator, true, api::get_panel_bids});
    router.add({"PUT", bid + "/conflict-declaration", panellist, true, api::put_conflict_declaration});
    router.add({"GET", bid + "/evaluation", evaluator, true, api::get_bid_evaluation});
    router.add({"GET", "/api/v1/me/organisation-links", Access::only({Role::panellist}), true, api::get_organisation_links});
    router.add({"PUT", "/api/v1/me/organisation-links", Access::only({Role::panellist}), true, api::put_organisation_links});
    router.add({"POST", bid + "/conflict-flags/{user_id}/clearance", commissioner, true, api::post_conflict_clearance});
    router.add({"DELETE", bid + "/conflict-flags/{user_id}/clearance", commissioner, true, api::delete_conflict_clearance});
    router.add({"GET", bid + "/evaluation/documents/{document_id}", evaluator, true, api::get_evaluation_document});
    router.add({"GET", tender + "/gate-results", commissioner, true, api::get_gate_results});
    router.add({"PUT", bid + "/gate-results/{gate}", commissioner, true, api::put_gate_result});
    router.add({"GET", bid + "/my-scores", panellist, true, api::get_my_scores});
    router.add({"PUT", bid + "/my-scores/{criterion}", panellist, true, api::put_my_score});
    router.add({"POST", bid + "/my-scores/submission", panellist, true, api::post_my_scores_submission});
    router.add({"GET", bid + "/scores", evaluator, true, api::get_bid_scores});
    router.add({"PUT", bid + "/consensus/{criterion}", evaluator, true, api::put_consensus});
    router.add({"GET", bid + "/feedback", participant, true, api::get_feedback});
    router.add({"PUT", bid + "/feedback", commissioner, true, api::put_feedback});

    const std::string lot_alone = "/api/v1/lots/{lot_id}";
    const std::string award = "/api/v1/awards/{award_id}";
    router.add({"GET", lot_alone + "/ranking", commissioner, true, api::get_ranking});
    router.add({"PUT", lot_alone + "/tie-break", commissioner, true, api::put_tie_break});
    router.add({"POST", lot_alone + "/award-decision", commissioner, true, api::post_award_decision});
    router.add({"GET", tender + "/awards", commissioner, true, api::get_awards});
    router.add({"POST", award + "/suspension", commissioner, true, api::post_award_suspension});
    router.add({"POST", award + "/resumption", commissioner, true, api::post_award_resumption});
    router.add({"POST", award + "/confirmation", commissioner, true, api::post_award_confirmation});
    router.add({"GET", bid + "/outcome-letter", participant, true, api::get_outcome_letter});
    router.add({"GET", lot_alone + "/reports/{report}", commissioner, true, api::get_lot_report});

    router.add({"GET", tender + "/audit", commissioner, true, api::get_tender_audit});
    router.add({"GET", "/api/v1/audit/verify", Access::only({Role::admin, Role::commissioner}), true,
                api::get_audit_verify});

    // Each person's own notifications; the admin sees the email outbox.
    const std::string notifications = "/api/v1/notifications";
    router.add({"GET", notifications, Access::any_role(), true, api::get_notifications});
    router.add({"POST", notifications + "/read-all", Access::any_role(), true, api::post_notifications_read_all});
    router.add({"POST", notifications + "/{notification_id}/read", Access::any_role(), true, api::post_notification_read});
    router.add({"GET", "/api/v1/me/notification-settings", Access::any_role(), true, api::get_notification_settings});
    router.add({"PUT", "/api/v1/me/notification-settings", Access::any_role(), true, api::put_notification_settings});
    router.add({"GET", "/api/v1/unsubscribe", Access::anyone(), true, api::get_unsubscribe});
    router.add({"POST", "/api/v1/unsubscribe", Access::anyone(), true, api::post_unsubscribe});
    router.add({"GET", "/api/v1/admin/outbox", Access::only({Role::admin}), true, api::get_outbox});
    router.add({"POST", "/api/v1/admin/outbox/{notification_id}/retry", Access::only({Role::admin}), true,
                api::post_outbox_retry});

    // Never in production: a test server's clock, moved forward by the test itself.
    if (options.advance_clock)
        router.add({"POST", "/test/clock", Access::anyone(), false,
                    [advance = std::move(options.advance_clock)](const api::Request& request, api::Context&) {
                        const auto body = api::parse_json_object(request);
                        app::FieldReader fields{body};
                        int seconds = 0;
                        fields.integer("seconds", seconds);
                        fields.finish();
                        if (seconds < 0) throw api::problems::validation({{"/seconds", "out_of_range", "must not be negative"}});
                        return api::json_response(200, boost::json::object{
                                                           {"now", domain::format_rfc3339(advance(std::chrono::seconds{seconds}))}});
                    }});
    return router;
}

}  // namespace collabtender::service
