#include "report/unified_diff.hpp"

#include <algorithm>

namespace medlint {

namespace {

constexpr std::size_t context = 3;

// Start offsets of every line; a final line without '\n' counts as a line.
std::vector<std::size_t> line_starts(std::string_view text) {
  std::vector<std::size_t> starts = {0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(i + 1);
  }
  if (text.empty()) starts.clear();
  return starts;
}

// 0-based index of the line holding `offset`.
std::size_t line_of(const std::vector<std::size_t>& starts, std::size_t offset) {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) - starts.begin()) - 1;
}

void emit_lines(std::string& out, char mark, std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    const bool terminated = end != std::string_view::npos;
    if (!terminated) end = text.size();
    out += mark;
    out.append(text.substr(at, end - at));
    out += '\n';
    if (!terminated) out += "\\ No newline at end of file\n";
    at = end + 1;
  }
}

std::size_t count_lines(std::string_view text) {
  if (text.empty()) return 0;
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + (text.back() == '\n' ? 0 : 1);
}

}  // namespace

std::string unified_diff(const std::string& path, std::string_view old_text, const std::vector<TextEdit>& edits) {
  if (edits.empty() || old_text.empty()) return {};
  const std::vector<std::size_t> starts = line_starts(old_text);
  auto line_begin = [&](std::size_t line) { return line < starts.size() ? starts[line] : old_text.size(); };

  // A block: old lines [first, last] changed by one or more edits (edits on shared lines join).
  struct Block {
    std::size_t first, last;
    std::vector<const TextEdit*> edits;
  };
  std::vector<Block> blocks;
  for (const TextEdit& edit : edits) {
    const std::size_t first = line_of(starts, std::min(edit.begin, old_text.size() - 1));
    const std::size_t last = edit.end > edit.begin ? line_of(starts, std::min(edit.end - 1, old_text.size() - 1)) : first;
    if (!blocks.empty() && first <= blocks.back().last) {
      blocks.back().last = std::max(blocks.back().last, last);
      blocks.back().edits.push_back(&edit);
    } else {
      blocks.push_back({first, last, {&edit}});
    }
  }
  // Hunks: runs of blocks whose context lines touch.
  std::vector<std::pair<std::size_t, std::size_t>> hunks;  // [first block, last block]
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    if (!hunks.empty() && blocks[b].first <= blocks[hunks.back().second].last + 2 * context + 1) hunks.back().second = b;
    else hunks.emplace_back(b, b);
  }

  std::string out = "--- " + path + "\n+++ " + path + "\n";
  long line_delta = 0;  // new line number minus old line number before the current hunk
  for (const auto& [first_block, last_block] : hunks) {
    const std::size_t before = blocks[first_block].first >= context ? blocks[first_block].first - context : 0;
    const std::size_t after = std::min(blocks[last_block].last + context, starts.size() - 1);
    std::string body;
    std::size_t old_count = 0, new_count = 0;
    auto old_lines = [&](std::size_t from, std::size_t to) {  // old lines [from, to)
      return old_text.substr(line_begin(from), line_begin(to) - line_begin(from));
    };
    std::size_t at = before;
    long hunk_delta = 0;
    for (std::size_t b = first_block; b <= last_block; ++b) {
      const Block& block = blocks[b];
      const std::string_view between = old_lines(at, block.first);
      emit_lines(body, ' ', between);
      old_count += count_lines(between);
      new_count += count_lines(between);
      const std::size_t changed_begin = line_begin(block.first), changed_end = line_begin(block.last + 1);
      std::string replaced(old_text.substr(changed_begin, changed_end - changed_begin));
      for (auto it = block.edits.rbegin(); it != block.edits.rend(); ++it) {
        const TextEdit& e = **it;
        replaced.replace(e.begin - changed_begin, std::min(e.end, changed_end) - e.begin, e.replacement);
      }
      const std::string_view removed = old_lines(block.first, block.last + 1);
      emit_lines(body, '-', removed);
      emit_lines(body, '+', replaced);
      old_count += count_lines(removed);
      new_count += count_lines(replaced);
      hunk_delta += static_cast<long>(count_lines(replaced)) - static_cast<long>(count_lines(removed));
      at = block.last + 1;
    }
    const std::string_view tail = old_lines(at, std::max(at, after + 1));
    emit_lines(body, ' ', tail);
    old_count += count_lines(tail);
    new_count += count_lines(tail);
    const long old_start = static_cast<long>(before) + 1;
    out += "@@ -" + std::to_string(old_start) + "," + std::to_string(old_count) + " +" + std::to_string(old_start + line_delta) + "," +
           std::to_string(new_count) + " @@\n" + body;
    line_delta += hunk_delta;
  }
  return out;
}

}  // namespace medlint
