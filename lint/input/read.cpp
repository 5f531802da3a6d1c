// Whole-file reads with a size cap, so one enormous file cannot exhaust memory. The size is
// checked with fstat before reading (a 2 GB sparse file is refused at once) and again while
// reading (a file growing under us, or stdin, is stopped at the cap). Only regular files are
// read: a FIFO or device could block or never end. A file whose size or modification time
// changed between the start and the end of the read is refused, since its findings would
// describe bytes that no longer exist.
#include "input/read.hpp"

#include "core/fault_injection.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>

namespace medlint {

namespace {

std::string too_large(std::size_t max_bytes) {
  return "larger than the " + std::to_string(max_bytes) + "-byte limit (" + std::to_string(max_bytes >> 20) + " MiB); not linted";
}

ReadResult read_stream(std::istream& in, std::size_t max_bytes) {
  std::string bytes;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
    bytes.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (bytes.size() > max_bytes) return {std::nullopt, too_large(max_bytes)};
  }
  if (in.bad()) return {std::nullopt, "read error"};
  return {std::move(bytes), {}};
}

std::string open_error(int error) {
  switch (error) {
    case ENOENT: return "no such file (removed since the run started?)";
    case ELOOP: return "too many levels of symbolic links (a symlink loop)";
    case EACCES: return "permission denied";
    default: return std::strerror(error);
  }
}

bool same_version(const struct stat& a, const struct stat& b) {
  return a.st_size == b.st_size && a.st_mtim.tv_sec == b.st_mtim.tv_sec && a.st_mtim.tv_nsec == b.st_mtim.tv_nsec;
}

}  // namespace

ReadResult read_input(const InputFile& input, std::size_t max_bytes) {
  if (input.is_stdin) return read_stream(std::cin, max_bytes);
  if (fault_injected("remove-before-read")) std::remove(input.fs_path.c_str());
  // O_NONBLOCK: opening a FIFO must not wait for a writer; regular files ignore it.
  const int fd = ::open(input.fs_path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return {std::nullopt, open_error(errno)};
  struct stat before {};
  if (::fstat(fd, &before) != 0) {
    const int error = errno;
    ::close(fd);
    return {std::nullopt, std::strerror(error)};
  }
  if (S_ISDIR(before.st_mode)) {
    ::close(fd);
    return {std::nullopt, "is a directory"};
  }
  if (!S_ISREG(before.st_mode)) {
    ::close(fd);
    return {std::nullopt, "not a regular file (FIFO, socket or device); not read"};
  }
  if (static_cast<std::size_t>(before.st_size) > max_bytes) {
    ::close(fd);
    return {std::nullopt, too_large(max_bytes)};
  }
  std::string bytes;
  bytes.reserve(static_cast<std::size_t>(before.st_size));
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int error = errno;
      ::close(fd);
      return {std::nullopt, std::string("read error: ") + std::strerror(error)};
    }
    if (n == 0) break;
    bytes.append(buffer, static_cast<std::size_t>(n));
    if (bytes.size() > max_bytes) {
      ::close(fd);
      return {std::nullopt, too_large(max_bytes)};
    }
  }
  if (fault_injected("append-during-read")) {  // the test suite's stand-in for a writer racing us
    std::ofstream(input.fs_path, std::ios::app) << "appended while medlint was reading\n";
  }
  struct stat after {};
  const bool changed = ::fstat(fd, &after) != 0 || !same_version(before, after) || bytes.size() != static_cast<std::size_t>(before.st_size);
  ::close(fd);
  if (changed) return {std::nullopt, "changed while being read; not linted (run again once it is written)"};
  return {std::move(bytes), {}};
}

}  // namespace medlint
