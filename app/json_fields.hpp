#pragma once

// Reading the fields of a JSON object (a request body, a bid's declaration) into
// typed values, every violation collected. api/json_body.hpp reads request bodies
// with it; app/ checks stored JSON with it.
#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "domain/violation.hpp"

namespace collabtender::app {

enum class Need { required, optional };

// Reads the fields of a request object into domain structs, collecting every
// violation before reporting so a client learns of all its mistakes at once.
// A present field is type-checked and assigned; an absent one is reported when
// required, except in a patch, where absent means "leave as it is". Null is a value
// only for the nullable_ readers: elsewhere it is reported (as missing when the
// field is required, else as the wrong type), never taken for absent. Fields the
// reader was never asked about are reported as unknown: a misspelt name is an
// error, not silently ignored.
class FieldReader {
public:
    explicit FieldReader(const boost::json::object& object, std::string prefix = {}, bool patch = false);

    std::string required_string(const char* name);
    std::optional<std::string> optional_string(const char* name);

    // Each returns whether it read the field into `into`: given, and of its type.
    bool text(const char* name, std::string& into, Need need = Need::required);
    bool integer(const char* name, int& into, Need need = Need::required);
    // Pence: a whole number, never negative.
    bool money(const char* name, std::int64_t& into, Need need = Need::required);
    bool boolean(const char* name, bool& into, Need need = Need::required);
    bool texts(const char* name, std::vector<std::string>& into, Need need = Need::required);
    // Nullable fields: JSON null clears them.
    void nullable_text(const char* name, std::optional<std::string>& into);
    void nullable_integer(const char* name, std::optional<int>& into);
    void nullable_time(const char* name, std::optional<domain::TimePoint>& into);
    // An id in a body: text that becomes typed here, where it enters.
    template <class Tag>
    bool text(const char* name, domain::Id<Tag>& into, Need need = Need::required) {
        std::string given;
        if (!text(name, given, need)) return false;
        into = domain::Id<Tag>{std::move(given)};
        return true;
    }
    template <class Tag>
    bool texts(const char* name, std::vector<domain::Id<Tag>>& into, Need need = Need::required) {
        std::vector<std::string> given;
        if (!texts(name, given, need)) return false;
        into.clear();
        for (auto& text : given) into.emplace_back(std::move(text));
        return true;
    }
    template <class Tag>
    void nullable_text(const char* name, std::optional<domain::Id<Tag>>& into) {
        std::optional<std::string> given;
        if (into) given = into->str();
        nullable_text(name, given);
        into = given ? std::optional<domain::Id<Tag>>{domain::Id<Tag>{std::move(*given)}} : std::nullopt;
    }

    // A nested object or array to read with its own reader; null when absent
    // (reported if required) or of the wrong type (reported).
    const boost::json::object* object(const char* name, Need need = Need::required);
    const boost::json::array* array(const char* name, Need need = Need::required);

    // Reads each element of an array of objects with a reader of its own (at
    // "/name/i"), reporting elements that are not objects. Returns how many
    // elements the array has; 0 when it is absent.
    std::size_t objects(const char* name, const std::function<void(std::size_t, FieldReader&)>& read_one,
                        Need need = Need::required);

    // Whether the field is present and not null.
    bool has(const char* name) const {
        const auto* v = object_.if_contains(name);
        return v != nullptr && !v->is_null();
    }
    // Whether the field is present, null or not.
    bool given(const char* name) const { return object_.contains(name); }

    // The JSON Pointer of a field of this object.
    std::string pointer(const std::string& name) const { return prefix_ + "/" + name; }
    bool patch() const { return patch_; }

    void add(domain::Violation violation);
    void add(const domain::Violations& violations);
    // Takes a nested reader's findings (including its unknown fields).
    void absorb(FieldReader& nested);

    // Everything found so far, unknown fields included, without throwing: for
    // checks that report alongside others rather than refuse the request.
    domain::Violations findings() const;

    // Refuses (invalid) if anything was wrong, adding the domain's own findings
    // for fields not already reported.
    void finish(domain::Violations more = {});

private:
    const boost::json::value* present(const char* name, Need need);
    void wrong_type(const char* name, const char* expected);
    domain::Violations unknown_fields() const;

    const boost::json::object& object_;
    std::string prefix_;
    bool patch_;
    std::set<std::string> read_;
    domain::Violations violations_;
};

// The names of an object's fields, sorted: what a change touched, for the audit
// trail, without its values.
boost::json::array field_names(const boost::json::object& object);

}  // namespace collabtender::app
