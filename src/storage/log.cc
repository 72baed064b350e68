#include "gannet/storage/log.h"

#include <algorithm>
#include <random>

#include "batch_scanner.h"
#include "gannet/common/assert.h"
#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/producer_snapshot.h"
#include "leader_epoch_cache.h"
#include "segment.h"

namespace gannet::storage {
namespace {

constexpr std::size_t max_open_inactive_segments = 2;
constexpr std::string_view epoch_checkpoint_name = "leader-epoch-checkpoint";

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// "<20 digits><suffix>" -> base offset.
std::optional<offset> parse_segment_name(std::string_view name, std::string_view suffix) {
  if (name.size() != 20 + suffix.size() || !ends_with(name, suffix)) return std::nullopt;
  std::int64_t v = 0;
  for (std::size_t i = 0; i < 20; ++i) {
    if (name[i] < '0' || name[i] > '9') return std::nullopt;
    if (v > (INT64_MAX - (name[i] - '0')) / 10) return std::nullopt;
    v = v * 10 + (name[i] - '0');
  }
  return offset(v);
}

}  // namespace

log::log(const std::filesystem::path& dir, topic_partition tp, log_open_options options)
    : dir_(dir),
      tp_(std::move(tp)),
      config_(options.config),
      fs_(*options.fs),
      deletions_(options.deletions),
      options_(std::move(options)),
      epochs_(std::make_unique<leader_epoch_cache>(dir / epoch_checkpoint_name, fs_.syncs_to_disk())) {}

log::~log() {
  if (!closed_) release_handles();
}

result<std::unique_ptr<log>> log::open(const std::filesystem::path& dir, topic_partition tp, log_open_options options) {
  std::unique_ptr<log> l(new log(dir, std::move(tp), std::move(options)));
  if (auto r = l->load(); !r) return r.error();
  return l;
}

result<void> log::load() {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return from_errno(ec.value());
  if (auto r = epochs_->load(); !r) {
    gannet::log::warn("storage: {}: unreadable leader-epoch-checkpoint, starting empty", dir_.string());
    (void)epochs_->clear();
  }
  if (auto r = complete_swaps(); !r) return r;
  std::vector<offset> bases;
  std::vector<std::pair<offset, std::filesystem::path>> index_files;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    std::string name = entry.path().filename().string();
    if (ends_with(name, ".deleted") || ends_with(name, ".cleaned") || ends_with(name, ".swap") ||
        ends_with(name, ".tmp")) {
      // Work in progress from before the restart (Kafka's LogLoader does the same).
      std::filesystem::remove(entry.path(), ec);
      continue;
    }
    if (auto b = parse_segment_name(name, ".log")) {
      bases.push_back(*b);
    } else if (auto i = parse_segment_name(name, ".index")) {
      index_files.emplace_back(*i, entry.path());
    } else if (auto t = parse_segment_name(name, ".timeindex")) {
      index_files.emplace_back(*t, entry.path());
    }
  }
  if (ec) return from_errno(ec.value());
  std::sort(bases.begin(), bases.end());
  for (const auto& [base, path] : index_files) {
    if (!std::binary_search(bases.begin(), bases.end(), base)) std::filesystem::remove(path, ec);  // orphan
  }
  for (offset base : bases) {
    auto size = std::filesystem::file_size(dir_ / segment_file_name(base, ".log"), ec);
    if (ec) return from_errno(ec.value());
    segments_[base] = segment::existing(fs_, dir_, base, static_cast<std::int64_t>(size), config_, options_.now_ms);
  }
  for (auto it = segments_.begin(); it != segments_.end(); ++it) {
    if (auto nxt = std::next(it); nxt != segments_.end()) it->second->set_next_offset(nxt->first);
  }

