#include "group_log_store.h"

#include <unistd.h>

#include <algorithm>
#include <boost/asio/this_coro.hpp>
#include <cerrno>
#include <chrono>
#include <map>
#include <unordered_map>

#include "gannet/cluster/produce_waiter.h"
#include "gannet/common/logging.h"
#include "gannet/config/topic_config.h"
#include "gannet/records/batch_reader.h"
#include "gannet/records/record.h"
#include "offsets_records.h"
#include "offsets_topic.h"
#include "run_on.h"

namespace gannet::broker {
namespace {

using protocol::error_code;
namespace recs = offsets_records;

// A compressed batch of __consumer_offsets may not decompress to more than this
// while loading (Kafka has no bound; a batch is at most max.message.bytes
// compressed, so this is far above anything a coordinator writes).
constexpr std::size_t max_decompressed_batch_bytes = 64 * 1024 * 1024;

records::compression_type compression_from_codec(std::int32_t codec) {
  switch (codec) {
    case 0:
      return records::compression_type::none;
    case 1:
      return records::compression_type::gzip;
    case 2:
      return records::compression_type::snappy;
    case 3:
      return records::compression_type::lz4;
    case 4:
      return records::compression_type::zstd;
    default:
      log::warn("offsets.topic.compression.codec={} is not a compression codec id (0-4); writing uncompressed", codec);
      return records::compression_type::none;
  }
}

std::int32_t current_partition_count(const broker_state& s) {
  if (auto t = s.topics.find(std::string(offsets_topic_name))) return t->partitions;
  return s.cfg.offsets_topic_num_partitions;
}

// On the partition's strand: what an acks=all Produce does for one batch
// (Kafka's appendRecords with requiredAcks -1 from the coordinator). The
// errors are the log's, mapped by the caller; on success `w` waits for the
// high watermark to pass the batch.
error_code append_on_strand(partition& p, std::span<std::uint8_t> batch, std::int64_t now_ms, error_code too_large,
                            std::int32_t min_insync_replicas, const std::shared_ptr<cluster::produce_waiter>& w) {
  if (p.deleted()) return error_code::unknown_topic_or_partition;
  if (auto e = p.check_leader_append(-1, min_insync_replicas); e != error_code::none) return e;
  if (batch.size() > static_cast<std::size_t>(p.log().config().max_message_bytes)) {
    log::error("{}: a {}-byte batch exceeds max.message.bytes", p.tp().dir_name(), batch.size());
    return too_large;
  }
  auto r = p.log().append(batch, leader_epoch(p.leader_epoch()), now_ms);
  if (!r) {
    log::error("{}: append failed: {}", p.tp().dir_name(), r.error().message());
    return error_code::kafka_storage_error;
  }
  if (r->needs_flush) {
    if (auto f = p.log().flush(); !f) {
      log::error("{}: flush failed: {}", p.tp().dir_name(), f.error().message());
      return error_code::kafka_storage_error;
    }
  }
  p.on_log_changed(now_ms);
  // Right after the append on the strand: no move of the high watermark slips between.
  p.add_produce_waiter(r->last_offset.value() + 1, min_insync_replicas, w, 0);
  return error_code::none;
}

// Kafka's storeGroup / storeOffsets callbacks: the append's error as the
// coordinator answers it. `timed_out`: REBALANCE_IN_PROGRESS for a group
// write, REQUEST_TIMED_OUT (unchanged) for offsets.
error_code coordinator_error(error_code e, error_code timed_out) {
  switch (e) {
    case error_code::none:
      return error_code::none;
    case error_code::unknown_topic_or_partition:
    case error_code::not_enough_replicas:
    case error_code::not_enough_replicas_after_append:
      return error_code::coordinator_not_available;
    case error_code::not_leader_or_follower:
    case error_code::kafka_storage_error:
      return error_code::not_coordinator;
    case error_code::request_timed_out:
      return timed_out;
    default:
      return e;
  }
}

// What load() accumulates for one group.
struct group_state {
  std::optional<groups::group_record> group;
  std::unordered_map<groups::offset_key, groups::offset_record, groups::offset_key_hash> offsets;
};

using state_map = std::map<std::string, group_state, std::less<>>;

void apply_record(const records::record_view& r, std::int64_t off, const storage::topic_partition& tp,
                  state_map& state) {
  if (!r.key) {
    log::warn("{}: record at offset {} has no key; skipped", tp.dir_name(), off);
    return;
  }
  auto key = recs::decode_key(*r.key);
  if (!key) {
    log::warn("{}: record at offset {} has a malformed key; skipped", tp.dir_name(), off);
    return;
  }
  if (auto* k = std::get_if<recs::offset_commit_key>(key.operator->())) {
    if (!r.value) {
      auto it = state.find(k->group_id);
      if (it != state.end()) it->second.offsets.erase(k->key);
      return;
    }
    auto v = recs::decode_offset_value(*r.value);
    if (!v) {
      log::warn("{}: offset commit at offset {} has a malformed value; skipped", tp.dir_name(), off);
      return;
    }
    state[k->group_id].offsets[k->key] = std::move(*v);
  } else if (auto* g = std::get_if<recs::group_metadata_key>(key.operator->())) {
    if (!r.value) {
      auto it = state.find(g->group_id);
      if (it != state.end()) it->second.group.reset();
      return;
    }
    auto v = recs::decode_group_value(*r.value);
    if (!v) {
      log::warn("{}: group metadata at offset {} has a malformed value; skipped", tp.dir_name(), off);
      return;
    }
    state[g->group_id].group = std::move(*v);
  }
  // other_key: records of the new group protocol (KIP-848), not used here.
}

// Reads `s.length` bytes of a file slice into `out` (appended).
bool read_slice(const file_slice& s, std::vector<std::uint8_t>& out) {
  const std::size_t at = out.size();
  out.resize(at + static_cast<std::size_t>(s.length));
  std::size_t done = 0;
  while (done < static_cast<std::size_t>(s.length)) {
    const ssize_t n = ::pread(s.fd, out.data() + at + done, static_cast<std::size_t>(s.length) - done,
                              static_cast<off_t>(s.position + static_cast<std::int64_t>(done)));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

// The last offset a batch header claims, when at least its fixed fields are there.
std::optional<std::int64_t> claimed_last_offset(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < records::batch_header_size) return std::nullopt;
  records::batch_view v(bytes);
  return v.last_offset();
}

void load_partition_log(storage::log& lg, std::size_t buffer_size, state_map& state) {
  const auto& tp = lg.tp();
  std::int64_t next = lg.log_start_offset().value();
  const std::int64_t end = lg.log_end_offset().value();
  std::vector<std::uint8_t> buf;
  std::vector<std::uint8_t> decompressed;
  std::size_t batches = 0;
  while (next < end) {
    auto rr = lg.read(offset(next), static_cast<std::int32_t>(buffer_size), offset(end), true);
    if (!rr) {
      log::error("{}: cannot read at offset {}: {}; the rest of the partition is not loaded", tp.dir_name(), next,
                 rr.error().message());
      return;
    }
    buf.clear();
    bool read_ok = !rr->slices.empty();
    for (const auto& slice : rr->slices) {
      if (!read_slice(slice, buf)) {
        read_ok = false;
        break;
      }
    }
    if (!read_ok) {
      log::error("{}: cannot read at offset {}; the rest of the partition is not loaded", tp.dir_name(), next);
      return;
    }
    records::batch_reader reader(buf);
    const std::int64_t before = next;
    while (true) {
      auto b = reader.next();
      if (!b) {
        if (b.error() == records::errc::truncated && next > before) break;  // a batch cut by max_bytes: read on
        auto claimed = claimed_last_offset(std::span<const std::uint8_t>(buf).subspan(reader.position()));
        if (!claimed || *claimed < next) {
          log::error("{}: corrupt batch at offset {} ({}); the rest of the partition is not loaded", tp.dir_name(),
                     next, b.error().message());
          return;
        }
        log::error("{}: corrupt batch at offsets {}..{} ({}); skipped", tp.dir_name(), next, *claimed,
                   b.error().message());
        next = *claimed + 1;
        break;
      }
      if (!*b) break;
      const records::batch_view batch = **b;
      if (batch.last_offset() < next) continue;
      next = batch.last_offset() + 1;
      ++batches;
      // Control batches end transactions; transactional offset commits are not
      // written by this broker (no transactions yet).
      if (batch.is_control() || batch.is_transactional()) continue;
      auto rdr = records::read_records(batch, decompressed, max_decompressed_batch_bytes);
      if (!rdr) {
        log::error("{}: batch at offset {} cannot be read ({}); skipped", tp.dir_name(), batch.base_offset(),
                   rdr.error().message());
        continue;
      }
      while (true) {
        auto r = rdr->next();
        if (!r) {
          log::error("{}: batch at offset {} holds a malformed record ({}); the rest of it is skipped", tp.dir_name(),
                     batch.base_offset(), r.error().message());
          break;
        }
        if (!*r) break;
        const std::int64_t off = batch.base_offset() + (*r)->offset_delta;
        apply_record(**r, off, tp, state);
      }
    }
  }
  if (batches > 0) log::info("{}: loaded {} batches", tp.dir_name(), batches);
}

}  // namespace

group_log_store::group_log_store(broker_state& s)
    : s_(s),
      partitions_(current_partition_count(s)),
      compression_(compression_from_codec(s.cfg.offsets_topic_compression_codec)) {}

std::int32_t group_log_store::partition_for(std::string_view group_id) const {
  return recs::partition_for(group_id, partitions_.load(std::memory_order_relaxed));
}

boost::asio::awaitable<error_code> group_log_store::append(std::string group_id,
                                                           std::vector<records::record_data> recs_to_write,
                                                           error_code too_large, error_code timed_out,
                                                           std::int32_t base_sequence, bool wait_for_isr) {
  const std::string topic(offsets_topic_name);
  // Standalone, the first write creates the topic; in ZooKeeper mode the
  // coordinator only writes to partitions it leads, which exist.
  if (!s_.zk && !s_.topics.find(topic)) {
    broker_state* s = &s_;
    auto fn = [s] { return ensure_offsets_topic(*s); };
    auto created = co_await run_on(s_.control_strand, std::move(fn));
    if (std::holds_alternative<topic_error>(created)) co_return error_code::coordinator_not_available;
  }
  const std::int32_t index = partition_for(group_id);
  std::shared_ptr<partition> p = s_.partitions.find({topic, index});
  if (!p) {
    // Kafka's getMagic finds no local replica: NOT_COORDINATOR.
    log::warn("{}-{} (the partition of group {}) is not hosted here", topic, index, group_id);
    co_return error_code::not_coordinator;
  }
  records::batch_options opts;
  opts.compression = compression_;
  opts.base_sequence = base_sequence;
  records::batch_builder builder(opts);
  for (auto& r : recs_to_write)
    builder.add(std::move(r));
  auto built = builder.build();
  if (!built) {
    log::error("cannot build a batch for group {}: {}", group_id, built.error().message());
    co_return error_code::unknown_server_error;
  }
  auto bytes = std::make_shared<std::vector<std::uint8_t>>(std::move(*built));
  // offsets.commit.required.acks is -1 (the only value Kafka 3.9 allows
  // besides its deprecated others): the write is answered once the ISR has it.
  std::int32_t min_isr = 1;
  if (auto t = s_.topics.find(topic)) {
    min_isr = config::topic_config::from(s_.current_layers(), t->configs).min_insync_replicas;
  } else {
    min_isr = config::topic_config::from(s_.current_layers(), {}).min_insync_replicas;
  }
  auto ex = co_await boost::asio::this_coro::executor;
  auto waiter = std::make_shared<cluster::produce_waiter>(ex, 1);
  waiter->expect(0);
  partition* pp = p.get();
  const std::int64_t now = broker_state::now_ms();
  auto fn = [pp, bytes, now, too_large, min_isr, waiter] {
    return append_on_strand(*pp, *bytes, now, too_large, min_isr, waiter);
  };
  auto strand = p->strand();
  log::debug("group {}: appending {} bytes to {}-{}", group_id, bytes->size(), topic, index);
  error_code ec = co_await run_on(strand, std::move(fn));
  if (ec == error_code::none && wait_for_isr) {
    auto wait = waiter->wait(std::chrono::milliseconds(commit_timeout_ms()));
    co_await std::move(wait);
    auto outcome = waiter->outcome(0);
    ec = outcome ? *outcome : error_code::request_timed_out;
  }
  if (ec != error_code::none)
    log::debug("group {}: append to {}-{} failed: {}", group_id, topic, index, protocol::error_code_name(ec));
  co_return coordinator_error(ec, timed_out);
}

std::int32_t group_log_store::commit_timeout_ms() const {
  auto v = s_.current_layers().value_of("offsets.commit.timeout.ms");
  return v ? std::max(0, std::stoi(*v)) : 5000;
}

std::int32_t group_log_store::partition_count() const { return partitions_.load(std::memory_order_relaxed); }

boost::asio::awaitable<error_code> group_log_store::write_group(std::string group_id, groups::group_record g) {
  std::vector<records::record_data> out(1);
  out[0].key = recs::group_key(group_id);
  out[0].value = recs::group_value(g);
  out[0].timestamp_ms = broker_state::now_ms();
  auto r = co_await append(std::move(group_id), std::move(out), error_code::unknown_server_error,
                           error_code::rebalance_in_progress, -1, true);
  co_return r;
}

boost::asio::awaitable<error_code> group_log_store::write_offsets(std::string group_id,
                                                                  std::vector<groups::offset_entry> offsets) {
  if (offsets.empty()) co_return error_code::none;
  const std::int64_t now = broker_state::now_ms();
  std::vector<records::record_data> out;
  out.reserve(offsets.size());
  for (const auto& [k, v] : offsets) {
    records::record_data r;
    r.key = recs::offset_key(group_id, k);
    r.value = recs::offset_value(v);
    r.timestamp_ms = now;
    out.push_back(std::move(r));
  }
  // Kafka's storeOffsets builds the batch with base sequence 0 (and no producer id).
  auto r = co_await append(std::move(group_id), std::move(out), error_code::invalid_commit_offset_size,
                           error_code::request_timed_out, 0, true);
  co_return r;
}

boost::asio::awaitable<error_code> group_log_store::delete_offsets(std::string group_id,
                                                                   std::vector<groups::offset_key> offsets) {
  if (offsets.empty()) co_return error_code::none;
  const std::int64_t now = broker_state::now_ms();
  std::vector<records::record_data> out;
  out.reserve(offsets.size());
  for (const auto& k : offsets) {
    records::record_data r;
    r.key = recs::offset_key(group_id, k);
    r.timestamp_ms = now;  // no value: a tombstone
    out.push_back(std::move(r));
  }
  // Tombstones: Kafka's cleanupGroupMetadata appends them to the leader with
  // requiredAcks 0 and does not wait for the ISR.
  auto r = co_await append(std::move(group_id), std::move(out), error_code::unknown_server_error,
                           error_code::rebalance_in_progress, -1, false);
  co_return r;
}

boost::asio::awaitable<error_code> group_log_store::delete_group(std::string group_id,
                                                                 std::vector<groups::offset_key> offsets) {
  // Kafka's cleanupGroupMetadata: the offsets' tombstones, then the group's, in one batch.
  const std::int64_t now = broker_state::now_ms();
  std::vector<records::record_data> out;
  out.reserve(offsets.size() + 1);
  for (const auto& k : offsets) {
    records::record_data r;
    r.key = recs::offset_key(group_id, k);
    r.timestamp_ms = now;
    out.push_back(std::move(r));
  }
  records::record_data g;
  g.key = recs::group_key(group_id);
  g.timestamp_ms = now;
  out.push_back(std::move(g));
  // Tombstones: Kafka's cleanupGroupMetadata appends them to the leader with
  // requiredAcks 0 and does not wait for the ISR.
  auto r = co_await append(std::move(group_id), std::move(out), error_code::unknown_server_error,
                           error_code::rebalance_in_progress, -1, false);
  co_return r;
}

boost::asio::awaitable<result<std::vector<groups::loaded_group>>> group_log_store::load_partition(std::int32_t index) {
  std::vector<groups::loaded_group> out;
  const std::string topic(offsets_topic_name);
  std::shared_ptr<partition> p = s_.partitions.find({topic, index});
  if (!p) {
    // Standalone before the topic exists: nothing to load.
    if (s_.zk) log::warn("{}-{} is not hosted here; nothing loaded", topic, index);
    co_return out;
  }
  const std::size_t buffer_size = static_cast<std::size_t>(std::max(1, s_.cfg.offsets_load_buffer_size));
  partition* pp = p.get();
  // Read on the partition's strand: nothing appends meanwhile (its groups
  // get COORDINATOR_LOAD_IN_PROGRESS until the load is done).
  auto fn = [pp, buffer_size] {
    state_map state;
    if (pp->deleted()) {
      log::warn("{} has no log; not loaded", pp->tp().dir_name());
    } else {
      load_partition_log(pp->log(), buffer_size, state);
    }
    return state;
  };
  auto strand = p->strand();
  state_map state = co_await run_on(strand, std::move(fn));
  out.reserve(state.size());
  for (auto& [id, st] : state) {
    if (!st.group && st.offsets.empty()) continue;
    groups::loaded_group g;
    g.group_id = id;
    g.group = std::move(st.group);
    g.offsets.assign(st.offsets.begin(), st.offsets.end());
    std::sort(g.offsets.begin(), g.offsets.end(), [](const auto& a, const auto& b) {
      return std::tie(a.first.topic, a.first.partition) < std::tie(b.first.topic, b.first.partition);
    });
    out.push_back(std::move(g));
  }
  co_return out;
}

}  // namespace gannet::broker
