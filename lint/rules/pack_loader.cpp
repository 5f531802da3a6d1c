// Common rule keys are checked here; kind-specific keys by each kind's factory.
#include "rules/pack_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include "core/errors.hpp"
#include "rules/embedded.hpp"
#include "rules/json_reader.hpp"
#include "rules/registry.hpp"

namespace medlint {

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> common_rule_keys = {"id",  "category", "severity", "kind",    "message",
                                                   "explain", "fix", "yield_to", "yield_after", "not_in", "any_language", "note"};

bool is_valid_rule_name(std::string_view name) {
  if (name.empty() || !(std::islower(static_cast<unsigned char>(name[0])) || std::isdigit(static_cast<unsigned char>(name[0])))) return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '-';
  });
}

Explain read_explain(const JsonReader& rule) {
  const JsonReader explain = rule.at("explain");
  explain.expect_object({"text", "bad", "good"});
  return {explain.at("text").string(), explain.at("bad").string(), explain.at("good").string_or_empty()};
}

std::unique_ptr<Rule> load_rule(const JsonReader& rule) {
  if (!rule.value().is_object()) rule.fail("expected a rule object");
  RuleMeta meta;
  meta.origin = rule.file();
  meta.origin_pointer = rule.pointer();

  const JsonReader id = rule.at("id");
  meta.id = id.string();
  const JsonReader category = rule.at("category");
  const auto parsed_category = parse_category(category.string());
  if (!parsed_category) {
    category.fail("unknown category '" + category.string() +
                  "' (one of spinner, citation, ocr, boilerplate, disclaimer, claim, risk, attribution, duplicate)");
  }
  meta.category = *parsed_category;
  const std::string prefix = std::string(to_string(meta.category)) + "/";
  if (meta.id.rfind(prefix, 0) != 0 || !is_valid_rule_name(std::string_view(meta.id).substr(prefix.size()))) {
    id.fail("rule id '" + meta.id + "' must be '" + prefix + "name' with a name of lower-case letters, digits and '-'");
  }
  const JsonReader severity = rule.at("severity");
  const auto parsed_severity = parse_severity(severity.string());
  if (!parsed_severity) severity.fail("unknown severity '" + severity.string() + "' (one of error, warning, info)");
  meta.severity = *parsed_severity;

  const JsonReader kind_json = rule.at("kind");
  meta.kind = kind_json.string();
  const RuleKind* kind = find_rule_kind(meta.kind);
  if (!kind) {
    std::string names;
    for (const RuleKind& k : rule_kinds()) names += (names.empty() ? "" : ", ") + std::string(k.name);
    kind_json.fail("unknown kind '" + meta.kind + "' (one of " + names + ")");
  }
  std::vector<std::string> allowed = common_rule_keys;
  allowed.insert(allowed.end(), kind->keys.begin(), kind->keys.end());
  rule.expect_object(allowed);

  RuleFactory make = kind->make;
  meta.scope = kind->scope;
  std::vector<std::string> placeholders = kind->placeholders;
  bool can_suggest = kind->can_suggest;
  std::optional<JsonReader> spec = rule;
  nlohmann::json no_options = nlohmann::json::object();
  if (meta.kind == "detector") {
    const JsonReader name = rule.at("detector");
    meta.detector = name.string();
    const Detector* detector = find_detector(meta.detector);
    if (!detector) {
      std::string names;
      for (const Detector& d : detectors()) names += (names.empty() ? "" : ", ") + std::string(d.name);
      name.fail("unknown detector '" + meta.detector + "' (known: " + (names.empty() ? "none" : names) + ")");
    }
    make = detector->make;
    meta.scope = detector->scope;
    placeholders = detector->placeholders;
    can_suggest = detector->can_suggest;
    spec = rule.find("options");
    if (!spec) spec = JsonReader(no_options, rule.file(), rule.pointer() + "/options");
  }

  const JsonReader message = rule.at("message");
  try {
    meta.message = MessageTemplate(message.string(), placeholders);
  } catch (const std::invalid_argument& error) {
    message.fail(error.what());
  }
  meta.explain = read_explain(rule);
  if (const auto fix = rule.find("fix")) {
    const std::string value = fix->string();
    if (value != "safe" && value != "unsafe") fix->fail("expected \"safe\" or \"unsafe\"");
    if (!can_suggest) fix->fail("this kind of rule makes no suggestions, so it has nothing to fix");
    meta.fix_safe = value == "safe";
  }
  if (const auto yield_to = rule.find("yield_to")) meta.yield_to = yield_to->strings();
  if (const auto yield_after = rule.find("yield_after")) meta.yield_after = yield_after->strings();
  if (const auto not_in = rule.find("not_in")) {
    for (const JsonReader& place : not_in->elements()) {
      const std::string name = place.string();
      if (name != "captions") place.fail("unknown place '" + name + "' (expected \"captions\")");
      meta.not_in_captions = true;
    }
  }
  meta.any_language = rule.boolean_or("any_language", false);
  if (const auto note = rule.find("note")) (void)note->string_or_empty();
  return make(std::move(meta), *spec);
}