  auto on_batch = [this](const batch_header& h, std::span<const std::uint8_t> header) {
    if (h.partition_leader_epoch >= 0) (void)epochs_->assign(leader_epoch(h.partition_leader_epoch), h.base_offset);
    if (options_.on_recovered_batch) options_.on_recovered_batch(header);
  };
  // Segments to recover: after an unclean shutdown, every one holding offsets
  // at or above the recovery point; after a clean one, those missing an index.
  auto recover_from = segments_.end();
  if (!options_.clean_shutdown && !segments_.empty()) {
    recover_from = segments_.upper_bound(options_.recovery_point);
    if (recover_from != segments_.begin()) --recover_from;
  }
  for (auto it = segments_.begin(); it != segments_.end(); ++it) {
    segment& s = *it->second;
    bool missing_index = !std::filesystem::exists(dir_ / segment_file_name(s.base_offset(), ".index")) ||
                         !std::filesystem::exists(dir_ / segment_file_name(s.base_offset(), ".timeindex"));
    bool unflushed = recover_from != segments_.end() && it->first >= recover_from->first;
    if (!unflushed && !missing_index) continue;
    auto truncated = s.recover(on_batch);
    if (!truncated) return truncated.error();
    s.close_handles();
    if (*truncated > 0 && std::next(it) != segments_.end()) {
      // Nothing after damage is served: later segments go, offsets continue from here.
      for (auto later = std::next(it); later != segments_.end();) {
        gannet::log::warn("storage: {}: deleting segment {} after a torn write", dir_.string(), later->first.value());
        for (const auto& p : later->second->file_paths())
          std::filesystem::remove(p, ec);
        later = segments_.erase(later);
      }
      break;
    }
  }
  if (segments_.empty()) {
    auto s = segment::create(fs_, dir_, options_.log_start_offset, config_, options_.now_ms);
    if (!s) return s.error();
    segments_[options_.log_start_offset] = std::move(*s);
  } else if (options_.clean_shutdown || recover_from == segments_.end()) {
    if (auto r = active().load_next_offset(); !r) {
      if (r.error() != errc::corrupt_log) return r;
      auto t = active().recover(on_batch);
      if (!t) return t.error();
    }
    active().close_handles();
  }
  log_end_offset_ = active().next_offset();
  log_start_offset_ = std::min(std::max(options_.log_start_offset, segments_.begin()->first), log_end_offset_);
  high_watermark_ = log_start_offset_;
  // As Kafka: recovery does not fsync; the recovery point stays where it was
  // (so a second crash re-validates the same tail), unless truncation lowered it.
  recovery_point_ = options_.clean_shutdown ? log_end_offset_ : std::min(options_.recovery_point, log_end_offset_);
  publish_checkpoint_offsets();
  (void)epochs_->truncate_from_end(log_end_offset_);
  (void)epochs_->truncate_from_start(log_start_offset_);
  last_flush_ms_ = options_.now_ms;
  return {};
}

result<void> log::complete_swaps() {
  std::error_code ec;
  std::vector<offset> swaps, bases;
  for (const auto& entry : std::filesystem::directory_iterator(dir_, ec)) {
    std::string name = entry.path().filename().string();
    if (auto s = parse_segment_name(name, ".log.swap")) {
      swaps.push_back(*s);
    } else if (auto b = parse_segment_name(name, ".log")) {
      bases.push_back(*b);
    } else if (ends_with(name, ".index.swap") || ends_with(name, ".timeindex.swap")) {
      std::filesystem::remove(entry.path(), ec);  // rebuilt by recovery once the .log is in place
    }
  }
  if (ec) return from_errno(ec.value());
  for (offset base : swaps) {
    // The swap was complete and fsynced before it was named .swap; its
    // offset range decides which old segments it replaces.
    auto swap_path = dir_ / segment_file_name(base, ".log.swap");
    auto f = fs_.open(swap_path, open_mode::read_only);
    if (!f) return f.error();
    auto size = (*f)->size();
    if (!size) return size.error();
    batch_scanner scanner(**f, 0, *size);
    offset next = base;
    while (true) {
      auto h = scanner.next();
      if (!h) return h.error();
      if (!*h) break;
      next = (*h)->last_offset + 1;
    }
    for (offset old : bases) {
      if (old < base || old >= std::max(next, base + 1)) continue;
      gannet::log::info("storage: {}: completing a cleaner swap: segment {} replaced by {}", dir_.string(), old.value(),
                        base.value());
      for (auto suffix : {".log", ".index", ".timeindex"})
        std::filesystem::remove(dir_ / segment_file_name(old, suffix), ec);
    }
    for (auto suffix : {".index", ".timeindex"})
      std::filesystem::remove(dir_ / segment_file_name(base, suffix), ec);
    std::filesystem::rename(swap_path, dir_ / segment_file_name(base, ".log"), ec);
    if (ec) return from_errno(ec.value());
  }
  if (!swaps.empty()) return sync_directory(fs_, dir_);
  return {};
}

