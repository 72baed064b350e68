#pragma once
// The group coordinator: Kafka's classic rebalance protocol (JoinGroup,
// SyncGroup, Heartbeat, LeaveGroup), committed offsets and the admin views of
// groups, as Apache Kafka 3.9's GroupCoordinator answers them.
//
// Threading: groups are sharded over strands by a hash of their id. Every
// group's state is only touched on its shard's strand, so a rebalance of one
// group never waits for another shard, and no thread ever blocks: JoinGroup
// and SyncGroup calls that must wait for the rest of the group suspend their
// coroutine on the strand until the rebalance completes (or times out with an
// Asio timer). Each public member is safe to call from any executor; the
// returned awaitable resumes on the caller's executor.
//
// Persistence goes through group_store (group_store.h): the group's metadata
// after each completed rebalance and when it empties, offsets on commit,
// tombstones on deletion and expiry. It is written before the answer.
//
// Ownership: this coordinator answers only for groups whose partition of
// __consumer_offsets it owns, as Kafka's GroupCoordinator. on_election loads a
// partition (requests for its groups get COORDINATOR_LOAD_IN_PROGRESS
// meanwhile), on_resignation drops its groups (waiting JoinGroup/SyncGroup
// calls get NOT_COORDINATOR); any other group is NOT_COORDINATOR. Both are
// fenced by the partition's leader epoch (Kafka's epochForPartitionId) and run
// one at a time, in the order they are called. A standalone broker elects
// itself for every partition at start-up (elect_all_partitions).

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <climits>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/groups/group_store.h"
#include "gannet/protocol/error_code.h"
#include "gannet/protocol/messages/join_group.h"
#include "gannet/protocol/messages/leave_group.h"
#include "gannet/protocol/messages/sync_group.h"

namespace gannet::groups {

struct coordinator_config {
  std::int32_t min_session_timeout_ms = 6000;                 // group.min.session.timeout.ms
  std::int32_t max_session_timeout_ms = 1800000;              // group.max.session.timeout.ms
  std::int32_t initial_rebalance_delay_ms = 3000;             // group.initial.rebalance.delay.ms
  std::int32_t max_size = INT_MAX;                            // group.max.size
  std::int32_t offset_metadata_max_bytes = 4096;              // offset.metadata.max.bytes
  std::int64_t offsets_retention_ms = 10080LL * 60 * 1000;    // offsets.retention.minutes
  std::int64_t offsets_retention_check_interval_ms = 600000;  // offsets.retention.check.interval.ms
  std::size_t shards = 32;
};

// One row of ListGroups.
struct group_overview {
  std::string group_id;
  std::string protocol_type;
  std::string state;  // "Stable", "Empty", ... (Kafka's state names)

  friend bool operator==(const group_overview&, const group_overview&) = default;
};

struct member_summary {
  std::string member_id;
  std::optional<std::string> group_instance_id;
  std::string client_id;
  std::string client_host;
  std::vector<std::uint8_t> metadata;    // only while Stable
  std::vector<std::uint8_t> assignment;  // only while Stable
};

// One group of DescribeGroups. An unknown group is "Dead" with no members.
struct group_summary {
  protocol::error_code error = protocol::error_code::none;
  std::string state;
  std::string protocol_type;
  std::string protocol;  // "" unless Stable
  std::vector<member_summary> members;
};

struct fetched_offset {
  offset_key key;
  std::optional<offset_record> committed;  // none: no offset committed
};

struct offset_fetch_result {
  protocol::error_code error = protocol::error_code::none;
  std::vector<fetched_offset> offsets;
  // With require_stable: partitions whose commit is still being written
  // (UNSTABLE_OFFSET_COMMIT).
  std::vector<offset_key> unstable;
};

struct list_groups_result {
  // COORDINATOR_LOAD_IN_PROGRESS while a partition loads (the groups come
  // too); COORDINATOR_NOT_AVAILABLE after shutdown.
  protocol::error_code error = protocol::error_code::none;
  std::vector<group_overview> groups;
};

// Whether this coordinator answers for a partition of __consumer_offsets.
enum class partition_ownership { not_owned, loading, owned };

struct offset_delete_result {
  protocol::error_code error = protocol::error_code::none;  // set: no partition results
  std::vector<std::pair<offset_key, protocol::error_code>> partitions;
};

// A JoinGroup as the coordinator needs it (the handler adds who asked).
struct join_request {
  protocol::join_group_request req;
  std::int16_t version = 0;
  std::string client_id;
  std::string client_host;
};

class coordinator {
 public:
  // `ex` runs the shards (a thread pool's executor: never a network thread).
  coordinator(boost::asio::any_io_executor ex, group_store& store, coordinator_config cfg);
  ~coordinator();
  coordinator(const coordinator&) = delete;
  coordinator& operator=(const coordinator&) = delete;

