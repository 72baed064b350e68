#include "gannet/storage/producer_snapshot.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "byte_order.h"
#include "checkpoint_file.h"
#include "gannet/records/crc32c.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/file.h"

namespace gannet::storage {
namespace {

constexpr std::int16_t snapshot_version = 1;
constexpr std::size_t crc_offset = 2;
constexpr std::size_t entries_offset = 6;  // version + crc
constexpr std::size_t entry_size = 8 + 2 + 4 + 8 + 4 + 8 + 4 + 8;
constexpr std::string_view suffix = ".snapshot";

}  // namespace

std::filesystem::path producer_snapshot_path(const std::filesystem::path& dir, offset o) {
  char name[21];
  std::snprintf(name, sizeof name, "%020lld", static_cast<long long>(o.value()));
  return dir / (std::string(name) + std::string(suffix));
}

std::vector<offset> list_producer_snapshots(const std::filesystem::path& dir) {
  std::vector<offset> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.size() != 20 + suffix.size() || !name.ends_with(suffix)) continue;
    if (!std::all_of(name.begin(), name.begin() + 20, [](char c) { return c >= '0' && c <= '9'; })) continue;
    out.push_back(offset(std::stoll(name.substr(0, 20))));
  }
  std::sort(out.begin(), out.end());
  return out;
}

result<void> write_producer_snapshot(const std::filesystem::path& dir, offset o,
                                     const std::vector<producer_snapshot_entry>& entries, bool sync) {
  std::vector<std::uint8_t> buf(entries_offset + 4 + entries.size() * entry_size);
  std::uint8_t* p = buf.data();
  be::store16(p, static_cast<std::uint16_t>(snapshot_version));
  p += entries_offset;
  be::store32(p, static_cast<std::uint32_t>(entries.size()));
  p += 4;
  for (const auto& e : entries) {
    be::store64(p, static_cast<std::uint64_t>(e.producer_id));
    be::store16(p + 8, static_cast<std::uint16_t>(e.producer_epoch));
    be::store32(p + 10, static_cast<std::uint32_t>(e.last_sequence));
    be::store64(p + 14, static_cast<std::uint64_t>(e.last_offset));
    be::store32(p + 22, static_cast<std::uint32_t>(e.offset_delta));
    be::store64(p + 26, static_cast<std::uint64_t>(e.timestamp));
    be::store32(p + 34, static_cast<std::uint32_t>(e.coordinator_epoch));
    be::store64(p + 38, static_cast<std::uint64_t>(e.current_txn_first_offset));
    p += entry_size;
  }
  be::store32(buf.data() + crc_offset,
              records::crc32c::value(std::span<const std::uint8_t>(buf).subspan(entries_offset)));

  const auto path = producer_snapshot_path(dir, o);
  return checkpoint_file::write_atomically(path, buf, sync);
}

result<std::vector<producer_snapshot_entry>> read_producer_snapshot(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return errc::not_found;
  std::vector<std::uint8_t> buf((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (buf.size() < entries_offset + 4) return errc::corrupt_log;
  if (static_cast<std::int16_t>(be::load16(buf.data())) != snapshot_version) return errc::corrupt_log;
  const std::uint32_t crc = be::load32(buf.data() + crc_offset);
  if (crc != records::crc32c::value(std::span<const std::uint8_t>(buf).subspan(entries_offset))) {
    return errc::corrupt_log;
  }
  const std::uint32_t count = be::load32(buf.data() + entries_offset);
  if (buf.size() != entries_offset + 4 + static_cast<std::size_t>(count) * entry_size) return errc::corrupt_log;
  std::vector<producer_snapshot_entry> out(count);
  const std::uint8_t* p = buf.data() + entries_offset + 4;
  for (auto& e : out) {
    e.producer_id = static_cast<std::int64_t>(be::load64(p));
    e.producer_epoch = static_cast<std::int16_t>(be::load16(p + 8));
    e.last_sequence = static_cast<std::int32_t>(be::load32(p + 10));
    e.last_offset = static_cast<std::int64_t>(be::load64(p + 14));
    e.offset_delta = static_cast<std::int32_t>(be::load32(p + 22));
    e.timestamp = static_cast<std::int64_t>(be::load64(p + 26));
    e.coordinator_epoch = static_cast<std::int32_t>(be::load32(p + 34));
    e.current_txn_first_offset = static_cast<std::int64_t>(be::load64(p + 38));
    p += entry_size;
  }
  return out;
}

void delete_producer_snapshot(const std::filesystem::path& dir, offset o) {
  std::error_code ec;
  std::filesystem::remove(producer_snapshot_path(dir, o), ec);
}

}  // namespace gannet::storage
