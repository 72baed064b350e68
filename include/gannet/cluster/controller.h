#pragma once
// The controller (Kafka's KafkaController, ZooKeeper mode): the one broker that
// created the ephemeral /controller decides leaders and ISRs for the cluster
// and tells the brokers (LeaderAndIsr, UpdateMetadata, StopReplica through a
// controller_channel). Every broker runs one; all but one are inactive and
// only watch /controller. docs/cluster.md, "The controller", has the duties,
// the fencing rules and the flow.
//
// Fencing: winning the election increments /controller_epoch with
// compare-and-set (atomically with creating /controller). Every partition-state
// write afterwards is a ZooKeeper multi that first checks /controller_epoch's
// version, so a deposed controller (paused, partitioned, expired) cannot write:
// its multi fails, it resigns and re-reads /controller. Partition-state writes
// also compare-and-set the state znode's own version (Kafka's partition epoch).
//
// Threads: one executor (give it a strand on a multi-threaded context). Every
// ZooKeeper event, channel completion and public call is turned into an event
// processed one at a time, in order, as Kafka's ControllerEventManager does;
// no state is touched elsewhere. The controller must outlive its zk_client's
// watches and the channel's completions: stop() first, then destroy after the
// executor has run out of work.

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "gannet/cluster/controller_channel.h"
#include "gannet/cluster/controller_topic_partition.h"
#include "gannet/cluster/zk_client.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/protocol/messages/alter_partition.h"
#include "gannet/protocol/messages/controlled_shutdown.h"

