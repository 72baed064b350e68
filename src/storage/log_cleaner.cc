// Step 2 of a cleaning (include/gannet/storage/log_cleaner.h): Kafka's
// Cleaner.doClean -> buildOffsetMap, groupSegmentsBySize, cleanSegments,
// with MemoryRecords.filterTo's per-batch rewrite.
#include "gannet/storage/log_cleaner.h"

#include <algorithm>
#include <string>

#include "batch_scanner.h"
#include "gannet/common/logging.h"
#include "gannet/records/batch_builder.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/errc.h"
#include "gannet/storage/offset_map.h"
#include "segment.h"

namespace gannet::storage {
namespace {

constexpr std::size_t max_decompressed_bytes = 256u << 20;
constexpr std::size_t write_chunk_bytes = 1u << 20;

std::string to_string(std::span<const std::uint8_t> b) { return {reinterpret_cast<const char*>(b.data()), b.size()}; }

std::optional<std::string> to_optional(const records::nullable_bytes& b) {
  if (!b) return std::nullopt;
  return to_string(*b);
}

bool has_delete_horizon(const records::batch_view& b) {
  return (b.attributes() & records::attribute::delete_horizon) != 0;
}

// Walks the records of one batch; `fn(record_view, absolute offset)`.
template <typename Fn>
result<void> for_each_record(const records::batch_view& b, std::vector<std::uint8_t>& buffer, Fn&& fn) {
  auto reader = records::read_records(b, buffer, max_decompressed_bytes);
  if (!reader) return reader.error();
  while (true) {
    auto r = reader->next();
    if (!r) return r.error();
    if (!*r) return {};
    fn(**r, b.base_offset() + (*r)->offset_delta);
  }
}

// Kafka's buildOffsetMap over the dirty section; stops early when the map is full.
result<void> build_offset_map(const clean_plan& plan, offset_map& map, double load_factor, clean_stats& stats) {
  map.clear();
  const auto max_entries = static_cast<std::size_t>(static_cast<double>(map.slots()) * load_factor);
  std::vector<std::uint8_t> buffer;
  for (const auto& src : plan.segments) {
    if (src.next <= plan.first_dirty) continue;
    batch_scanner scanner(*src.log_file, 0, src.size);
    while (true) {
      auto h = scanner.next(true);
      if (!h) return h.error();
      if (!*h) break;
      if ((*h)->last_offset < plan.first_dirty) continue;
      auto b = records::validate_batch(scanner.batch_bytes());
      if (!b) return errc::corrupt_log;
      stats.bytes_read += (*h)->size;
      if (!b->is_control()) {
        // As Kafka: stop at the first key that would push the map past its
        // load factor; the map's latest offset is then the last key put, and
        // the records after it count as newer than the map (kept this round).
        bool full = false;
        auto r = for_each_record(*b, buffer, [&](const records::record_view& rec, std::int64_t o) {
          if (full || !rec.key || o < plan.first_dirty.value()) return;
          if (map.size() >= max_entries && map.get(*rec.key) < 0) {
            full = true;
            return;
          }
          map.put(*rec.key, o);
        });
        if (!r) return r;
        if (full) {
          if (map.latest_offset() < plan.first_dirty.value()) {
            gannet::log::warn("storage: {}: log.cleaner.dedupe.buffer.size too small for one record",
                              plan.dir.string());
            return errc::invalid_argument;
          }
          return {};
        }
      }
      map.update_latest_offset((*h)->last_offset.value());
    }
    if (scanner.stopped_early()) return errc::corrupt_log;
    // Offset gaps at the segment's end (an earlier clean) belong to it.
    map.update_latest_offset(src.next.value() - 1);
  }
  return {};
}

// Kafka's groupSegmentsBySize over the segments below end_offset.
std::vector<std::vector<const clean_plan::source*>> group_segments(const clean_plan& plan, offset end_offset) {
  std::vector<std::vector<const clean_plan::source*>> groups;
  std::int64_t log_bytes = 0, index_bytes = 0, time_bytes = 0;
  for (const auto& src : plan.segments) {
    if (src.base >= end_offset) break;
    bool fits = !groups.empty() && log_bytes + src.size <= plan.config.segment_bytes &&
                index_bytes + src.index_bytes <= plan.config.segment_index_bytes &&
                time_bytes + src.time_index_bytes <= plan.config.segment_index_bytes &&
                (src.size == 0 || (src.next - 1) - groups.back().front()->base <= INT32_MAX);
    if (!fits) {
      groups.emplace_back();
      log_bytes = index_bytes = time_bytes = 0;
    }
    groups.back().push_back(&src);
    log_bytes += src.size;
    index_bytes += src.index_bytes;
    time_bytes += src.time_index_bytes;
  }
  return groups;
}

// Appends batches to the cleaned segment in chunks (one write per chunk).
class segment_writer {
 public:
  explicit segment_writer(segment& s) : segment_(s) {}
  result<void> add(std::span<const std::uint8_t> batch) {
    auto h = parse_batch_header(batch, static_cast<std::int64_t>(bytes_.size()));
    if (!h) return errc::invalid_batch;
    bytes_.insert(bytes_.end(), batch.begin(), batch.end());
    headers_.push_back(*h);
    if (bytes_.size() >= write_chunk_bytes) return flush();
    return {};
  }
  result<void> flush() {
    if (bytes_.empty()) return {};
    auto r = segment_.append(bytes_, headers_);
    written_ += static_cast<std::int64_t>(bytes_.size());
    bytes_.clear();
    headers_.clear();
    return r;
  }
  std::int64_t written() const { return written_; }

