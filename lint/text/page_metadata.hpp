// What a markup source says about itself outside its prose: the author and date in its
// <meta> tags, JSON-LD or YAML front matter, and how many links to other pages it holds.
// The attribution rules accept these where a plain-text page would need a byline, a date
// or a URL in its text (a `require` rule's `or_metadata`).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/text_range.hpp"

namespace medlint {

enum class MetadataField { author, date, links };

struct PageMetadata {
  std::vector<std::string> authors;  ///< as the source gives them ("Ana Ruiz")
  std::vector<std::string> dates;    ///< as the source gives them ("2025-09-01")
  std::vector<std::string> link_hosts;  ///< hosts of the http(s) links in the text that is read
  std::string site_host;               ///< the page's own host (canonical link, og:url), if given
  /// Where the text of each link (<a>, [text](url)) lies in the extracted text, in text order:
  /// a "Read more" that is a real link was not pasted there by a scraper.
  std::vector<TextRange> link_texts;
  /// The texts of the links to web pages among them ("according to <a href="https://...">this
  /// trial</a>"): a source the sentence names, though its address is not in the text.
  std::vector<TextRange> web_link_texts;
  /// Where the text of each HTML <figcaption> lies: the page's own caption ("Photo by ..."),
  /// which a rule with `"not_in": ["captions"]` does not report.
  std::vector<TextRange> caption_texts;
  /// Where the text of each list item (<li>, a Markdown "- " or "1. " item), table cell
  /// (<td>, <th>, a Markdown cell) and description (<dt>, <dd>) starts, in text order: an item
  /// may open in lower case ("- nausea and vomiting", "<td>once daily</td>").
  std::vector<std::size_t> item_starts;
  /// The visible text of the page's <footer> and <aside> elements, which the text that is
  /// read leaves out (site furniture, not the article), words joined by single spaces: a
  /// site often prints its medical disclaimer there, under every article.
  std::string furniture_text;

  /// Whether `range` lies inside the text of one link.
  [[nodiscard]] bool inside_link_text(TextRange range) const;
  /// Whether `range` lies inside one caption.
  [[nodiscard]] bool inside_caption(TextRange range) const;
  /// Whether an item's text starts in [from, to].
  [[nodiscard]] bool item_starts_in(std::size_t from, std::size_t to) const;
  /// Whether the text of a web link overlaps `range`.
  [[nodiscard]] bool web_link_in(TextRange range) const;

  /// A link to another site counts as a source; one to the page's own site ("start your
  /// plan") does not, when the page says which site it is.
  [[nodiscard]] std::size_t outside_links() const;

  [[nodiscard]] bool has(MetadataField field) const {
    switch (field) {
      case MetadataField::author: return !authors.empty();
      case MetadataField::date: return !dates.empty();
      case MetadataField::links: return outside_links() > 0;
    }
    return false;
  }
};

/// "author", "date" or "links".
[[nodiscard]] std::optional<MetadataField> parse_metadata_field(std::string_view name);

/// The host of a web link ("https://www.FDA.gov/x" → "fda.gov": lower case, without "www."),
/// or nothing when `href` is not an http(s) or protocol-relative link.
[[nodiscard]] std::optional<std::string> web_link_host(std::string_view href);

}  // namespace medlint
