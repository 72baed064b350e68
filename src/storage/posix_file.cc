// The POSIX implementation of the file seam (include/gannet/storage/file.h).

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

#include "gannet/storage/errc.h"
#include "gannet/storage/file.h"

namespace gannet::storage {
namespace {

class posix_file final : public file {
 public:
  explicit posix_file(int fd) : fd_(fd) {}
  ~posix_file() override { ::close(fd_); }

  int fd() const override { return fd_; }

  result<void> write_at(std::span<const std::uint8_t> bytes, std::int64_t position) override {
    while (!bytes.empty()) {
      ssize_t n = ::pwrite(fd_, bytes.data(), bytes.size(), position);
      if (n < 0) {
        if (errno == EINTR) continue;
        return from_errno(errno);
      }
      bytes = bytes.subspan(static_cast<std::size_t>(n));
      position += n;
    }
    return {};
  }

  result<std::size_t> read_at(std::span<std::uint8_t> bytes, std::int64_t position) override {
    std::size_t done = 0;
    while (done < bytes.size()) {
      ssize_t n = ::pread(fd_, bytes.data() + done, bytes.size() - done, position + static_cast<std::int64_t>(done));
      if (n < 0) {
        if (errno == EINTR) continue;
        return from_errno(errno);
      }
      if (n == 0) break;
      done += static_cast<std::size_t>(n);
    }
    return done;
  }

  result<void> sync() override {
    if (::fdatasync(fd_) != 0) return from_errno(errno);
    return {};
  }

  result<void> truncate(std::int64_t size) override {
    if (::ftruncate(fd_, size) != 0) return from_errno(errno);
    return {};
  }

  result<void> allocate(std::int64_t position, std::int64_t length) override {
    if (::fallocate(fd_, FALLOC_FL_KEEP_SIZE, position, length) != 0 && errno != EOPNOTSUPP) return from_errno(errno);
    return {};
  }

  result<std::int64_t> size() const override {
    struct stat st {};
    if (::fstat(fd_, &st) != 0) return from_errno(errno);
    return static_cast<std::int64_t>(st.st_size);
  }

 private:
  int fd_;
};

class posix_file_system final : public file_system {
 public:
  result<std::shared_ptr<file>> open(const std::filesystem::path& path, open_mode mode) override {
    int flags = O_CLOEXEC;
    switch (mode) {
      case open_mode::read_only:
        flags |= O_RDONLY;
        break;
      case open_mode::read_write:
        flags |= O_RDWR;
        break;
      case open_mode::create:
        flags |= O_RDWR | O_CREAT;
        break;
    }
    int fd = ::open(path.c_str(), flags, 0644);
    if (fd < 0) return from_errno(errno);
    return std::shared_ptr<file>(std::make_shared<posix_file>(fd));
  }
};

}  // namespace

file_system& file_system::posix() {
  static posix_file_system fs;
  return fs;
}

result<void> sync_directory(const std::filesystem::path& dir) {
  int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return from_errno(errno);
  int rc = ::fsync(fd);
  int err = errno;
  ::close(fd);
  if (rc != 0) return from_errno(err);
  return {};
}

}  // namespace gannet::storage
