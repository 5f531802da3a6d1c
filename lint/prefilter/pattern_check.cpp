#include "prefilter/pattern_check.hpp"

#include "core/fnv1a.hpp"
#include "prefilter/compile_cache.hpp"

#include <hs/hs.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <optional>

namespace medlint {

namespace {

bool ask_vectorscan(const std::string& expression, unsigned flags) {
  hs_expr_info_t* info = nullptr;
  hs_compile_error_t* error = nullptr;
  if (hs_expression_info(expression.c_str(), flags, &info, &error) != HS_SUCCESS) {
    hs_free_compile_error(error);
    return false;
  }
  const bool non_empty = info->min_width > 0;
  std::free(info);
  return non_empty;
}

}  // namespace

PatternCheckCache::PatternCheckCache(std::filesystem::path file) : file_(std::move(file)) {}

std::filesystem::path PatternCheckCache::default_file() {
  const std::filesystem::path dir = compile_cache_directory();
  if (dir.empty()) return {};
  char name[48];
  std::snprintf(name, sizeof name, "pattern-checks-%016llx.json",
                static_cast<unsigned long long>(fnv1a_add(fnv1a_offset, hs_version())));
  return dir / name;
}

bool PatternCheckCache::accepts_non_empty(const std::string& expression, unsigned flags) {
  std::lock_guard lock(mutex_);
  if (!read_) read();
  auto key = std::make_pair(flags, expression);
  if (const auto found = answers_.find(key); found != answers_.end()) return found->second;
  const bool answer = ask_vectorscan(expression, flags);
  answers_.emplace(std::move(key), answer);
  changed_ = true;
  ++asked_;
  return answer;
}

std::size_t PatternCheckCache::asked() const {
  std::lock_guard lock(mutex_);
  return asked_;
}

void PatternCheckCache::read() {
  read_ = true;
  if (file_.empty()) return;
  const std::optional<std::string> bytes = read_cache_file(file_);
  if (!bytes) return;
  const nlohmann::json document = nlohmann::json::parse(*bytes, nullptr, false);
  if (!document.is_object() || !document.contains("vectorscan") || document["vectorscan"] != hs_version()) return;
  const auto answers = document.find("answers");
  if (answers == document.end() || !answers->is_array()) return;
  for (const nlohmann::json& entry : *answers) {
    if (!entry.is_array() || entry.size() != 3 || !entry[0].is_number_unsigned() || !entry[1].is_string() ||
        !entry[2].is_boolean()) {
      continue;
    }
    answers_.emplace(std::make_pair(entry[0].get<unsigned>(), entry[1].get<std::string>()), entry[2].get<bool>());
  }
}

void PatternCheckCache::save() {
  std::lock_guard lock(mutex_);
  if (!changed_ || file_.empty()) return;
  nlohmann::json answers = nlohmann::json::array();
  for (const auto& [key, answer] : answers_) {
    nlohmann::json entry = {key.first, key.second, answer};
    try {
      (void)entry.dump();  // a pattern that is not valid UTF-8 is not kept (JSON text must be)
    } catch (const nlohmann::json::type_error&) {
      continue;
    }
    answers.push_back(std::move(entry));
  }
  const nlohmann::json document = {{"vectorscan", hs_version()}, {"answers", std::move(answers)}};
  write_cache_file(file_, document.dump());
  changed_ = false;
}

namespace {

PatternCheckCache& process_cache() {
  static PatternCheckCache cache(PatternCheckCache::default_file());
  return cache;
}

}  // namespace

bool vectorscan_accepts_non_empty(const std::string& expression, unsigned flags) {
  return process_cache().accepts_non_empty(expression, flags);
}

void save_pattern_checks() { process_cache().save(); }

}  // namespace medlint