namespace gannet::cluster {

struct controller_context;
struct live_broker;
class request_batch;

struct controller_config {
  std::int32_t broker_id = 0;
  // inter.broker.listener.name: the endpoint LeaderAndIsr names as live leaders.
  std::string inter_broker_listener_name = "PLAINTEXT";
  // unclean.leader.election.enable (the broker default; a topic's config wins
  // when `unclean_election_for_topic` says so).
  bool unclean_leader_election_enable = false;
  // The topic-level override of unclean.leader.election.enable, if any
  // (read from /config/topics/<t> by the caller's config layer).
  std::function<std::optional<bool>(const std::string& topic)> unclean_election_for_topic;
  // delete.topic.enable: when false, deletion requests are removed unserved.
  bool delete_topic_enable = true;
  // auto.leader.rebalance.enable, leader.imbalance.check.interval.seconds,
  // leader.imbalance.per.broker.percentage. The first check runs 5 s after
  // failover, as KafkaController.onControllerFailover schedules it. Off here
  // (tests drive the check with check_leader_imbalance()); the broker passes
  // its configuration, whose default is Kafka's true.
  bool auto_leader_rebalance_enable = false;
  std::chrono::milliseconds leader_imbalance_check_interval{300'000};
  std::chrono::milliseconds first_leader_imbalance_check{5'000};
  int leader_imbalance_per_broker_percentage = 10;
};

// ElectLeaders (KIP-460): PREFERRED = 0, UNCLEAN = 1 (ElectionType.java).
enum class election_type : std::int8_t { preferred = 0, unclean = 1 };

// One partition's outcome of an election asked for by ElectLeaders (Kafka's
// Either[ApiError, Int]): the new leader, or an error with Kafka's message.
struct election_result {
  protocol::error_code error = protocol::error_code::none;
  std::optional<std::string> message;
  std::int32_t leader = -1;
  bool operator==(const election_result&) const = default;
};
using election_results = std::map<topic_partition, election_result>;

// AlterPartitionReassignments' answer (KIP-455): a top-level error
// (NOT_CONTROLLER) or one error per partition, with Kafka's messages.
struct reassignment_results {
  protocol::error_code error = protocol::error_code::none;
  std::optional<std::string> message;
  std::map<topic_partition, election_result> partitions;  // `leader` unused
};
// ListPartitionReassignments' answer: the partitions being reassigned, with
// replicas (RS = ORS + TRS), adding (TRS - ORS) and removing (ORS - TRS).
struct reassignment_listing {
  protocol::error_code error = protocol::error_code::none;
  std::map<topic_partition, replica_assignment> partitions;
};

class controller {
 public:
  controller(zk_client& zk, controller_channel& channel, boost::asio::any_io_executor executor,
             controller_config config);
  ~controller();
  controller(const controller&) = delete;
  controller& operator=(const controller&) = delete;

  // Starts watching /controller and tries to become controller (Kafka's Startup event).
  void start();
  // Resigns if active and ignores every later event.
  void stop();

  // Observers for the broker and tests (controller executor only), but
  // is_active(), which any thread may call (Kafka's isActive reads a volatile:
  // CreateTopics and its kin answer NOT_CONTROLLER from it).
  bool is_active() const;
  std::int32_t active_controller_id() const { return active_controller_id_; }
  std::int32_t epoch() const;
  std::int32_t epoch_zk_version() const;
  const controller_context& context() const { return *context_; }

  // AlterPartition (KIP-497) from a partition leader; `done` is called on the
  // controller's executor with Kafka's answer (NOT_CONTROLLER when inactive).
  // `version` is the request's: v2+ names topics by id, v3+ carries broker epochs.
  void alter_partition(protocol::alter_partition_request request, std::int16_t version,
                       std::function<void(protocol::alter_partition_response)> done);

  // ControlledShutdown from a broker about to stop: leadership moves off it,
  // it leaves the ISRs, and the answer lists the partitions it still leads.
  void controlled_shutdown(protocol::controlled_shutdown_request request,
                           std::function<void(protocol::controlled_shutdown_response)> done);

  // ElectLeaders from an admin client (KafkaController.electLeaders,
  // AdminClientTriggered): every partition gets a result; NOT_CONTROLLER for
  // all when inactive. UNCLEAN elects partitions without a live leader, from
  // outside the ISR if need be, whatever unclean.leader.election.enable says.
  void elect_leaders(std::vector<topic_partition> partitions, election_type type,
                     std::function<void(election_results)> done);

  // unclean.leader.election.enable was set for `topic` (a config change):
  // its offline partitions get an election now (KafkaController.enableTopicUncleanLeaderElection).
  // The topic's new value must already be what `unclean_election_for_topic` returns.
  void enable_topic_unclean_leader_election(std::string topic);

  // AlterPartitionReassignments (KafkaController.alterPartitionReassignments):
  // a target replica list per partition, nullopt to cancel its reassignment.
  void alter_partition_reassignments(std::map<topic_partition, std::optional<std::vector<std::int32_t>>> reassignments,
                                     std::function<void(reassignment_results)> done);
  // ListPartitionReassignments: the given partitions, or every one being reassigned.
  void list_partition_reassignments(std::optional<std::vector<topic_partition>> partitions,
                                    std::function<void(reassignment_listing)> done);

  // Runs the automatic rebalance's check now (the timer's event), when active.
  void check_leader_imbalance();

 private:
  enum class event_kind {
    startup,
    controller_change,
    reelect,
    session_expired,
    session_connected,
    broker_change,
    topic_change,
    partition_modification,
    topic_deletion,
    stop_replica_response,
    alter_partition,
    controlled_shutdown,
    preferred_replica_election,
    elect_leaders,
    auto_leader_rebalance,
    topic_unclean_election,
    alter_reassignments,
    list_reassignments,
    zk_reassignment,
  };
  struct event {
    explicit event(event_kind k, std::uint64_t g = 0) : kind(k), generation(g) {}
    event_kind kind;
    std::uint64_t generation = 0;  // watches of an earlier term are ignored
    std::string topic;
    std::shared_ptr<protocol::alter_partition_request> alter;
    std::int16_t alter_version = 0;
    std::int32_t broker = -1;  // stop_replica_response
    std::shared_ptr<protocol::stop_replica_response> stop_replica;
    std::function<void(protocol::alter_partition_response)> alter_done;
    protocol::controlled_shutdown_request shutdown;
    std::function<void(protocol::controlled_shutdown_response)> shutdown_done;
    std::vector<topic_partition> partitions;  // elect_leaders
    election_type election = election_type::preferred;
    std::function<void(election_results)> elect_done;
    std::map<topic_partition, std::optional<std::vector<std::int32_t>>> reassignments;
    std::function<void(reassignment_results)> reassign_done;
    std::optional<std::vector<topic_partition>> list_partitions;
    std::function<void(reassignment_listing)> list_done;
  };
  // Answers a request event that will not be processed (the controller stopped).
  static void refuse(event& e);

  void enqueue(event e);
  zk_watcher watch(event_kind kind, std::string topic = {});
  boost::asio::awaitable<void> drain();
  boost::asio::awaitable<void> handle(event e);

  // Election (KafkaController.elect / onControllerFailover / onControllerResignation).
  boost::asio::awaitable<void> elect();
  boost::asio::awaitable<void> watch_controller();
  boost::asio::awaitable<bool> register_and_increment_epoch();
  boost::asio::awaitable<bool> on_failover();
  void resign();
  boost::asio::awaitable<void> maybe_resign();

  // Reading the cluster (each read sets the watch that reports its next change).
  struct state_read {
    std::optional<partition_state> state;  // nullopt: no state znode (or failed)
    bool failed = false;                   // a ZooKeeper error or unreadable JSON
  };
  boost::asio::awaitable<std::optional<std::map<std::int32_t, live_broker>>> read_brokers();
  boost::asio::awaitable<std::optional<std::set<std::string>>> read_topic_names();
  boost::asio::awaitable<bool> read_topic_assignment(std::string topic);
  boost::asio::awaitable<bool> read_partition_states(std::string topic);
  boost::asio::awaitable<state_read> read_partition_state(topic_partition tp);

  // State changes; each returns false when the controller lost its role on the way.
  boost::asio::awaitable<bool> initialize_new_partitions(std::vector<topic_partition> partitions, request_batch& batch);
  boost::asio::awaitable<bool> elect_offline_partitions(std::vector<topic_partition> partitions, request_batch& batch);
  boost::asio::awaitable<bool> remove_replica_from_isrs(std::int32_t replica, std::vector<topic_partition> partitions,
                                                        request_batch& batch);
  boost::asio::awaitable<bool> trigger_online_partition_state_change();
  boost::asio::awaitable<void> on_broker_change();
  boost::asio::awaitable<void> on_broker_startup(std::vector<std::int32_t> brokers);
  boost::asio::awaitable<void> on_broker_failure(std::vector<std::int32_t> brokers);
  boost::asio::awaitable<void> on_topic_change();
  boost::asio::awaitable<void> on_partition_modification(std::string topic);
  boost::asio::awaitable<void> on_new_partitions(std::vector<topic_partition> partitions);
  // Topic deletion (TopicDeletionManager): StopReplica to every replica, then the znodes go.
  boost::asio::awaitable<void> on_topic_deletion();
  boost::asio::awaitable<void> resume_deletions();
  boost::asio::awaitable<bool> delete_replicas(std::string topic, std::vector<std::int32_t> only_brokers);
  boost::asio::awaitable<void> on_stop_replica_response(std::int32_t broker,
                                                        std::shared_ptr<protocol::stop_replica_response> response);
  boost::asio::awaitable<bool> complete_delete_topic(std::string topic);
  // /admin/preferred_replica_election (kafka-leader-election.sh in ZooKeeper mode).
  boost::asio::awaitable<void> on_preferred_replica_election();
  boost::asio::awaitable<bool> elect_preferred(std::vector<topic_partition> partitions, request_batch& batch);
  // KafkaController.onReplicaElection: elections of `type` for `partitions`
  // (PreferredReplica / OfflinePartition strategies), each read fresh and
  // written fenced; nullopt when the controller moved on the way.
  boost::asio::awaitable<std::optional<election_results>> on_replica_election(std::vector<topic_partition> partitions,
                                                                              election_type type, bool allow_unclean,
                                                                              const char* trigger,
                                                                              request_batch& batch);
  // processReplicaLeaderElection for AdminClientTriggered.
  boost::asio::awaitable<election_results> on_elect_leaders(std::vector<topic_partition> partitions,
                                                            election_type type);
  // checkAndTriggerAutoLeaderRebalance, then the next check is scheduled.
  boost::asio::awaitable<void> on_auto_leader_rebalance();
  void schedule_auto_leader_rebalance(std::chrono::milliseconds delay);
  boost::asio::awaitable<void> on_topic_unclean_election(std::string topic);
  // Reassignment (KIP-455, KafkaController.onPartitionReassignment and friends).
  boost::asio::awaitable<reassignment_results> on_alter_reassignments(
      std::map<topic_partition, std::optional<std::vector<std::int32_t>>> reassignments);
  reassignment_listing on_list_reassignments(const std::optional<std::vector<topic_partition>>& partitions) const;
  // /admin/reassign_partitions (processZkPartitionReassignment): the partitions started.
  boost::asio::awaitable<std::set<topic_partition>> on_zk_reassignment();
  // maybeTriggerPartitionReassignment; nullopt when the controller moved.
  boost::asio::awaitable<std::optional<std::map<topic_partition, election_result>>> trigger_reassignments(
      std::map<topic_partition, replica_assignment> reassignments);
  // false when the controller moved (or the step failed and was logged).
  boost::asio::awaitable<bool> on_partition_reassignment(topic_partition tp, replica_assignment reassignment);
  boost::asio::awaitable<bool> maybe_complete_reassignment(topic_partition tp);
  using reassignment_filter = std::function<bool(const topic_partition&, const replica_assignment&)>;
  boost::asio::awaitable<void> resume_reassignments(reassignment_filter which);
  boost::asio::awaitable<bool> write_topic_assignment(std::string topic);
  boost::asio::awaitable<bool> bump_leader_epoch(topic_partition tp, const replica_assignment& assignment);
  boost::asio::awaitable<bool> stop_removed_replicas(topic_partition tp, std::vector<std::int32_t> removed);
  using zk_reassignment_filter = std::function<bool(const topic_partition&, const std::vector<std::int32_t>&)>;
  boost::asio::awaitable<void> remove_from_zk_reassignment(zk_reassignment_filter remove);
  std::vector<topic_partition> altered_;  // partitions whose ISR the last AlterPartition changed

  // Brokers that may take leadership: live and not shutting down (isReplicaOnline).
  std::set<std::int32_t> online_brokers() const;
  boost::asio::awaitable<protocol::controlled_shutdown_response> on_controlled_shutdown(
      protocol::controlled_shutdown_request request);
  boost::asio::awaitable<protocol::alter_partition_response> on_alter_partition(
      std::shared_ptr<protocol::alter_partition_request> request, std::int16_t version);

  // One partition-state write: a multi of (check /controller_epoch's version,
  // create or set the state znode with CAS on its version). A failed epoch
  // check means another controller was elected: this one resigns and the
  // outcome is controller_moved.
  enum class write_outcome { ok, partition_changed, controller_moved, failed };
  struct write_result {
    write_outcome outcome;
    std::int32_t zk_version = 0;
  };
  boost::asio::awaitable<write_result> write_partition_state(topic_partition tp, partition_state state, bool create);
  void send(request_batch& batch);
  bool unclean_allowed(const std::string& topic) const;

  zk_client& zk_;
  controller_channel& channel_;
  boost::asio::any_io_executor executor_;
  controller_config config_;
  std::unique_ptr<controller_context> context_;
  std::atomic<bool> active_{false};
  bool stopped_ = false;
  bool draining_ = false;
  bool fenced_ = false;  // a write failed the controller-epoch check during this event
  std::int32_t active_controller_id_ = -1;
  std::uint64_t generation_ = 1;  // bumped on resignation and session expiry
  std::deque<event> queue_;
  std::unique_ptr<boost::asio::steady_timer> rebalance_timer_;  // while active
};

}  // namespace gannet::cluster
