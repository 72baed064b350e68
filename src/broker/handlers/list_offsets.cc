// ListOffsets (key 2): earliest (-2), latest (-1), max timestamp (-3, v7+),
// earliest local (-4, v8+), latest tiered (-5, v9+: no tiered storage, so -1),
// or the first offset whose timestamp is at or after the one given.

#include "gannet/protocol/messages/list_offsets.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <optional>
#include <vector>

#include "../run_on.h"
#include "gannet/common/logging.h"
#include "gannet/records/batch_reader.h"
#include "gannet/records/record.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::list_offsets_response;

constexpr std::int64_t latest = -1;
constexpr std::int64_t earliest = -2;
constexpr std::int64_t max_timestamp = -3;
constexpr std::int64_t earliest_local = -4;
constexpr std::int64_t latest_tiered = -5;
// ListOffsetsRequest.DEBUGGING_REPLICA_ID.
constexpr std::int32_t debugging_replica_id = -2;
constexpr std::int32_t consumer_replica_id = -1;

struct record_at {
  std::int64_t offset;
  std::int64_t timestamp;
};

// Kafka answers with a *record*, not with its batch: the log finds the batch
// starting at `base`; this reads it (blocking file I/O: on the partition's
// strand) and walks its records for the first one whose timestamp is >= ts
// (FileRecords.searchForTimestamp) or, with `exact`, == ts (MAX_TIMESTAMP:
// RecordBatch.offsetOfMaxTimestamp). A LogAppendTime batch's records all carry
// its max timestamp. nullopt when it cannot tell.
std::optional<record_at> first_record_in_batch(storage::log& lg, offset base, std::int64_t ts, bool exact) {
  auto r = lg.read(base, 1, lg.high_watermark(), true);
  if (!r || r->offset_out_of_range || r->slices.empty()) return std::nullopt;
  const auto& slice = r->slices.front();
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(slice.length));
  std::size_t done = 0;
  while (done < bytes.size()) {
    auto n = ::pread(slice.fd, bytes.data() + done, bytes.size() - done,
                     static_cast<off_t>(slice.position + static_cast<std::int64_t>(done)));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return std::nullopt;
    done += static_cast<std::size_t>(n);
  }
  records::batch_reader batches(bytes);
  auto batch = batches.next();
  if (!batch || !*batch) return std::nullopt;
  const records::batch_view& b = **batch;
  std::vector<std::uint8_t> buffer;
  auto reader = records::read_records(b, buffer, std::size_t{256} << 20);
  if (!reader) return std::nullopt;
  const bool append_time = b.timestamp_kind() == records::timestamp_type::log_append_time;
  const std::int64_t log_start = lg.log_start_offset().value();
  while (true) {
    auto rec = reader->next();
    if (!rec || !*rec) return std::nullopt;
    std::int64_t off = b.base_offset() + (*rec)->offset_delta;
    std::int64_t rts = append_time ? b.max_timestamp() : records::record_timestamp(b.base_timestamp(), **rec);
    if (exact ? rts == ts : (rts >= ts && off >= log_start)) return record_at{off, rts};
  }
}

// v0 answers as Kafka's UnifiedLog.legacyFetchOffsetsBefore, which knows
// segments, not records: each segment's base offset with its file's
// modification time, then the log end offset with `now` when the active segment
// holds anything; the newest entry not after ts (-1: the last, -2: the first)
// and up to max_num entries before it, newest first. Blocking stat(2): on the
// partition's strand.
std::vector<std::int64_t> legacy_offsets_before(storage::log& lg, std::int64_t ts, std::int32_t max_num,
                                                std::int64_t now_ms) {
  struct entry {
    std::int64_t offset;
    std::int64_t mtime_ms;
  };
  std::vector<entry> entries;
  const auto bases = lg.segment_base_offsets();
  const std::int64_t log_start = lg.log_start_offset().value();
  bool last_has_bytes = false;
  for (std::size_t i = 0; i < bases.size(); ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "%020lld.log", static_cast<long long>(bases[i].value()));
    struct stat st {};
    std::int64_t mtime = 0;
    if (::stat((lg.dir() / name).c_str(), &st) == 0) {
      mtime = std::int64_t{st.st_mtim.tv_sec} * 1000 + st.st_mtim.tv_nsec / 1000000;
      if (i + 1 == bases.size()) last_has_bytes = st.st_size > 0;
    }
    entries.push_back({std::max(bases[i].value(), log_start), mtime});
  }
  if (last_has_bytes) entries.push_back({lg.log_end_offset().value(), now_ms});
  std::ptrdiff_t start = -1;
  if (ts == latest) {
    start = static_cast<std::ptrdiff_t>(entries.size()) - 1;
  } else if (ts == earliest) {
    start = entries.empty() ? -1 : 0;
  } else {
    start = static_cast<std::ptrdiff_t>(entries.size()) - 1;
    while (start >= 0 && entries[static_cast<std::size_t>(start)].mtime_ms > ts)
      --start;
  }
  std::vector<std::int64_t> out;
  for (std::ptrdiff_t i = start; i >= 0 && static_cast<std::int64_t>(out.size()) < max_num; --i)
    out.push_back(entries[static_cast<std::size_t>(i)].offset);
  return out;  // descending already: segments are in offset order
}

