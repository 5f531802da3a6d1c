// The fault point "kill-before-rename" makes the process SIGKILL itself after the temporary
// file is complete and before the rename: the test suite uses it to prove that a crash at the
// worst moment leaves the old file intact.
#include "input/atomic_write.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "core/errors.hpp"
#include "core/fault_injection.hpp"

namespace medlint {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const fs::path& path, const std::string& what) {
  throw MedlintError(path.string() + ": " + what + (errno ? std::string(": ") + std::strerror(errno) : std::string()));
}

bool read_all(int fd, std::string& out) {
  char buffer[65536];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

bool write_all(int fd, std::string_view data) {
  while (!data.empty()) {
    const ssize_t n = ::write(fd, data.data(), data.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

// Whether the file at `path` is still the one we checked: same inode, size and mtime.
bool same_file(const fs::path& path, const struct stat& before) {
  struct stat now {};
  if (::lstat(path.c_str(), &now) != 0) return false;
  return now.st_ino == before.st_ino && now.st_dev == before.st_dev && now.st_size == before.st_size &&
         now.st_mtim.tv_sec == before.st_mtim.tv_sec && now.st_mtim.tv_nsec == before.st_mtim.tv_nsec;
}

}  // namespace

ReplaceOutcome replace_file_atomically(const fs::path& path, std::string_view expected, std::string_view content) {
  errno = 0;
  struct stat before {};
  if (::lstat(path.c_str(), &before) != 0) fail(path, "cannot stat");
  errno = 0;
  if (S_ISLNK(before.st_mode)) fail(path, "is a symbolic link; --fix does not write through links");
  if (!S_ISREG(before.st_mode)) fail(path, "is not a regular file; not fixed");

  {
    const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) fail(path, "cannot open");
    std::string current;
    const bool ok = read_all(fd, current);
    ::close(fd);
    if (!ok) fail(path, "cannot read");
    if (current != expected) return ReplaceOutcome::changed_on_disk;
  }

  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::string temp = (dir / ("." + path.filename().string() + ".medlint-XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0) fail(path, "cannot create a temporary file beside it");
  auto abandon = [&](const std::string& what) {
    const int saved = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    errno = saved;
    fail(path, what);
  };
  if (!write_all(fd, content)) abandon("cannot write the temporary file");
  if (::fchmod(fd, before.st_mode & 07777) != 0) abandon("cannot copy permissions to the temporary file");
  // Ownership is kept when we may (running as root); otherwise the file becomes ours, as with any editor.
  if (::fchown(fd, before.st_uid, before.st_gid) != 0) errno = 0;
  if (::fsync(fd) != 0) abandon("cannot flush the temporary file");
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    fail(path, "cannot close the temporary file");
  }

  if (fault_injected("kill-before-rename")) std::raise(SIGKILL);

  if (!same_file(path, before)) {
    ::unlink(temp.c_str());
    return ReplaceOutcome::changed_on_disk;
  }
  errno = 0;
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const int saved = errno;
    ::unlink(temp.c_str());
    errno = saved;
    fail(path, "cannot rename the temporary file over it");
  }
  // The rename itself must survive a power cut: flush the directory entry too.
  const int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0) {
    (void)::fsync(dir_fd);
    ::close(dir_fd);
  }
  return ReplaceOutcome::replaced;
}

}  // namespace medlint
