#include "offset_index.h"

#include "byte_order.h"
#include "gannet/common/assert.h"
#include "gannet/storage/errc.h"

namespace gannet::storage {

result<void> offset_index::open(bool writable, std::int64_t log_size) {
  std::size_t file_bytes = 0;
  if (auto r = file_.open(path_, entry_size, max_index_bytes_, writable, &file_bytes); !r) return r;
  std::size_t n = std::min(file_bytes / entry_size, file_.capacity_entries());
  entries_ = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* p = file_.data() + i * entry_size;
    std::uint32_t rel = be::load32(p);
    std::uint32_t pos = be::load32(p + 4);
    if (i > 0 && rel == 0 && pos == 0) break;  // preallocated tail
    bool ordered = i == 0 || (rel > be::load32(p - entry_size) && pos > be::load32(p - entry_size + 4));
    if (static_cast<std::int32_t>(rel) < 0 || static_cast<std::int32_t>(pos) < 0 ||
        static_cast<std::int64_t>(pos) >= log_size || !ordered) {
      file_.close();
      entries_ = 0;
      return errc::corrupt_log;
    }
    entries_ = i + 1;
  }
  return {};
}

result<void> offset_index::remove_file() {
  std::error_code ec;
  std::filesystem::remove(path_, ec);
  if (ec) return ec;
  entries_ = 0;
  return {};
}

offset_position offset_index::entry(std::size_t i) const {
  GANNET_ASSERT(i < entries_);
  const std::uint8_t* p = file_.data() + i * entry_size;
  return {base_offset_ + static_cast<std::int64_t>(be::load32(p)), static_cast<std::int64_t>(be::load32(p + 4))};
}

offset_position offset_index::lookup(offset target) const {
  // Largest entry with offset <= target (binary search, as Kafka's
  // largestLowerBoundSlotFor).
  std::size_t lo = 0, hi = entries_;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (entry(mid).off <= target) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == 0) return {base_offset_, 0};
  return entry(lo - 1);
}

void offset_index::append(offset last_offset, std::int64_t position) {
  if (is_full()) return;
  if (entries_ > 0) {
    auto last = entry(entries_ - 1);
    GANNET_CHECK(last_offset > last.off && position > last.position, "offset index entries must increase");
  }
  std::uint8_t* p = file_.data() + entries_ * entry_size;
  be::store32(p, static_cast<std::uint32_t>(last_offset - base_offset_));
  be::store32(p + 4, static_cast<std::uint32_t>(position));
  ++entries_;
}

void offset_index::truncate_to_position(std::int64_t position) {
  while (entries_ > 0 && entry(entries_ - 1).position >= position)
    --entries_;
}

}  // namespace gannet::storage
