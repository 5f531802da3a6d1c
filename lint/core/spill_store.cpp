// Reads use pread, which neither moves nor shares a file position, so threads can read
// spans at once; appends use pwrite at the end the store keeps itself.
#include "core/spill_store.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "core/errors.hpp"

namespace medlint {

namespace {

[[noreturn]] void fail(const char* what) {
  throw MedlintError(std::string("temporary file for held results: ") + what + ": " + std::strerror(errno));
}

}  // namespace

SpillStore::~SpillStore() {
  if (file_ != nullptr) std::fclose(file_);
}

SpillStore::Span SpillStore::append(std::string_view bytes) {
  const Span span{size_, bytes.size()};
  // A span lies wholly in memory or wholly in the file: once the file is open, all go there.
  if (file_ == nullptr && memory_.size() + bytes.size() <= memory_limit_) {
    // The budget at once: growing by doubling would take up to twice the budget. Pages
    // not yet written cost no memory.
    if (memory_.capacity() < memory_limit_) memory_.reserve(memory_limit_);
    memory_.append(bytes);
  } else {
    if (file_ == nullptr) {
      file_ = std::tmpfile();
      if (file_ == nullptr) fail("cannot create");
    }
    const int fd = fileno(file_);
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(size_ - memory_.size() + done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) fail("cannot write");
      done += static_cast<std::size_t>(n);
    }
  }
  size_ += bytes.size();
  return span;
}

std::string SpillStore::read(Span span) const {
  std::string out(span.size, '\0');
  read_into(span, out.data());
  return out;
}

void SpillStore::read_into(Span span, void* out) const {
  auto* bytes = static_cast<char*>(out);
  if (span.offset + span.size <= memory_.size()) {
    memory_.copy(bytes, span.size, span.offset);
    return;
  }
  const int fd = fileno(file_);
  std::size_t done = 0;
  while (done < span.size) {
    const ssize_t n = ::pread(fd, bytes + done, span.size - done, static_cast<off_t>(span.offset - memory_.size() + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) fail("cannot read");
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace medlint