// On the partition's strand.
// `to_log_end`: the asker is not a consumer (a replica or a debug tool, replica id
// != -1), so the log end bounds the answer, not the high watermark (Kafka's
// fetchOffsetForTimestamp with no isolation level).
response::list_offsets_partition_response lookup(partition& p, std::int64_t ts, std::int16_t version,
                                                 std::int32_t max_num_offsets, bool to_log_end) {
  response::list_offsets_partition_response out;
  if (p.deleted()) {
    out.error_code = error_code::unknown_topic_or_partition;
    return out;
  }
  auto& lg = p.log();
  const offset last_fetchable = to_log_end ? lg.log_end_offset() : lg.high_watermark();
  if (version == 0) {
    out.old_style_offsets = legacy_offsets_before(lg, ts, max_num_offsets, broker_state::now_ms());
    return out;
  }
  // Fields a version lacks must keep their defaults (the encoder refuses them).
  if (version >= 4) out.leader_epoch = p.leader_epoch();
  auto put = [&](std::int64_t o) {
    if (version == 0) {
      out.old_style_offsets = {o};
    } else {
      out.offset = o;
    }
  };
  switch (ts) {
    case latest:
      put(last_fetchable.value());
      break;
    case earliest:
    case earliest_local:
      put(lg.log_start_offset().value());
      break;
    case latest_tiered:
      put(-1);
      break;
    case max_timestamp: {
      auto r = lg.max_timestamp_offset();
      if (!r) {
        out.error_code = error_code::kafka_storage_error;
      } else if (*r) {
        // Kafka 3.9 answers the first record carrying the largest timestamp
        // (KAFKA-16310), with the batch's max timestamp and leader epoch.
        auto at = first_record_in_batch(lg, (*r)->off, (*r)->timestamp, true);
        if (at) {
          put(at->offset);
          if (version >= 1) out.timestamp = (*r)->timestamp;
          if ((*r)->epoch && version >= 4) out.leader_epoch = (*r)->epoch->value();
        }
      }
      // None found (an empty partition): offset, timestamp and epoch -1, as Kafka.
      if (out.offset == -1 && version >= 4) out.leader_epoch = -1;
      break;
    }
    default: {
      auto r = lg.find_offset_by_timestamp(ts);
      if (!r) {
        out.error_code = error_code::kafka_storage_error;
      } else if (*r && (*r)->off < last_fetchable) {
        auto at = first_record_in_batch(lg, (*r)->off, ts, false);
        put(at ? at->offset : (*r)->off.value());
        if (version >= 1) out.timestamp = at ? at->timestamp : (*r)->timestamp;
        if ((*r)->epoch && version >= 4) out.leader_epoch = (*r)->epoch->value();
      } else if (version >= 4) {
        out.leader_epoch = -1;  // no offset at or after the timestamp: -1 as Kafka
      }
      break;
    }
  }
  return out;
}

}  // namespace

awaitable<net::handler_result> list_offsets(request_context& ctx) {
  protocol::list_offsets_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed ListOffsets request");
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  response resp;
  for (const auto& t : req.topics) {
    response::list_offsets_topic_response tr;
    tr.name = t.name;
    for (const auto& rp : t.partitions) {
      response::list_offsets_partition_response out;
      auto p = s.partitions.find({t.name, rp.partition_index});
      if (!p) {
        out.error_code = error_code::unknown_topic_or_partition;
      } else if (rp.current_leader_epoch >= 0 && rp.current_leader_epoch != p->leader_epoch()) {
        out.error_code = rp.current_leader_epoch < p->leader_epoch() ? error_code::fenced_leader_epoch
                                                                     : error_code::unknown_leader_epoch;
      } else if (req.replica_id != debugging_replica_id && !p->is_leader()) {
        // Kafka's fetchOnlyFromLeader: only debug tools may ask a follower.
        out.error_code = error_code::not_leader_or_follower;
      } else {
        partition* pp = p.get();
        std::int64_t ts = rp.timestamp;
        std::int32_t max_num = rp.max_num_offsets;
        const bool to_log_end = req.replica_id != consumer_replica_id;
        auto fn = [pp, ts, v, max_num, to_log_end] { return lookup(*pp, ts, v, max_num, to_log_end); };
        out = co_await run_on(p->strand(), std::move(fn));
      }
      out.partition_index = rp.partition_index;
      tr.partitions.push_back(std::move(out));
    }
    resp.topics.push_back(std::move(tr));
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
