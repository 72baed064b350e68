#include "gannet/cluster/partition.h"

#include <algorithm>
#include <optional>
#include <string>

#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"
#include "gannet/storage/producer_snapshot.h"

namespace gannet::cluster {

partition::partition(storage::topic_partition tp, protocol::uuid topic_id, storage::log& log, strand_type strand)
    : tp_(std::move(tp)), topic_id_(topic_id), log_(log), strand_(std::move(strand)) {
  // Single replica: everything written is replicated, so HW = LEO.
  log_.set_high_watermark(log_.log_end_offset());
  high_watermark_ = log_.log_end_offset().value();
  log_start_offset_ = log_.log_start_offset().value();
  log_end_offset_ = log_.log_end_offset().value();
  // Every roll snapshots the producer state of the batches below it. The log
  // never outlives its use by this partition (deletion marks us deleted
  // first; shutdown closes the logs before partitions go).
  log_.set_roll_listener([this](gannet::offset base) { write_producer_snapshot(base); });
}

void partition::on_log_changed() {
  log_.set_high_watermark(log_.log_end_offset());
  log_start_offset_.store(log_.log_start_offset().value(), std::memory_order_release);
  log_end_offset_.store(log_.log_end_offset().value(), std::memory_order_release);
  high_watermark_.store(log_.high_watermark().value(), std::memory_order_release);
  wake_waiters();
}

void partition::wake_waiters() {
  std::vector<std::weak_ptr<data_waiter>> waiters;
  {
    std::lock_guard lock(waiters_mutex_);
    waiters.swap(waiters_);
  }
  for (auto& w : waiters) {
    if (auto s = w.lock()) s->notify();
  }
}

void partition::write_producer_snapshot(gannet::offset o) {
  if (auto r = storage::write_producer_snapshot(log_.dir(), o, producers_.snapshot()); !r)
    log::warn("{}: cannot write producer snapshot {}: {}", tp_.dir_name(), o.value(), r.error().message());
}

void partition::rebuild_producer_state(std::int64_t now_ms, std::int64_t expiration_ms) {
  const auto dir = log_.dir();
  // As Kafka (ProducerStateManager.truncateAndReload with the log end after
  // recovery): every batch below the log end is valid once the log is loaded,
  // so any snapshot up to it matches the log. One above it (the log lost its
  // tail) is stale and deleted. A roll writes its snapshot only after the
  // sealed segment is fsynced, so a snapshot never names unwritten batches.
  const gannet::offset end = log_.log_end_offset();
  const gannet::offset bound = end;
  auto snapshots = storage::list_producer_snapshots(dir);
  // The newest snapshot that loads; later ones (above the bound) are ignored.
  std::optional<gannet::offset> loaded;
  for (auto it = snapshots.rbegin(); it != snapshots.rend() && !loaded; ++it) {
    if (*it > bound) continue;  // deleted below
    auto entries = storage::read_producer_snapshot(storage::producer_snapshot_path(dir, *it));
    if (!entries) {
      log::warn("{}: producer snapshot {} unreadable ({}), deleted", tp_.dir_name(), it->value(),
                entries.error().message());
      storage::delete_producer_snapshot(dir, *it);
      continue;
    }
    producers_.load(*entries, now_ms, expiration_ms);
    loaded = *it;
  }
  // Kafka's removeStraySnapshots: keep those at segment bases and the one loaded.
  const auto bases = log_.segment_base_offsets();
  for (auto o : snapshots) {
    bool at_base = std::binary_search(bases.begin(), bases.end(), o);
    if (o > end || (!at_base && o != loaded)) storage::delete_producer_snapshot(dir, o);
  }
  const gannet::offset from = std::max(loaded.value_or(log_.log_start_offset()), log_.log_start_offset());
  std::size_t scanned = 0;
  if (from < end) {
    auto r = log_.scan_batches(from, [&](std::span<const std::uint8_t> header) {
      records::batch_view b(header);
      ++scanned;
      if (b.producer_id() < 0 || gannet::offset(b.base_offset()) < from) return;
      batch_identity id{b.producer_id(), b.producer_epoch(), b.base_sequence(),
                        b.base_sequence() + b.last_offset_delta()};
      producers_.record(id, b.base_offset(), b.last_offset(), b.max_timestamp());
    });
    if (!r) log::warn("{}: cannot rebuild producer state: {}", tp_.dir_name(), r.error().message());
  }
  producers_.expire(now_ms, expiration_ms);
  if (loaded || scanned > 0) {
    log::debug("{}: producer state: snapshot {}, {} batch header(s) read, {} producer id(s)", tp_.dir_name(),
               loaded ? std::to_string(loaded->value()) : std::string("none"), scanned, producers_.size());
  }
}

void partition::add_waiter(const std::shared_ptr<data_waiter>& w) {
  std::lock_guard lock(waiters_mutex_);
  // Drop waiters that are gone, so a partition nobody writes to does not grow.
  std::erase_if(waiters_, [](const auto& x) { return x.expired(); });
  waiters_.push_back(w);
}

}  // namespace gannet::cluster
