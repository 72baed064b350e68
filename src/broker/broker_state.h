#pragma once
// Everything the request handlers share. Private to the broker module.
//
// Owner: broker. Thread-safety is per member, as each comment says.

#include <atomic>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "fetch_session.h"
#include "gannet/cluster/partition.h"
#include "gannet/cluster/partition_manager.h"
#include "gannet/cluster/topic_registry.h"
#include "gannet/config/broker_config.h"
#include "gannet/config/loader.h"
#include "gannet/groups/coordinator.h"
#include "gannet/groups/group_store.h"
#include "gannet/storage/log_manager.h"
#include "producer_id_manager.h"
#include "zk_mode.h"

namespace gannet::broker {

// The handlers speak of partitions and topics as the cluster module defines them.
using cluster::batch_identity;
using cluster::data_waiter;
using cluster::partition;
using cluster::topic_info;
using cluster::topic_registry;
using cluster::write_file_atomically;

struct advertised_endpoint {
  std::string listener_name;
  std::string host;
  std::int32_t port = 0;
};

struct broker_state {
  explicit broker_state(config::loaded_config cfg);

  // Immutable after start().
  config::loaded_config loaded;
  config::broker_config cfg;
  std::int32_t node_id = 0;
  std::string cluster_id;
  std::vector<advertised_endpoint> advertised;
  std::filesystem::path metadata_dir;

  // Dynamic broker configs (AlterConfigs): guarded by layers_mutex.
  mutable std::shared_mutex layers_mutex;
  config::broker_layers layers;
  config::broker_layers current_layers() const {
    std::shared_lock lock(layers_mutex);
    return layers;
  }

  // Storage runs here, never on network threads.
  boost::asio::thread_pool storage_pool;
  // Serializes topic creation, deletion and partition changes.
  partition::strand_type control_strand;

  storage::log_manager logs;
  topic_registry topics;
  producer_id_manager producer_ids;
  // Fetch sessions (KIP-227); thread-safe.
  fetch_session_manager fetch_sessions;

  // Consumer groups: the coordinator persists through the store. Both are
  // made in broker::start(); the coordinator runs on the storage pool.
  std::unique_ptr<groups::group_store> group_store;
  std::unique_ptr<groups::coordinator> groups;

  // topic-partition -> partition; thread-safe. After logs and the pool, which
  // it refers to.
  cluster::partition_manager partitions;

  // producer.id.expiration.ms as now configured (a dynamic broker config).
  std::int64_t producer_id_expiration_ms() const {
    auto v = current_layers().value_of("producer.id.expiration.ms");
    return v ? std::stoll(*v) : cfg.producer_id_expiration_ms;
  }

  // Log config of a topic from its overrides over the broker's layers.
  storage::log_config log_config_for(const config::property_map& overrides) const;

  // ZooKeeper mode (zookeeper.connect set); null when standalone.
  std::unique_ptr<zk_runtime> zk;

  // The group coordinator's hook on __consumer_offsets leadership (Kafka's
  // GroupCoordinator.onElection / onResignation): called, when set, after a
  // LeaderAndIsr made this broker leader (true) or follower (false) of an
  // offsets partition, and after a StopReplica of one (false, the request's
  // leader epoch). Set once before serving; called from the control strand.
  std::function<void(std::int32_t offsets_partition, bool is_leader, std::int32_t leader_epoch)>
      offsets_leadership_changed;

  // Set by broker::stop(): background loops end within one tick.
  std::atomic<bool> stopping{false};
  // Set by broker::begin_stop() (SIGTERM): long-polling Fetches answer at once.
  std::atomic<bool> draining{false};

  static std::int64_t now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
};

}  // namespace gannet::broker
