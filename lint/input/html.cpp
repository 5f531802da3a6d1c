// Gumbo gives every text node its decoded text, its original text and its offset in the
// source. Runs without character references are copied from the source byte for byte; each
// reference is replaced by what gumbo decoded it to, anchored at the reference. The tree is
// walked with an explicit stack, so a page nested 100,000 levels deep cannot overflow it.
// A superscript reference number (<sup>2</sup>, <sup><a href="#r2">2,3</a></sup>) is read
// as "[2]": in the markup it is a well-formed citation, and only flattened into the text
// ("depression.2 The") would it look like the damage the citation rules report.
#include "input/html.hpp"

#include "input/html_metadata.hpp"

#include <iterator>
#include <cctype>
#include <algorithm>
#include <gumbo.h>

#include <cstring>
#include <initializer_list>
#include <memory>
#include <optional>
#include <vector>

namespace medlint {

namespace {

// <title> names the page in the browser's tab, not in the page: a page whose <h1> repeats it
// (most do) shows its title once, and no scraper put it there twice.
bool is_skipped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_META: case GUMBO_TAG_LINK: case GUMBO_TAG_BASE:
      return true;
    default:
      return false;
  }
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DT:
    case GUMBO_TAG_DD: case GUMBO_TAG_DL: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
      return true;
    default:
      return false;
  }
}

// A list item, table cell or description: its text may open in lower case.
bool is_item_tag(GumboTag tag) {
  return tag == GUMBO_TAG_LI || tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH || tag == GUMBO_TAG_DT || tag == GUMBO_TAG_DD;
}

bool is_hidden(const GumboElement& element) {
  if (gumbo_get_attribute(&element.attributes, "hidden") != nullptr) return true;
  const GumboAttribute* aria = gumbo_get_attribute(&element.attributes, "aria-hidden");
  return aria != nullptr && std::strcmp(aria->value, "true") == 0;
}

// Inside a footer or aside, what the text that is read skips elsewhere (scripts, forms,
// buttons, menus, hidden elements) is skipped too; a nested footer or aside is read.
bool is_invisible(const GumboElement& element) {
  return is_hidden(element) || (is_skipped_tag(element.tag) && element.tag != GUMBO_TAG_FOOTER && element.tag != GUMBO_TAG_ASIDE);
}

// A footer's disclaimer is a few hundred bytes; a page cannot make the copy grow past this.
constexpr std::size_t furniture_text_limit = 64 * 1024;

// A <footer> or <aside>, left out of the text: its visible text is added to the page's
// `furniture_text`, words joined by single spaces.
void read_furniture_text(const GumboNode& element, PageMetadata& metadata) {
  std::string& out = metadata.furniture_text;
  // Children are pushed in reverse so the text comes out in document order; the stack is
  // explicit because a hostile page may nest thousands deep.
  std::vector<const GumboNode*> stack{&element};
  while (!stack.empty() && out.size() < furniture_text_limit) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      const std::string_view text(node->v.text.text);
      for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        // A no-break space (&nbsp;) reads as a space, as in the text that is read.
        const bool nbsp = text.compare(i, 2, "\xC2\xA0") == 0;
        if (nbsp) ++i;
        if (nbsp || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
          out += c;
        }
      }
      if (!out.empty() && out.back() != ' ') out += ' ';  // block and inline ends alike: words never run together
    } else if (node->type == GUMBO_NODE_ELEMENT && (node == &element || !is_invisible(node->v.element))) {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  if (out.size() > furniture_text_limit) out.resize(out.rfind(' ', furniture_text_limit) + 1);  // at a word's end
}

std::size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  return lead >= 0xC0 ? 2 : 1;
}

// Length of a character reference at original[i] ('&'), or 0 if it is a plain '&'.
std::size_t reference_length(std::string_view original, std::size_t i) {
  std::size_t k = i + 1;
  if (k < original.size() && original[k] == '#') ++k;
  const std::size_t name_start = k;
  while (k < original.size() && k - i < 40 && (std::isalnum(static_cast<unsigned char>(original[k])) != 0)) ++k;
  if (k == name_start) return 0;
  if (k < original.size() && original[k] == ';') ++k;
  return k - i;
}

