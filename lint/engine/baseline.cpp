// The file holds the fingerprints plus rule, path and matched text for people reading a
// diff of it; only the fingerprints are used when matching.
#include "engine/baseline.hpp"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/errors.hpp"
#include "rules/json_reader.hpp"

namespace medlint {

Baseline Baseline::load(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw MedlintError(path.string() + ": cannot read baseline file");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  const std::string file = path.string();  // JsonReader keeps a pointer to it
  const nlohmann::json document = parse_json_text(buffer.str(), file);
  const JsonReader root(document, file);
  root.expect_object({"tool", "version", "findings"});
  if (root.at("version").value() != 1) root.at("version").fail("unsupported baseline version (expected 1)");
  Baseline baseline;
  for (const JsonReader& entry : root.at("findings").elements()) {
    entry.expect_object({"fingerprint", "rule", "path", "matched"});
    baseline.fingerprints_.insert(entry.at("fingerprint").string());
  }
  return baseline;
}

void BaselineWriter::add(const FileReport& report) {
  for (const ReportedFinding& f : report.findings) entries_.push_back({f.fingerprint, f.rule, report.path, f.matched});
}

void BaselineWriter::write(const std::filesystem::path& path, const std::string& version) const {
  std::vector<const Entry*> sorted;
  for (const Entry& e : entries_) sorted.push_back(&e);
  std::sort(sorted.begin(), sorted.end(), [](const Entry* a, const Entry* b) {
    return std::tie(a->path, a->rule, a->fingerprint) < std::tie(b->path, b->rule, b->fingerprint);
  });
  nlohmann::ordered_json out;
  out["tool"] = "medlint " + version;
  out["version"] = 1;
  out["findings"] = nlohmann::ordered_json::array();
  for (const Entry* e : sorted) {
    out["findings"].push_back({{"fingerprint", e->fingerprint}, {"rule", e->rule}, {"path", e->path}, {"matched", e->matched}});
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  file.close();
  if (!file) throw MedlintError(path.string() + ": cannot write baseline file");
}

}  // namespace medlint
