// The log's side of compaction (include/gannet/storage/log_cleaner.h): the
// plan (step 1, Kafka's LogCleanerManager.cleanableOffsets and the dirty
// ratio) and the swap (step 3, Kafka's UnifiedLog.replaceSegments), both on
// the partition's strand and both cheap: no record is read here.
#include <algorithm>

#include "batch_scanner.h"
#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/log.h"
#include "segment.h"

namespace gannet::storage {
namespace {

std::int64_t file_size_or_zero(const std::filesystem::path& p) {
  std::error_code ec;
  auto n = std::filesystem::file_size(p, ec);
  return ec ? 0 : static_cast<std::int64_t>(n);
}

// The max timestamp of the segment's first batch (Kafka's
// getFirstBatchTimestamp), for max.compaction.lag.ms; nullopt if unreadable.
std::optional<std::int64_t> first_batch_timestamp(file_system& fs, const std::filesystem::path& log_path) {
  auto f = fs.open(log_path, open_mode::read_only);
  if (!f) return std::nullopt;
  std::uint8_t header[records::batch_header_size];
  auto n = (*f)->read_at(header, 0);
  if (!n || *n != sizeof header) return std::nullopt;
  auto h = parse_batch_header(header, 0);
  if (!h) return std::nullopt;
  return h->max_timestamp;
}

}  // namespace

result<clean_plan> log::plan_clean(offset first_dirty, std::int64_t now_ms) {
  clean_plan plan;
  plan.dir = dir_;
  plan.fs = &fs_;
  plan.config = config_;
  plan.log_version = version_;
  if (first_dirty < log_start_offset_ || first_dirty > log_end_offset_) first_dirty = log_start_offset_;
  plan.first_dirty = first_dirty;

  // Kafka's firstUncleanableDirtyOffset: the active segment, the high
  // watermark (Gannet has no transactions, so it is the last stable offset),
  // the first dirty segment younger than min.compaction.lag.ms. Rounded down to
  // a segment boundary: only whole segments are cleaned.
  offset uncleanable = std::min(active().base_offset(), high_watermark_);
  if (config_.min_compaction_lag_ms > 0) {
    for (auto& [base, s] : segments_) {
      if (s.get() == &active() || base >= uncleanable) break;
      auto nxt = std::next(segments_.find(base));
      if (nxt->first <= first_dirty) continue;
      auto ts = s->largest_timestamp();
      if (!ts) return ts.error();
      if (*ts > now_ms - config_.min_compaction_lag_ms) {
        uncleanable = std::min(uncleanable, base);
        break;
      }
    }
  }
  if (segment* floor = floor_segment(uncleanable); floor != nullptr) uncleanable = floor->base_offset();
  plan.first_uncleanable = uncleanable;

  std::optional<std::int64_t> earliest_dirty_ts;
  for (auto it = segments_.begin(); it != segments_.end(); ++it) {
    segment& s = *it->second;
    auto nxt = std::next(it);
    if (nxt == segments_.end()) break;  // the active segment
    if (it->first < first_dirty) plan.clean_bytes += s.size();
    if (nxt->first > first_dirty && config_.max_compaction_lag_ms < std::numeric_limits<std::int64_t>::max()) {
      if (auto ts = first_batch_timestamp(fs_, s.log_path()); ts && *ts >= 0)
        earliest_dirty_ts = std::min(earliest_dirty_ts.value_or(*ts), *ts);
    }
    if (it->first >= uncleanable) continue;
    if (nxt->first > first_dirty) plan.cleanable_bytes += s.size();
    clean_plan::source src;
    src.base = it->first;
    src.next = nxt->first;
    src.size = s.size();
    plan.segments.push_back(std::move(src));
  }
  plan.compaction_due = earliest_dirty_ts && *earliest_dirty_ts < now_ms - config_.max_compaction_lag_ms;
  if (!plan.worth_cleaning()) {
    plan.segments.clear();
    return plan;
  }
  for (auto& src : plan.segments) {
    segment& s = *segments_.at(src.base);
    auto paths = s.file_paths();
    auto f = fs_.open(paths[0], open_mode::read_only);
    if (!f) return f.error();
    src.log_file = std::move(*f);
    src.index_bytes = file_size_or_zero(paths[1]);
    src.time_index_bytes = file_size_or_zero(paths[2]);
  }
  return plan;
}

result<bool> log::apply_clean(clean_output& out, std::int64_t now_ms) {
  bool unchanged = out.log_version == version_ && !closed_;
  for (const auto& g : out.groups) {
    for (offset base : g.replaced) {
      auto it = segments_.find(base);
      if (it == segments_.end() || it->second.get() == &active()) unchanged = false;
    }
  }
  if (!unchanged) {
    gannet::log::info("storage: {}: log changed while it was cleaned; cleaned segments discarded", dir_.string());
    out.discard();
    return false;
  }
  ++version_;
  for (auto& g : out.groups) {
    // 1. The cleaned segment becomes the swap: from here on a restart completes the swap.
    if (auto r = g.cleaned->change_suffix(".swap"); !r) {
      out.discard();
      return {boost::system::in_place_error, r.error()};
    }
    if (auto r = sync_directory(fs_, dir_); !r) return {boost::system::in_place_error, r.error()};
    // 2. The old segments go (renamed .deleted; Fetch slices keep their descriptors).
    for (offset base : g.replaced) {
      auto it = segments_.find(base);
      if (auto r = remove_segment_files(*it->second, now_ms); !r) return {boost::system::in_place_error, r.error()};
      segments_.erase(it);
    }
    // 3. The swap takes its final name.
    if (auto r = g.cleaned->change_suffix(""); !r) return {boost::system::in_place_error, r.error()};
    if (auto r = sync_directory(fs_, dir_); !r) return {boost::system::in_place_error, r.error()};
    offset base = g.cleaned->base_offset();
    auto [it, inserted] = segments_.emplace(base, std::move(g.cleaned));
    if (auto nxt = std::next(it); nxt != segments_.end()) it->second->set_next_offset(nxt->first);
  }
  gannet::log::info("storage: {}: cleaned up to offset {}: {} -> {} bytes, {} of {} records kept", dir_.string(),
                    out.end_offset.value(), out.stats.bytes_read, out.stats.bytes_written, out.stats.records_retained,
                    out.stats.records_read);
  out.groups.clear();
  return true;
}

}  // namespace gannet::storage