segment* log::floor_segment(offset o) {
  auto it = segments_.upper_bound(o);
  if (it == segments_.begin()) return nullptr;
  return std::prev(it)->second.get();
}

void log::note_open(segment* s) {
  if (s == &active()) return;
  std::erase(open_inactive_, s);
  open_inactive_.push_back(s);
  while (open_inactive_.size() > max_open_inactive_segments) {
    open_inactive_.front()->close_handles();
    open_inactive_.erase(open_inactive_.begin());
  }
}

result<append_result> log::append(std::span<std::uint8_t> batches, leader_epoch epoch, std::int64_t now_ms) {
  return append_impl(batches, epoch, now_ms);
}

result<append_result> log::append_as_follower(std::span<std::uint8_t> batches, std::int64_t now_ms) {
  return append_impl(batches, std::nullopt, now_ms);
}

result<append_result> log::append_impl(std::span<std::uint8_t> batches, std::optional<leader_epoch> epoch,
                                       std::int64_t now_ms) {
  GANNET_CHECK(!closed_, "append to a closed log");
  if (batches.empty() || batches.size() > static_cast<std::size_t>(INT32_MAX)) return errc::invalid_batch;
  // Framing only (Produce validated CRCs and records): one header per batch.
  std::vector<batch_header> headers;
  std::size_t pos = 0;
  offset next = log_end_offset_;
  std::int64_t records = 0;
  while (pos < batches.size()) {
    auto h = parse_batch_header(batches.subspan(pos), static_cast<std::int64_t>(pos));
    if (!h || static_cast<std::size_t>(h->size) > batches.size() - pos) return errc::invalid_batch;
    if (!epoch) {
      if (h->base_offset < next) return errc::invalid_batch;  // offsets must increase
      next = h->last_offset + 1;
    } else {
      std::int64_t delta = h->last_offset - h->base_offset;
      h->base_offset = next;
      h->last_offset = next + delta;
      next = h->last_offset + 1;
    }
    records += h->records_count;
    headers.push_back(*h);
    pos += static_cast<std::size_t>(h->size);
  }
  offset first = epoch ? log_end_offset_ : headers.front().base_offset;
  offset last = headers.back().last_offset;

  auto roll_needed = active().should_roll(static_cast<std::int64_t>(batches.size()), last, now_ms);
  if (!roll_needed) return roll_needed.error();
  if (*roll_needed || (!epoch && first > log_end_offset_ && first - active().base_offset() > INT32_MAX)) {
    if (auto r = roll_at(first, now_ms); !r) return r.error();
  }

  append_result out;
  bool log_append_time = config_.timestamp_type == message_timestamp_type::log_append_time;
  if (epoch) {
    for (auto& h : headers) {
      auto bytes = batches.subspan(static_cast<std::size_t>(h.position), static_cast<std::size_t>(h.size));
      records::set_base_offset(bytes, h.base_offset.value());
      records::set_partition_leader_epoch(bytes, epoch->value());
      h.partition_leader_epoch = epoch->value();
      if (log_append_time) {
        records::set_log_append_time(bytes, now_ms);
        h.max_timestamp = now_ms;
      }
    }
    if (log_append_time) out.log_append_time_ms = now_ms;
  }
  if (auto r = active().append(batches, headers); !r) {
    gannet::log::warn("storage: {}: append of {} bytes failed: {}", dir_.string(), batches.size(), r.error().message());
    return r.error();
  }
  log_end_offset_ = last + 1;
  if (epoch) {
    if (auto r = epochs_->assign(*epoch, first); !r)
      gannet::log::warn("storage: {}: leader-epoch-checkpoint: {}", dir_.string(), r.error().message());
  } else {
    for (const auto& h : headers) {
      if (h.partition_leader_epoch >= 0) (void)epochs_->assign(leader_epoch(h.partition_leader_epoch), h.base_offset);
    }
  }
  unflushed_messages_ += records;
  out.first_offset = first;
  out.last_offset = last;
  out.log_start_offset = log_start_offset_;
  out.batch_count = static_cast<std::int32_t>(headers.size());
  out.bytes = static_cast<std::int64_t>(batches.size());
  out.needs_flush = config_.durable;
  return out;
}

