#include "partition.h"

#include "gannet/common/logging.h"
#include "gannet/records/record_batch.h"

namespace gannet::broker {

partition::partition(storage::topic_partition tp, protocol::uuid topic_id, storage::log& log, strand_type strand)
    : tp_(std::move(tp)), topic_id_(topic_id), log_(log), strand_(std::move(strand)) {
  // Single replica: everything written is replicated, so HW = LEO.
  log_.set_high_watermark(log_.log_end_offset());
  high_watermark_ = log_.log_end_offset().value();
  log_start_offset_ = log_.log_start_offset().value();
  log_end_offset_ = log_.log_end_offset().value();
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

void partition::rebuild_producer_state(std::int64_t now_ms) {
  // TODO(storage): producer-state snapshot files (<offset>.snapshot) would
  // bound this scan; for now every batch header of the log is read once.
  auto r = log_.scan_batches(log_.log_start_offset(), [&](std::span<const std::uint8_t> header) {
    records::batch_view b(header);
    if (b.producer_id() < 0) return;
    batch_identity id{b.producer_id(), b.producer_epoch(), b.base_sequence(),
                      b.base_sequence() + b.last_offset_delta()};
    producers_.record(id, b.base_offset(), b.last_offset(), now_ms);
  });
  if (!r) log::warn("{}: cannot rebuild producer state: {}", tp_.dir_name(), r.error().message());
}

void partition::add_waiter(const std::shared_ptr<data_waiter>& w) {
  std::lock_guard lock(waiters_mutex_);
  // Drop waiters that are gone, so a partition nobody writes to does not grow.
  std::erase_if(waiters_, [](const auto& x) { return x.expired(); });
  waiters_.push_back(w);
}

}  // namespace gannet::broker