// Whether the text inside `element` is short and holds only reference numbers ("2", "2,3", "4-6").
bool holds_citation_numbers(const GumboElement& element) {
  std::string text;
  std::vector<const GumboVector*> pending{&element.children};
  while (!pending.empty() && text.size() <= 24) {
    const GumboVector* children = pending.back();
    pending.pop_back();
    for (unsigned i = 0; i < children->length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children->data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) text += child->v.text.text;
      else if (child->type == GUMBO_NODE_ELEMENT && pending.size() < 4) pending.push_back(&child->v.element.children);
    }
  }
  const auto is_digit = [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; };
  return text.size() <= 24 && std::any_of(text.begin(), text.end(), is_digit) &&
         text.find_first_not_of("0123456789,- \t\n") == std::string::npos;
}

// Whether an element with one of `tags` is among the descendants of `root` (walked with a
// stack of its own: a hostile page may nest thousands deep).
bool holds_element(const GumboNode& root, std::initializer_list<GumboTag> tags) {
  std::vector<const GumboNode*> stack{&root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) continue;
    if (node != &root && node->type == GUMBO_NODE_ELEMENT &&
        std::find(tags.begin(), tags.end(), node->v.element.tag) != tags.end()) {
      return true;
    }
    const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
  return false;
}

// A <header> inside an <article> or <main> is the article's own header: its title and byline
// ("By ... · Updated March 2, 2026") are read, so the attribution rules see the author and
// date. On a page with neither, a <header> that holds the page's <h1> and no menu, list or
// form is the article's header too (a simple page's title and byline). Any other <header> is the site's masthead
// (logo, menu, search) and is skipped. The climb to the ancestors stops after a few dozen
// levels (a page nested thousands deep).
// `page_has_article` is asked only for a header outside both: most pages have none, and the
// answer walks the whole page.
template <typename PageHasArticle>
bool is_article_header(const GumboNode& header, PageHasArticle page_has_article) {
  const GumboNode* node = header.parent;
  for (int depth = 0; node != nullptr && depth < 64; node = node->parent, ++depth) {
    if (node->type != GUMBO_NODE_ELEMENT) continue;
    if (node->v.element.tag == GUMBO_TAG_ARTICLE || node->v.element.tag == GUMBO_TAG_MAIN) return true;
  }
  return holds_element(header, {GUMBO_TAG_H1}) && !page_has_article() &&
         !holds_element(header, {GUMBO_TAG_NAV, GUMBO_TAG_UL, GUMBO_TAG_OL, GUMBO_TAG_MENU, GUMBO_TAG_FORM, GUMBO_TAG_INPUT});
}

struct Walker {
  std::string_view source;
  TextBuilder builder;
  const GumboNode* document = nullptr;
  std::optional<bool> page_has_article;  ///< an <article> or <main> somewhere: headers outside it are mastheads

  bool has_article() {
    if (!page_has_article) page_has_article = holds_element(*document, {GUMBO_TAG_ARTICLE, GUMBO_TAG_MAIN});
    return *page_has_article;
  }

