// A small recursive-descent reader of Perl syntax that computes, per node, the exact set of
// strings it can match (while small) and a set of strings one of which every match contains.
#include "prefilter/regex_literals.hpp"

#include "prefilter/pattern_syntax.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace medlint {

namespace {

using Strings = std::set<std::string>;
constexpr std::size_t max_set = 64;
constexpr std::size_t max_literal = 64;

struct Info {
  std::optional<Strings> exact;     // every string the node can match
  std::optional<Strings> required;  // every match contains one of these
};

Info any() { return {}; }
Info empty_match() { return {Strings{""}, std::nullopt}; }

// How useful a set is as a prefilter: its shortest string (0 = useless).
std::size_t quality(const std::optional<Strings>& set) {
  if (!set || set->empty()) return 0;
  std::size_t shortest = max_literal;
  for (const std::string& s : *set) shortest = std::min(shortest, s.size());
  return shortest;
}

const std::optional<Strings>& better(const std::optional<Strings>& a, const std::optional<Strings>& b) {
  const std::size_t qa = quality(a), qb = quality(b);
  if (qa != qb) return qa > qb ? a : b;
  if (!a) return b;
  if (!b) return a;
  return a->size() <= b->size() ? a : b;
}

std::optional<Strings> requirement(const Info& info) { return better(info.exact, info.required); }

Info concat(const Info& a, const Info& b) {
  Info out;
  if (a.exact && b.exact && a.exact->size() * b.exact->size() <= max_set) {
    Strings product;
    for (const std::string& x : *a.exact) {
      for (const std::string& y : *b.exact) product.insert(x + y);
    }
    const bool short_enough = std::all_of(product.begin(), product.end(), [](const std::string& s) { return s.size() <= max_literal; });
    if (short_enough) out.exact = std::move(product);
  }
  out.required = better(requirement(a), requirement(b));
  if (out.exact) out.required = better(out.exact, out.required);
  return out;
}

Info alternate(const Info& a, const Info& b) {
  Info out;
  if (a.exact && b.exact && a.exact->size() + b.exact->size() <= max_set) {
    out.exact = *a.exact;
    out.exact->insert(b.exact->begin(), b.exact->end());
  }
  const auto ra = requirement(a), rb = requirement(b);
  if (quality(ra) > 0 && quality(rb) > 0 && ra->size() + rb->size() <= 4 * max_set) {
    out.required = *ra;
    out.required->insert(rb->begin(), rb->end());
  }
  return out;
}

struct Unsupported {};

class Reader {
 public:
  Reader(std::string_view pattern, bool ignore_case) : p_(pattern), caseless_(ignore_case) {}

  std::optional<Strings> read() {
    try {
      const Info info = alternation();
      if (i_ != p_.size()) return std::nullopt;
      return requirement(info);
    } catch (const Unsupported&) {
      return std::nullopt;
    } catch (const std::logic_error&) {  // a number std::stoul cannot hold: no literals, not a crash
      return std::nullopt;
    }
  }
  [[nodiscard]] bool caseless() const { return caseless_; }

 private:
  Info alternation() {
    Info result = sequence();
    while (i_ < p_.size() && p_[i_] == '|') {
      ++i_;
      result = alternate(result, sequence());
    }
    return result;
  }

  Info sequence() {
    Info result = empty_match();
    while (i_ < p_.size() && p_[i_] != '|' && p_[i_] != ')') result = concat(result, quantified(atom()));
    return result;
  }

