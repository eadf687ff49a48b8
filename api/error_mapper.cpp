#include "api/error_mapper.hpp"

#include <spdlog/spdlog.h>

#include "api/problem.hpp"
#include "api/refusals.hpp"
#include "persistence/database.hpp"

namespace collabtender::api {

Response error_response(std::exception_ptr error, const Request& request) {
    const auto& id = request.request_id;
    try {
        std::rethrow_exception(error);
    } catch (const Problem& problem) {
        return problem.to_response(request.path);
    } catch (const domain::Refusal& refusal) {
        return problem_for(refusal).to_response(request.path);
    } catch (const persistence::Unavailable& e) {
        spdlog::warn("request_id={} database unavailable: {}", id, e.what());
        return problems::unavailable("The database is not reachable at the moment. Please try again shortly.")
            .to_response(request.path);
    } catch (const persistence::OutcomeUnknown& e) {
        spdlog::error("request_id={} commit outcome unknown: {}", id, e.what());
        return Problem{500, "outcome-unknown", "Outcome unknown",
                       "The connection to the database broke while saving. Your change may or may not have been "
                       "saved: check before trying again."}
            .to_response(request.path);
    } catch (const persistence::Timeout& e) {
        spdlog::warn("request_id={} statement timeout: {}", id, e.what());
        return problems::unavailable("The database took too long to answer. Nothing was changed; please try again.")
            .to_response(request.path);
    } catch (const persistence::Exhausted& e) {
        spdlog::error("request_id={} database out of resources: {}", id, e.what());
        return problems::unavailable("The service cannot save anything at the moment. Nothing was changed; "
                                     "please try again later.", 60)
            .to_response(request.path);
    } catch (const persistence::Contention& e) {
        spdlog::warn("request_id={} contention: {}", id, e.what());
        return problems::unavailable("The service is busy. Please try again.", 1).to_response(request.path);
    } catch (const persistence::Conflict& e) {
        spdlog::info("request_id={} conflict: {}", id, e.what());
        return problems::conflict("This would duplicate something that already exists.").to_response(request.path);
    } catch (const persistence::ConstraintViolation& e) {
        spdlog::info("request_id={} constraint: {}", id, e.what());
        return Problem{422, "constraint-violated", "Not accepted",
                       "The request refers to something that does not exist or breaks a rule."}
            .to_response(request.path);
    } catch (const std::exception& e) {
        spdlog::error("request_id={} unhandled: {}", id, e.what());
    } catch (...) {
        spdlog::error("request_id={} unhandled non-standard exception", id);
    }
    return problems::internal().to_response(request.path);
}

}  // namespace collabtender::api
