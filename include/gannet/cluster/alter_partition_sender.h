#pragma once
// alter_partition_sender: the isr_change_sink of a ZooKeeper-mode broker, Kafka's
// DefaultAlterPartitionManager. Leaders' ISR proposals are queued (one per partition: a second
// proposal while one is unsent is answered OPERATION_NOT_ATTEMPTED, as Kafka's putIfAbsent) and
// sent in one AlterPartition (key 56, v3: topic ids, the broker epoch, each ISR member with a
// broker epoch) to the active controller, one request in flight at a time. Each partition of the
// answer goes back through the answer handler (which posts it to the partition's strand for
// partition::on_isr_change_answer). A top-level error (NOT_CONTROLLER, STALE_BROKER_EPOCH, ...),
// no known controller, or a transport failure (timeout, disconnection) keeps every item queued
// and retries after retry_backoff (Kafka: 50 ms), with the controller looked up again; a
// partition missing from the answer stays queued too.
//
// Owner: the broker's ZooKeeper runtime (outlives the partitions that point at it). Executor: its
// own strand; propose() may be called from any thread. close() ends it: queued proposals are
// dropped (the broker is stopping).

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include "gannet/cluster/broker_channel.h"
#include "gannet/cluster/isr_change_sink.h"
#include "gannet/cluster/leader_and_isr.h"
#include "gannet/protocol/error_code.h"

namespace gannet::cluster {

struct alter_partition_sender_config {
  std::int32_t broker_id = -1;
  // The broker epoch now (czxid of /brokers/ids/<id>; it changes after a session expiry).
  std::function<std::int64_t()> broker_epoch;
  // The active controller's inter-broker address, nullopt when unknown.
  std::function<std::optional<broker_address>()> controller;
  // Called on the sender's strand with the answer to `proposal`: `committed` holds the
  // controller's leader epoch, ISR and partition epoch when `error` is NONE.
  std::function<void(const isr_proposal& proposal, protocol::error_code error, const leader_and_isr& committed)> answer;
  std::chrono::milliseconds request_timeout{30000};  // controller.socket.timeout.ms
  std::chrono::milliseconds retry_backoff{50};
};

class alter_partition_sender final : public isr_change_sink {
 public:
  alter_partition_sender(boost::asio::any_io_executor executor, alter_partition_sender_config config);
  ~alter_partition_sender() override;

  void propose(const isr_proposal& proposal) override;
  boost::asio::awaitable<void> close();

  // Requests sent so far (tests).
  std::uint64_t requests_sent() const;

  class impl;

 private:
  std::shared_ptr<impl> impl_;
};

}  // namespace gannet::cluster
