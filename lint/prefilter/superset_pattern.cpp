// The translation walks the pattern once, writing Vectorscan syntax as it goes; every
// construct either has a translation that accepts at least what Boost accepts, or stops it.
#include "prefilter/superset_pattern.hpp"

#include "prefilter/pattern_syntax.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <optional>
#include <utility>
#include <stdexcept>
#include <vector>

namespace medlint {

namespace {

struct Unsupported {};

// The translation works on bytes (Vectorscan without UTF-8 mode, which is faster): a code
// point beyond ASCII is two to four bytes of 0x80-0xFF, so that stands for any of them. A
// class that admits such code points becomes a byte class "scaled" by four: its repeat
// counts are multiplied by four (one code point is one to four bytes), which keeps the
// automaton small where an alternation of byte sequences would not.
constexpr const char* non_ascii = "[\\x80-\\xFF]{2,4}";
constexpr char scaled_mark = '\x02';  // first character of an atom whose repeat counts scale
const std::string any_char = std::string(1, scaled_mark) + "[\\x00-\\xFF]";
constexpr const char* beyond_ascii = "\x01";  // marker inside a class member list: "and every non-ASCII code point"
constexpr const char* line_start = "^|[\\x0A-\\x0D\\x85\\xA8\\xA9]";  // what a leading ^ stands for

std::string escaped(std::uint32_t c) {
  if (c < 0x80 && std::isalnum(static_cast<int>(c)) != 0) return std::string(1, static_cast<char>(c));
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "\\x%02X", c & 0xFF);
  return buffer;
}

// The bytes of one code point, each escaped.
std::string utf8_bytes(std::uint32_t c) {
  char bytes[4];
  std::int32_t n = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(bytes), n, 4, static_cast<UChar32>(c), error);
  (void)error;  // c is a valid code point: the pattern was read as UTF-8
  std::string out;
  for (std::int32_t i = 0; i < n; ++i) out += escaped(static_cast<unsigned char>(bytes[i]));
  return out;
}

// Byte-sequence alternatives matching exactly the UTF-8 encodings of the code points lo..hi
// (both beyond ASCII). Each alternative has one byte range per position, which needs the
// range cut where the encoded length changes and where a trailing byte would wrap.
void append_utf8_sequences(std::uint32_t lo, std::uint32_t hi, std::vector<std::string>& out) {
  for (const std::uint32_t length_end : {0x7FFu, 0xFFFFu}) {
    if (lo <= length_end && hi > length_end) {
      append_utf8_sequences(lo, length_end, out);
      append_utf8_sequences(length_end + 1, hi, out);
      return;
    }
  }
  const int length = hi <= 0x7FF ? 2 : hi <= 0xFFFF ? 3 : 4;
  for (int trailing = 1; trailing < length; ++trailing) {
    const std::uint32_t low_bits = (1u << (6 * trailing)) - 1;  // the last `trailing` bytes' payload
    if ((lo & ~low_bits) == (hi & ~low_bits)) continue;
    if ((lo & low_bits) != 0) {
      append_utf8_sequences(lo, lo | low_bits, out);
      append_utf8_sequences((lo | low_bits) + 1, hi, out);
      return;
    }
    if ((hi & low_bits) != low_bits) {
      append_utf8_sequences(lo, (hi & ~low_bits) - 1, out);
      append_utf8_sequences(hi & ~low_bits, hi, out);
      return;
    }
  }
  const std::string first = utf8_bytes(lo), last = utf8_bytes(hi);
  std::string sequence;
  for (std::size_t b = 0; b < first.size(); b += 4) {  // every byte is "\xNN" (non-ASCII)
    sequence += first.compare(b, 4, last, b, 4) == 0 ? first.substr(b, 4) : "[" + first.substr(b, 4) + "-" + last.substr(b, 4) + "]";
  }
  out.push_back(std::move(sequence));
}

// A class from its member list: ASCII members in brackets, and the marker for non-ASCII.
std::string render_class(const std::string& members) {
  std::string ascii;
  bool beyond = false;
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (members[i] == '\x01') beyond = true;
    else ascii += members[i];
  }
  if (ascii.empty()) return beyond ? std::string(1, scaled_mark) + "[\\x80-\\xFF]" : "";
  if (!beyond) return "[" + ascii + "]";
  return std::string(1, scaled_mark) + "[" + ascii + "\\x80-\\xFF]";
}

