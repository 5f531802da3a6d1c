#include "text/page_metadata.hpp"

#include <algorithm>
#include <iterator>

#include "text/ascii_text.hpp"

namespace medlint {

std::optional<MetadataField> parse_metadata_field(std::string_view name) {
  if (name == "author") return MetadataField::author;
  if (name == "date") return MetadataField::date;
  if (name == "links") return MetadataField::links;
  return std::nullopt;
}

std::optional<std::string> web_link_host(std::string_view href) {
  href = trim_ascii_space(href);
  if (starts_with_ascii_caseless(href, "http://")) href.remove_prefix(7);
  else if (starts_with_ascii_caseless(href, "https://")) href.remove_prefix(8);
  else if (href.starts_with("//")) href.remove_prefix(2);
  else return std::nullopt;
  const std::size_t end = href.find_first_of("/?#:");
  std::string host(href.substr(0, end));
  if (const std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);  // user info
  std::transform(host.begin(), host.end(), host.begin(), ascii_lower);
  if (host.starts_with("www.")) host.erase(0, 4);
  if (host.empty()) return std::nullopt;
  return host;
}

namespace {

// `spans` sorted by start and not nested: the last one starting at or before the range is the
// only candidate.
bool inside_one_of(const std::vector<TextRange>& spans, TextRange range) {
  auto after = std::upper_bound(spans.begin(), spans.end(), range.begin,
                                [](std::size_t offset, const TextRange& span) { return offset < span.begin; });
  return after != spans.begin() && std::prev(after)->end >= range.end;
}

}  // namespace

bool PageMetadata::inside_link_text(TextRange range) const { return inside_one_of(link_texts, range); }

bool PageMetadata::inside_caption(TextRange range) const { return inside_one_of(caption_texts, range); }

bool PageMetadata::item_starts_in(std::size_t from, std::size_t to) const {
  const auto it = std::lower_bound(item_starts.begin(), item_starts.end(), from);
  return it != item_starts.end() && *it <= to;
}

bool PageMetadata::web_link_in(TextRange range) const {
  // Sorted by start: the first link ending after the range's start decides.
  auto it = std::lower_bound(web_link_texts.begin(), web_link_texts.end(), range.begin,
                             [](const TextRange& link, std::size_t offset) { return link.end <= offset; });
  return it != web_link_texts.end() && it->begin < range.end;
}

std::size_t PageMetadata::outside_links() const {
  if (site_host.empty()) return link_hosts.size();
  return static_cast<std::size_t>(std::count_if(link_hosts.begin(), link_hosts.end(), [&](const std::string& host) { return host != site_host; }));
}

}  // namespace medlint
