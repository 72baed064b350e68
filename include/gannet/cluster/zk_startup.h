#pragma once
// What a ZooKeeper-mode broker does with ZooKeeper before it serves, in
// Kafka 3.9's order (KafkaServer.startup): the persistent top-level paths,
// the cluster id, a generated broker id when broker.id is -1. Each step is
// safe against other brokers doing the same at the same moment.
//
// Thread-safety: free functions over a zk_client; run them on any executor.

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <functional>
#include <string>

#include "gannet/cluster/zk_client.h"
#include "gannet/common/result.h"

namespace gannet::cluster {

// Creates every path of zk_paths.h's persistent_paths that is missing
// (KafkaZkClient.createTopLevelPaths), parents included.
boost::asio::awaitable<result<void>> ensure_persistent_paths(zk_client& zk);

// /cluster/id's id, creating the znode with `new_id()` when there is none
// (KafkaServer.getOrGenerateClusterId). Two brokers racing: the loser reads
// the winner's id.
boost::asio::awaitable<result<std::string>> get_or_create_cluster_id(zk_client& zk,
                                                                     const std::function<std::string()>& new_id);

// A new broker id: reserved.broker.max.id + the version /brokers/seqid has
// after an unconditional write (KafkaZkClient.generateBrokerSequenceId), so
// every call in the cluster gets a different id.
boost::asio::awaitable<result<std::int32_t>> generate_broker_id(zk_client& zk, std::int32_t reserved_broker_max_id);

}  // namespace gannet::cluster
