#pragma once
// log_follower: follower_log over a bare storage::log and an executor (the partition's strand).
// It keeps no producer state: it is what the fetcher tests replicate into, and the shape
// cluster::partition's follower side takes (which adds producer state to append_as_follower).
//
// Owner: whoever owns the log. Every call runs on executor(); not thread-safe.

#include "gannet/cluster/replica_fetcher.h"
#include "gannet/storage/log.h"

namespace gannet::cluster {

class log_follower final : public follower_log {
 public:
  log_follower(boost::asio::any_io_executor executor, storage::log& log) : executor_(std::move(executor)), log_(log) {}

  boost::asio::any_io_executor executor() override { return executor_; }
  offset log_start_offset() const override { return log_.log_start_offset(); }
  offset log_end_offset() const override { return log_.log_end_offset(); }
  offset high_watermark() const override { return log_.high_watermark(); }
  std::optional<leader_epoch> latest_epoch() const override { return log_.latest_epoch(); }
  std::optional<epoch_end_offset> end_offset_for_epoch(leader_epoch epoch) const override;
  result<void> append_as_follower(std::span<std::uint8_t> batches) override;
  result<void> truncate_to(offset o) override { return log_.truncate_to(o); }
  result<void> truncate_fully_and_start_at(offset o) override;
  void set_high_watermark(offset hw) override { log_.set_high_watermark(hw); }
  result<void> increment_log_start_offset(offset o) override;

 private:
  boost::asio::any_io_executor executor_;
  storage::log& log_;
};

}  // namespace gannet::cluster
