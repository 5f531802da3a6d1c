// Each line is parsed with nlohmann/json (which also rejects invalid UTF-8); blank lines are
// skipped. Batches bound the memory held at once whatever the length of the stream.
#include "input/jsonl_documents.hpp"

#include <nlohmann/json.hpp>

namespace medlint {

namespace {

std::optional<JsonlDocument> parse_line(const std::string& line, std::size_t number, std::string& error) {
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(line);
  } catch (const nlohmann::json::exception& e) {
    error = std::string("invalid JSON: ") + e.what();
    return std::nullopt;
  }
  if (!value.is_object()) {
    error = "expected an object with \"id\" and \"text\"";
    return std::nullopt;
  }
  JsonlDocument document;
  document.line = number;
  const auto id = value.find("id");
  if (id == value.end() || !(id->is_string() || id->is_number_integer())) {
    error = "\"id\" must be a string or an integer";
    return std::nullopt;
  }
  document.id = id->is_string() ? id->get<std::string>() : id->dump();
  const auto text = value.find("text");
  if (text == value.end() || !text->is_string()) {
    error = "\"text\" must be a string";
    return std::nullopt;
  }
  document.text = text->get<std::string>();
  if (const auto url = value.find("url"); url != value.end() && !url->is_null()) {
    if (!url->is_string()) {
      error = "\"url\" must be a string";
      return std::nullopt;
    }
    document.url = url->get<std::string>();
  }
  return document;
}

}  // namespace

std::vector<JsonlDocument> JsonlDocumentReader::next_batch(std::size_t max_documents, std::size_t max_bytes,
                                                           Diagnostics& diagnostics) {
  std::vector<JsonlDocument> batch;
  std::size_t bytes = 0;
  std::string line;
  while (batch.size() < max_documents && bytes < max_bytes && std::getline(in_, line)) {
    ++line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (line.size() > max_line_bytes_) {
      diagnostics.error(name_ + ":" + std::to_string(line_),
                        "document larger than " + std::to_string(max_line_bytes_ >> 20) + " MiB, skipped");
      continue;
    }
    std::string error;
    if (auto document = parse_line(line, line_, error)) {
      bytes += document->text.size();
      batch.push_back(std::move(*document));
    } else {
      diagnostics.error(name_ + ":" + std::to_string(line_), error);
    }
  }
  return batch;
}

}  // namespace medlint
