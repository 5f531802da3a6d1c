// Key names follow the static site generators (Jekyll, Hugo, Eleventy, Astro) and CMS
// exports; case and '-' against '_' do not matter ("Last-Modified", "last_modified").
#include "input/front_matter.hpp"

#include <array>
#include <string>

#include "text/ascii_text.hpp"

namespace medlint {

namespace {

// A scalar without its quotes; a flow list ("[Ana Ruiz, Sam Lee]") keeps its brackets off.
std::string_view scalar(std::string_view value) {
  value = trim_ascii_space(value);
  if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
    value = trim_ascii_space(value.substr(1, value.size() - 2));
  }
  if (value.size() >= 2 && value.front() == '[' && value.back() == ']') value = trim_ascii_space(value.substr(1, value.size() - 2));
  return value;
}

std::string normalized_key(std::string_view key) {
  std::string out;
  for (const char c : trim_ascii_space(key)) out.push_back(c == '-' ? '_' : ascii_lower(c));
  return out;
}

constexpr std::array<std::string_view, 8> author_keys = {"author", "authors", "by", "byline", "reviewer", "reviewers",
                                                         "reviewed_by", "medically_reviewed_by"};
constexpr std::array<std::string_view, 14> date_keys = {"date", "published", "publish_date", "published_at", "pubdate",
                                                        "date_published", "updated", "updated_at", "lastmod",
                                                        "last_modified", "modified", "date_modified", "reviewed",
                                                        "last_reviewed"};

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
    const std::string_view content = trim_ascii_space(line);
    if (content.empty() || content.front() == '#' || content == "---" || content == "...") continue;
    const bool indented = line.front() == ' ' || line.front() == '\t';
    if (indented) {
      if (open_list == nullptr) continue;
      std::string_view item = content;
      if (item.front() == '-') item = trim_ascii_space(item.substr(1));
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
    std::vector<std::string>* target = listed_ascii_caseless(author_keys, key) ? &metadata.authors
                                       : listed_ascii_caseless(date_keys, key) ? &metadata.dates
                                                                : nullptr;
    if (target == nullptr) continue;
    const std::string_view value = scalar(content.substr(colon + 1));
    if (value.empty()) open_list = target;
    else target->emplace_back(value);
  }
}

}  // namespace medlint
