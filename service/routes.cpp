#include "service/routes.hpp"

#include "api/handlers.hpp"

namespace collabtender::service {

api::Router build_router(std::function<std::string()> render_metrics) {
    using api::Access;
    using domain::Role;
    api::Router router;
    router.add({"GET", "/healthz", Access::anyone(), false, api::get_healthz});
    router.add({"GET", "/readyz", Access::anyone(), true, api::get_readyz});
    router.add({"GET", "/metrics", Access::anyone(), false,
                [render = std::move(render_metrics)](const api::Request&, api::Context&) {
                    return api::Response{200, "text/plain; version=0.0.4; charset=utf-8", render(), {}};
                }});
    router.add({"GET", "/api/v1/openapi.json", Access::anyone(), false, api::get_openapi});
    router.add({"POST", "/api/v1/auth/login", Access::anyone(), true, api::post_login});
    router.add({"POST", "/api/v1/auth/logout", Access::any_role(), true, api::post_logout});
    router.add({"GET", "/api/v1/me", Access::any_role(), true, api::get_me});
    router.add({"POST", "/api/v1/organisations", Access::only({Role::admin}), true, api::post_organisation});
    router.add({"GET", "/api/v1/organisations/{organisation_id}", Access::any_role(), true, api::get_organisation});
    router.add({"POST", "/api/v1/users", Access::only({Role::admin}), true, api::post_user});
    return router;
}

}  // namespace collabtender::service
