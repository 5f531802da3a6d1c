#include "report/fingerprint.hpp"

#include <cstdint>
#include <map>
#include <tuple>

#include "core/fnv1a.hpp"

namespace medlint {

namespace {

void mix(std::uint64_t& hash, std::string_view part) {
  // A separator byte that cannot occur in UTF-8 text keeps ("ab","c") apart from ("a","bc").
  hash = fnv1a_add(fnv1a_add(hash, part), 0xffu);
}

}  // namespace

std::string fingerprint_of(std::string_view rule, std::string_view path, std::string_view matched, std::size_t occurrence) {
  std::uint64_t hash = fnv1a_offset;
  mix(hash, rule);
  mix(hash, path);
  mix(hash, matched);
  mix(hash, std::to_string(occurrence));
  static constexpr char digits[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = digits[hash & 0xfu];
    hash >>= 4;
  }
  return out;
}

void assign_fingerprints(FileReport& report) {
  std::map<std::tuple<std::string_view, std::string_view>, std::size_t> seen;
  for (ReportedFinding& finding : report.findings) {
    const std::string_view matched = finding.scope == Scope::span ? std::string_view(finding.matched) : std::string_view();
    const std::size_t occurrence = seen[{finding.rule, matched}]++;
    finding.fingerprint = fingerprint_of(finding.rule, report.path, matched, occurrence);
  }
}

}  // namespace medlint
