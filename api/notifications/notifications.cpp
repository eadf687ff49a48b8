#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "app/notifications/message.hpp"
#include "domain/time_format.hpp"
#include "domain/cpv.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {
namespace {

std::int64_t notification_id(const Request& request) {
    const auto& text = request.param("notification_id");
    if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos)
        throw problems::not_found("No such notification.");
    return std::stoll(text);
}

// The kinds meant for the role, each with whether it also comes by email.
boost::json::object settings_json(const std::map<std::string, bool>& chosen, domain::Role role) {
    boost::json::array items;
    for (const auto& kind : domain::notification_kinds()) {
        if (kind.role != role) continue;
        const auto found = chosen.find(std::string{kind.name});
        items.push_back(boost::json::object{{"kind", kind.name},
                                            {"description", kind.description},
                                            {"can_switch_off", !kind.legal},
                                            {"email", kind.legal || found == chosen.end() || found->second}});
    }
    return {{"items", std::move(items)}};
}

}  // namespace

// GET /api/v1/notifications?unread=true&limit=&offset=: the caller's own
// notifications, newest first, with how many are unread.
Response get_notifications(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"unread", "limit", "offset"});
    const auto page = paging(parameters);
    const bool unread_only = flag_parameter(parameters, "unread");
    boost::json::array items;
    persistence::InboxCounts counts{};
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        counts = persistence::inbox_counts(tx, context.principal->user_id);
        for (const auto& n : persistence::inbox(tx, context.principal->user_id, unread_only, page.limit, page.offset)) {
            const auto message = app::notification_message(context.settings.open_data.public_url, n.kind, n.subject, n.link, {});
            items.push_back(boost::json::object{
                {"id", std::to_string(n.id)},
                {"kind", n.kind},
                {"title", message.subject},
                {"text", message.body},
                {"link_text", message.action},
                {"link", n.link},
                {"created_at", domain::format_rfc3339(n.created_at)},
                {"read_at", n.read_at ? boost::json::value(domain::format_rfc3339(*n.read_at)) : nullptr},
                {"emailed", n.email_state == "sent"}});
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)},
                                                  {"total", counts.total},
                                                  {"unread", counts.unread},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

// POST /api/v1/notifications/{notification_id}/read: idempotent; another
// person's notification is simply not there (404).
Response post_notification_read(const Request& request, Context& context) {
    const auto id = notification_id(request);
    context.db->transact([&](persistence::Tx& tx) {
        if (!persistence::mark_read(tx, context.principal->user_id, id, context.now))
            throw problems::not_found("No such notification.");
    });
    return Response{204, "", "", {}};
}

// POST /api/v1/notifications/read-all
Response post_notifications_read_all(const Request&, Context& context) {
    context.db->transact([&](persistence::Tx& tx) { persistence::mark_all_read(tx, context.principal->user_id, context.now); });
    return Response{204, "", "", {}};
}

// GET /api/v1/me/notification-settings: per kind, whether it also comes by email.
Response get_notification_settings(const Request&, Context& context) {
    std::map<std::string, bool> chosen;
    context.db->transact([&](persistence::Tx& tx) { chosen = persistence::email_choices(tx, context.principal->user_id); });
    return json_response(200, settings_json(chosen, context.principal->role));
}

// PUT /api/v1/me/notification-settings {"email": {"kind": true|false, ...}}: the
// kinds named change, others stay. Formal notices cannot be switched off (422).
Response put_notification_settings(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto* email = fields.object("email");
    std::map<std::string, bool> wanted;
    if (email != nullptr) {
        for (const auto& [name, value] : *email) {
            const std::string pointer = "/email/" + std::string{name};
            const auto* kind = domain::find_notification_kind(name);
            if (kind == nullptr || kind->role != context.principal->role)
                fields.add({pointer, "unknown_kind", "is not a kind of notification you receive"});
            else if (!value.is_bool())
                fields.add({pointer, "invalid_type", "must be true or false"});
            else if (kind->legal && !value.as_bool())
                fields.add({pointer, "cannot_switch_off", "is a formal notice: it always comes by email"});
            else
                wanted.emplace(std::string{name}, value.as_bool());
        }
    }
    fields.finish();
    std::map<std::string, bool> chosen;
    context.db->transact([&](persistence::Tx& tx) {
        for (const auto& [kind, on] : wanted) persistence::set_email_choice(tx, context.principal->user_id, kind, on);
        chosen = persistence::email_choices(tx, context.principal->user_id);
    });
    return json_response(200, settings_json(chosen, context.principal->role));
}

// The kind an unsubscribe link names, and whether it comes by email now.
static boost::json::object unsubscribe_json(persistence::Tx& tx, const persistence::UnsubscribeTarget& target) {
    const auto* kind = domain::find_notification_kind(target.kind);
    const auto chosen = persistence::email_choices(tx, target.user_id);
    const auto found = chosen.find(target.kind);
    return {{"kind", target.kind},
            {"description", kind ? kind->description : ""},
            {"can_switch_off", kind != nullptr && !kind->legal},
            {"email", (kind != nullptr && kind->legal) || found == chosen.end() || found->second}};
}

static std::string token_parameter(const Request& request) {
    const auto parameters = query_parameters(request, {"token"});
    return parameters.contains("token") ? parameters.at("token") : std::string{};
}

