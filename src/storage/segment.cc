#include "segment.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>

#include "byte_order.h"
#include "gannet/common/assert.h"
#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/errc.h"

namespace gannet::storage {
namespace {
constexpr std::int64_t max_relative_offset = 0x7fffffff;

std::size_t scan_chunk(const log_config& c) {
  auto want = static_cast<std::size_t>(std::max<std::int64_t>(8192, 2LL * c.index_interval_bytes + 4096));
  return std::min<std::size_t>(want, 256 * 1024);
}
}  // namespace

std::string segment_file_name(offset base_offset, std::string_view suffix) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%020lld", static_cast<long long>(base_offset.value()));
  return std::string(buf) + std::string(suffix);
}

segment::segment(file_system& fs, const std::filesystem::path& dir, offset base, const log_config& config,
                 std::int64_t now_ms, std::string_view suffix)
    : fs_(fs),
      config_(config),
      base_offset_(base),
      dir_(dir),
      suffix_(suffix),
      log_path_(dir / (segment_file_name(base, ".log") + suffix_)),
      next_offset_(base),
      index_(dir / (segment_file_name(base, ".index") + suffix_), base,
             static_cast<std::size_t>(config.segment_index_bytes)),
      time_index_(dir / (segment_file_name(base, ".timeindex") + suffix_), base,
                  static_cast<std::size_t>(config.segment_index_bytes)),
      created_ms_(now_ms),
      offset_of_max_timestamp_(base) {
  index_.set_sync(fs.syncs_to_disk());
  time_index_.set_sync(fs.syncs_to_disk());
}

segment::~segment() { close_handles(); }

result<std::unique_ptr<segment>> segment::create(file_system& fs, const std::filesystem::path& dir, offset base,
                                                 const log_config& config, std::int64_t now_ms,
                                                 std::string_view suffix) {
  std::unique_ptr<segment> s(new segment(fs, dir, base, config, now_ms, suffix));
  auto f = fs.open(s->log_path_, open_mode::create);
  if (!f) return f.error();
  if (auto r = (*f)->truncate(0); !r) return r.error();
  if (config.preallocate) {
    if (auto r = (*f)->allocate(0, config.segment_bytes); !r) return r.error();
  }
  s->log_file_ = std::move(*f);
  s->log_writable_ = true;
  s->active_ = true;
  s->max_timestamp_known_ = true;
  std::error_code ec;
  std::filesystem::remove(s->index_.path(), ec);
  std::filesystem::remove(s->time_index_.path(), ec);
  if (auto r = s->open_indexes(true); !r) return r.error();
  return s;
}

std::unique_ptr<segment> segment::existing(file_system& fs, const std::filesystem::path& dir, offset base,
                                           std::int64_t size, const log_config& config, std::int64_t now_ms) {
  std::unique_ptr<segment> s(new segment(fs, dir, base, config, now_ms));
  s->size_ = size;
  return s;
}

void segment::close_handles() {
  if (active_) {
    // The preallocated tails go; a reopened active segment re-extends them.
    (void)index_.trim_and_close();
    (void)time_index_.trim_and_close();
  } else {
    index_.close();
    time_index_.close();
  }
  // No fsync here: a later flush() reopens and syncs (fsync is per inode).
  log_file_.reset();
  log_writable_ = false;
}

result<void> segment::open_log(bool writable) {
  if (log_file_ && (log_writable_ || !writable)) return {};
  auto f = fs_.open(log_path_, writable ? open_mode::read_write : open_mode::read_only);
  if (!f) return f.error();
  log_file_ = std::move(*f);
  log_writable_ = writable;
  return {};
}

