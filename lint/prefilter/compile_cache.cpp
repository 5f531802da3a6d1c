#include "prefilter/compile_cache.hpp"

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <system_error>

#include <unistd.h>

namespace medlint {

std::filesystem::path compile_cache_directory() {
  if (const char* dir = std::getenv("MEDLINT_CACHE_DIR")) return dir;
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "medlint";
  if (const char* home = std::getenv("HOME"); home && *home) return std::filesystem::path(home) / ".cache" / "medlint";
  return {};
}

std::optional<std::string> read_cache_file(const std::filesystem::path& file) {
  // One read of the known size: a compiled database is a megabyte or more, and a stream
  // iterator copies it a byte at a time (a tenth of a one-article run's instructions).
  std::ifstream in(file, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const std::streamoff size = in.tellg();
  if (size < 0) return std::nullopt;
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  if (!in.read(bytes.data(), size)) return std::nullopt;
  return bytes;
}

void write_cache_file(const std::filesystem::path& file, std::string_view bytes) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  // Named per process and per write, so two writers never share a temporary file.
  static std::atomic<unsigned> writes{0};
  const std::filesystem::path temporary =
      file.string() + "." + std::to_string(::getpid()) + "-" + std::to_string(writes.fetch_add(1)) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      out.close();
      std::filesystem::remove(temporary, ec);
      return;
    }
  }
  std::filesystem::rename(temporary, file, ec);
  if (ec) std::filesystem::remove(temporary, ec);
}

}  // namespace medlint