  // Standalone (the one-node case of on_election): this broker leads every
  // partition of __consumer_offsets; elects itself for each (epoch 0) and
  // returns when all are loaded. Run it before serving.
  boost::asio::awaitable<void> elect_all_partitions();
  // Kafka's GroupCoordinator.onElection: this broker now leads
  // `offsets_partition` at `leader_epoch`; returns once its groups and
  // offsets are loaded (or the election was ignored: an epoch older than one
  // seen for the partition).
  boost::asio::awaitable<void> on_election(std::int32_t offsets_partition, std::int32_t leader_epoch);
  // Kafka's onResignation: this broker no longer leads `offsets_partition`
  // (none: no epoch, always applies); returns once its groups are dropped.
  boost::asio::awaitable<void> on_resignation(std::int32_t offsets_partition, std::optional<std::int32_t> leader_epoch);
  partition_ownership ownership(std::int32_t offsets_partition) const;
  // Starts the periodic offset expiry (offsets.retention.check.interval.ms).
  void start();
  // Answers every waiting JoinGroup/SyncGroup with NOT_COORDINATOR and cancels
  // every timer, so the executor's threads can be joined. Idempotent.
  void shutdown();

  const coordinator_config& config() const;
  std::int32_t partition_for(std::string_view group_id) const;

  boost::asio::awaitable<protocol::join_group_response> join_group(join_request r);
  boost::asio::awaitable<protocol::sync_group_response> sync_group(protocol::sync_group_request req);
  boost::asio::awaitable<protocol::error_code> heartbeat(std::string group_id, std::string member_id,
                                                         std::optional<std::string> group_instance_id,
                                                         std::int32_t generation);
  // Each member's result; the top-level error is set only when the group as a
  // whole fails (then the member list is empty).
  boost::asio::awaitable<protocol::leave_group_response> leave_group(
      std::string group_id, std::vector<protocol::leave_group_request_member_identity> members);

  // Offsets for topics that exist (the handler answers the others).
  boost::asio::awaitable<std::vector<std::pair<offset_key, protocol::error_code>>> commit_offsets(
      std::string group_id, std::string member_id, std::optional<std::string> group_instance_id,
      std::int32_t generation, std::vector<offset_entry> offsets);
  // `partitions` none: every committed offset of the group.
  boost::asio::awaitable<offset_fetch_result> fetch_offsets(std::string group_id,
                                                            std::optional<std::vector<offset_key>> partitions,
                                                            bool require_stable);
  boost::asio::awaitable<list_groups_result> list_groups(std::vector<std::string> states_filter,
                                                         std::vector<std::string> types_filter);
  boost::asio::awaitable<group_summary> describe_group(std::string group_id);
  boost::asio::awaitable<protocol::error_code> delete_group(std::string group_id);
  boost::asio::awaitable<offset_delete_result> delete_offsets(std::string group_id, std::vector<offset_key> partitions);

  // Kafka's GroupCoordinator.handleDeletedPartitions, for DeleteTopics: every
  // group drops its committed offsets of these topics (tombstones written to
  // the store; an Empty group left without offsets becomes Dead), so a topic
  // re-created under the same name starts its groups from the reset policy,
  // not from offsets of a log that is gone. The number of offsets removed.
  boost::asio::awaitable<std::size_t> remove_topic_offsets(std::vector<std::string> topics);

  // One pass of offset expiry at `now_ms` (what the periodic task runs); the
  // number of offsets removed.
  boost::asio::awaitable<std::size_t> expire_offsets(std::int64_t now_ms);

  struct impl;

 private:
  std::shared_ptr<impl> impl_;
};

}  // namespace gannet::groups