result<void> log::roll(std::int64_t now_ms) { return roll_at(log_end_offset_, now_ms); }

result<void> log::roll_at(offset base, std::int64_t now_ms) {
  segment& old = active();
  if (old.size() == 0 && old.base_offset() == base) return {};
  if (old.size() == 0) {
    // An empty active segment at another base offset is replaced.
    if (auto r = remove_segment_files(old, now_ms); !r) return r;
    segments_.erase(std::prev(segments_.end()));
  } else if (auto r = old.seal(); !r) {
    return r;
  }
  auto s = segment::create(fs_, dir_, base, config_, now_ms);
  if (!s) return s.error();
  segment* sealed = segments_.empty() ? nullptr : &active();
  segments_[base] = std::move(*s);
  if (sealed != nullptr) {
    note_open(sealed);
    if (auto r = flush(base); !r) return r;
    // The owner of producer state snapshots it at `base` (Kafka does at every roll).
    if (roll_listener_) roll_listener_(base);
  }
  return {};
}

result<read_result> log::read(offset start, std::int32_t max_bytes, offset upper_bound, bool min_one_batch) {
  read_result out;
  out.log_start_offset = log_start_offset_;
  out.log_end_offset = log_end_offset_;
  out.first_batch_offset = start;
  if (start < log_start_offset_ || start > log_end_offset_) {
    out.offset_out_of_range = true;
    return out;
  }
  offset upper = std::min(upper_bound, log_end_offset_);
  if (start >= upper) return out;
  auto it = segments_.upper_bound(start);
  if (it != segments_.begin()) --it;
  std::int64_t remaining = std::max<std::int32_t>(max_bytes, 0);
  for (; it != segments_.end(); ++it) {
    segment& s = *it->second;
    note_open(&s);
    auto nxt = std::next(it);
    bool upper_inside = nxt == segments_.end() ? upper < log_end_offset_ : upper < nxt->first;
    std::int64_t max_position = INT64_MAX;
    if (upper_inside) {
      auto p = s.position_of(upper);
      if (!p) return p.error();
      max_position = *p;
    }
    auto r = s.read(start, static_cast<std::int32_t>(remaining), max_position, min_one_batch && out.slices.empty());
    if (!r) return r.error();
    if (*r) {
      if (out.slices.empty()) out.first_batch_offset = (*r)->first_batch_offset;
      if ((*r)->slice.length > 0) {
        remaining -= (*r)->slice.length;
        out.bytes += (*r)->slice.length;
        out.slices.push_back(std::move((*r)->slice));
      }
      if (upper_inside || remaining <= 0 || !(*r)->reached_max_position) break;
    }
    if (nxt == segments_.end()) break;
    start = nxt->first;
  }
  return out;
}

