// Key names follow the static site generators (Jekyll, Hugo, Eleventy, Astro) and CMS
// exports; case and '-' against '_' do not matter ("Last-Modified", "last_modified").
#include "input/front_matter.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace medlint {

namespace {

std::string_view trim(std::string_view value) {
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.front())) != 0) value.remove_prefix(1);
  while (!value.empty() && std::isspace(static_cast<unsigned char>(value.back())) != 0) value.remove_suffix(1);
  return value;
}

// A scalar without its quotes; a flow list ("[Ana Ruiz, Sam Lee]") keeps its brackets off.
std::string_view scalar(std::string_view value) {
  value = trim(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = trim(value.substr(1, value.size() - 2));
  }
  if (value.size() >= 2 && value.front() == '[' && value.back() == ']') value = trim(value.substr(1, value.size() - 2));
  return value;
}

std::string normalized_key(std::string_view key) {
  std::string out;
  for (const char c : trim(key)) out.push_back(c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

constexpr std::array<std::string_view, 8> author_keys = {"author", "authors", "by", "byline", "reviewer", "reviewers",
                                                         "reviewed_by", "medically_reviewed_by"};
constexpr std::array<std::string_view, 14> date_keys = {"date", "published", "publish_date", "published_at", "pubdate",
                                                        "date_published", "updated", "updated_at", "lastmod",
                                                        "last_modified", "modified", "date_modified", "reviewed",
                                                        "last_reviewed"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N>& keys, std::string_view key) {
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

}  // namespace

std::size_t front_matter_end(std::string_view source) {
  if (source.rfind("---\n", 0) != 0 && source.rfind("---\r\n", 0) != 0) return 0;
  for (std::size_t pos = source.find('\n'); pos != std::string_view::npos; pos = source.find('\n', pos + 1)) {
    const std::string_view line = source.substr(pos + 1, source.find('\n', pos + 1) - pos - 1);
    if (line == "---" || line == "---\r" || line == "..." || line == "...\r") {
      const std::size_t end = source.find('\n', pos + 1);
      return end == std::string_view::npos ? source.size() : end + 1;
    }
  }
  return 0;
}

void read_front_matter(std::string_view front_matter, PageMetadata& metadata) {
  std::vector<std::string>* open_list = nullptr;  // the key whose value is indented below it
  for (std::size_t start = 0; start < front_matter.size();) {
    std::size_t end = front_matter.find('\n', start);
    if (end == std::string_view::npos) end = front_matter.size();
    const std::string_view line = front_matter.substr(start, end - start);
    start = end + 1;
    const std::string_view content = trim(line);
    if (content.empty() || content.front() == '#' || content == "---" || content == "...") continue;
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (indented) {
      if (open_list == nullptr) continue;
      std::string_view item = content;
      if (item.front() == '-') item = trim(item.substr(1));
      if (const std::size_t colon = item.find(':'); colon != std::string_view::npos) {
        if (normalized_key(item.substr(0, colon)) != "name") continue;
        item = item.substr(colon + 1);
      }
      if (const std::string_view value = scalar(item); !value.empty()) open_list->emplace_back(value);
      continue;
    }
    open_list = nullptr;
    const std::size_t colon = content.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = normalized_key(content.substr(0, colon));
    std::vector<std::string>* target = listed(author_keys, key) ? &metadata.authors
                                       : listed(date_keys, key) ? &metadata.dates
                                                                : nullptr;
    if (target == nullptr) continue;
    const std::string_view value = scalar(content.substr(colon + 1));
    if (value.empty()) open_list = target;
    else target->emplace_back(value);
  }
}

}  // namespace medlint
