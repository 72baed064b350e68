#pragma once
// One function per Kafka API, each in handlers/<api name>.cc.

#include "../request_context.h"

namespace gannet::broker::handlers {

using boost::asio::awaitable;

awaitable<net::handler_result> api_versions(request_context& ctx);
awaitable<net::handler_result> metadata(request_context& ctx);
awaitable<net::handler_result> produce(request_context& ctx);
awaitable<net::handler_result> fetch(request_context& ctx);
awaitable<net::handler_result> update_metadata(request_context& ctx);
awaitable<net::handler_result> leader_and_isr(request_context& ctx);
awaitable<net::handler_result> stop_replica(request_context& ctx);
awaitable<net::handler_result> list_offsets(request_context& ctx);
awaitable<net::handler_result> create_topics(request_context& ctx);
awaitable<net::handler_result> delete_topics(request_context& ctx);
awaitable<net::handler_result> init_producer_id(request_context& ctx);
awaitable<net::handler_result> create_partitions(request_context& ctx);
awaitable<net::handler_result> describe_configs(request_context& ctx);
awaitable<net::handler_result> alter_configs(request_context& ctx);
awaitable<net::handler_result> incremental_alter_configs(request_context& ctx);
awaitable<net::handler_result> describe_cluster(request_context& ctx);
awaitable<net::handler_result> delete_records(request_context& ctx);
awaitable<net::handler_result> describe_log_dirs(request_context& ctx);
awaitable<net::handler_result> offset_for_leader_epoch(request_context& ctx);
awaitable<net::handler_result> find_coordinator(request_context& ctx);
awaitable<net::handler_result> join_group(request_context& ctx);
awaitable<net::handler_result> sync_group(request_context& ctx);
awaitable<net::handler_result> heartbeat(request_context& ctx);
awaitable<net::handler_result> leave_group(request_context& ctx);
awaitable<net::handler_result> offset_commit(request_context& ctx);
awaitable<net::handler_result> offset_fetch(request_context& ctx);
awaitable<net::handler_result> list_groups(request_context& ctx);
awaitable<net::handler_result> describe_groups(request_context& ctx);
awaitable<net::handler_result> delete_groups(request_context& ctx);
awaitable<net::handler_result> offset_delete(request_context& ctx);
// The controller's APIs (ZooKeeper mode).
awaitable<net::handler_result> controlled_shutdown(request_context& ctx);
awaitable<net::handler_result> alter_partition(request_context& ctx);
awaitable<net::handler_result> elect_leaders(request_context& ctx);
awaitable<net::handler_result> alter_partition_reassignments(request_context& ctx);
awaitable<net::handler_result> list_partition_reassignments(request_context& ctx);

}  // namespace gannet::broker::handlers