result<std::optional<offset_and_timestamp>> log::find_offset_by_timestamp(std::int64_t ts) {
  for (auto& [base, s] : segments_) {
    if (s->size() == 0) continue;
    auto largest = s->largest_timestamp();
    if (!largest) return largest.error();
    if (*largest < ts) continue;
    note_open(s.get());
    auto h = s->find_by_timestamp(ts, log_start_offset_);
    if (!h) return h.error();
    if (!*h) continue;
    offset_and_timestamp out{std::max((*h)->base_offset, log_start_offset_), (*h)->max_timestamp, std::nullopt};
    if ((*h)->partition_leader_epoch >= 0) out.epoch = leader_epoch((*h)->partition_leader_epoch);
    return std::optional<offset_and_timestamp>{out};
  }
  return std::optional<offset_and_timestamp>{};
}

result<std::optional<offset_and_timestamp>> log::max_timestamp_offset() {
  segment* best = nullptr;
  std::int64_t best_ts = -1;
  for (auto& [base, s] : segments_) {
    if (s->size() == 0) continue;
    auto largest = s->largest_timestamp();
    if (!largest) return largest.error();
    if (*largest > best_ts) {
      best_ts = *largest;
      best = s.get();
    }
  }
  if (best == nullptr) return std::optional<offset_and_timestamp>{};
  note_open(best);
  auto h = best->find_by_timestamp(best_ts, log_start_offset_);
  if (!h) return h.error();
  if (!*h) return std::optional<offset_and_timestamp>{};
  // The batch's base offset: the caller walks its records for the one
  // holding the timestamp (Kafka's RecordBatch.offsetOfMaxTimestamp).
  offset_and_timestamp out{(*h)->base_offset, (*h)->max_timestamp, std::nullopt};
  if ((*h)->partition_leader_epoch >= 0) out.epoch = leader_epoch((*h)->partition_leader_epoch);
  return std::optional<offset_and_timestamp>{out};
}

result<void> log::scan_batches(offset from, const batch_header_callback& cb) {
  auto it = segments_.upper_bound(from);
  if (it != segments_.begin()) --it;
  for (; it != segments_.end(); ++it) {
    note_open(it->second.get());
    auto r = it->second->scan(from, [&](const batch_header&, std::span<const std::uint8_t> header) { cb(header); });
    if (!r) return r;
  }
  return {};
}

void log::set_high_watermark(offset hw) {
  high_watermark_ = std::clamp(hw, log_start_offset_, log_end_offset_);
  publish_checkpoint_offsets();
}

checkpoint_offsets log::checkpointed_offsets() const {
  return {offset(published_recovery_point_.load(std::memory_order_acquire)),
          offset(published_log_start_offset_.load(std::memory_order_acquire)),
          offset(published_high_watermark_.load(std::memory_order_acquire))};
}

void log::publish_checkpoint_offsets() {
  published_recovery_point_.store(recovery_point_.value(), std::memory_order_release);
  published_log_start_offset_.store(log_start_offset_.value(), std::memory_order_release);
  published_high_watermark_.store(high_watermark_.value(), std::memory_order_release);
}

std::int64_t log::size_bytes() const {
  std::int64_t n = 0;
  for (const auto& [base, s] : segments_)
    n += s->size();
  return n;
}

std::vector<offset> log::segment_base_offsets() const {
  std::vector<offset> out;
  for (const auto& [base, s] : segments_)
    out.push_back(base);
  return out;
}

void log::set_config(const log_config& c) {
  config_ = c;
  for (auto& [base, s] : segments_)
    s->set_config(c);
}

