#pragma once
// ZooKeeper mode (zookeeper.connect set): the broker's ZooKeeper session and
// what it does with it before serving, in Kafka 3.9's order (KafkaServer.startup):
// connect (or stop: never silently standalone), the persistent paths, the
// cluster id from /cluster/id checked against meta.properties, a generated
// broker id when broker.id is -1.
//
// Owner: broker_state::zk (null when standalone). Runs at start-up on the main
// thread, which blocks on the ZooKeeper calls (the storage pool runs them).

#include <memory>
#include <mutex>

#include "gannet/cluster/controller.h"
#include "gannet/cluster/metadata_cache.h"
#include "gannet/cluster/zk_broker_registration.h"
#include "gannet/cluster/zk_controller_channel.h"
#include "gannet/cluster/zk_session.h"
#include "gannet/common/result.h"
#include "replica_manager.h"
#include "zk_config_manager.h"

namespace gannet::broker {

struct broker_state;

struct zk_runtime {
  std::shared_ptr<cluster::zk_session> session;
  std::shared_ptr<cluster::zk_broker_registration> registration;
  // The controller runs on every broker; one is active (docs/cluster.md).
  std::unique_ptr<cluster::zk_controller_channel> controller_channel;
  std::unique_ptr<cluster::controller> controller;
  // inter.broker.listener.name as resolved at registration (the controller's
  // channels and the controlled shutdown request use it).
  std::string inter_broker_listener = "PLAINTEXT";
  // What UpdateMetadata from the active controller says of the cluster.
  std::unique_ptr<cluster::metadata_cache> metadata;
  // Topic and broker configs from /config, applied as they change.
  std::shared_ptr<zk_config_manager> config_manager;
  // The newest controller epoch seen in a controller request (Kafka's
  // ReplicaManager.controllerEpoch): older ones are refused. Guarded by
  // controller_requests_mutex, which also serialises the requests' effects.
  std::mutex controller_requests_mutex;
  std::int32_t controller_epoch = 0;
  // LeaderAndIsr / StopReplica: the partitions this broker leads and follows, the replica
  // fetchers, the AlterPartition sender. Made at the end of start_zk_mode; destroyed first.
  std::unique_ptr<replica_manager> replicas;
};

// Connects and runs the start-up steps; sets s.cluster_id and s.node_id.
// Logs Kafka's message for each failure (e.g. "Timed out waiting for
// connection while in state: CONNECTING") and returns the error.
result<void> start_zk_mode(broker_state& s);

// Once the listeners are bound (their ports are known): registers
// /brokers/ids/<id> with the advertised endpoints (Kafka registers after its
// SocketServer starts) and starts the controller election.
result<void> register_in_zk(broker_state& s);

// Resigns as controller, then closes the session: the broker's ephemeral
// registration goes with it.
void stop_zk_mode(broker_state& s);

}  // namespace gannet::broker
