// Reads the small dialect superset_pattern.cpp writes: (?:...) groups, alternation, classes
// of \xNN bytes and ASCII characters, single bytes, ^, and the quantifiers * + ? {n} {n,}
// {n,m}. Anything else gives no reach, and the caller searches from the paragraph's start.
#include "prefilter/match_reach.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <map>
#include <stdexcept>
#include <string>

namespace medlint {

namespace {

using ByteSet = std::bitset<256>;

struct Unreadable {};

// A length bound: fixed bytes plus, per run class, a coefficient times its longest run.
struct Width {
  std::size_t fixed = 0;
  std::map<std::size_t, std::size_t> runs;  // run class -> coefficient
};

constexpr std::size_t saturated = std::size_t{1} << 32;

std::size_t capped(std::size_t v) { return std::min(v, saturated); }

class Reader {
 public:
  Reader(std::string_view e, bool caseless) : e_(e), caseless_(caseless) {}

  Width run(std::vector<ByteSet>& classes) {
    classes_ = &classes;
    ByteSet bytes;
    Width width = alternation(bytes);
    if (i_ != e_.size()) throw Unreadable{};
    return width;
  }

 private:
  Width alternation(ByteSet& bytes) {
    Width width = sequence(bytes);
    while (i_ < e_.size() && e_[i_] == '|') {
      ++i_;
      const Width other = sequence(bytes);
      width.fixed = std::max(width.fixed, other.fixed);
      for (const auto& [k, c] : other.runs) width.runs[k] = std::max(width.runs[k], c);
    }
    return width;
  }

  Width sequence(ByteSet& bytes) {
    Width width;
    while (i_ < e_.size() && e_[i_] != '|' && e_[i_] != ')') {
      ByteSet atom_bytes;
      Width atom_width = atom(atom_bytes);
      quantify(atom_width, atom_bytes);
      bytes |= atom_bytes;
      width.fixed = capped(width.fixed + atom_width.fixed);
      for (const auto& [k, c] : atom_width.runs) width.runs[k] = capped(width.runs[k] + c);
    }
    return width;
  }

  // Applies a quantifier after an atom, if any.
  void quantify(Width& width, const ByteSet& bytes) {
    if (i_ >= e_.size()) return;
    const char c = e_[i_];
    std::size_t high = 1;
    bool open = false;
    if (c == '*' || c == '+') {
      ++i_;
      open = true;
    } else if (c == '?') {
      ++i_;
    } else if (c == '{') {
      const std::size_t close = e_.find('}', i_);
      if (close == std::string_view::npos) throw Unreadable{};
      const std::string body(e_.substr(i_ + 1, close - i_ - 1));
      i_ = close + 1;
      const std::size_t comma = body.find(',');
      if (body.empty() || !std::isdigit(static_cast<unsigned char>(body[0]))) throw Unreadable{};
      if (comma == std::string::npos) {
        high = std::stoul(body);
      } else if (comma + 1 == body.size()) {
        open = true;
      } else {
        high = std::stoul(body.substr(comma + 1));
      }
    } else {
      return;
    }
    if (open) {
      // The whole repetition is a run of the bytes the atom matches.
      width = Width{};
      width.runs[class_of(bytes)] = 1;
      return;
    }
    width.fixed = capped(width.fixed * high);
    for (auto& [k, coefficient] : width.runs) coefficient = capped(coefficient * high);
  }

  std::size_t class_of(const ByteSet& bytes) {
    for (std::size_t k = 0; k < classes_->size(); ++k) {
      if ((*classes_)[k] == bytes) return k;
    }
    classes_->push_back(bytes);
    return classes_->size() - 1;
  }

  void add_byte(ByteSet& bytes, unsigned char b) const {
    bytes.set(b);
    if (caseless_ && std::isalpha(b) != 0) {
      bytes.set(static_cast<unsigned char>(std::tolower(b)));
      bytes.set(static_cast<unsigned char>(std::toupper(b)));
    }
  }