// GET /api/v1/unsubscribe?token=: what the link would stop, changing nothing
// (mail scanners follow links).
Response get_unsubscribe(const Request& request, Context& context) {
    const auto token = token_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto target = persistence::unsubscribe_target(tx, token);
        if (!target) throw problems::not_found("This unsubscribe link is not known.");
        out = unsubscribe_json(tx, *target);
    });
    return json_response(200, out);
}

// POST /api/v1/unsubscribe?token=: the link in an email (and RFC 8058's one-click
// POST) stops that kind of email for its recipient, without signing in. The token
// names one notification; it grants nothing else.
Response post_unsubscribe(const Request& request, Context& context) {
    const auto token = token_parameter(request);
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto target = persistence::unsubscribe_target(tx, token);
        if (!target) throw problems::not_found("This unsubscribe link is not known.");
        const auto* kind = domain::find_notification_kind(target->kind);
        if (kind != nullptr && !kind->legal) persistence::set_email_choice(tx, target->user_id, target->kind, false);
        out = unsubscribe_json(tx, *target);
    });
    return json_response(200, out);
}

// GET /api/v1/me/followed-cpv-codes: the kinds of service the caller's
// organisation hears about when a notice or tender is published.
namespace {

// The codes, and each with its title where the service knows it (health and
// social work codes), so a page can show names rather than digits; and who at
// the organisation replaced the list last.
boost::json::object followed_json(persistence::Tx& tx, const std::string& organisation_id) {
    const auto codes = persistence::cpv_subscriptions(tx, organisation_id);
    boost::json::value changed_by = nullptr, changed_at = nullptr;
    if (const auto change = persistence::cpv_subscription_change(tx, organisation_id)) {
        changed_at = boost::json::value(domain::format_rfc3339(change->changed_at));
        if (const auto user = persistence::find_user(tx, change->changed_by))
            changed_by = boost::json::object{{"id", user->id}, {"display_name", user->display_name}};
    }
    boost::json::array items;
    for (const auto& code : codes) {
        const auto title = domain::cpv_title(std::string_view{code}.substr(0, 8));
        items.push_back(boost::json::object{
            {"code", code}, {"title", title ? boost::json::value(std::string{*title}) : boost::json::value(nullptr)}});
    }
    return {{"cpv_codes", boost::json::array(codes.begin(), codes.end())},
            {"items", std::move(items)},
            {"changed_by", std::move(changed_by)},
            {"changed_at", std::move(changed_at)}};
}

}  // namespace

Response get_followed_cpv_codes(const Request&, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) { out = followed_json(tx, context.principal->organisation_id); });
    return json_response(200, out);
}

// PUT /api/v1/me/followed-cpv-codes {"cpv_codes": [...]}: replaces the list. A
// code follows every code under it: 85300000-2 follows all of 853….
Response put_followed_cpv_codes(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::vector<std::string> codes;
    fields.texts("cpv_codes", codes);
    if (codes.size() > 50) fields.add({"/cpv_codes", "too_many", "follow at most 50 codes"});
    for (std::size_t i = 0; i < codes.size() && i < 50; ++i)
        if (!domain::valid_cpv(codes[i]))
            fields.add({"/cpv_codes/" + std::to_string(i), "invalid_cpv", "is not a CPV code such as 85311000-2"});
    fields.finish();
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto& organisation = context.principal->organisation_id;
        const auto before = persistence::cpv_subscriptions(tx, organisation);
        persistence::set_cpv_subscriptions(tx, organisation, codes, context.principal->user_id, context.now);
        out = followed_json(tx, organisation);
        audit(tx, context, {std::nullopt, "organisation.followed_codes", "organisation", organisation,
                            boost::json::object{{"cpv_codes", boost::json::array(before.begin(), before.end())}},
                            boost::json::object{{"cpv_codes", out.at("cpv_codes")}}});
    });
    return json_response(200, out);
}

// GET /api/v1/admin/outbox?limit=&offset=: emails by state, and the failed ones
// with their last error.
Response get_outbox(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    std::map<std::string, int> counts;
    boost::json::array failed;
    context.db->transact([&](persistence::Tx& tx) {
        failed.clear();
        counts = persistence::outbox_counts(tx);
        for (const auto& f : persistence::failed_mail(tx, page.limit, page.offset))
            failed.push_back(boost::json::object{{"id", std::to_string(f.id)},
                                                 {"kind", f.kind},
                                                 {"to", f.email},
                                                 {"attempts", f.attempts},
                                                 {"last_error", f.last_error},
                                                 {"created_at", domain::format_rfc3339(f.created_at)}});
    });
    boost::json::object by_state;
    for (const auto& [state, count] : counts) by_state[state == "none" ? "in_app_only" : state] = count;
    return json_response(200, boost::json::object{{"counts", std::move(by_state)},
                                                  {"failed", std::move(failed)},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

// POST /api/v1/admin/outbox/{notification_id}/retry: a failed email is sent again.
Response post_outbox_retry(const Request& request, Context& context) {
    const auto id = notification_id(request);
    bool queued = false;
    context.db->transact([&](persistence::Tx& tx) {
        queued = persistence::retry_mail(tx, id, context.now);
        if (queued) audit(tx, context, {std::nullopt, "outbox.retry", "notification", std::to_string(id), nullptr, nullptr});
    });
    if (!queued)
        throw Problem{409, "not-failed", "Only failed emails are retried",
                      "This email has not failed, or there is no such email."};
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
