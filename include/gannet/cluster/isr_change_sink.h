#pragma once
// Where a leader proposes ISR changes (Kafka's AlterPartitionManager). In
// ZooKeeper mode with inter.broker.protocol.version >= 2.7 Kafka sends
// AlterPartition to the controller; the answer comes back through
// partition::on_isr_change_answer. The standalone broker never proposes: its
// ISR is itself.
//
// Owner: whoever builds the partition_manager (the replica manager). Called on
// a partition's strand; an implementation must not call back into the
// partition synchronously (it posts the answer to the partition's strand).

#include <cstdint>
#include <vector>

#include "gannet/protocol/uuid.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

struct isr_proposal {
  // Names the proposal in partition::on_isr_change_answer; an answer to an
  // older one (the state changed since) is ignored.
  std::uint64_t id = 0;
  storage::topic_partition tp;
  protocol::uuid topic_id{};
  std::int32_t leader = -1;
  std::int32_t leader_epoch = -1;
  std::vector<std::int32_t> isr;
  // The partition epoch the proposal is based on (the controller refuses it
  // with INVALID_UPDATE_VERSION when the znode moved since).
  std::int32_t partition_epoch = 0;
};

class isr_change_sink {
 public:
  virtual ~isr_change_sink() = default;
  virtual void propose(const isr_proposal& proposal) = 0;
};

}  // namespace gannet::cluster
