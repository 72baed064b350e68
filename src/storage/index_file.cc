#include "index_file.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

#include "gannet/storage/errc.h"

namespace gannet::storage {
namespace {
constexpr std::size_t page_size = 4096;
}

index_file::index_file(index_file&& o) noexcept
    : fd_(std::exchange(o.fd_, -1)),
      data_(std::exchange(o.data_, nullptr)),
      mapped_bytes_(std::exchange(o.mapped_bytes_, 0)),
      entry_size_(o.entry_size_),
      reserved_(std::exchange(o.reserved_, 0)),
      writable_(std::exchange(o.writable_, false)) {}

index_file& index_file::operator=(index_file&& o) noexcept {
  if (this != &o) {
    close();
    fd_ = std::exchange(o.fd_, -1);
    data_ = std::exchange(o.data_, nullptr);
    mapped_bytes_ = std::exchange(o.mapped_bytes_, 0);
    entry_size_ = o.entry_size_;
    reserved_ = std::exchange(o.reserved_, 0);
    writable_ = std::exchange(o.writable_, false);
  }
  return *this;
}

index_file::~index_file() { close(); }

void index_file::close() {
  if (data_ != nullptr) ::munmap(data_, mapped_bytes_);
  if (fd_ >= 0) ::close(fd_);
  data_ = nullptr;
  fd_ = -1;
  mapped_bytes_ = 0;
  reserved_ = 0;
  writable_ = false;
}

result<void> index_file::open(const std::filesystem::path& path, std::size_t entry_size, std::size_t max_bytes,
                              bool writable, std::size_t* file_bytes_before) {
  close();
  entry_size_ = entry_size;
  int fd = ::open(path.c_str(), (writable ? O_RDWR | O_CREAT : O_RDONLY) | O_CLOEXEC, 0644);
  if (fd < 0) return from_errno(errno);
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    int err = errno;
    ::close(fd);
    return from_errno(err);
  }
  auto length = static_cast<std::size_t>(st.st_size);
  if (file_bytes_before != nullptr) *file_bytes_before = length;
  std::size_t map_bytes = length - length % entry_size;
  if (writable) {
    map_bytes = max_bytes - max_bytes % entry_size;
    if (map_bytes < length - length % entry_size) map_bytes = length - length % entry_size;
    if (static_cast<std::size_t>(st.st_size) != map_bytes && ::ftruncate(fd, static_cast<off_t>(map_bytes)) != 0) {
      int err = errno;
      ::close(fd);
      return from_errno(err);
    }
  }
  fd_ = fd;
  writable_ = writable;
  // Bytes that existed before are backed; only new pages need reserving.
  reserved_ = length - length % page_size;
  if (map_bytes == 0) return {};
  void* p = ::mmap(nullptr, map_bytes, writable ? PROT_READ | PROT_WRITE : PROT_READ, MAP_SHARED, fd, 0);
  if (p == MAP_FAILED) {
    int err = errno;
    close();
    return from_errno(err);
  }
  data_ = static_cast<std::uint8_t*>(p);
  mapped_bytes_ = map_bytes;
  return {};
}

result<void> index_file::reserve(std::size_t end) {
  if (end <= reserved_) return {};
  std::size_t from = reserved_;
  std::size_t to = (end + page_size - 1) / page_size * page_size;
  if (to > mapped_bytes_) to = mapped_bytes_;
  if (to <= from) return {};
  int rc = ::fallocate(fd_, FALLOC_FL_KEEP_SIZE, static_cast<off_t>(from), static_cast<off_t>(to - from));
  if (rc != 0 && errno != EOPNOTSUPP && errno != ENOSYS) return from_errno(errno);
  reserved_ = to;
  return {};
}

result<void> index_file::flush(std::size_t used) {
  if (data_ == nullptr || !writable_ || used == 0 || !sync_) return {};
  if (::msync(data_, used < mapped_bytes_ ? used : mapped_bytes_, MS_SYNC) != 0) return from_errno(errno);
  return {};
}

result<void> index_file::trim_and_close(std::size_t used, bool sync) {
  if (fd_ < 0) return {};
  result<void> r = sync ? flush(used) : result<void>{};
  if (data_ != nullptr) ::munmap(data_, mapped_bytes_);
  data_ = nullptr;
  mapped_bytes_ = 0;
  if (r && writable_ && ::ftruncate(fd_, static_cast<off_t>(used)) != 0) r = from_errno(errno);
  if (r && writable_ && sync && sync_ && ::fdatasync(fd_) != 0) r = from_errno(errno);
  ::close(fd_);
  fd_ = -1;
  writable_ = false;
  reserved_ = 0;
  return r;
}

}  // namespace gannet::storage
