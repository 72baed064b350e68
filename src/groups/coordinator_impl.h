#pragma once
// The coordinator's private state and the steps of Kafka's GroupCoordinator,
// shared by coordinator.cc (shards, timers, loading), membership.cc
// (join/sync/heartbeat/leave), offsets.cc (commit/fetch/delete/expiry and
// the admin views) and ownership.cc (election, loading, resignation). Every
// member function named do_* runs on the group's shard strand.

#include <atomic>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <mutex>
#include <set>
#include <unordered_map>

#include "gannet/groups/coordinator.h"
#include "group.h"

namespace gannet::groups {

// Kafka's NewMemberJoinTimeoutMs: a new member's JoinGroup waits at most this.
constexpr std::int32_t new_member_join_timeout_ms = 5 * 60 * 1000;

std::int64_t wall_clock_ms();

struct shard {
  explicit shard(boost::asio::any_io_executor ex) : strand(boost::asio::make_strand(ex)) {}
  boost::asio::strand<boost::asio::any_io_executor> strand;
  std::unordered_map<std::string, std::shared_ptr<group>> groups;
};

struct coordinator::impl {
  impl(boost::asio::any_io_executor ex, group_store& s, coordinator_config c);

  boost::asio::any_io_executor executor;
  group_store& store;
  coordinator_config cfg;
  std::vector<std::unique_ptr<shard>> shards;
  std::atomic<bool> stopped{false};
  boost::asio::strand<boost::asio::any_io_executor> expiry_strand;
  boost::asio::steady_timer expiry_timer;

  // ---- ownership of __consumer_offsets partitions (ownership.cc), Kafka's
  // GroupMetadataManager.ownedPartitions / loadingPartitions /
  // epochForPartitionId, guarded by ownership_mutex (read from every shard).
  mutable std::mutex ownership_mutex;
  std::unordered_map<std::int32_t, std::int32_t> epoch_for_partition;
  std::set<std::int32_t> loading_partitions;
  std::set<std::int32_t> owned_partitions;
  // Elections and resignations run one at a time in call order: each takes a
  // ticket on ownership_strand and waits for its turn (ownership_turn is
  // cancelled whenever a turn ends).
  boost::asio::strand<boost::asio::any_io_executor> ownership_strand;
  boost::asio::steady_timer ownership_turn;
  std::uint64_t next_ticket = 0;
  std::uint64_t serving_ticket = 0;

  // Kafka's validateGroupStatus after the group id check: none when this
  // coordinator answers for the group.
  std::optional<protocol::error_code> group_status(std::string_view group_id) const;
  bool any_loading() const;
  // Kafka's maybeUpdateCoordinatorEpoch: false when `epoch` is older than the
  // partition's (the change is ignored). Under ownership_mutex.
  bool maybe_update_epoch(std::int32_t partition, std::optional<std::int32_t> epoch);
  boost::asio::awaitable<void> do_elect(std::int32_t partition, std::int32_t epoch);
  boost::asio::awaitable<void> do_resign(std::int32_t partition, std::optional<std::int32_t> epoch);
  // A loaded group into its shard, unless one is cached already (Kafka keeps
  // the cached one). On the shard's strand.
  void install_loaded(shard& s, loaded_group lg, std::int64_t now_ms);
  // Kafka's onGroupUnloaded for every group of `partition` in the shard: Dead,
  // waiting JoinGroup/SyncGroup answered NOT_COORDINATOR, dropped. On its strand.
  std::size_t unload(shard& s, std::int32_t partition);

  shard& shard_for(std::string_view group_id);
  std::shared_ptr<group> find(shard& s, const std::string& group_id);
  std::shared_ptr<group> create(shard& s, const std::string& group_id);
  // Drops a Dead group from its shard and stops its timer.
  void forget(shard& s, const std::shared_ptr<group>& g);

