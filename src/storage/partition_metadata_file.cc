#include "partition_metadata_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>

#include "gannet/storage/errc.h"
#include "gannet/storage/file.h"

namespace gannet::storage {
namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr const char* file_name = "partition.metadata";
}  // namespace

std::string partition_metadata_file::to_base64(const topic_id& id) {
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (std::uint8_t b : id) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(alphabet[(acc >> bits) & 0x3f]);
    }
  }
  if (bits > 0) out.push_back(alphabet[(acc << (6 - bits)) & 0x3f]);
  return out;  // 22 characters, no padding
}

std::optional<topic_id> partition_metadata_file::from_base64(std::string_view s) {
  if (s.size() != 22) return std::nullopt;
  topic_id id{};
  std::uint32_t acc = 0;
  int bits = 0;
  std::size_t n = 0;
  for (char c : s) {
    const char* p = std::char_traits<char>::find(alphabet, 64, c);
    if (p == nullptr) return std::nullopt;
    acc = (acc << 6) | static_cast<std::uint32_t>(p - alphabet);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n < id.size()) id[n++] = static_cast<std::uint8_t>((acc >> bits) & 0xff);
    }
  }
  if (n != id.size()) return std::nullopt;
  return id;
}

result<void> partition_metadata_file::write(const std::filesystem::path& partition_dir, const topic_id& id) {
  std::string text = "version: 0\ntopic_id: " + to_base64(id) + "\n";
  auto path = partition_dir / file_name;
  auto tmp = partition_dir / (std::string(file_name) + ".tmp");
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return from_errno(errno);
  bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  int err = errno;
  ::close(fd);
  if (!ok) return from_errno(err);
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return from_errno(ec.value());
  return sync_directory(partition_dir);
}

result<std::optional<topic_id>> partition_metadata_file::read(const std::filesystem::path& partition_dir) {
  std::ifstream in(partition_dir / file_name);
  if (!in) return std::optional<topic_id>{};
  std::string version, id;
  if (!std::getline(in, version) || version != "version: 0" || !std::getline(in, id) ||
      id.rfind("topic_id: ", 0) != 0) {
    return errc::corrupt_log;
  }
  auto parsed = from_base64(std::string_view(id).substr(10));
  if (!parsed) return errc::corrupt_log;
  return std::optional<topic_id>{*parsed};
}

}  // namespace gannet::storage