  void text_node(const GumboText& node, bool preformatted) {
    const std::string_view decoded(node.text);
    const std::string_view original(node.original_text.data, node.original_text.length);
    const std::size_t base = node.start_pos.offset;
    std::size_t i = 0;  // in original
    std::size_t j = 0;  // in decoded
    while (i < original.size() && j < decoded.size()) {
      // Copy the longest run in which both sides agree byte for byte.
      std::size_t run = 0;
      while (i + run < original.size() && j + run < decoded.size() && original[i + run] == decoded[j + run] &&
             original[i + run] != '&') {
        ++run;
      }
      if (run > 0) {
        builder.append_source(base + i, base + i + run, !preformatted);
        i += run;
        j += run;
        continue;
      }
      const std::size_t reference = original[i] == '&' ? reference_length(original, i) : 0;
      if (reference == 0 || decoded[j] == '&') {
        // A literal '&', or bytes gumbo changed (a NUL, a CR): take one character as decoded.
        const std::size_t n = std::min(utf8_length(static_cast<unsigned char>(decoded[j])), decoded.size() - j);
        builder.append_synthetic(decoded.substr(j, n), base + i);
        j += n;
        i += original[i] == '&' ? 1 : std::min(utf8_length(static_cast<unsigned char>(original[i])), original.size() - i);
        continue;
      }
      // A character reference: it decodes to one code point (two for a few named ones).
      std::size_t n = utf8_length(static_cast<unsigned char>(decoded[j]));
      const std::size_t after = i + reference;
      if (j + n < decoded.size() && after < original.size() && decoded[j + n] != original[after]) {
        n += utf8_length(static_cast<unsigned char>(decoded[j + n]));
      }
      n = std::min(n, decoded.size() - j);
      std::string piece(decoded.substr(j, n));
      if (piece == "\xC2\xA0") piece = " ";  // &nbsp; reads as a space
      builder.append_synthetic(piece, base + i);
      i = after;
      j += n;
    }
    if (j < decoded.size()) builder.append_synthetic(decoded.substr(j), base + std::min(i, original.size()));
  }

  void walk(const GumboNode* root) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
      bool preformatted;
      bool bracketed = false;  // a reference number in <sup>: closed with "]"
      std::size_t link_start = std::string::npos;  // an <a>: where its text starts
      bool web_link = false;                        // ... and it leads to a web page
      std::size_t caption_start = std::string::npos;  // a <figcaption>: where its text starts
    };
    std::vector<Frame> stack{{root, 0, false}};
    while (!stack.empty()) {
      Frame& frame = stack.back();
      const GumboNode* node = frame.node;
      if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        text_node(node->v.text, frame.preformatted);
        stack.pop_back();
        continue;
      }
      if (node->type == GUMBO_NODE_COMMENT) {
        builder.comment(node->v.text.text, node->v.text.start_pos.offset);
        stack.pop_back();
        continue;
      }
      if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) {
        stack.pop_back();  // <template> content (never rendered)
        continue;
      }
      const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
      if (frame.next_child == 0 && node->type == GUMBO_NODE_ELEMENT) {
        const GumboElement& element = node->v.element;
        // The head's <meta> tags and JSON-LD are not text, but say who wrote the page and when.
        if (element.tag == GUMBO_TAG_META) read_meta_tag(element, builder.metadata());
        if (element.tag == GUMBO_TAG_SCRIPT) read_json_ld(element, builder.metadata());
        if (element.tag == GUMBO_TAG_LINK) read_canonical_link(element, builder.metadata());
        if (is_skipped_tag(element.tag) || is_hidden(element) || (element.tag == GUMBO_TAG_HEADER && !is_article_header(*node, [this] { return has_article(); }))) {
          if ((element.tag == GUMBO_TAG_FOOTER || element.tag == GUMBO_TAG_ASIDE) && !is_hidden(element)) {
            read_furniture_text(*node, builder.metadata());
          }
          stack.pop_back();
          continue;
        }
        frame.web_link = read_inline_metadata(element, builder.metadata());
        if (element.tag == GUMBO_TAG_A) frame.link_start = builder.text().size();
        if (element.tag == GUMBO_TAG_FIGCAPTION) frame.caption_start = builder.text().size();
        if (element.tag == GUMBO_TAG_BR) builder.line_break(element.start_pos.offset);
        if (is_block_tag(element.tag)) builder.end_block(element.start_pos.offset);
        if (is_item_tag(element.tag)) builder.metadata().item_starts.push_back(builder.text().size());
        if (element.tag == GUMBO_TAG_SUP && holds_citation_numbers(element)) {
          builder.append_synthetic("[", element.start_pos.offset);
          frame.bracketed = true;
        }
      }
      if (frame.next_child < children.length) {
        const auto* child = static_cast<const GumboNode*>(children.data[frame.next_child++]);
        const bool pre = frame.preformatted || (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_PRE);
        stack.push_back({child, 0, pre});
        continue;
      }
      if (frame.bracketed) builder.append_synthetic("]", node->v.element.end_pos.offset);
      if (frame.caption_start < builder.text().size()) {
        builder.metadata().caption_texts.push_back({frame.caption_start, builder.text().size()});
      }
      if (frame.link_start < builder.text().size()) {
        builder.metadata().link_texts.push_back({frame.link_start, builder.text().size()});
        if (frame.web_link) builder.metadata().web_link_texts.push_back({frame.link_start, builder.text().size()});
      }
      if (node->type == GUMBO_NODE_ELEMENT && is_block_tag(node->v.element.tag)) {
        builder.end_block(node->v.element.end_pos.offset);
      }
      stack.pop_back();
    }
  }
};