  // ---- timers (coordinator.cc)
  void reschedule(const std::shared_ptr<group>& g);
  void on_timer(const std::shared_ptr<group>& g);
  void schedule_heartbeat(group& g, member& m, std::int32_t timeout_ms);

  // ---- membership (membership.cc)
  boost::asio::awaitable<protocol::join_group_response> do_join(join_request r);
  boost::asio::awaitable<protocol::sync_group_response> do_sync(protocol::sync_group_request req);
  protocol::error_code do_heartbeat(const std::string& group_id, const std::string& member_id,
                                    const std::optional<std::string>& instance_id, std::int32_t generation);
  protocol::leave_group_response do_leave(const std::string& group_id,
                                          const std::vector<protocol::leave_group_request_member_identity>& members);

  bool accept_joining_member(const group& g, const std::string& member_id) const;
  std::optional<protocol::error_code> validate_current_member(const group& g, const std::string& member_id,
                                                              const std::optional<std::string>& instance_id) const;
  void add_member_and_rebalance(const std::shared_ptr<group>& g, const join_request& r, const std::string& member_id,
                                const std::optional<std::string>& instance_id, std::int32_t rebalance_timeout_ms,
                                std::shared_ptr<join_waiter> w);
  void update_member(member& m, const join_request& r, std::int32_t rebalance_timeout_ms,
                     std::shared_ptr<join_waiter> w);
  void maybe_prepare_rebalance(const std::shared_ptr<group>& g);
  void prepare_rebalance(const std::shared_ptr<group>& g);
  void try_complete_join(const std::shared_ptr<group>& g);
  void complete_join(const std::shared_ptr<group>& g);
  void remove_member_and_update_group(const std::shared_ptr<group>& g, const std::string& member_id);
  void remove_pending_member_and_update_group(const std::shared_ptr<group>& g, const std::string& member_id);
  void expire_pending_sync(const std::shared_ptr<group>& g);
  void reset_and_propagate_assignment_error(group& g, protocol::error_code e);
  void propagate_assignment(group& g, protocol::error_code e);
  // Replaces a static member's id (a restart of the same group.instance.id).
  member& replace_static_member(group& g, const std::string& instance_id, const std::string& old_id,
                                const std::string& new_id);
  void store_group_in_background(const std::shared_ptr<group>& g);

  static void deliver_join(member& m, const protocol::join_group_response& r);
  static void deliver_sync(member& m, const protocol::sync_group_response& r);
  protocol::join_group_response join_result(const group& g, const std::string& member_id, bool with_members,
                                            bool skip_assignment) const;

  // ---- offsets and admin (offsets.cc)
  boost::asio::awaitable<std::vector<std::pair<offset_key, protocol::error_code>>> do_commit(
      std::string group_id, std::string member_id, std::optional<std::string> instance_id, std::int32_t generation,
      std::vector<offset_entry> offsets);
  offset_fetch_result do_fetch(const std::string& group_id, const std::optional<std::vector<offset_key>>& partitions,
                               bool require_stable);
  boost::asio::awaitable<protocol::error_code> do_delete_group(std::string group_id);
  boost::asio::awaitable<offset_delete_result> do_delete_offsets(std::string group_id, std::vector<offset_key> keys);
  boost::asio::awaitable<std::size_t> do_expire(shard* s, std::int64_t now_ms);
  boost::asio::awaitable<std::size_t> do_remove_topics(shard* s, std::vector<std::string> topics);
  // Kafka's cleanupGroupMetadata: drop the offsets, make an Empty group with
  // no offsets left Dead, write the tombstones.
  boost::asio::awaitable<protocol::error_code> cleanup(shard& s, std::shared_ptr<group> g,
                                                       std::vector<offset_key> removed);
};

// A group id as Kafka accepts it: OffsetCommit/OffsetFetch/DescribeGroups/
// DeleteGroups take "" for backward compatibility, the rest need a name.
inline bool valid_group_id(const std::string& id, bool empty_allowed) { return empty_allowed || !id.empty(); }

}  // namespace gannet::groups