// The members (inside [...]) of a class escape's superset: its ASCII part and all of non-ASCII.
std::string class_members(char escape, std::string_view property) {
  std::string ascii;
  switch (escape) {
    case 'd': ascii = "0-9"; break;
    case 'w': ascii = "0-9A-Za-z_"; break;
    case 's': ascii = "\\x09-\\x0D\\x20"; break;
    case 'h': ascii = "\\x09\\x20"; break;
    case 'v': ascii = "\\x0A-\\x0D"; break;
    case 'p':
      if (property == "Ll" || property == "Lowercase") ascii = "a-z";
      else if (property == "Lu" || property == "Uppercase") ascii = "A-Z";
      else if (property == "L" || property == "Alpha" || property == "Alphabetic" || property == "alpha") ascii = "A-Za-z";
      else if (property == "N" || property == "Nd" || property == "digit") ascii = "0-9";
      else if (property == "alnum") ascii = "0-9A-Za-z";
      else if (property == "upper") ascii = "A-Z";
      else if (property == "lower") ascii = "a-z";
      else if (property == "space") ascii = "\\x09-\\x0D\\x20";
      else return std::string("\\x00-\\x7F") + beyond_ascii;
      break;
    default: return std::string("\\x00-\\x7F") + beyond_ascii;
  }
  return ascii + beyond_ascii;
}

// An inline (?i) anywhere makes the whole superset caseless, from its first character.
bool has_inline_caseless(std::string_view p) {
  for (std::size_t at = p.find("(?"); at != std::string_view::npos; at = p.find("(?", at + 2)) {
    std::size_t j = at + 2;
    while (j < p.size() && (std::isalpha(static_cast<unsigned char>(p[j])) != 0 || p[j] == '-')) {
      if (p[j] == 'i') return true;
      if (p[j] == '-') break;
      ++j;
    }
  }
  return false;
}

class Translator {
 public:
  Translator(std::string_view p, bool caseless) : p_(p), caseless_(caseless || has_inline_caseless(p)) {}

  std::optional<SupersetPattern> run() {
    try {
      std::string out = alternation();
      if (i_ != p_.size() || out.empty()) return std::nullopt;
      std::size_t prefix = 0;
      if (line_start_prefix_) prefix = std::string("(?:").append(line_start).append(")").size();
      return SupersetPattern{out, caseless_, split(), prefix};
    } catch (const Unsupported&) {
      return std::nullopt;
    } catch (const std::logic_error&) {  // a number std::stoul cannot hold: no superset, not a crash
      return std::nullopt;
    }
  }

 private:
  // One piece of the pattern's top-level sequence, as translated.
  struct TopPiece {
    std::string text;
    std::string gap_excluded;  // non-empty: an open repeat of a class excluding these bytes
  };

  // The first open gap with pieces on both sides, when the tail cannot match what the gap
  // excludes (so a whole match has none of those bytes from the head's end on).
  std::optional<SupersetSplit> split() const {
    if (top_alternatives_ != 1) return std::nullopt;
    for (std::size_t g = 1; g + 1 < top_pieces_.size(); ++g) {
      if (top_pieces_[g].gap_excluded.empty()) continue;
      SupersetSplit split;
      for (std::size_t k = 0; k < g; ++k) split.head += top_pieces_[k].text;
      for (std::size_t k = g + 1; k < top_pieces_.size(); ++k) split.tail += top_pieces_[k].text;
      split.gap_excluded = top_pieces_[g].gap_excluded;
      const bool tail_clear = std::none_of(split.gap_excluded.begin(), split.gap_excluded.end(), [&](char b) {
        return may_match_byte(split.tail, static_cast<unsigned char>(b));
      });
      if (tail_clear) return split;
    }
    return std::nullopt;
  }

  // The bytes a translated class "[^...]" of plain escaped non-letters excludes; empty for
  // anything else.
  static std::string excluded_bytes(std::string_view piece) {
    if (piece.size() < 4 || piece.substr(0, 2) != "[^" || piece.back() != ']') return "";
    std::string bytes;
    for (std::size_t i = 2; i + 1 < piece.size();) {
      if (piece.substr(i, 2) != "\\x" || i + 5 > piece.size()) return "";
      bytes += static_cast<char>(std::stoi(std::string(piece.substr(i + 2, 2)), nullptr, 16));
      if (std::isalpha(static_cast<unsigned char>(bytes.back())) != 0) return "";  // case would matter
      i += 4;
    }
    return bytes;
  }