result<void> segment::open_indexes(bool writable) {
  bool ok = index_.is_open() && time_index_.is_open() && (!writable || (index_.writable() && time_index_.writable()));
  if (ok) return {};
  index_.close();
  time_index_.close();
  offset bound = size_ > 0 && next_offset_ > base_offset_ ? next_offset_ : offset(INT64_MAX);
  auto r = index_.open(writable, size_);
  if (r) r = time_index_.open(writable, bound);
  if (!r && r.error() == errc::corrupt_log) {
    gannet::log::warn("storage: rebuilding corrupt index of {}", log_path_.string());
    return rebuild_indexes(writable);
  }
  if (!r) return r;
  if (writable) {
    bytes_since_last_index_entry_ = index_.entries() == 0 ? size_ : size_ - index_.entry(index_.entries() - 1).position;
  }
  return {};
}

result<void> segment::rebuild_indexes(bool writable) {
  bool was_active = active_;
  active_ = writable;
  auto r = recover({});  // no truncation happens for a clean log; a torn one is truncated
  active_ = was_active;
  if (!r) return r.error();
  if (index_.is_open() && time_index_.is_open()) return {};
  // recover() trimmed and closed them: map the rebuilt files.
  if (auto o = index_.open(writable, size_); !o) return o;
  return time_index_.open(writable, next_offset_ > base_offset_ ? next_offset_ : offset(INT64_MAX));
}

result<void> segment::load_next_offset() {
  if (auto r = open_log(false); !r) return r;
  if (auto r = open_indexes(active_); !r) return r;
  auto hint = index_.entries() == 0 ? offset_position{base_offset_, 0} : index_.entry(index_.entries() - 1);
  batch_scanner scanner(*log_file_, hint.position, size_, scan_chunk(config_));
  offset next = base_offset_;
  while (true) {
    auto h = scanner.next();
    if (!h) return h.error();
    if (!*h) break;
    next = (*h)->last_offset + 1;
  }
  if (scanner.stopped_early()) return errc::corrupt_log;
  next_offset_ = next;
  return {};
}

result<bool> segment::should_roll(std::int64_t bytes, offset last_offset, std::int64_t now_ms) {
  if (size_ == 0) return false;
  if (size_ > config_.segment_bytes - bytes) return true;
  if (last_offset - base_offset_ > max_relative_offset) return true;
  std::int64_t since = rolling_base_timestamp_.value_or(created_ms_);
  if (now_ms - since > config_.segment_ms - config_.segment_jitter_ms) return true;
  if (auto r = open_indexes(true); !r) return {boost::system::in_place_error, r.error()};
  return index_.is_full() || time_index_.is_full();
}

result<void> segment::append(std::span<const std::uint8_t> bytes, std::span<const batch_header> batches) {
  active_ = true;
  if (auto r = open_log(true); !r) return r;
  if (auto r = open_indexes(true); !r) return r;
  if (!max_timestamp_known_) {
    // Largest timestamp so far: the time index tail, then the batches after it.
    auto last = time_index_.last_entry();
    max_timestamp_so_far_ = last.timestamp;
    offset_of_max_timestamp_ = last.off;
    auto r = scan(index_.lookup(last.off).off, [&](const batch_header& h, std::span<const std::uint8_t>) {
      if (!rolling_base_timestamp_ && h.position == 0) rolling_base_timestamp_ = h.max_timestamp;
      if (h.max_timestamp > max_timestamp_so_far_) {
        max_timestamp_so_far_ = h.max_timestamp;
        offset_of_max_timestamp_ = h.last_offset;
      }
    });
    if (!r) return r;
    max_timestamp_known_ = true;
  }
  // Reserve disk for the index entries this append adds, before writing, so a
  // full disk fails the whole append and never leaves a batch half indexed.
  std::size_t entries = 0;
  std::int64_t since = bytes_since_last_index_entry_;
  for (const auto& b : batches) {
    if (since > config_.index_interval_bytes) {
      ++entries;
      since = 0;
    }
    since += b.size;
  }
  if (entries > 0) {
    if (auto r = index_.reserve(entries); !r) return r;
    if (auto r = time_index_.reserve(entries + 1); !r) return r;
  }
  if (auto r = log_file_->write_at(bytes, size_); !r) {
    (void)log_file_->truncate(size_);  // drop whatever part of the write landed
    return r;
  }
  unsynced_ = true;
  std::int64_t position = size_;
  for (const auto& b : batches) {
    if (b.max_timestamp > max_timestamp_so_far_) {
      max_timestamp_so_far_ = b.max_timestamp;
      offset_of_max_timestamp_ = b.last_offset;
    }
    if (bytes_since_last_index_entry_ > config_.index_interval_bytes) {
      index_.append(b.last_offset, position);
      time_index_.maybe_append(max_timestamp_so_far_, offset_of_max_timestamp_);
      bytes_since_last_index_entry_ = 0;
    }
    position += b.size;
    bytes_since_last_index_entry_ += b.size;
  }
  if (size_ == 0 && !batches.empty()) rolling_base_timestamp_ = batches.front().max_timestamp;
  size_ = position;
  next_offset_ = batches.empty() ? next_offset_ : batches.back().last_offset + 1;
  return {};
}

