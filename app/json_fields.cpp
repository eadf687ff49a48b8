#include "app/json_fields.hpp"

#include <algorithm>
#include <limits>

#include <boost/json.hpp>

#include "domain/money.hpp"
#include "domain/refusal.hpp"
#include "domain/time_format.hpp"

namespace collabtender::app {

FieldReader::FieldReader(const boost::json::object& object, std::string prefix, bool patch)
    : object_{object}, prefix_{std::move(prefix)}, patch_{patch} {}

const boost::json::value* FieldReader::present(const char* name, Need need) {
    read_.insert(name);
    const auto* value = object_.if_contains(name);
    if (value == nullptr || value->is_null()) {
        if (need == Need::required && !patch_) add({pointer(name), "required", "is required"});
        // Null clears only what may be empty (the nullable_ readers); elsewhere a client
        // that sends it means something this field cannot hold, not "leave it out".
        else if (value != nullptr) add({pointer(name), "wrong_type", "must not be null; leave it out instead"});
        return nullptr;
    }
    return value;
}

void FieldReader::wrong_type(const char* name, const char* expected) {
    add({pointer(name), "wrong_type", std::string{"must be "} + expected});
}

std::string FieldReader::required_string(const char* name) {
    std::string out;
    text(name, out, Need::required);
    return out;
}

std::optional<std::string> FieldReader::optional_string(const char* name) {
    std::optional<std::string> out;
    nullable_text(name, out);
    return out;
}

bool FieldReader::text(const char* name, std::string& into, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return false;
    if (!v->is_string()) {
        wrong_type(name, "a string");
        return false;
    }
    into = std::string{v->as_string()};
    return true;
}

bool FieldReader::integer(const char* name, int& into, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return false;
    if (v->is_int64() && v->as_int64() >= std::numeric_limits<int>::min() &&
        v->as_int64() <= std::numeric_limits<int>::max()) {
        into = static_cast<int>(v->as_int64());
        return true;
    }
    if (v->is_uint64() || v->is_int64()) add({pointer(name), "out_of_range", "is too large"});
    else wrong_type(name, "an integer");
    return false;
}

bool FieldReader::money(const char* name, std::int64_t& into, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return false;
    if (v->is_int64() && v->as_int64() >= 0 && v->as_int64() <= domain::max_amount_pence) {
        into = v->as_int64();
        return true;
    }
    if (v->is_int64() && v->as_int64() < 0) add({pointer(name), "out_of_range", "must not be negative"});
    else if (v->is_int64() || v->is_uint64())
        add({pointer(name), "out_of_range", "must be at most " + domain::format_pounds(domain::max_amount_pence) + " (" +
                                               std::to_string(domain::max_amount_pence) + " pence)"});
    else wrong_type(name, "a whole number of pence");
    return false;
}

bool FieldReader::boolean(const char* name, bool& into, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return false;
    if (!v->is_bool()) {
        wrong_type(name, "true or false");
        return false;
    }
    into = v->as_bool();
    return true;
}

bool FieldReader::texts(const char* name, std::vector<std::string>& into, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return false;
    if (!v->is_array()) {
        wrong_type(name, "an array of strings");
        return false;
    }
    std::vector<std::string> out;
    for (std::size_t i = 0; i < v->as_array().size(); ++i) {
        const auto& item = v->as_array()[i];
        if (!item.is_string()) {
            add({pointer(name) + "/" + std::to_string(i), "wrong_type", "must be a string"});
            continue;
        }
        out.emplace_back(item.as_string());
    }
    into = std::move(out);  // the strings among them: the others are reported
    return true;
}

void FieldReader::nullable_text(const char* name, std::optional<std::string>& into) {
    read_.insert(name);
    const auto* v = object_.if_contains(name);
    if (v == nullptr) return;
    if (v->is_null()) into.reset();
    else if (v->is_string()) into = std::string{v->as_string()};
    else wrong_type(name, "a string or null");
}

void FieldReader::nullable_integer(const char* name, std::optional<int>& into) {
    read_.insert(name);
    const auto* v = object_.if_contains(name);
    if (v == nullptr) return;
    if (v->is_null()) {
        into.reset();
        return;
    }
    int value = 0;
    if (integer(name, value, Need::required)) into = value;
}

void FieldReader::nullable_time(const char* name, std::optional<domain::TimePoint>& into) {
    read_.insert(name);
    const auto* v = object_.if_contains(name);
    if (v == nullptr) return;
    if (v->is_null()) {
        into.reset();
        return;
    }
    const auto parsed = v->is_string() ? domain::parse_rfc3339(v->as_string()) : std::nullopt;
    if (parsed) into = parsed;
    else add({pointer(name), "wrong_type", "must be an RFC 3339 date-time, e.g. 2027-03-01T12:00:00Z"});
}

const boost::json::object* FieldReader::object(const char* name, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return nullptr;
    if (!v->is_object()) {
        wrong_type(name, "an object");
        return nullptr;
    }
    return &v->as_object();
}

const boost::json::array* FieldReader::array(const char* name, Need need) {
    const auto* v = present(name, need);
    if (v == nullptr) return nullptr;
    if (!v->is_array()) {
        wrong_type(name, "an array");
        return nullptr;
    }
    return &v->as_array();
}

std::size_t FieldReader::objects(const char* name, const std::function<void(std::size_t, FieldReader&)>& read_one,
                                 Need need) {
    const auto* elements = array(name, need);
    if (elements == nullptr) return 0;
    for (std::size_t i = 0; i < elements->size(); ++i) {
        const auto at = pointer(name) + "/" + std::to_string(i);
        if (!(*elements)[i].is_object()) {
            add({at, "wrong_type", "must be an object"});
            continue;
        }
        FieldReader element{(*elements)[i].as_object(), at};
        read_one(i, element);
        absorb(element);
    }
    return elements->size();
}

void FieldReader::add(domain::Violation violation) { violations_.push_back(std::move(violation)); }

void FieldReader::add(const domain::Violations& violations) {
    violations_.insert(violations_.end(), violations.begin(), violations.end());
}

domain::Violations FieldReader::unknown_fields() const {
    domain::Violations out;
    for (const auto& [key, value] : object_)
        if (!read_.count(std::string{key}))
            out.push_back({pointer(std::string{key}), "unknown_field", "is not a field of this object"});
    return out;
}

void FieldReader::absorb(FieldReader& nested) {
    add(nested.violations_);
    add(nested.unknown_fields());
    nested.violations_.clear();
    nested.read_.clear();
    for (const auto& [key, value] : nested.object_) nested.read_.insert(std::string{key});
}

domain::Violations FieldReader::findings() const {
    auto out = violations_;
    const auto unknown = unknown_fields();
    out.insert(out.end(), unknown.begin(), unknown.end());
    return out;
}

void FieldReader::finish(domain::Violations more) {
    add(unknown_fields());
    violations_ = domain::merged(std::move(violations_), more);
    if (!violations_.empty()) throw domain::invalid_input(std::move(violations_));
}

boost::json::array field_names(const boost::json::object& object) {
    std::vector<std::string> names;
    for (const auto& field : object) names.emplace_back(field.key());
    std::sort(names.begin(), names.end());
    return boost::json::array(names.begin(), names.end());
}

}  // namespace collabtender::app