result<void> log::remove_segment_files(segment& s, std::int64_t now_ms) {
  std::erase(open_inactive_, &s);
  // A producer snapshot goes with the segment of its offset (Kafka's
  // deleteProducerSnapshots).
  delete_producer_snapshot(dir_, s.base_offset());
  if (deletions_ == nullptr) {
    s.close_handles();
    std::error_code ec;
    for (const auto& p : s.file_paths())
      std::filesystem::remove(p, ec);
    return {};
  }
  if (auto r = s.rename_to_deleted(); !r) return r;
  std::vector<std::filesystem::path> paths;
  for (const auto& p : s.file_paths())
    paths.emplace_back(p.string() + ".deleted");
  deletions_->schedule(std::move(paths), now_ms + config_.file_delete_delay_ms);
  return {};
}

result<void> log::update_log_start_offset(offset o) {
  if (o <= log_start_offset_) return {};
  log_start_offset_ = o;
  if (high_watermark_ < o) high_watermark_ = o;
  if (recovery_point_ < o) recovery_point_ = o;
  publish_checkpoint_offsets();
  return epochs_->truncate_from_start(o);
}

result<void> log::delete_segments(std::size_t count, std::int64_t now_ms) {
  if (count == 0) return {};
  ++version_;
  if (count >= segments_.size()) {
    if (auto r = roll(now_ms); !r) return r;
  }
  for (std::size_t i = 0; i < count && segments_.size() > 1; ++i) {
    auto it = segments_.begin();
    gannet::log::info("storage: {}: deleting segment {} ({} bytes)", dir_.string(), it->first.value(),
                      it->second->size());
    if (auto r = remove_segment_files(*it->second, now_ms); !r) return r;
    segments_.erase(it);
  }
  return update_log_start_offset(segments_.begin()->first);
}

result<std::size_t> log::delete_old_segments(std::int64_t now_ms) {
  std::size_t total = 0;
  // Kafka's deletableSegments: oldest first, while the predicate holds, never
  // past the high watermark, never the empty active segment.
  auto count = [&](auto&& predicate) -> result<std::size_t> {
    std::size_t n = 0;
    for (auto it = segments_.begin(); it != segments_.end(); ++it) {
      auto nxt = std::next(it);
      offset upper = nxt == segments_.end() ? log_end_offset_ : nxt->first;
      bool last_and_empty = nxt == segments_.end() && it->second->size() == 0;
      if (high_watermark_ < upper || last_and_empty) break;
      auto ok = predicate(*it->second, nxt == segments_.end() ? nullptr : nxt->second.get());
      if (!ok) return ok.error();
      if (!*ok) break;
      ++n;
    }
    return n;
  };
  if (config_.cleanup_delete && config_.retention_ms >= 0) {
    auto n = count([&](segment& s, segment*) -> result<bool> {
      auto ts = s.largest_timestamp();
      if (!ts) return {boost::system::in_place_error, ts.error()};
      return now_ms - *ts > config_.retention_ms;
    });
    if (!n) return n.error();
    if (auto r = delete_segments(*n, now_ms); !r) return r.error();
    total += *n;
  }
  if (config_.cleanup_delete && config_.retention_bytes >= 0) {
    std::int64_t diff = size_bytes() - config_.retention_bytes;
    auto n = count([&](segment& s, segment*) -> result<bool> {
      if (diff - s.size() < 0) return false;
      diff -= s.size();
      return true;
    });
    if (!n) return n.error();
    if (auto r = delete_segments(*n, now_ms); !r) return r.error();
    total += *n;
  }
  auto n = count([&](segment&, segment* next) -> result<bool> {
    return next != nullptr && next->base_offset() <= log_start_offset_;
  });
  if (!n) return n.error();
  if (auto r = delete_segments(*n, now_ms); !r) return r.error();
  total += *n;
  return total;
}

result<offset> log::delete_records_before(offset new_start, std::int64_t now_ms) {
  if (new_start > high_watermark_) return errc::offset_out_of_range;
  if (auto r = update_log_start_offset(new_start); !r) return r.error();
  if (auto r = delete_old_segments(now_ms); !r) return r.error();
  return log_start_offset_;
}

