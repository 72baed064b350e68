#pragma once
// The ZooKeeper-mode halves of the topic and cluster APIs (Kafka 3.9's
// KafkaApis with ZkSupport): each standalone handler hands its decoded request
// here when broker_state::zk is set. They answer from the metadata cache
// (UpdateMetadata) and write ZooKeeper through zk_topic_admin.h; the local
// topic_registry is not used.

#include "gannet/protocol/messages/create_partitions.h"
#include "gannet/protocol/messages/create_topics.h"
#include "gannet/protocol/messages/delete_topics.h"
#include "gannet/protocol/messages/describe_cluster.h"
#include "gannet/protocol/messages/metadata.h"
#include "handlers.h"

namespace gannet::broker::handlers {

// zk_topics.cc: NOT_CONTROLLER unless this broker is the active controller;
// then ZkAdminManager and the wait for leaders (or for the deletion).
awaitable<net::handler_result> zk_create_topics(request_context& ctx, protocol::create_topics_request req);
awaitable<net::handler_result> zk_delete_topics(request_context& ctx, protocol::delete_topics_request req);
awaitable<net::handler_result> zk_create_partitions(request_context& ctx, protocol::create_partitions_request req);

// zk_metadata.cc: Metadata (with auto-creation in ZooKeeper, from any broker)
// and DescribeCluster from the metadata cache. `with_ops` / operation bits as
// the standalone handler computes them.
awaitable<net::handler_result> zk_metadata(request_context& ctx, protocol::metadata_request req);
protocol::describe_cluster_response zk_describe_cluster(const request_context& ctx,
                                                        const protocol::describe_cluster_request& req);

}  // namespace gannet::broker::handlers
