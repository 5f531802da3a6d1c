// Baselines: adopt medlint on an existing corpus without fixing everything first.
// --write-baseline records the fingerprint of every current finding; --baseline then
// reports only findings whose fingerprint is not recorded. Fingerprints (fingerprint.hpp)
// ignore line numbers, so moving text around does not make old findings new.
#pragma once

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "report/file_report.hpp"

namespace medlint {

class Baseline {
 public:
  /// Reads a baseline file; a bad one is a LoadError naming the file and JSON pointer.
  [[nodiscard]] static Baseline load(const std::filesystem::path& path);

  [[nodiscard]] bool contains(const std::string& fingerprint) const { return fingerprints_.count(fingerprint) != 0; }
  [[nodiscard]] std::size_t size() const { return fingerprints_.size(); }

 private:
  std::set<std::string, std::less<>> fingerprints_;
};

/// Collects findings while a run reports them and writes the baseline file at the end.
class BaselineWriter {
 public:
  void add(const FileReport& report);
  /// Throws MedlintError when the file cannot be written.
  void write(const std::filesystem::path& path, const std::string& version) const;

 private:
  struct Entry {
    std::string fingerprint, rule, path, matched;
  };
  std::vector<Entry> entries_;
};

}  // namespace medlint