// Gumbo records every parse error with a copy of the stack of open elements; on a page
// nested 100,000 deep that is quadratic (gigabytes). medlint never reads the errors.
GumboOptions parse_options() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  return options;
}

struct OutputDeleter {
  void operator()(GumboOutput* output) const {
    const GumboOptions options = parse_options();
    gumbo_destroy_output(&options, output);
  }
};

}  // namespace

ExtractedText extract_html_text(std::string_view source) {
  const GumboOptions options = parse_options();
  std::unique_ptr<GumboOutput, OutputDeleter> output(gumbo_parse_with_options(&options, source.data(), source.size()));
  Walker walker{source, TextBuilder(source), output->document, std::nullopt};
  walker.walk(output->document);
  return std::move(walker.builder).finish();
}

std::string decode_html_entities(std::string_view text) {
  const std::string fragment(text);
  const GumboOptions options = parse_options();
  std::unique_ptr<GumboOutput, OutputDeleter> output(gumbo_parse_with_options(&options, fragment.data(), fragment.size()));
  std::string out;
  std::vector<const GumboNode*> stack{output->root};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
      out += node->v.text.text;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboVector& children = node->v.element.children;
      for (unsigned i = children.length; i-- > 0;) stack.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return out;
}

std::size_t estimate_html_depth(std::string_view html) {
  // HTML's void elements never take an end tag, so they never nest.
  static constexpr std::string_view void_elements[] = {"area", "base", "br", "col", "embed", "hr", "img", "input",
                                                       "link", "meta", "param", "source", "track", "wbr"};
  std::size_t depth = 0, deepest = 0;
  std::size_t at = html.find('<');
  while (at != std::string_view::npos && at + 1 < html.size()) {
    if (html.compare(at, 4, "<!--") == 0) {
      const std::size_t end = html.find("-->", at + 4);
      if (end == std::string_view::npos) break;
      at = html.find('<', end + 3);
      continue;
    }
    const bool closing = html[at + 1] == '/';
    std::size_t name_begin = at + (closing ? 2 : 1);
    std::size_t name_end = name_begin;
    while (name_end < html.size() && std::isalnum(static_cast<unsigned char>(html[name_end]))) ++name_end;
    const std::size_t tag_end = html.find('>', name_end);
    if (name_end > name_begin) {
      std::string name(html.substr(name_begin, name_end - name_begin));
      for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool is_void = std::find(std::begin(void_elements), std::end(void_elements), name) != std::end(void_elements);
      const bool self_closing = tag_end != std::string_view::npos && tag_end > 0 && html[tag_end - 1] == '/';
      if (closing) {
        if (depth > 0) --depth;
      } else if (!is_void && !self_closing) {
        deepest = std::max(deepest, ++depth);
      }
    }
    if (tag_end == std::string_view::npos) break;
    at = html.find('<', tag_end + 1);
  }
  return deepest;
}

}  // namespace medlint
