// Directive names follow ESLint's, with the medlint- prefix, so teams recognise them.
#include "text/suppression.hpp"

namespace medlint {

std::optional<SuppressionDirective> parse_suppression(std::string_view comment, std::size_t source_offset) {
  auto trim = [](std::string_view s) {
    const std::size_t b = s.find_first_not_of(" \t\r\n");
    const std::size_t e = s.find_last_not_of(" \t\r\n");
    return b == std::string_view::npos ? std::string_view() : s.substr(b, e - b + 1);
  };
  comment = trim(comment);
  if (comment.rfind("<!--", 0) == 0) comment = trim(comment.substr(4));
  if (comment.size() >= 3 && comment.compare(comment.size() - 3, 3, "-->") == 0) comment = trim(comment.substr(0, comment.size() - 3));
  struct Name {
    std::string_view text;
    SuppressionDirective::Kind kind;
  };
  // Longest names first: "medlint-disable" is a prefix of the others.
  static constexpr Name names[] = {{"medlint-disable-next-line", SuppressionDirective::Kind::disable_next_line},
                                   {"medlint-disable-line", SuppressionDirective::Kind::disable_line},
                                   {"medlint-disable-file", SuppressionDirective::Kind::disable_file},
                                   {"medlint-disable", SuppressionDirective::Kind::disable},
                                   {"medlint-enable", SuppressionDirective::Kind::enable}};
  for (const Name& name : names) {
    if (comment.rfind(name.text, 0) != 0) continue;
    std::string_view rest = comment.substr(name.text.size());
    if (!rest.empty() && rest.front() != ' ' && rest.front() != '\t') continue;
    SuppressionDirective directive{name.kind, {}, source_offset, source_offset + comment.size(), false};
    std::string current;
    for (const char c : rest) {
      if (c == ',' || c == ' ' || c == '\t' || c == '\n') {
        if (!current.empty()) directive.targets.push_back(current);
        current.clear();
      } else {
        current += c;
      }
    }
    if (!current.empty()) directive.targets.push_back(current);
    return directive;
  }
  return std::nullopt;
}

std::vector<SuppressionDirective> find_line_directives(std::string_view text) {
  std::vector<SuppressionDirective> out;
  if (text.find("medlint-") == std::string_view::npos) return out;  // the common case: one scan, nothing to do
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(begin, end - begin);
    const std::size_t first = line.find_first_not_of(" \t");
    if (first != std::string_view::npos && (line.compare(first, 8, "medlint-") == 0 || line.compare(first, 4, "<!--") == 0)) {
      if (auto directive = parse_suppression(line, begin)) {
        directive->source_offset = begin + first;
        directive->source_end = end;
        directive->own_line = true;
        out.push_back(std::move(*directive));
      }
    }
    begin = end + 1;
  }
  return out;
}

}  // namespace medlint