  // Whether a translated expression (the syntax this translator writes) can match byte b
  // anywhere; true for anything it does not recognise.
  static bool may_match_byte(std::string_view e, unsigned char b) {
    auto hex_at = [&](std::size_t i) { return static_cast<unsigned char>(std::stoi(std::string(e.substr(i, 2)), nullptr, 16)); };
    for (std::size_t i = 0; i < e.size();) {
      const char c = e[i];
      if (c == '(' && e.substr(i, 3) == "(?:") {
        i += 3;
      } else if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?') {
        ++i;
      } else if (c == '{') {
        const std::size_t close = e.find('}', i);
        if (close == std::string_view::npos) return true;
        i = close + 1;
      } else if (c == '\\') {
        if (i + 4 > e.size() || e[i + 1] != 'x') return true;
        if (hex_at(i + 2) == b) return true;
        i += 4;
      } else if (c == '[') {
        std::size_t j = i + 1;
        const bool negated = j < e.size() && e[j] == '^';
        if (negated) ++j;
        bool member = false;
        // One class member's byte ("\xNN" or a plain character); nothing when unrecognised.
        auto member_byte = [&]() -> std::optional<unsigned char> {
          if (e[j] != '\\') return static_cast<unsigned char>(e[j++]);
          if (j + 4 > e.size() || e[j + 1] != 'x') return std::nullopt;
          j += 4;
          return hex_at(j - 2);
        };
        while (j < e.size() && e[j] != ']') {
          const std::optional<unsigned char> first = member_byte();
          if (!first) return true;
          std::optional<unsigned char> last = first;
          if (j + 1 < e.size() && e[j] == '-' && e[j + 1] != ']') {
            ++j;
            last = member_byte();
            if (!last) return true;
          }
          if (b >= *first && b <= *last) member = true;
        }
        if (j >= e.size()) return true;
        if (member != negated) return true;
        i = j + 1;
      } else if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
        if (std::tolower(static_cast<unsigned char>(c)) == std::tolower(b)) return true;
        ++i;
      } else {
        return true;
      }
    }
    return false;
  }

  std::string alternation() {
    std::string out = sequence();
    while (i_ < p_.size() && p_[i_] == '|') {
      ++i_;
      out += "|" + sequence();
    }
    return out;
  }

  std::string sequence() {
    std::string out;
    const bool starts_pattern = at_start_;  // this alternative opens the pattern
    const bool top_level = depth_ == 0;
    if (top_level) ++top_alternatives_;
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') {
      std::string piece = atom();
      std::string quantifier = read_quantifier();
      if (!piece.empty() && piece[0] == scaled_mark) {
        piece.erase(0, 1);
        quantifier = scaled(quantifier);
      }
      quantifier = open_large_bound(quantifier);
      if (!piece.empty()) {
        const std::string text = "(?:" + piece + ")" + quantifier;
        out += text;
        at_start_ = false;
        if (top_level) {
          const bool open = quantifier == "*" || quantifier == "+" || (quantifier.size() > 2 && quantifier.substr(quantifier.size() - 2) == ",}");
          top_pieces_.push_back({text, open ? excluded_bytes(piece) : ""});
        }
      }
    }
    at_start_ = starts_pattern;  // the next alternative opens it too
    return out;
  }

  // A large bounded repeat ({0,80}) makes Vectorscan compile for seconds; an open one is a
  // superset and compiles at once.
  static std::string open_large_bound(const std::string& quantifier) {
    constexpr std::size_t largest = 16;
    if (quantifier.size() < 3 || quantifier[0] != '{') return quantifier;
    const std::size_t comma = quantifier.find(',');
    const std::size_t low = std::stoul(quantifier.substr(1));
    const std::size_t high = comma == std::string::npos ? low
                             : quantifier[comma + 1] == '}' ? low
                                                            : std::stoul(quantifier.substr(comma + 1));
    if (high <= largest) return quantifier;
    return "{" + std::to_string(std::min(low, largest)) + ",}";
  }

  // The repeat of a byte class standing for code points of one to four bytes.
  static std::string scaled(const std::string& quantifier) {
    if (quantifier.empty()) return "{1,4}";
    if (quantifier == "?") return "{0,4}";
    if (quantifier == "*" || quantifier == "+") return quantifier;
    const std::size_t comma = quantifier.find(',');
    const std::size_t low = std::stoul(quantifier.substr(1));
    if (comma == std::string::npos) return "{" + std::to_string(low) + "," + std::to_string(4 * low) + "}";
    if (quantifier[comma + 1] == '}') return quantifier;  // {n,}
    return "{" + std::to_string(low) + "," + std::to_string(4 * std::stoul(quantifier.substr(comma + 1))) + "}";
  }

  std::string read_quantifier() {
    if (i_ >= p_.size()) return "";
    std::string q;
    const char c = p_[i_];
    if (c == '*' || c == '+' || c == '?') {
      q = c;
      ++i_;
    } else if (c == '{' && i_ + 1 < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i_ + 1])) != 0) {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) throw Unsupported{};
      q = std::string(p_.substr(i_, close - i_ + 1));
      i_ = close + 1;
    } else {
      return "";
    }
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;  // lazy, possessive: same language
    return q;
  }

  std::uint32_t next_code_point() {
    UChar32 c;
    auto j = static_cast<int32_t>(i_);
    U8_NEXT(reinterpret_cast<const uint8_t*>(p_.data()), j, static_cast<int32_t>(p_.size()), c);
    if (c < 0) throw Unsupported{};
    i_ = static_cast<std::size_t>(j);
    return static_cast<std::uint32_t>(c);
  }

  std::uint32_t hex() {  // after "\x"
    const std::optional<std::uint32_t> c = read_hex_escape(p_, i_);
    if (!c) throw Unsupported{};
    return static_cast<std::uint32_t>(*c);
  }

  std::string property_name() {  // after "\p" or "\P"
    if (i_ < p_.size() && p_[i_] == '{') {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) throw Unsupported{};
      std::string name(p_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      return name;
    }
    if (i_ >= p_.size()) throw Unsupported{};
    return std::string(1, p_[i_++]);
  }

  // A character escape (after '\') as a class member or atom; empty for zero-width ones.
  std::string escape(bool in_class) {
    if (i_ >= p_.size()) throw Unsupported{};
    const char c = p_[i_++];
    switch (c) {
      case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case '<': case '>': case 'K':
        if (in_class) throw Unsupported{};
        return "";
      case 'd': case 'w': case 's': case 'h': case 'v': {
        const std::string members = class_members(c, "");
        return in_class ? members : render_class(members);
      }
      case 'p': {
        const std::string members = class_members('p', property_name());
        return in_class ? members : render_class(members);
      }
      case 'D': case 'W': case 'S': case 'H': case 'V': case 'N': case 'X': case 'C': case 'R':
        if (c == 'X' || c == 'R') throw Unsupported{};  // may match more than one code point
        return in_class ? std::string("\\x00-\\x7F") + beyond_ascii : any_char;
      case 'P':
        property_name();
        return in_class ? std::string("\\x00-\\x7F") + beyond_ascii : any_char;
      case 'x': return code_point(hex());
      case 't': return code_point('\t');
      case 'n': return code_point('\n');
      case 'r': return code_point('\r');
      case 'f': return code_point('\f');
      case 'e': return code_point(0x1B);
      case 'a': return code_point(0x07);
      default:
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) throw Unsupported{};  // back-references and the like
        --i_;
        return code_point(next_code_point());
    }
  }

  std::string bracket() {  // after '['
    if (i_ < p_.size() && p_[i_] == '^') {  // negated: exact when its members are plain ASCII characters
      ++i_;
      const std::size_t begin = i_;
      skip_bracket();
      const std::string_view body = p_.substr(begin, i_ - 1 - begin);
      const bool plain = !body.empty() && body.find_first_of("\\[") == std::string_view::npos &&
                         std::all_of(body.begin(), body.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
      if (!plain) return any_char;
      std::string members;
      for (const char c : body) members += c == '-' ? std::string("-") : escaped(static_cast<unsigned char>(c));
      return std::string(1, scaled_mark) + "[^" + members + "]";
    }
    std::string members;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> beyond;  // named code point ranges beyond ASCII
    bool first = true;
    in_class_ = true;
    while (i_ < p_.size() && (p_[i_] != ']' || first)) {
      first = false;
      if (p_[i_] == '[' && i_ + 1 < p_.size() && (p_[i_ + 1] == ':' || p_[i_ + 1] == '=' || p_[i_ + 1] == '.')) {
        const std::size_t close = p_.find(std::string{p_[i_ + 1], ']'}, i_ + 2);
        if (close == std::string_view::npos) throw Unsupported{};
        const std::string name(p_.substr(i_ + 2, close - i_ - 2));
        i_ = close + 2;
        members += class_members('p', name == "Ll" ? "Ll" : name == "Lu" ? "Lu" : name);
        continue;
      }
      // A member is one code point (kept when ASCII) or a class escape (its member list).
      std::optional<std::uint32_t> first_cp;
      if (p_[i_] == '\\') {
        ++i_;
        if (i_ < p_.size() && p_[i_] != 'x' && std::isalpha(static_cast<unsigned char>(p_[i_])) != 0 &&
            std::string_view("tnrfea").find(p_[i_]) == std::string_view::npos) {
          members += escape(true);
          continue;
        }
        first_cp = escape_code_point();
      } else {
        first_cp = next_code_point();
      }
      std::uint32_t last_cp = *first_cp;
      if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {  // a range
        ++i_;
        if (p_[i_] == '\\') {
          ++i_;
          last_cp = escape_code_point();
        } else {
          last_cp = next_code_point();
        }
        if (last_cp < *first_cp) throw Unsupported{};
      }
      if (*first_cp < 0x80) {
        members += escaped(*first_cp);
        if (last_cp > *first_cp) members += "-" + escaped(std::min<std::uint32_t>(last_cp, 0x7F));
      }
      if (last_cp >= 0x80) beyond.emplace_back(std::max<std::uint32_t>(*first_cp, 0x80), last_cp);
    }
    in_class_ = false;
    if (i_ >= p_.size()) throw Unsupported{};
    ++i_;
    return render_precise_class(members, beyond);
  }

  // Code points beyond ASCII named in a class (not through an escape such as \w, whose
  // Unicode table could differ between the libraries) are matched by their exact UTF-8
  // bytes: a class of rare characters then stays rare, where "any non-ASCII byte" would make
  // Vectorscan stop at every accented letter. Caseless patterns keep the wide class (the
  // other cases of those code points are not listed), as do classes needing many sequences.
  std::string render_precise_class(std::string members, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& beyond) {
    constexpr std::size_t most_sequences = 16;
    std::vector<std::string> sequences;
    for (const auto& [lo, hi] : beyond) append_utf8_sequences(lo, hi, sequences);
    const bool wide = caseless_ || members.find(beyond_ascii) != std::string::npos || sequences.size() > most_sequences;
    if (wide) return render_class(beyond.empty() ? members : members + beyond_ascii);
    if (sequences.empty()) return render_class(members);
    std::string out = "(?:";
    if (!members.empty()) out += render_class(members) + "|";
    for (std::size_t k = 0; k < sequences.size(); ++k) out += (k ? "|" : "") + sequences[k];
    return out + ")";
  }

  void skip_bracket() {
    bool first = true;
    while (i_ < p_.size() && (p_[i_] != ']' || first)) {
      first = false;
      if (p_[i_] == '\\') ++i_;
      else if (p_[i_] == '[' && i_ + 1 < p_.size() && p_[i_ + 1] == ':') {
        const std::size_t close = p_.find(":]", i_ + 2);
        if (close == std::string_view::npos) throw Unsupported{};
        i_ = close + 1;
      }
      ++i_;
    }
    if (i_ >= p_.size()) throw Unsupported{};
    ++i_;
  }

  std::string group() {  // after '('
    // A positive look-behind that opens the pattern, and a positive look-ahead that ends it,
    // become consumed text: the candidate then ends inside the match or its look-ahead, in
    // the same chunk. Anywhere else, and negated, they are dropped.
    enum class Keep { consume, drop } keep = Keep::consume;
    bool ahead = false;
    const bool opens_pattern = i_ == 1;
    if (i_ < p_.size() && p_[i_] == '?') {
      ++i_;
      if (i_ >= p_.size()) throw Unsupported{};
      const char c = p_[i_];
      if (c == ':' || c == '>') {
        ++i_;
      } else if (c == '=' || c == '!') {
        ++i_;
        keep = c == '=' ? Keep::consume : Keep::drop;
        ahead = c == '=';
      } else if (c == '<' && i_ + 1 < p_.size() && p_[i_ + 1] == '=') {
        if (!at_start_) keep = Keep::drop;
        i_ += 2;
      } else if (c == '<' && i_ + 1 < p_.size() && p_[i_ + 1] == '!') {
        i_ += 2;
        keep = Keep::drop;
      } else if (c == '<' || c == 'P' || c == '\'' || c == '#') {  // named group, comment
        const std::optional<std::size_t> after = skip_group_name_or_comment(p_, i_);
        if (!after) throw Unsupported{};
        i_ = *after;
        if (c == '#') return "";
      } else {
        std::size_t end = i_;
        while (end < p_.size() && (std::isalpha(static_cast<unsigned char>(p_[end])) != 0 || p_[end] == '-')) ++end;
        const std::string_view flags = p_.substr(i_, end - i_);
        // i widens (the whole pattern goes caseless); m only touches anchors. -i narrows: a
        // "(?-i)" that opens the pattern makes all of it case-sensitive (unless an i turns up
        // again anywhere), elsewhere it is ignored, which keeps a superset.
        if (end >= p_.size() || flags.empty() || flags.find_first_not_of("im-") != std::string_view::npos) throw Unsupported{};
        const std::size_t minus = flags.find('-');
        const std::string_view on = flags.substr(0, minus);
        const std::string_view off = minus == std::string_view::npos ? std::string_view() : flags.substr(minus + 1);
        if (on.find('i') != std::string_view::npos) {
          caseless_ = true;
        } else if (off.find('i') != std::string_view::npos && opens_pattern && p_[end] == ')' && !has_inline_caseless(p_)) {
          caseless_ = false;
        }
        i_ = end;
        if (p_[i_] == ')') {
          ++i_;
          return "";
        }
        if (p_[i_] != ':') throw Unsupported{};
        ++i_;
      }
    }
    ++depth_;
    std::string inner = alternation();
    --depth_;
    if (i_ >= p_.size() || p_[i_] != ')') throw Unsupported{};
    ++i_;
    // Only closing parentheses may follow a look-ahead that is consumed.
    if (ahead && p_.substr(i_).find_first_not_of(')') != std::string_view::npos) keep = Keep::drop;
    if (keep == Keep::drop || inner.empty()) return "";
    return inner;
  }

  std::string atom() {
    const char c = p_[i_++];
    switch (c) {
      case '\\':
        if (i_ < p_.size() && p_[i_] == 'Q') {
          ++i_;
          const std::size_t end = p_.find("\\E", i_);
          const std::size_t stop = end == std::string_view::npos ? p_.size() : end;
          std::string out;
          while (i_ < stop) out += code_point(next_code_point());
          i_ = end == std::string_view::npos ? p_.size() : end + 2;
          return out;
        }
        return escape(false);
      case '[': return bracket();
      case '(': return group();
      case '.': return std::string(1, scaled_mark) + "[^\\n]";
      case '^':
        // Opening the pattern, a line start is text: the start, or the last byte of a
        // character Boost takes for a line end (\n, \r, \f, and code points whose low 16 bits
        // are those of U+0085, U+2028 or U+2029: it compares them so). Vectorscan then only
        // looks at line starts instead of running the pattern from every position.
        if (depth_ == 0 && at_start_ && top_alternatives_ == 1 && top_pieces_.empty()) {
          line_start_prefix_ = true;
          return line_start;
        }
        return "";
      case '$': return "";
      case '*': case '+': case '?': case '{': throw Unsupported{};
      default:
        --i_;
        return code_point(next_code_point());
    }
  }

  // One literal code point; beyond ASCII, a caseless pattern must also accept its other
  // cases, which Vectorscan (without UCP) would not, so any non-ASCII code point stands in.
  std::string code_point(std::uint32_t c) {
    if (c < 0x80) return escaped(c);
    return caseless_ ? non_ascii : utf8_bytes(c);
  }

  // The code point of a character escape inside a class (after '\').
  std::uint32_t escape_code_point() {
    if (i_ >= p_.size()) throw Unsupported{};
    const char c = p_[i_++];
    switch (c) {
      case 'x': return hex();
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'f': return '\f';
      case 'e': return 0x1B;
      case 'a': return 0x07;
      default:
        --i_;
        return next_code_point();
    }
  }

  std::string_view p_;
  std::size_t i_ = 0;
  bool caseless_;
  bool in_class_ = false;
  bool at_start_ = true;  // nothing consumed yet on the way from the pattern's start
  int depth_ = 0;          // groups open around the current position
  bool line_start_prefix_ = false;  // the translation opens with `line_start` for a leading ^
  std::size_t top_alternatives_ = 0;
  std::vector<TopPiece> top_pieces_;
};

}  // namespace

std::optional<SupersetPattern> superset_pattern(std::string_view boost_pattern, bool ignore_case) {
  return Translator(boost_pattern, ignore_case).run();
}

}  // namespace medlint
