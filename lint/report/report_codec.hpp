// A FileReport as bytes and back (CBOR through nlohmann/json), for reports held until the
// corpus pass has run: they wait in a SpillStore instead of in memory.
#pragma once

#include <string>
#include <string_view>

#include "report/file_report.hpp"

namespace medlint {

[[nodiscard]] std::string encode_report(const FileReport& report);
/// The report encode_report was given (corpus_words excepted: held reports have none).
[[nodiscard]] FileReport decode_report(std::string_view bytes);

}  // namespace medlint
