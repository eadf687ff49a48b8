#pragma once

// Request bodies read into sign-in's commands (api/json_body.hpp's
// read_command). In app's namespace, where value_to finds them.
#include <string>

#include <boost/json/fwd.hpp>

#include "app/accounts/sign_in.hpp"
#include "app/accounts/sign_out.hpp"

namespace collabtender::app {

// POST /api/v1/auth/login: {"email", "password", "session": "bearer" (the
// default: the token is in the answer) or "browser" (an HttpOnly cookie)}.
SignIn tag_invoke(boost::json::value_to_tag<SignIn>, const boost::json::value& body);

// POST /api/v1/auth/logout: {"everywhere": true|false}, or no body. The token is
// the request's own, for the handler to add.
SignOut tag_invoke(boost::json::value_to_tag<SignOut>, const boost::json::value& body);

// The single-use links sent by email: {"token"} (the part after '#') to look one
// up or use it, and {"token", "password"} to choose a password through it.
struct LinkToken {
    std::string token;
};
struct LinkPassword {
    std::string token;
    std::string password;
};
LinkToken tag_invoke(boost::json::value_to_tag<LinkToken>, const boost::json::value& body);
LinkPassword tag_invoke(boost::json::value_to_tag<LinkPassword>, const boost::json::value& body);

}  // namespace collabtender::app