  unsigned char hex_byte() {  // at "\xNN"
    if (i_ + 4 > e_.size() || e_[i_] != '\\' || e_[i_ + 1] != 'x') throw Unreadable{};
    const std::string digits(e_.substr(i_ + 2, 2));
    if (!std::isxdigit(static_cast<unsigned char>(digits[0])) || !std::isxdigit(static_cast<unsigned char>(digits[1]))) {
      throw Unreadable{};
    }
    i_ += 4;
    return static_cast<unsigned char>(std::stoul(digits, nullptr, 16));
  }

  unsigned char class_member() {
    if (e_[i_] == '\\') return hex_byte();
    return static_cast<unsigned char>(e_[i_++]);
  }

  Width atom(ByteSet& bytes) {
    const char c = e_[i_];
    Width width;
    if (c == '(') {
      if (e_.substr(i_, 3) != "(?:") throw Unreadable{};
      i_ += 3;
      width = alternation(bytes);
      if (i_ >= e_.size() || e_[i_] != ')') throw Unreadable{};
      ++i_;
      return width;
    }
    if (c == '^' || c == '$') {
      ++i_;
      return width;  // zero width
    }
    width.fixed = 1;
    if (c == '[') {
      ++i_;
      const bool negated = i_ < e_.size() && e_[i_] == '^';
      if (negated) ++i_;
      ByteSet members;
      while (i_ < e_.size() && e_[i_] != ']') {
        const unsigned char first = class_member();
        unsigned char last = first;
        if (i_ + 1 < e_.size() && e_[i_] == '-' && e_[i_ + 1] != ']') {
          ++i_;
          last = class_member();
        }
        for (unsigned b = first; b <= last; ++b) add_byte(members, static_cast<unsigned char>(b));
      }
      if (i_ >= e_.size()) throw Unreadable{};
      ++i_;
      bytes |= negated ? ~members : members;
      return width;
    }
    if (c == '\\') {
      add_byte(bytes, hex_byte());
      return width;
    }
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) throw Unreadable{};
    add_byte(bytes, static_cast<unsigned char>(c));
    ++i_;
    return width;
  }

  std::string_view e_;
  bool caseless_;
  std::size_t i_ = 0;
  std::vector<ByteSet>* classes_ = nullptr;
};

}  // namespace

std::optional<MatchReach> MatchReach::of(std::string_view expression, bool caseless) {
  std::vector<ByteSet> classes;
  Width width;
  try {
    width = Reader(expression, caseless).run(classes);
  } catch (const Unreadable&) {
    return std::nullopt;
  } catch (const std::logic_error&) {  // a count std::stoul cannot read
    return std::nullopt;
  }
  if (classes.size() > 32) return std::nullopt;  // one bit per class in a byte's mask
  MatchReach reach;
  reach.fixed_ = width.fixed;
  reach.coefficients_.assign(classes.size(), 0);
  for (const auto& [k, coefficient] : width.runs) reach.coefficients_[k] = coefficient;
  for (std::size_t k = 0; k < classes.size(); ++k) {
    for (std::size_t b = 0; b < 256; ++b) {
      if (classes[k].test(b)) reach.members_[b] |= std::uint32_t{1} << k;
    }
  }
  return reach;
}

std::size_t MatchReach::bound(std::string_view paragraph) const {
  std::size_t total = fixed_;
  if (coefficients_.empty()) return total;
  std::array<std::size_t, 32> current{}, longest{};
  const std::size_t classes = coefficients_.size();
  for (const char c : paragraph) {
    const std::uint32_t in = members_[static_cast<unsigned char>(c)];
    for (std::size_t k = 0; k < classes; ++k) {
      if ((in >> k) & 1u) {
        longest[k] = std::max(longest[k], ++current[k]);
      } else {
        current[k] = 0;
      }
    }
  }
  for (std::size_t k = 0; k < classes; ++k) total = capped(total + capped(coefficients_[k] * longest[k]));
  return total;
}

}  // namespace medlint