result<void> log::flush(std::optional<offset> up_to) {
  offset target = std::min(up_to.value_or(log_end_offset_), log_end_offset_);
  if (target <= recovery_point_) return {};
  auto it = segments_.upper_bound(recovery_point_);
  if (it != segments_.begin()) --it;
  for (; it != segments_.end() && it->first < target; ++it) {
    if (auto r = it->second->flush(); !r) return r;
  }
  recovery_point_ = target;
  publish_checkpoint_offsets();
  if (target == log_end_offset_) unflushed_messages_ = 0;
  return {};
}

result<bool> log::flush_if_due(std::int64_t now_ms) {
  bool due = unflushed_messages_ >= config_.flush_messages ||
             (recovery_point_ < log_end_offset_ && now_ms - last_flush_ms_ >= config_.flush_ms);
  if (!due) return false;
  if (auto r = flush(); !r) return {boost::system::in_place_error, r.error()};
  last_flush_ms_ = now_ms;
  return true;
}

result<void> log::truncate_to(offset o) {
  if (o >= log_end_offset_) return {};
  ++version_;
  if (o <= segments_.begin()->first) return truncate_fully_and_start_at(o, options_.now_ms);
  while (segments_.rbegin()->first >= o) {
    auto last = std::prev(segments_.end());
    if (auto r = remove_segment_files(*last->second, options_.now_ms); !r) return r;
    segments_.erase(last);
  }
  std::erase(open_inactive_, &active());
  if (auto r = active().truncate_to(o); !r) return r.error();
  log_end_offset_ = std::min(o, active().next_offset());
  active().set_next_offset(log_end_offset_);
  for (offset snap : list_producer_snapshots(dir_))
    if (snap > log_end_offset_) delete_producer_snapshot(dir_, snap);
  recovery_point_ = std::min(recovery_point_, log_end_offset_);
  high_watermark_ = std::min(high_watermark_, log_end_offset_);
  publish_checkpoint_offsets();
  return epochs_->truncate_from_end(log_end_offset_);
}

result<void> log::truncate_fully_and_start_at(offset o, std::int64_t now_ms) {
  ++version_;
  while (!segments_.empty()) {
    auto it = segments_.begin();
    if (auto r = remove_segment_files(*it->second, now_ms); !r) return r;
    segments_.erase(it);
  }
  open_inactive_.clear();
  auto s = segment::create(fs_, dir_, o, config_, now_ms);
  if (!s) return s.error();
  segments_[o] = std::move(*s);
  log_start_offset_ = log_end_offset_ = recovery_point_ = high_watermark_ = o;
  publish_checkpoint_offsets();
  return epochs_->clear();
}

void log::release_handles() {
  for (auto& [base, s] : segments_)
    s->close_handles();
  open_inactive_.clear();
}

result<void> log::close() {
  if (closed_) return {};
  auto r = flush();
  release_handles();
  closed_ = true;
  return r;
}

result<void> log::remove(std::int64_t now_ms) {
  release_handles();
  closed_ = true;
  std::random_device rd;
  char id[33];
  std::snprintf(id, sizeof id, "%08x%08x%08x%08x", rd(), rd(), rd(), rd());
  auto target = dir_.parent_path() / (dir_.filename().string() + "." + id + "-delete");
  std::error_code ec;
  std::filesystem::rename(dir_, target, ec);
  if (ec) return from_errno(ec.value());
  (void)sync_directory(fs_, dir_.parent_path());
  if (deletions_ != nullptr) {
    deletions_->schedule({target}, now_ms + config_.file_delete_delay_ms);
  } else {
    std::filesystem::remove_all(target, ec);
  }
  return {};
}

std::optional<leader_epoch> log::latest_epoch() const { return epochs_->latest_epoch(); }

result<void> log::assign_epoch_start_offset(leader_epoch epoch, offset start) { return epochs_->assign(epoch, start); }

std::pair<leader_epoch, offset> log::end_offset_for_epoch(leader_epoch requested) const {
  return epochs_->end_offset_for(requested, log_end_offset_);
}

}  // namespace gannet::storage
