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

#include "gannet/cluster/zk_session.h"
#include "gannet/common/result.h"

namespace gannet::broker {

struct broker_state;

struct zk_runtime {
  std::shared_ptr<cluster::zk_session> session;
};

// Connects and runs the start-up steps; sets s.cluster_id and s.node_id.
// Logs Kafka's message for each failure (e.g. "Timed out waiting for
// connection while in state: CONNECTING") and returns the error.
result<void> start_zk_mode(broker_state& s);

// Closes the session: the broker's ephemeral registration goes with it.
void stop_zk_mode(broker_state& s);

}  // namespace gannet::broker
