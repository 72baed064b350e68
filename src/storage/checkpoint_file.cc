#include "checkpoint_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <fstream>
#include <sstream>

#include "gannet/storage/errc.h"
#include "gannet/storage/file.h"

namespace gannet::storage {

result<void> checkpoint_file::write_atomically(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                                               bool sync) {
  auto tmp = std::filesystem::path(path.string() + ".tmp");
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return from_errno(errno);
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      return from_errno(err);
    }
    done += static_cast<std::size_t>(n);
  }
  if (sync && ::fsync(fd) != 0) {
    int err = errno;
    ::close(fd);
    return from_errno(err);
  }
  ::close(fd);
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return from_errno(ec.value());
  return sync ? sync_directory(path.parent_path()) : result<void>{};
}

result<void> checkpoint_file::write(const std::filesystem::path& path, int version,
                                    const std::vector<std::string>& entries, bool sync) {
  std::string text = std::to_string(version) + "\n" + std::to_string(entries.size()) + "\n";
  for (const auto& e : entries)
    text += e + "\n";
  return write_atomically(path, {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()}, sync);
}

result<std::vector<std::string>> checkpoint_file::read(const std::filesystem::path& path, int version) {
  std::ifstream in(path);
  std::vector<std::string> out;
  if (!in) return out;
  std::string line;
  if (!std::getline(in, line) || line != std::to_string(version)) return errc::corrupt_log;
  if (!std::getline(in, line)) return errc::corrupt_log;
  std::size_t count = 0;
  auto [p, ec] = std::from_chars(line.data(), line.data() + line.size(), count);
  if (ec != std::errc{} || p != line.data() + line.size()) return errc::corrupt_log;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    out.push_back(line);
    if (out.size() > count) return errc::corrupt_log;
  }
  if (out.size() != count) return errc::corrupt_log;
  return out;
}

result<void> checkpoint_file::write_offsets(const std::filesystem::path& path,
                                            const std::map<topic_partition, offset>& m, bool sync) {
  std::vector<std::string> lines;
  lines.reserve(m.size());
  for (const auto& [tp, o] : m)
    lines.push_back(tp.topic + " " + std::to_string(tp.partition) + " " + std::to_string(o.value()));
  return write(path, 0, lines, sync);
}

result<std::map<topic_partition, offset>> checkpoint_file::read_offsets(const std::filesystem::path& path) {
  auto lines = read(path, 0);
  if (!lines) return lines.error();
  std::map<topic_partition, offset> m;
  for (const auto& l : *lines) {
    std::istringstream s(l);
    topic_partition tp;
    std::int64_t o = 0;
    if (!(s >> tp.topic >> tp.partition >> o)) return errc::corrupt_log;
    m[tp] = offset(o);
  }
  return m;
}

}  // namespace gannet::storage
