// YAML front matter of a Markdown file (a first line "---" up to the next "---" or "..."):
// where it ends, and the author and date its top-level keys give. Only what the attribution
// rules need is read: a key's scalar value, or the items of a list or the "name" of a mapping
// indented under it.
#pragma once

#include <cstddef>
#include <string_view>

#include "text/page_metadata.hpp"

namespace medlint {

/// Offset just past the closing line of the front matter, or 0 when the file has none.
[[nodiscard]] std::size_t front_matter_end(std::string_view source);

/// Reads author keys (author, authors, reviewer, reviewed_by, ...) and date keys (date,
/// published, updated, lastmod, ...) of `front_matter` (the block, delimiter lines included).
void read_front_matter(std::string_view front_matter, PageMetadata& metadata);

}  // namespace medlint
