// md4c hands normal text to its callback as pointers into the input buffer, so every prose
// run maps to its exact source offset. Soft line breaks become spaces (a wrapped paragraph
// is one paragraph); character references are decoded with gumbo.
#include "input/markdown.hpp"

#include <md4c.h>

#include "input/front_matter.hpp"
#include "input/html.hpp"

namespace medlint {

namespace {

struct State {
  std::string_view source;  // the whole file
  const char* base;         // where md4c's input starts in `source`
  TextBuilder builder;
  int skip_depth = 0;       // inside code or raw HTML blocks
  int link_depth = 0;
  std::size_t link_start = 0;  // where the text of the open link starts
  bool web_link = false;       // ... and whether it leads to a web page
  std::string href;         // a copy: md4c may build the detail's text in a buffer it frees
  std::size_t last_offset = 0;

  std::size_t offset_of(const char* p) const {
    if (p >= source.data() && p <= source.data() + source.size()) return static_cast<std::size_t>(p - source.data());
    return last_offset;  // md4c's own strings (line breaks)
  }
};

bool looks_like_url(std::string_view text) {
  for (const char* scheme : {"http://", "https://", "www.", "mailto:", "ftp://"}) {
    if (text.rfind(scheme, 0) == 0) return true;
  }
  return false;
}

int enter_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto& s = *static_cast<State*>(userdata);
  if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) ++s.skip_depth;
  if (type == MD_BLOCK_LI || type == MD_BLOCK_TD || type == MD_BLOCK_TH) s.builder.metadata().item_starts.push_back(s.builder.text().size());
  return 0;
}

int leave_block(MD_BLOCKTYPE type, void*, void* userdata) {
  auto& s = *static_cast<State*>(userdata);
  if (type == MD_BLOCK_CODE || type == MD_BLOCK_HTML) --s.skip_depth;
  switch (type) {
    case MD_BLOCK_P: case MD_BLOCK_H: case MD_BLOCK_LI: case MD_BLOCK_QUOTE: case MD_BLOCK_TH: case MD_BLOCK_TD:
    case MD_BLOCK_TR: case MD_BLOCK_UL: case MD_BLOCK_OL: case MD_BLOCK_TABLE:
      s.builder.end_block(s.last_offset);
      break;
    default:
      break;
  }
  return 0;
}

int enter_span(MD_SPANTYPE type, void* detail, void* userdata) {
  auto& s = *static_cast<State*>(userdata);
  if (type == MD_SPAN_A) {
    ++s.link_depth;
    const auto* a = static_cast<const MD_SPAN_A_DETAIL*>(detail);
    s.href.assign(a->href.text, a->href.size);
    auto host = web_link_host(s.href);
    s.web_link = host.has_value();
    if (host) s.builder.metadata().link_hosts.push_back(std::move(*host));
    s.link_start = s.builder.text().size();
  }
  return 0;
}

int leave_span(MD_SPANTYPE type, void*, void* userdata) {
  auto& s = *static_cast<State*>(userdata);
  if (type == MD_SPAN_A) {
    --s.link_depth;
    if (s.link_start < s.builder.text().size()) s.builder.metadata().link_texts.push_back({s.link_start, s.builder.text().size()});
    // An autolink shows no text (its URL is left out): it still stands where it was.
    if (s.web_link) s.builder.metadata().web_link_texts.push_back({s.link_start, s.builder.text().size()});
  }
  return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* userdata) {
  auto& s = *static_cast<State*>(userdata);
  const std::string_view piece(text, size);
  const std::size_t offset = s.offset_of(text);
  if (type == MD_TEXT_HTML && piece.find("<!--") != std::string_view::npos) s.builder.comment(piece, offset);
  if (s.skip_depth > 0) return 0;
  switch (type) {
    case MD_TEXT_NORMAL:
      // Autolinks show their target as text; a URL is not prose.
      if (s.link_depth > 0 && (piece == s.href || looks_like_url(piece))) break;
      s.builder.append_source(offset, offset + size);
      s.last_offset = offset + size;
      break;
    case MD_TEXT_ENTITY:
      s.builder.append_synthetic(decode_html_entities(piece), offset);
      s.last_offset = offset + size;
      break;
    case MD_TEXT_SOFTBR:
      s.builder.append_synthetic(" ", s.last_offset);
      break;
    case MD_TEXT_BR:
      s.builder.line_break(s.last_offset);
      break;
    case MD_TEXT_NULLCHAR:
      s.builder.append_synthetic("\xEF\xBF\xBD", offset);
      break;
    default:  // inline code, inline HTML, LaTeX: not prose
      s.last_offset = offset + size;
      break;
  }
  return 0;
}

}  // namespace

ExtractedText extract_markdown_text(std::string_view source) {
  const std::size_t start = front_matter_end(source);
  State state{source, source.data() + start, TextBuilder(source), 0, 0, 0, false, {}, start};
  read_front_matter(source.substr(0, start), state.builder.metadata());
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_DIALECT_GITHUB;
  parser.enter_block = enter_block;
  parser.leave_block = leave_block;
  parser.enter_span = enter_span;
  parser.leave_span = leave_span;
  parser.text = text;
  md_parse(source.data() + start, static_cast<MD_SIZE>(source.size() - start), &parser, &state);
  return std::move(state.builder).finish();
}

}  // namespace medlint