result<void> segment::seal() {
  if (size_ > 0 && max_timestamp_so_far_ >= 0 && time_index_.is_open() && time_index_.writable()) {
    time_index_.maybe_append(max_timestamp_so_far_, offset_of_max_timestamp_, true);
  }
  active_ = false;
  result<void> r;
  if (index_.writable()) r = index_.trim_and_close();
  if (time_index_.writable()) {
    auto t = time_index_.trim_and_close();
    if (r) r = t;
  }
  if (config_.preallocate && log_file_ && log_writable_) (void)log_file_->truncate(size_);
  if (unsynced_) {
    auto s = open_log(false);
    if (s) s = log_file_->sync();
    if (s) unsynced_ = false;
    if (r) r = s;
  }
  return r;
}

result<void> segment::flush() {
  if (unsynced_) {
    if (auto r = open_log(false); !r) return r;
    if (auto r = log_file_->sync(); !r) return r;
    unsynced_ = false;
  }
  if (index_.is_open() && index_.writable()) {
    if (auto r = index_.flush(); !r) return r;
  }
  if (time_index_.is_open() && time_index_.writable()) {
    if (auto r = time_index_.flush(); !r) return r;
  }
  return {};
}

result<std::optional<batch_header>> segment::find_batch(offset target) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (auto r = open_log(false); !r) return r.error();
    if (auto r = open_indexes(active_); !r) return r.error();
    auto hint = index_.lookup(target);
    batch_scanner scanner(*log_file_, hint.position, size_, scan_chunk(config_));
    while (true) {
      auto h = scanner.next();
      if (!h) return h.error();
      if (!*h) break;
      if ((*h)->last_offset >= target) return h;
    }
    if (!scanner.stopped_early()) return std::optional<batch_header>{};
    if (attempt == 0 && hint.position > 0) {
      gannet::log::warn("storage: index of {} points inside a batch; rebuilding", log_path_.string());
      if (auto r = rebuild_indexes(active_); !r) return r.error();
      continue;
    }
    return errc::corrupt_log;
  }
  return errc::corrupt_log;
}

result<std::optional<segment_read>> segment::read(offset start, std::int32_t max_bytes, std::int64_t max_position,
                                                  bool min_one_batch) {
  auto h = find_batch(start);
  if (!h) return h.error();
  if (!*h) return std::optional<segment_read>{};
  segment_read out;
  out.first_batch_offset = (*h)->base_offset;
  std::int64_t pos = (*h)->position;
  max_position = std::min(max_position, size_);
  if (pos >= max_position) {
    out.reached_max_position = true;
    return std::optional<segment_read>{out};
  }
  std::int64_t want = min_one_batch ? std::max<std::int64_t>(max_bytes, (*h)->size) : max_bytes;
  std::int64_t length = std::min(max_position - pos, want);
  out.slice = file_slice{log_file_->fd(), pos, static_cast<std::int32_t>(length), log_file_};
  out.reached_max_position = pos + length == max_position;
  return std::optional<segment_read>{out};
}

