// A tiny template language: literal text and {name} placeholders, nothing else.
#include "rules/message_template.hpp"

#include <algorithm>
#include <stdexcept>

namespace medlint {

MessageTemplate::MessageTemplate(std::string_view text, const std::vector<std::string>& allowed) : text_(text) {
  std::string literal;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
      literal += c;
      ++i;
    } else if (c == '{') {
      const std::size_t close = text.find('}', i);
      if (close == std::string_view::npos) throw std::invalid_argument("unclosed '{' in message");
      std::string name(text.substr(i + 1, close - i - 1));
      if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) {
        std::string known;
        for (const auto& a : allowed) known += (known.empty() ? "" : ", ") + ("{" + a + "}");
        throw std::invalid_argument("unknown placeholder {" + name + "} in message (this kind of rule knows " +
                                    (known.empty() ? "none" : known) + ")");
      }
      if (!literal.empty()) parts_.push_back({std::move(literal), {}});
      literal.clear();
      parts_.push_back({{}, std::move(name)});
      i = close;
    } else if (c == '}') {
      throw std::invalid_argument("unmatched '}' in message");
    } else {
      literal += c;
    }
  }
  if (!literal.empty()) parts_.push_back({std::move(literal), {}});
}

std::string MessageTemplate::render(const ValueList& values) const {
  std::string out;
  for (const Part& part : parts_) {
    if (part.placeholder.empty()) {
      out += part.literal;
      continue;
    }
    for (const auto& [name, value] : values) {
      if (name == part.placeholder) {
        out += value;
        break;
      }
    }
  }
  return out;
}

}  // namespace medlint
