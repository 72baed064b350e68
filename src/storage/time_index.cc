#include "time_index.h"

#include "byte_order.h"
#include "gannet/common/assert.h"
#include "gannet/storage/errc.h"

namespace gannet::storage {

result<void> time_index::open(bool writable, offset next_offset) {
  std::size_t file_bytes = 0;
  if (auto r = file_.open(path_, entry_size, max_index_bytes_, writable, &file_bytes); !r) return r;
  std::size_t n = std::min(file_bytes / entry_size, file_.capacity_entries());
  entries_ = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint8_t* p = file_.data() + i * entry_size;
    auto ts = static_cast<std::int64_t>(be::load64(p));
    auto rel = static_cast<std::int32_t>(be::load32(p + 8));
    if (i > 0 && ts == 0 && rel == 0) break;  // preallocated tail
    bool ordered = true;
    if (i > 0) {
      auto prev = entry(i - 1);
      ordered = ts > prev.timestamp && base_offset_ + rel >= prev.off;
    }
    if (rel < 0 || base_offset_ + rel >= next_offset || !ordered) {
      // An empty segment may keep one entry at its base offset.
      if (!(rel == 0 && next_offset == base_offset_ && i == 0)) {
        file_.close();
        entries_ = 0;
        return errc::corrupt_log;
      }
    }
    entries_ = i + 1;
  }
  return {};
}

result<void> time_index::remove_file() {
  std::error_code ec;
  std::filesystem::remove(path_, ec);
  if (ec) return ec;
  entries_ = 0;
  return {};
}

timestamp_offset time_index::entry(std::size_t i) const {
  GANNET_ASSERT(i < entries_);
  const std::uint8_t* p = file_.data() + i * entry_size;
  return {static_cast<std::int64_t>(be::load64(p)), base_offset_ + static_cast<std::int32_t>(be::load32(p + 8))};
}

timestamp_offset time_index::lookup(std::int64_t target) const {
  std::size_t lo = 0, hi = entries_;
  while (lo < hi) {
    std::size_t mid = lo + (hi - lo) / 2;
    if (entry(mid).timestamp <= target) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo == 0) return {-1, base_offset_};
  return entry(lo - 1);
}

void time_index::maybe_append(std::int64_t timestamp, offset off, bool skip_full_check) {
  if (!skip_full_check && is_full()) return;
  if (entries_ >= file_.capacity_entries()) return;
  if (entries_ > 0) {
    auto last = entry(entries_ - 1);
    if (timestamp <= last.timestamp) return;
    GANNET_CHECK(off >= last.off, "time index offsets must not go backwards");
  }
  std::uint8_t* p = file_.data() + entries_ * entry_size;
  be::store64(p, static_cast<std::uint64_t>(timestamp));
  be::store32(p + 8, static_cast<std::uint32_t>(off - base_offset_));
  ++entries_;
}

void time_index::truncate_to(offset next_offset) {
  while (entries_ > 0 && entry(entries_ - 1).off >= next_offset)
    --entries_;
}

}  // namespace gannet::storage
