#pragma once
// The ZooKeeper-mode broker as a replica: Kafka's ReplicaManager.becomeLeaderOrFollower and
// stopReplicas, serving the controller's LeaderAndIsr (handlers/leader_and_isr.cc) and
// StopReplica (handlers/stop_replica.cc). It creates the local logs LeaderAndIsr names (with
// the topic's config from /config/topics/<t>), makes partitions leaders or followers, starts
// and stops the replica fetchers that copy followers' logs from their leaders, deletes the logs
// StopReplica deletes, and tells the group coordinator about __consumer_offsets leadership.
//
// Owner: zk_runtime (made once the broker is registered, so its broker epoch is known). Every
// request runs on the control strand, one at a time (Kafka's replicaStateChangeLock), each
// partition's changes on its own strand. shutdown() stops the fetchers and the AlterPartition
// sender, before the storage pool is joined.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <deque>
#include <map>
#include <memory>

#include "gannet/cluster/alter_partition_sender.h"
#include "gannet/cluster/partition_follower.h"
#include "gannet/cluster/replica_fetcher.h"
#include "gannet/protocol/messages/leader_and_isr.h"
#include "gannet/protocol/messages/stop_replica.h"

namespace gannet::broker {

struct broker_state;

class replica_manager {
 public:
  // Made in start_zk_mode, once the broker id is known: the partitions opened from then on
  // propose ISR changes to isr_sender().
  explicit replica_manager(broker_state& s);
  ~replica_manager();

  // Once registered: the fetchers send this registration's broker epoch (Fetch v15+).
  void start(std::int64_t broker_epoch);

  // The whole answer, including top-level STALE_BROKER_EPOCH / STALE_CONTROLLER_EPOCH.
  boost::asio::awaitable<protocol::leader_and_isr_response> become_leader_or_follower(
      protocol::leader_and_isr_request request, std::int16_t version);
  boost::asio::awaitable<protocol::stop_replica_response> stop_replicas(protocol::stop_replica_request request,
                                                                        std::int16_t version);

  // Where leaders send their ISR changes (set in the partition manager's settings).
  cluster::alter_partition_sender& isr_sender() { return *isr_sender_; }

  // Blocking: stops the fetchers and the sender. From the thread that stops the broker.
  void shutdown();

 private:
  boost::asio::awaitable<protocol::leader_and_isr_response> leader_and_isr_locked(
      protocol::leader_and_isr_request request, std::int16_t version);
  boost::asio::awaitable<protocol::stop_replica_response> stop_replica_locked(protocol::stop_replica_request request,
                                                                              std::int16_t version);
  boost::asio::awaitable<void> remove_fetchers(std::vector<storage::topic_partition> tps);
  boost::asio::awaitable<result<std::shared_ptr<cluster::partition>>> open_partition(storage::topic_partition tp,
                                                                                     protocol::uuid topic_id,
                                                                                     std::int16_t replication_factor);
  // Control strand: the fetcher manager, made on the first need.
  void ensure_fetchers(std::int64_t broker_epoch);
  boost::asio::awaitable<void> lock();
  void unlock();

  broker_state& s_;
  std::unique_ptr<cluster::replica_fetcher_manager> fetchers_;
  std::unique_ptr<cluster::alter_partition_sender> isr_sender_;
  // Control strand only: one follower_log per partition that a fetcher may be touching.
  std::map<storage::topic_partition, std::unique_ptr<cluster::partition_follower>> followers_;
  // Control strand only: the request being served, and those waiting for it.
  bool busy_ = false;
  std::deque<std::shared_ptr<boost::asio::steady_timer>> waiting_;
};

}  // namespace gannet::broker
