// JSON pointers are built as the reader descends, with '~' and '/' escaped per RFC 6901.
#include "rules/json_reader.hpp"

#include "core/errors.hpp"

namespace medlint {

namespace {

std::string escape_pointer_token(std::string_view token) {
  std::string out;
  for (const char c : token) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string type_name(const nlohmann::json& value) { return value.type_name(); }

}  // namespace

nlohmann::json parse_json_text(const std::string& text, const std::string& file, bool allow_comments) {
  // nlohmann parses any depth, but merge patches, copies and comparisons recurse: a hostile
  // file nested 100,000 deep would overflow the stack later. No rule pack, profile or config
  // needs more than a few levels.
  constexpr int max_depth = 128;
  const nlohmann::json::parser_callback_t limit_depth = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json&) {
    if (depth > max_depth && (event == nlohmann::json::parse_event_t::object_start || event == nlohmann::json::parse_event_t::array_start)) {
      throw LoadError(file, "/", "JSON nested deeper than " + std::to_string(max_depth) + " levels");
    }
    return true;
  };
  try {
    return nlohmann::json::parse(text, limit_depth, true, allow_comments);
  } catch (const nlohmann::json::parse_error& error) {
    std::string what = error.what();
    // Keep nlohmann's explanation, drop its "[json.exception.parse_error.101] parse error at ...:" prefix.
    if (const auto colon = what.find(": syntax error"); colon != std::string::npos) what = what.substr(colon + 2);
    throw LoadError(file, describe_json_offset(text, error.byte), "invalid JSON: " + what);
  } catch (const nlohmann::json::exception& error) {
    // Not a syntax error but still unusable JSON: a number too large for a double (1E400).
    std::string what = error.what();
    if (const auto bracket = what.find("] "); bracket != std::string::npos) what = what.substr(bracket + 2);
    throw LoadError(file, "/", "invalid JSON: " + what);
  }
}

void JsonReader::fail(const std::string& what) const {
  throw LoadError(*file_, pointer_.empty() ? "/" : pointer_, what);
}

void JsonReader::expect_object(std::initializer_list<std::string_view> allowed) const {
  expect_object(std::vector<std::string>(allowed.begin(), allowed.end()));
}

void JsonReader::expect_object(const std::vector<std::string>& allowed) const {
  if (!value_->is_object()) fail("expected an object, found " + type_name(*value_));
  for (const auto& item : value_->items()) {
    bool known = false;
    for (const auto& key : allowed) known = known || key == item.key();
    if (!known) {
      std::string list;
      for (const auto& key : allowed) list += (list.empty() ? "" : ", ") + key;
      JsonReader(item.value(), *file_, pointer_ + "/" + escape_pointer_token(item.key()))
          .fail("unknown key '" + item.key() + "' (allowed here: " + list + ")");
    }
  }
}

bool JsonReader::has(std::string_view key) const { return value_->is_object() && value_->contains(key); }

JsonReader JsonReader::at(std::string_view key) const {
  auto found = find(key);
  if (!found) fail("missing required key '" + std::string(key) + "'");
  return *found;
}

std::optional<JsonReader> JsonReader::find(std::string_view key) const {
  if (!value_->is_object()) fail("expected an object, found " + type_name(*value_));
  const auto it = value_->find(key);
  if (it == value_->end()) return std::nullopt;
  return JsonReader(*it, *file_, pointer_ + "/" + escape_pointer_token(key));
}

std::vector<JsonReader> JsonReader::elements() const {
  if (!value_->is_array()) fail("expected an array, found " + type_name(*value_));
  std::vector<JsonReader> out;
  out.reserve(value_->size());
  for (std::size_t i = 0; i < value_->size(); ++i) out.emplace_back((*value_)[i], *file_, pointer_ + "/" + std::to_string(i));
  return out;
}

std::vector<std::pair<std::string, JsonReader>> JsonReader::members() const {
  if (!value_->is_object()) fail("expected an object, found " + type_name(*value_));
  std::vector<std::pair<std::string, JsonReader>> out;
  for (const auto& item : value_->items()) {
    out.emplace_back(item.key(), JsonReader(item.value(), *file_, pointer_ + "/" + escape_pointer_token(item.key())));
  }
  return out;
}

std::string JsonReader::string() const {
  std::string value = string_or_empty();
  if (value.empty()) fail("expected a non-empty string");
  return value;
}

std::string JsonReader::string_or_empty() const {
  if (!value_->is_string()) fail("expected a string, found " + type_name(*value_));
  return value_->get<std::string>();
}

bool JsonReader::boolean() const {
  if (!value_->is_boolean()) fail("expected true or false, found " + type_name(*value_));
  return value_->get<bool>();
}

std::size_t JsonReader::count() const {
  if (!value_->is_number_unsigned() && !(value_->is_number_integer() && value_->get<long long>() >= 0)) {
    fail("expected a non-negative integer, found " + type_name(*value_));
  }
  return value_->get<std::size_t>();
}

std::vector<std::string> JsonReader::strings() const {
  std::vector<std::string> out;
  for (const JsonReader& element : elements()) out.push_back(element.string());
  return out;
}

std::string JsonReader::string_or(std::string_view key, std::string fallback) const {
  if (auto found = find(key)) return found->string();
  return fallback;
}

bool JsonReader::boolean_or(std::string_view key, bool fallback) const {
  if (auto found = find(key)) return found->boolean();
  return fallback;
}

}  // namespace medlint