result<std::int64_t> segment::position_of(offset o) {
  auto h = find_batch(o);
  if (!h) return h.error();
  return *h ? (*h)->position : size_;
}

result<std::optional<batch_header>> segment::find_by_timestamp(std::int64_t ts, offset from) {
  if (auto r = open_log(false); !r) return r.error();
  if (auto r = open_indexes(active_); !r) return r.error();
  auto t = time_index_.lookup(ts);
  auto hint = index_.lookup(std::max(t.off, from));
  batch_scanner scanner(*log_file_, hint.position, size_, scan_chunk(config_));
  while (true) {
    auto h = scanner.next();
    if (!h) return h.error();
    if (!*h) break;
    if ((*h)->last_offset >= from && (*h)->max_timestamp >= ts) return h;
  }
  return std::optional<batch_header>{};
}

result<std::int64_t> segment::largest_timestamp() {
  if (max_timestamp_known_ && max_timestamp_so_far_ >= 0) return max_timestamp_so_far_;
  if (!max_timestamp_known_) {
    // A rolled segment's time index ends with its largest timestamp.
    int fd = ::open(time_index_.path().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
      struct stat st {};
      if (::fstat(fd, &st) == 0 && st.st_size >= static_cast<off_t>(time_index::entry_size)) {
        std::uint8_t e[time_index::entry_size];
        off_t at = st.st_size - st.st_size % static_cast<off_t>(time_index::entry_size) - time_index::entry_size;
        if (::pread(fd, e, sizeof e, at) == static_cast<ssize_t>(sizeof e)) {
          auto ts = static_cast<std::int64_t>(be::load64(e));
          if (ts > 0) {
            max_timestamp_so_far_ = ts;
            offset_of_max_timestamp_ = base_offset_ + static_cast<std::int32_t>(be::load32(e + 8));
            max_timestamp_known_ = true;
          }
        }
      }
      ::close(fd);
      if (max_timestamp_known_) return max_timestamp_so_far_;
    }
  }
  struct stat st {};
  if (::stat(log_path_.c_str(), &st) != 0) return from_errno(errno);
  return static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
}

result<void> segment::scan(offset from, const batch_callback& cb) {
  if (auto r = open_log(false); !r) return r;
  std::int64_t start = 0;
  if (from > base_offset_) {
    if (auto r = open_indexes(active_); !r) return r;
    start = index_.lookup(from).position;
  }
  batch_scanner scanner(*log_file_, start, size_);
  while (true) {
    auto h = scanner.next();
    if (!h) return h.error();
    if (!*h) break;
    if ((*h)->last_offset >= from) cb(**h, scanner.header_bytes());
  }
  return {};
}

