// Directory walking. Symlinked directories are not followed (no loops); permission
// errors are reported and skipped so one unreadable folder does not stop an audit.
#include "input/discover.hpp"

#include "input/path_glob.hpp"

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace medlint {

namespace fs = std::filesystem;

namespace {

bool has_wanted_extension(const fs::path& path, const std::vector<std::string>& extensions) {
  std::string ext = path.extension().string();
  if (ext.size() < 2) return false;
  ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

bool is_hidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

void walk_directory(const std::string& given, const DiscoverOptions& options, Diagnostics& diagnostics,
                    std::vector<InputFile>& out) {
  std::vector<InputFile> found;
  std::error_code ec;
  const fs::path root(given);
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    diagnostics.error(given, ec.message());
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      diagnostics.error(given, ec.message());
      ec.clear();
      continue;
    }
    const fs::directory_entry& entry = *it;
    if (options.skip_hidden && is_hidden(entry.path())) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    const fs::path relative = entry.path().lexically_relative(root);
    const std::string display = (root / relative).generic_string();
    if (!options.exclude.empty() && path_matches_any(options.exclude, display)) {
      if (entry.is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!entry.is_regular_file(ec)) {
      // A symlink that leads nowhere (broken, or a loop) is worth a word; directories, FIFOs
      // and sockets met while walking are simply not articles.
      if (entry.is_symlink(ec) && !fs::exists(entry.path(), ec)) {
        diagnostics.warning(display, "broken or looping symbolic link skipped");
      }
      ec.clear();
      continue;
    }
    const bool wanted = options.include.empty() ? has_wanted_extension(entry.path(), options.extensions)
                                                : path_matches_any(options.include, display);
    if (!wanted) continue;
    found.push_back({display, entry.path(), false});
  }
  std::sort(found.begin(), found.end(),
            [](const InputFile& a, const InputFile& b) { return a.display_path < b.display_path; });
  out.insert(out.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
}

}  // namespace

std::vector<InputFile> discover_inputs(const std::vector<std::string>& paths, const DiscoverOptions& options,
                                       Diagnostics& diagnostics) {
  std::vector<InputFile> inputs;
  for (const std::string& given : paths) {
    if (given == "-") {
      inputs.push_back({"-", {}, true});
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(given, ec);
    if (ec || !fs::exists(status)) {
      diagnostics.error(given, ec && ec.value() == ELOOP ? "too many levels of symbolic links (a symlink loop)" : "no such file or directory");
    } else if (fs::is_directory(status)) {
      walk_directory(given, options, diagnostics, inputs);
    } else if (options.exclude.empty() || !path_matches_any(options.exclude, given)) {
      inputs.push_back({given, fs::path(given), false});
    }
  }
  return inputs;
}

}  // namespace medlint