  Info quantified(Info atom_info) {
    if (i_ >= p_.size()) return atom_info;
    std::size_t min = 1;
    bool bounded_one = false;
    const char c = p_[i_];
    if (c == '*' || c == '?' || c == '+') {
      ++i_;
      min = c == '+' ? 1 : 0;
      bounded_one = c == '?';
    } else if (c == '{' && i_ + 1 < p_.size() && std::isdigit(static_cast<unsigned char>(p_[i_ + 1])) != 0) {
      const std::size_t close = p_.find('}', i_);
      if (close == std::string_view::npos) throw Unsupported{};
      const std::string body(p_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      min = std::stoul(body);
      bounded_one = body == "0,1";
    } else {
      return atom_info;
    }
    if (i_ < p_.size() && (p_[i_] == '?' || p_[i_] == '+')) ++i_;  // lazy or possessive
    if (min == 0 && bounded_one && atom_info.exact) return alternate(atom_info, empty_match());
    if (min == 0) return any();
    return {std::nullopt, requirement(atom_info)};
  }

  // One literal character as UTF-8; a cased letter beyond ASCII is no literal when caseless.
  Info character(UChar32 c) {
    if (caseless_ && c >= 0x80 && (u_hasBinaryProperty(c, UCHAR_CHANGES_WHEN_CASEFOLDED) || u_isalpha(c))) return any();
    std::string s;
    char buffer[4];
    int32_t n = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), n, 4, c, error);
    if (error) throw Unsupported{};
    s.assign(buffer, static_cast<std::size_t>(n));
    if (caseless_) {
      for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    }
    return {Strings{s}, std::nullopt};
  }

  UChar32 next_code_point() {
    UChar32 c;
    auto j = static_cast<int32_t>(i_);
    U8_NEXT(reinterpret_cast<const uint8_t*>(p_.data()), j, static_cast<int32_t>(p_.size()), c);
    if (c < 0) throw Unsupported{};
    i_ = static_cast<std::size_t>(j);
    return c;
  }

  UChar32 hex_escape() {  // after "\x"
    const std::optional<std::uint32_t> c = read_hex_escape(p_, i_);
    if (!c) throw Unsupported{};
    return static_cast<UChar32>(*c);
  }