result<std::int64_t> segment::recover(const batch_callback& cb) {
  index_.close();
  time_index_.close();
  if (auto r = index_.remove_file(); !r) return r.error();
  if (auto r = time_index_.remove_file(); !r) return r.error();
  if (auto r = open_log(true); !r) return r.error();
  if (auto r = index_.open(true, size_); !r) return r.error();
  if (auto r = time_index_.open(true, offset(INT64_MAX)); !r) return r.error();
  batch_scanner scanner(*log_file_, 0, size_);
  std::int64_t valid = 0, last_index_position = 0, max_ts = -1;
  offset expected = base_offset_, offset_of_max = base_offset_;
  std::optional<std::int64_t> first_ts;
  while (true) {
    auto h = scanner.next(true);
    if (!h) return h.error();
    if (!*h) break;
    const batch_header& b = **h;
    if (b.base_offset < expected || b.last_offset - base_offset_ > max_relative_offset) break;
    auto v = records::validate_batch(scanner.batch_bytes());
    if (!v || v->size_bytes() != static_cast<std::size_t>(b.size)) break;
    if (!first_ts) first_ts = b.max_timestamp;
    if (b.max_timestamp > max_ts) {
      max_ts = b.max_timestamp;
      offset_of_max = b.last_offset;
    }
    if (valid - last_index_position > config_.index_interval_bytes) {
      if (auto r = index_.reserve(1); !r) return r.error();
      if (auto r = time_index_.reserve(2); !r) return r.error();
      index_.append(b.last_offset, valid);
      time_index_.maybe_append(max_ts, offset_of_max);
      last_index_position = valid;
    }
    if (cb) cb(b, scanner.batch_bytes().first(records::batch_header_size));
    valid += b.size;
    expected = b.last_offset + 1;
  }
  std::int64_t truncated = size_ - valid;
  if (truncated > 0) {
    gannet::log::warn("storage: {}: truncating {} invalid bytes at position {} (next offset {})", log_path_.string(),
                      truncated, valid, expected.value());
    if (auto r = log_file_->truncate(valid); !r) return r.error();
    size_ = valid;
    unsynced_ = true;
  }
  next_offset_ = expected;
  max_timestamp_so_far_ = max_ts;
  offset_of_max_timestamp_ = offset_of_max;
  max_timestamp_known_ = true;
  rolling_base_timestamp_ = first_ts;
  bytes_since_last_index_entry_ = valid - last_index_position;
  if (!active_) {
    if (max_ts >= 0) time_index_.maybe_append(max_ts, offset_of_max, true);
    // Not synced: until the recovery point passes this segment, a crash rebuilds them again.
    auto r = index_.trim_and_close(false);
    auto t = time_index_.trim_and_close(false);
    if (!r) return r.error();
    if (!t) return t.error();
  }
  return truncated;
}

result<std::int64_t> segment::truncate_to(offset o) {
  auto h = find_batch(o);
  if (!h) return h.error();
  if (!*h) return std::int64_t{0};
  active_ = true;
  std::int64_t pos = (*h)->position;
  offset next = std::min(o, (*h)->base_offset);
  if (auto r = open_log(true); !r) return r.error();
  if (auto r = open_indexes(true); !r) return r.error();
  if (auto r = log_file_->truncate(pos); !r) return r.error();
  unsynced_ = true;
  std::int64_t removed = size_ - pos;
  size_ = pos;
  next_offset_ = next;
  index_.truncate_to_position(pos);
  time_index_.truncate_to(next);
  bytes_since_last_index_entry_ = index_.entries() == 0 ? size_ : size_ - index_.entry(index_.entries() - 1).position;
  max_timestamp_known_ = false;
  if (size_ == 0) rolling_base_timestamp_.reset();
  return removed;
}

std::vector<std::filesystem::path> segment::file_paths() const {
  return {log_path_, index_.path(), time_index_.path()};
}

result<void> segment::rename_to_deleted() {
  close_handles();
  for (const auto& p : file_paths()) {
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) continue;
    std::filesystem::rename(p, std::filesystem::path(p.string() + ".deleted"), ec);
    if (ec) return ec;
  }
  return {};
}

result<void> segment::change_suffix(std::string_view suffix) {
  close_handles();
  std::string next(suffix);
  auto log_to = dir_ / (segment_file_name(base_offset_, ".log") + next);
  auto index_to = dir_ / (segment_file_name(base_offset_, ".index") + next);
  auto time_to = dir_ / (segment_file_name(base_offset_, ".timeindex") + next);
  std::error_code ec;
  std::filesystem::rename(log_path_, log_to, ec);
  if (ec) return ec;
  for (auto [from, to] : {std::pair{index_.path(), index_to}, std::pair{time_index_.path(), time_to}}) {
    if (!std::filesystem::exists(from, ec)) continue;
    std::filesystem::rename(from, to, ec);
    if (ec) return ec;
  }
  log_path_ = log_to;
  index_.set_path(index_to);
  time_index_.set_path(time_to);
  suffix_ = next;
  return {};
}

}  // namespace gannet::storage