std::string read_file_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MedlintError(path.string() + ": cannot read rule pack");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// Replaces every {"$ref": "#/definitions/NAME"} inside `value` with that definition, so
// rules of one pack can share a long list (the disclaimer wordings) without copies.
void resolve_refs(nlohmann::json& value, const nlohmann::json& definitions, const std::string& file, const std::string& pointer) {
  if (value.is_object() && value.size() == 1 && value.contains("$ref")) {
    const JsonReader ref(value["$ref"], file, pointer + "/$ref");
    const std::string target = ref.string();
    const std::string prefix = "#/definitions/";
    if (target.rfind(prefix, 0) != 0 || !definitions.contains(target.substr(prefix.size()))) {
      ref.fail("unknown reference '" + target + "' (expected #/definitions/NAME of this pack)");
    }
    value = definitions[target.substr(prefix.size())];
    return;
  }
  if (value.is_object()) {
    for (auto& [key, child] : value.items()) resolve_refs(child, definitions, file, pointer + "/" + key);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) resolve_refs(value[i], definitions, file, pointer + "/" + std::to_string(i));
  }
}

}  // namespace

std::vector<std::unique_ptr<Rule>> load_pack(const PackSource& source, const RuleOptionOverrides& overrides) {
  nlohmann::json document = parse_json_text(source.text, source.label);
  const JsonReader pack(document, source.label);
  pack.expect_object({"pack", "description", "include", "definitions", "rules"});
  if (const auto include = pack.find("include")) (void)include->strings();  // expanded when read from disk
  if (document.contains("definitions")) {
    if (!document["definitions"].is_object()) JsonReader(document["definitions"], source.label, "/definitions").fail("expected an object");
    if (document.contains("rules")) resolve_refs(document["rules"], document["definitions"], source.label, "/rules");
  }
  // Config may adjust a rule's options (a house disclaimer wording, where it must appear).
  if (document.contains("rules") && document["rules"].is_array()) {
    for (auto& rule : document["rules"]) {
      if (!rule.is_object() || !rule.contains("id") || !rule["id"].is_string()) continue;
      // Options for the rule's category apply first, then those for its id.
      for (const char* key : {"category", "id"}) {
        if (!rule.contains(key) || !rule[key].is_string()) continue;
        const auto it = overrides.find(rule[key].get<std::string>());
        if (it == overrides.end()) continue;
        // Detectors keep their settings under "options"; the other kinds at the top level.
        if (rule.contains("options")) rule["options"].merge_patch(it->second);
        else rule.merge_patch(it->second);
      }
    }
  }
  (void)pack.at("pack").string();
  if (const auto description = pack.find("description")) (void)description->string_or_empty();
  std::vector<std::unique_ptr<Rule>> rules;
  for (const JsonReader& rule : pack.at("rules").elements()) rules.push_back(load_rule(rule));
  return rules;
}

std::vector<PackSource> default_pack_sources() {
  std::vector<PackSource> sources;
  for (const EmbeddedFile& file : embedded_files()) {
    // Profiles and language data (sentence abbreviations) have readers of their own.
    if (file.name.rfind("rules/profiles/", 0) == 0 || file.name.rfind("rules/language/", 0) == 0) continue;
    sources.push_back({std::string(file.name) + " (built in)", std::string(file.data)});
  }
  return sources;
}

namespace {

// Depth-first: a pack's includes come before it, each file once (a diamond loads its shared
// pack once), and a file met again while its own includes are being read is a cycle.
void collect_with_includes(const fs::path& file, const std::string& parent, const std::string& pointer,
                           std::vector<std::string>& stack, std::set<std::string>& done, std::vector<PackSource>& out) {
  std::error_code ec;
  const std::string key = fs::weakly_canonical(file, ec).string();
  if (std::find(stack.begin(), stack.end(), key) != stack.end()) {
    std::string chain;
    for (auto it = std::find(stack.begin(), stack.end(), key); it != stack.end(); ++it) chain += fs::path(*it).filename().string() + " -> ";
    throw LoadError(parent, pointer, "include cycle: " + chain + file.filename().string());
  }
  if (done.count(key) != 0) return;
  if (!parent.empty() && !fs::is_regular_file(file, ec)) {
    throw LoadError(parent, pointer, "included pack '" + file.generic_string() + "' not found");
  }
  PackSource source{file.generic_string(), read_file_text(file)};
  stack.push_back(key);
  const nlohmann::json document = parse_json_text(source.text, source.label);
  if (document.is_object() && document.contains("include")) {
    const JsonReader include(document["include"], source.label, "/include");
    const std::vector<std::string> entries = include.strings();
    for (std::size_t i = 0; i < entries.size(); ++i) {
      collect_with_includes(file.parent_path() / entries[i], source.label, "/include/" + std::to_string(i), stack, done, out);
    }
  }
  stack.pop_back();
  done.insert(key);
  out.push_back(std::move(source));
}

}  // namespace

std::vector<PackSource> pack_sources_from_path(const std::string& path) {
  std::error_code ec;
  std::vector<fs::path> files;
  if (fs::is_directory(path, ec)) {
    for (const auto& entry : fs::directory_iterator(path, ec)) {
      if (entry.is_regular_file() && entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (ec) throw MedlintError(path + ": cannot list rule directory: " + ec.message());
    std::sort(files.begin(), files.end());
  } else {
    if (!fs::exists(path, ec)) throw MedlintError(path + ": rule pack not found");
    files.emplace_back(path);
  }
  std::vector<std::string> stack;
  std::set<std::string> done;
  std::vector<PackSource> sources;
  for (const auto& file : files) collect_with_includes(file, "", "", stack, done, sources);
  return sources;
}

}  // namespace medlint