  Info escape() {  // after '\'
    if (i_ >= p_.size()) throw Unsupported{};
    const char c = p_[i_++];
    switch (c) {
      case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G': case '<': case '>': return empty_match();
      case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 'h': case 'H': case 'v': case 'V':
      case 'N': case 'X': case 'C': case 'R': case 'K':
        return any();
      case 'p': case 'P':
        if (i_ < p_.size() && p_[i_] == '{') {
          const std::size_t close = p_.find('}', i_);
          if (close == std::string_view::npos) throw Unsupported{};
          i_ = close + 1;
        } else {
          ++i_;
        }
        return any();
      case 'x': return character(hex_escape());
      case 't': return character('\t');
      case 'n': return character('\n');
      case 'r': return character('\r');
      case 'f': return character('\f');
      case 'e': return character(0x1B);
      case 'a': return character(0x07);
      case 'Q': {
        const std::size_t end = p_.find("\\E", i_);
        const std::string_view quoted = p_.substr(i_, end == std::string_view::npos ? std::string_view::npos : end - i_);
        i_ = end == std::string_view::npos ? p_.size() : end + 2;
        Info result = empty_match();
        Reader inner(quoted, caseless_);
        for (std::size_t k = 0; k < quoted.size();) {
          inner.i_ = k;
          result = concat(result, inner.character(inner.next_code_point()));
          k = inner.i_;
        }
        return result;
      }
      default:
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) throw Unsupported{};  // back-references, \g, \k, \c...
        --i_;
        return character(next_code_point());
    }
  }

  // A bracket expression: a few plain characters are an exact set, anything else is any().
  Info bracket() {  // after '['
    bool negated = false;
    if (i_ < p_.size() && p_[i_] == '^') {
      negated = true;
      ++i_;
    }
    Strings members;
    bool plain = !negated;
    bool first = true;
    while (i_ < p_.size() && (p_[i_] != ']' || first)) {
      first = false;
      if (p_[i_] == '[' && i_ + 1 < p_.size() && (p_[i_ + 1] == ':' || p_[i_ + 1] == '=' || p_[i_ + 1] == '.')) {
        const std::size_t close = p_.find(std::string{p_[i_ + 1], ']'}, i_ + 2);
        if (close == std::string_view::npos) throw Unsupported{};
        i_ = close + 2;
        plain = false;
        continue;
      }
      UChar32 c;
      if (p_[i_] == '\\') {
        ++i_;
        if (i_ >= p_.size()) throw Unsupported{};
        const char e = p_[i_];
        if (e == 'x') {
          ++i_;
          c = hex_escape();
        } else if (std::isalnum(static_cast<unsigned char>(e)) != 0) {
          ++i_;
          plain = false;
          if ((e == 'p' || e == 'P') && i_ < p_.size() && p_[i_] == '{') {
            const std::size_t close = p_.find('}', i_);
            if (close == std::string_view::npos) throw Unsupported{};
            i_ = close + 1;
          }
          continue;
        } else {
          c = next_code_point();
        }
      } else {
        c = next_code_point();
      }
      UChar32 last = c;
      if (i_ + 1 < p_.size() && p_[i_] == '-' && p_[i_ + 1] != ']') {  // a range: kept when small
        ++i_;
        if (p_[i_] == '\\') {
          ++i_;
          if (i_ >= p_.size() || p_[i_] != 'x') throw Unsupported{};
          ++i_;
          last = hex_escape();
        } else {
          last = next_code_point();
        }
        if (last < c || last - c >= 64) {
          plain = false;
          continue;
        }
      }
      for (UChar32 member = c; member <= last && plain; ++member) {
        const Info one = character(member);
        if (!one.exact) plain = false;
        else members.insert(one.exact->begin(), one.exact->end());
      }
    }
    if (i_ >= p_.size()) throw Unsupported{};
    ++i_;  // ']'
    if (!plain || members.empty() || members.size() > max_set) return any();
    return {members, std::nullopt};
  }

  Info group() {  // after '('
    bool consumes = true;
    if (i_ < p_.size() && p_[i_] == '?') {
      ++i_;
      if (i_ >= p_.size()) throw Unsupported{};
      const char c = p_[i_];
      if (c == ':' || c == '>' || c == '|') {
        ++i_;
      } else if (c == '=' || c == '!') {
        ++i_;
        consumes = false;
      } else if (c == '<' && i_ + 1 < p_.size() && (p_[i_ + 1] == '=' || p_[i_ + 1] == '!')) {
        i_ += 2;
        consumes = false;
      } else if (c == '<' || c == 'P' || c == '\'' || c == '#') {  // named group, comment
        const std::optional<std::size_t> after = skip_group_name_or_comment(p_, i_);
        if (!after) throw Unsupported{};
        i_ = *after;
        if (c == '#') return empty_match();
      } else {
        // Inline options: "i" alone only widens matching, so treat the rest as caseless.
        std::size_t end = i_;
        while (end < p_.size() && (std::isalpha(static_cast<unsigned char>(p_[end])) != 0 || p_[end] == '-')) ++end;
        const std::string_view flags = p_.substr(i_, end - i_);
        if (end >= p_.size() || flags.empty() || flags.find_first_not_of("i") != std::string_view::npos) throw Unsupported{};
        caseless_ = true;
        i_ = end;
        if (p_[i_] == ')') {
          ++i_;
          return empty_match();
        }
        if (p_[i_] != ':') throw Unsupported{};
        ++i_;
      }
    }
    const Info inner = alternation();
    if (i_ >= p_.size() || p_[i_] != ')') throw Unsupported{};
    ++i_;
    return consumes ? inner : empty_match();
  }

  Info atom() {
    const char c = p_[i_++];
    switch (c) {
      case '\\': return escape();
      case '[': return bracket();
      case '(': return group();
      case '.': return any();
      case '^': case '$': return empty_match();
      case '*': case '+': case '?': case '{': throw Unsupported{};
      default:
        --i_;
        return character(next_code_point());
    }
  }

  std::string_view p_;
  std::size_t i_ = 0;
  bool caseless_;
};

}  // namespace

// A one-byte literal is still selective when prose never holds it: a control character.
bool rare_byte(const std::string& s) {
  if (s.size() != 1) return false;
  const auto c = static_cast<unsigned char>(s[0]);
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
}

std::vector<PrefilterLiteral> required_literals(std::string_view pattern, bool ignore_case, std::size_t min_length) {
  Reader reader(pattern, ignore_case);
  const std::optional<Strings> set = reader.read();
  if (!set || set->empty()) return {};
  const bool usable = std::all_of(set->begin(), set->end(), [&](const std::string& s) { return s.size() >= min_length || rare_byte(s); });
  if (!usable) return {};
  std::vector<PrefilterLiteral> literals;
  for (const std::string& s : *set) literals.push_back({s, reader.caseless()});
  return literals;
}

}  // namespace medlint