 private:
  segment& segment_;
  std::vector<std::uint8_t> bytes_;
  std::vector<batch_header> headers_;
  std::int64_t written_ = 0;
};

// MemoryRecords.filterTo with Kafka's cleaner filter, for one batch.
result<void> clean_batch(const clean_plan& plan, const offset_map& map, std::int64_t now_ms,
                         const records::batch_view& b, std::vector<std::uint8_t>& buffer, segment_writer& out,
                         clean_stats& stats) {
  stats.bytes_read += static_cast<std::int64_t>(b.size_bytes());
  if (b.is_control()) {
    // Transaction markers are kept (see docs/storage.md, "Compaction").
    stats.records_read += b.records_count();
    stats.records_retained += b.records_count();
    return out.add(b.bytes().first(b.size_bytes()));
  }
  const bool horizon_set = has_delete_horizon(b);
  const bool keep_deletes = !horizon_set || now_ms < b.base_timestamp();
  std::vector<std::pair<records::record_data, std::int32_t>> retained;
  bool dropped_any = false, tombstones = false;
  auto r = for_each_record(b, buffer, [&](const records::record_view& rec, std::int64_t o) {
    ++stats.records_read;
    bool keep;
    if (o > map.latest_offset()) {
      keep = true;  // newer than anything the map saw
    } else if (!rec.key) {
      ++stats.keyless_records_dropped;
      keep = false;
    } else {
      keep = o >= map.get(*rec.key) && (rec.value.has_value() || keep_deletes);
    }
    if (!keep) {
      dropped_any = true;
      return;
    }
    if (!rec.value) tombstones = true;  // Kafka: a record without a value
    records::record_data d;
    d.key = to_optional(rec.key);
    d.value = to_optional(rec.value);
    for (const auto& hdr : rec.headers)
      d.headers.push_back({to_string(hdr.key), to_optional(hdr.value)});
    d.timestamp_ms = records::record_timestamp(b.base_timestamp(), rec);
    retained.emplace_back(std::move(d), rec.offset_delta);
  });
  if (!r) return r;
  stats.records_retained += static_cast<std::int64_t>(retained.size());

  records::batch_options o;
  o.base_offset = b.base_offset();
  o.partition_leader_epoch = b.partition_leader_epoch();
  o.producer_id = b.producer_id();
  o.producer_epoch = b.producer_epoch();
  o.base_sequence = b.base_sequence();
  o.transactional = b.is_transactional();
  o.timestamps = b.timestamp_kind();
  // An empty batch is written uncompressed (Kafka's writeEmptyHeader).
  o.compression = retained.empty() ? records::compression_type::none : b.compression();
  records::batch_builder builder(o);
  builder.keep_last_offset_delta(b.last_offset_delta());
  if (b.timestamp_kind() == records::timestamp_type::log_append_time) builder.keep_max_timestamp(b.max_timestamp());

  if (!retained.empty()) {
    bool set_horizon = tombstones && !horizon_set;
    if (!dropped_any && !set_horizon) return out.add(b.bytes().first(b.size_bytes()));
    if (set_horizon) {
      builder.set_delete_horizon(now_ms + plan.config.delete_retention_ms);
    } else if (horizon_set) {
      builder.set_delete_horizon(b.base_timestamp());
    }
    for (auto& [d, delta] : retained)
      builder.add(std::move(d), delta);
    auto built = builder.build();
    if (!built) return built.error();
    return out.add(*built);
  }
  // Kafka's RETAIN_EMPTY: an active producer's last batch (its sequence
  // state), or the batch ending the cleaning round (the last offset).
  bool retain_empty = (b.producer_id() >= 0 && plan.retain_batches_ending_at.contains(b.last_offset())) ||
                      b.last_offset() + 1 == plan.first_uncleanable.value();
  if (!retain_empty) return {};
  builder.keep_max_timestamp(b.max_timestamp());
  auto built = builder.build();
  if (!built) return built.error();
  return out.add(*built);
}

result<std::unique_ptr<segment>> clean_group(const clean_plan& plan, const offset_map& map, std::int64_t now_ms,
                                             const std::vector<const clean_plan::source*>& group, clean_stats& stats) {
  auto cleaned = segment::create(*plan.fs, plan.dir, group.front()->base, plan.config, now_ms, ".cleaned");
  if (!cleaned) return cleaned.error();
  segment_writer out(**cleaned);
  std::vector<std::uint8_t> buffer;
  auto fail = [&](std::error_code e) -> result<std::unique_ptr<segment>> {
    (*cleaned)->close_handles();
    std::error_code ec;
    for (const auto& p : (*cleaned)->file_paths())
      std::filesystem::remove(p, ec);
    return e;
  };
  for (const auto* src : group) {
    batch_scanner scanner(*src->log_file, 0, src->size);
    while (true) {
      auto h = scanner.next(true);
      if (!h) return fail(h.error());
      if (!*h) break;
      auto b = records::validate_batch(scanner.batch_bytes());
      if (!b) return fail(errc::corrupt_log);
      if (auto r = clean_batch(plan, map, now_ms, *b, buffer, out, stats); !r) return fail(r.error());
    }
    if (scanner.stopped_early()) return fail(errc::corrupt_log);
  }
  if (auto r = out.flush(); !r) return fail(r.error());
  stats.bytes_written += out.written();
  (*cleaned)->set_next_offset(group.back()->next);
  if (auto r = (*cleaned)->seal(); !r) return fail(r.error());  // indexes trimmed, .log fsynced
  return std::move(*cleaned);
}

}  // namespace

clean_output::clean_output() = default;
clean_output::~clean_output() = default;
clean_output::clean_output(clean_output&&) noexcept = default;
clean_output& clean_output::operator=(clean_output&&) noexcept = default;

void clean_output::discard() {
  for (auto& g : groups) {
    if (!g.cleaned) continue;
    g.cleaned->close_handles();
    std::error_code ec;
    for (const auto& p : g.cleaned->file_paths())
      std::filesystem::remove(p, ec);
    g.cleaned.reset();
  }
  groups.clear();
}

result<clean_output> clean_log(const clean_plan& plan, offset_map& map, double map_load_factor, std::int64_t now_ms) {
  clean_output out;
  out.log_version = plan.log_version;
  if (auto r = build_offset_map(plan, map, map_load_factor, out.stats); !r) return r.error();
  out.end_offset = offset(map.latest_offset() + 1);
  if (out.end_offset <= plan.first_dirty) {
    out.end_offset = plan.first_dirty;
    return out;
  }
  for (const auto& group : group_segments(plan, out.end_offset)) {
    auto cleaned = clean_group(plan, map, now_ms, group, out.stats);
    if (!cleaned) {
      out.discard();
      return cleaned.error();
    }
    clean_output::group g;
    for (const auto* src : group)
      g.replaced.push_back(src->base);
    g.cleaned = std::move(*cleaned);
    out.groups.push_back(std::move(g));
  }
  return out;
}

}  // namespace gannet::storage
