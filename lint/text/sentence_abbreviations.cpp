#include "text/sentence_abbreviations.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "rules/embedded.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

namespace {

constexpr std::string_view built_in_name = "rules/language/sentence-abbreviations.json";

// Whether `before` ends with `abbreviation` as a whole word: nothing, or an ASCII character
// that is no letter or digit, stands before it (a byte of a longer UTF-8 character may be
// part of a word, so it does not count as a boundary).
bool ends_with_word(std::string_view before, std::string_view abbreviation) {
  if (before.size() < abbreviation.size() || before.substr(before.size() - abbreviation.size()) != abbreviation) return false;
  if (before.size() == abbreviation.size()) return true;
  const auto c = static_cast<unsigned char>(before[before.size() - abbreviation.size() - 1]);
  return c < 0x80 && std::isalnum(c) == 0;
}

bool starts_with_capital(std::string_view text, std::size_t at) {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  auto i = static_cast<int32_t>(at);
  UChar32 c = 0;
  U8_NEXT(bytes, i, static_cast<int32_t>(text.size()), c);
  return c >= 0 && u_isupper(c);
}

bool is_word_byte(char c) { return c == '.' || (static_cast<unsigned char>(c) < 0x80 && std::isalnum(static_cast<unsigned char>(c)) != 0); }

// The ASCII letters, digits and full stops `text` ends with ("al." of "et al.", "e.g.").
std::string_view last_word(std::string_view text) {
  std::size_t begin = text.size();
  while (begin > 0 && is_word_byte(text[begin - 1])) --begin;
  return text.substr(begin);
}

std::vector<std::string> read_entries(const JsonReader& data, std::string_view key) {
  const JsonReader list = data.at(key);
  std::vector<std::string> entries = list.strings();
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string_view word = last_word(entries[i]);
    if (word.size() < 2 || word.back() != '.') {
      JsonReader(list.value()[i], list.file(), list.pointer() + "/" + std::to_string(i))
          .fail("an abbreviation ends in a word of ASCII letters, digits and full stops, and the full stop last");
    }
  }
  return entries;
}

}  // namespace

SentenceAbbreviations SentenceAbbreviations::parse(const std::string& text, const std::string& label) {
  const nlohmann::json document = parse_json_text(text, label);
  const JsonReader data(document, label);
  data.expect_object({"description", "never_final", "final_before_capital"});
  SentenceAbbreviations abbreviations;
  for (std::string& entry : read_entries(data, "never_final")) abbreviations.add(std::move(entry), true);
  for (std::string& entry : read_entries(data, "final_before_capital")) abbreviations.add(std::move(entry), false);
  return abbreviations;
}

void SentenceAbbreviations::add(std::string text, bool never_final) {
  const std::string word(last_word(text));
  longest_last_word_ = std::max(longest_last_word_, word.size());
  by_last_word_[word].push_back({std::move(text), never_final});
}

const SentenceAbbreviations& SentenceAbbreviations::built_in() {
  static const SentenceAbbreviations abbreviations = parse(std::string(embedded_file(built_in_name)), std::string(built_in_name) + " (built in)");
  return abbreviations;
}

SentenceAbbreviations::Ending SentenceAbbreviations::ending(std::string_view text) const {
  const std::size_t end = text.size();
  if (end == 0 || text[end - 1] != '.') return Ending::none;
  std::size_t begin = end;
  while (begin > 0 && end - begin <= longest_last_word_ && is_word_byte(text[begin - 1])) --begin;
  if (end - begin > longest_last_word_) return Ending::none;
  const auto found = by_last_word_.find(std::string(text.substr(begin, end - begin)));
  if (found == by_last_word_.end()) return Ending::none;
  Ending kind = Ending::none;
  for (const Entry& entry : found->second) {
    if (!ends_with_word(text, entry.text)) continue;
    if (entry.never_final) return Ending::never_final;
    kind = Ending::final_before_capital;
  }
  return kind;
}

bool SentenceAbbreviations::joins(std::string_view text, std::size_t at) const {
  if (at >= text.size()) return false;
  // Only spaces and tabs between the full stop and the break: a line end is a break of its own.
  std::size_t end = at;
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  if (end == at) return false;
  switch (ending(text.substr(0, end))) {
    case Ending::never_final: return true;
    case Ending::final_before_capital: return !starts_with_capital(text, at);
    case Ending::none: return false;
  }
  return false;
}

}  // namespace medlint
