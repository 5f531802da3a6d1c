// Attribute names are compared without case, as HTML does. JSON-LD is parsed with
// nlohmann/json without exceptions: a malformed block is ignored, as browsers ignore it.
#include "input/html_metadata.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>

#include "text/ascii_text.hpp"

namespace medlint {

namespace {

std::string_view attribute(const GumboElement& element, const char* name) {
  const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
  return found == nullptr ? std::string_view() : std::string_view(found->value);
}

std::string trimmed(std::string_view value) { return std::string(trim_ascii_space(value)); }

// Names and properties of <meta> tags that carry the author or a date (Open Graph and
// article:, Highwire/Google Scholar citation_, Dublin Core, schema.org itemprop, news CMSs).
constexpr std::array<std::string_view, 9> author_keys = {"author", "article:author", "citation_author", "dc.creator",
                                                         "dcterms.creator", "parsely-author", "sailthru.author", "byl",
                                                         "reviewedby"};
constexpr std::array<std::string_view, 20> date_keys = {
    "article:published_time", "article:modified_time", "citation_publication_date", "citation_date", "citation_online_date",
    "dc.date", "dc.date.issued", "dcterms.created", "dcterms.modified", "dcterms.date", "date", "pubdate", "publish-date",
    "parsely-pub-date", "sailthru.date", "og:updated_time", "datepublished", "datemodified", "lastreviewed", "last-modified"};

void add_name(const nlohmann::json& value, std::vector<std::string>& out) {
  if (value.is_string()) {
    if (std::string name = trimmed(value.get<std::string>()); !name.empty()) out.push_back(std::move(name));
  } else if (value.is_object()) {
    if (const auto name = value.find("name"); name != value.end()) add_name(*name, out);
  } else if (value.is_array()) {
    for (const auto& item : value) add_name(item, out);
  }
}

// Objects nest (an @graph, a mainEntity); a depth limit keeps a hostile page from recursing far.
void read_json_ld_value(const nlohmann::json& value, PageMetadata& metadata, int depth) {
  if (depth > 16) return;
  if (value.is_array()) {
    for (const auto& item : value) read_json_ld_value(item, metadata, depth + 1);
    return;
  }
  if (!value.is_object()) return;
  for (const auto& [key, member] : value.items()) {
    if (key == "author" || key == "reviewedBy") {
      add_name(member, metadata.authors);
    } else if (key == "datePublished" || key == "dateModified" || key == "dateCreated" || key == "lastReviewed") {
      if (member.is_string() && !trimmed(member.get<std::string>()).empty()) metadata.dates.push_back(member.get<std::string>());
    } else if (member.is_object() || member.is_array()) {
      read_json_ld_value(member, metadata, depth + 1);
    }
  }
}

}  // namespace

void read_meta_tag(const GumboElement& meta, PageMetadata& metadata) {
  const std::string content = trimmed(attribute(meta, "content"));
  if (content.empty()) return;
  for (const char* name : {"name", "property", "itemprop"}) {
    const std::string_view key = attribute(meta, name);
    if (key.empty()) continue;
    if (listed_ascii_caseless(author_keys, key)) metadata.authors.push_back(content);
    else if (listed_ascii_caseless(date_keys, key)) metadata.dates.push_back(content);
    else if (equals_ascii_caseless(key, "og:url") && metadata.site_host.empty()) metadata.site_host = web_link_host(content).value_or("");
  }
}

void read_canonical_link(const GumboElement& link, PageMetadata& metadata) {
  if (!equals_ascii_caseless(trimmed(attribute(link, "rel")), "canonical")) return;
  if (auto host = web_link_host(attribute(link, "href"))) metadata.site_host = std::move(*host);
}

void read_json_ld(const GumboElement& script, PageMetadata& metadata) {
  if (!equals_ascii_caseless(trimmed(attribute(script, "type")), "application/ld+json")) return;
  std::string text;
  for (unsigned i = 0; i < script.children.length; ++i) {
    const auto* child = static_cast<const GumboNode*>(script.children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE) {
      text += child->v.text.text;
    }
  }
  const nlohmann::json document = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!document.is_discarded()) read_json_ld_value(document, metadata, 0);
}

bool read_inline_metadata(const GumboElement& element, PageMetadata& metadata) {
  bool web_link = false;
  if (element.tag == GUMBO_TAG_A) {
    if (auto host = web_link_host(attribute(element, "href"))) {
      metadata.link_hosts.push_back(std::move(*host));
      web_link = true;
    }
    if (equals_ascii_caseless(trimmed(attribute(element, "rel")), "author")) {
      std::string name;
      for (unsigned i = 0; i < element.children.length; ++i) {
        const auto* child = static_cast<const GumboNode*>(element.children.data[i]);
        if (child->type == GUMBO_NODE_TEXT) name += child->v.text.text;
      }
      if (name = trimmed(name); !name.empty()) metadata.authors.push_back(std::move(name));
    }
  } else if (element.tag == GUMBO_TAG_TIME) {
    if (std::string date = trimmed(attribute(element, "datetime")); !date.empty()) metadata.dates.push_back(std::move(date));
  }
  return web_link;
}

}  // namespace medlint
