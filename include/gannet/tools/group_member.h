#pragma once
// A classic-protocol consumer group member for kafka-console-consumer: JoinGroup (with the
// MEMBER_ID_REQUIRED round of v4+, KIP-394), SyncGroup (as leader it computes the "range"
// assignment), Heartbeat, OffsetCommit as a member, LeaveGroup. Embedded protocol bytes are
// ConsumerProtocolSubscription / ConsumerProtocolAssignment v0 with their int16 version prefix.
//
// Owner: the console consumer; single-threaded; the caller calls heartbeat_if_due() from its
// poll loop (Fetch long polls are bounded well below the session timeout).

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "gannet/tools/kafka_client.h"
#include "gannet/tools/partition_ops.h"

namespace gannet::tools {

// Kafka's RangeAssignor: per topic, members sorted by id get consecutive ranges, the first
// (partitions % members) one partition more. subscriptions: member -> topics.
std::map<std::string, std::vector<topic_partition>> range_assign(
    const std::map<std::string, std::vector<std::string>>& subscriptions,
    const std::map<std::string, std::int32_t>& partition_counts);

std::vector<std::uint8_t> encode_subscription(const std::vector<std::string>& topics);
std::vector<std::string> decode_subscription_topics(const std::vector<std::uint8_t>& bytes);
std::vector<std::uint8_t> encode_assignment(const std::vector<topic_partition>& partitions);
std::vector<topic_partition> decode_assignment(const std::vector<std::uint8_t>& bytes);

class group_member {
 public:
  group_member(kafka_client& client, std::string group, std::vector<std::string> topics);

  // Joins (or rejoins) and returns this member's partitions.
  std::vector<topic_partition> join();
  // Sends a heartbeat when one is due; false when the group is rebalancing (call join()).
  bool heartbeat_if_due();
  void commit(const std::map<topic_partition, std::int64_t>& offsets);
  void leave();
  std::int32_t coordinator() const { return coordinator_; }

 private:
  kafka_client& client_;
  std::string group_;
  std::vector<std::string> topics_;
  std::int32_t coordinator_;
  std::string member_id_;
  std::int32_t generation_ = -1;
  std::chrono::steady_clock::time_point next_heartbeat_;
};

}  // namespace gannet::tools
