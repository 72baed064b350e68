// partition_follower (gannet/cluster/partition_follower.h).

#include "gannet/cluster/partition_follower.h"

#include <chrono>

#include "gannet/storage/errc.h"
#include "gannet/storage/producer_snapshot.h"

namespace gannet::cluster {
namespace {

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace

// The reads come from the partition's published snapshots, which stay valid after a deletion
// (the log is gone then).
offset partition_follower::log_start_offset() const { return offset(partition_->log_start_offset()); }
offset partition_follower::log_end_offset() const { return offset(partition_->log_end_offset()); }
offset partition_follower::high_watermark() const { return offset(partition_->high_watermark()); }

std::optional<leader_epoch> partition_follower::latest_epoch() const {
  if (partition_->deleted()) return std::nullopt;
  return partition_->log().latest_epoch();
}

std::optional<epoch_end_offset> partition_follower::end_offset_for_epoch(leader_epoch epoch) const {
  if (partition_->deleted()) return std::nullopt;
  auto [e, end] = partition_->log().end_offset_for_epoch(epoch);
  if (end == offset(-1)) return std::nullopt;
  return epoch_end_offset{e, end};
}

result<void> partition_follower::append_as_follower(std::span<std::uint8_t> batches) {
  if (partition_->deleted()) return storage::errc::not_found;
  // The partition records the batches' producers and moves its snapshots.
  auto r = partition_->append_as_follower(batches, now_ms());
  if (!r) return r.error();
  return {};
}

result<void> partition_follower::truncate_to(offset o) {
  if (partition_->deleted()) return storage::errc::not_found;
  return partition_->truncate_to(o.value(), now_ms(), producer_expiration_ms_);
}

result<void> partition_follower::truncate_fully_and_start_at(offset o) {
  if (partition_->deleted()) return storage::errc::not_found;
  auto& log = partition_->log();
  if (auto r = log.truncate_fully_and_start_at(o, now_ms()); !r) return r;
  // Nothing is left of the producers that wrote the removed batches: their
  // state and snapshots go too, or a later restart would load them back.
  partition_->producers() = producer_state();
  for (auto s : storage::list_producer_snapshots(log.dir()))
    storage::delete_producer_snapshot(log.dir(), s);
  partition_->on_log_changed(now_ms());
  return {};
}

void partition_follower::set_high_watermark(offset hw) {
  if (partition_->deleted()) return;
  // Publishes it and wakes the Fetches that wait on it; a leader log start of
  // 0 never moves the log start.
  partition_->update_follower_offsets(hw.value(), 0);
}

result<void> partition_follower::increment_log_start_offset(offset o) {
  if (partition_->deleted()) return storage::errc::not_found;
  auto r = partition_->log().delete_records_before(o, now_ms());
  if (!r) return r.error();
  partition_->on_log_changed(now_ms());
  return {};
}

}  // namespace gannet::cluster
