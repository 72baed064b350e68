// FindCoordinator (key 10): a group's coordinator is the leader of its
// partition of __consumer_offsets (Kafka's KafkaApis.getCoordinator).
// Standalone that is this broker. In ZooKeeper mode it is the leader the
// metadata cache (UpdateMetadata) names, on the request's listener;
// COORDINATOR_NOT_AVAILABLE while the topic is unknown (the first look-up
// creates it in ZooKeeper), while the partition has no live leader, or when
// the leader lacks the listener. Batched keys from v4 (KIP-699). Transactions
// have no coordinator yet: their keys get the retriable
// COORDINATOR_NOT_AVAILABLE. v1-v3 carry Kafka's error message, which is the
// error's name ("NONE") on success.

#include "gannet/protocol/messages/find_coordinator.h"

#include "../offsets_topic.h"
#include "../run_on.h"
#include "handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;

constexpr std::int8_t key_type_group = 0;
constexpr std::int8_t key_type_transaction = 1;

struct coordinator_answer {
  error_code error = error_code::none;
  std::string message;
  std::int32_t node_id = -1;
  std::string host;
  std::int32_t port = -1;
};

// ZooKeeper mode: the leader of the group's partition, from the metadata cache.
coordinator_answer find_in_cluster(const request_context& ctx, const std::string& group_id) {
  const broker_state& s = ctx.b;
  coordinator_answer a;
  const std::string topic(offsets_topic_name);
  const std::int32_t partition = s.groups->partition_for(group_id);
  auto node = s.zk->metadata->partition_leader_endpoint(topic, partition, ctx.conn.listener_name);
  if (node && !node->empty()) {
    a.node_id = node->id;
    a.host = node->host;
    a.port = node->port;
    a.message = "NONE";
    return a;
  }
  a.error = error_code::coordinator_not_available;
  a.message = std::string(protocol::error_code_message(a.error));
  return a;
}

coordinator_answer find(const request_context& ctx, std::int8_t key_type, const std::string& key,
                        bool offsets_topic_ready) {
  const broker_state& s = ctx.b;
  coordinator_answer a;
  if (key_type == key_type_group && s.zk && s.zk->metadata && offsets_topic_ready) return find_in_cluster(ctx, key);
  if (key_type == key_type_group) {
    for (const auto& e : s.advertised) {
      if (!offsets_topic_ready) break;
      if (e.listener_name != ctx.conn.listener_name && s.advertised.size() > 1) continue;
      a.node_id = s.node_id;
      a.host = e.host;
      a.port = e.port;
      a.message = "NONE";
      return a;
    }
    a.error = error_code::coordinator_not_available;
  } else if (key_type == key_type_transaction) {
    a.error = error_code::coordinator_not_available;
  } else {
    // Kafka fails the request (InvalidRequestException) and answers with
    // INVALID_REQUEST's default message.
    a.error = error_code::invalid_request;
    a.message =
        "This most likely occurs because of a request being malformed by the client library or the message was "
        "sent to an incompatible broker. See the broker logs for more details.";
    return a;
  }
  a.message = std::string(protocol::error_code_message(a.error));
  return a;
}

}  // namespace

awaitable<net::handler_result> find_coordinator(request_context& ctx) {
  protocol::find_coordinator_request req;
  if (!ctx.decode(req)) co_return net::handler_result::close("malformed FindCoordinator request");
  // As Kafka, the first look-up of a group coordinator creates __consumer_offsets
  // (offsets_topic.h); Gannet answers once it exists instead of
  // COORDINATOR_NOT_AVAILABLE first.
  bool offsets_topic_ready = true;
  if (req.key_type == key_type_group && ctx.b.zk && ctx.b.zk->metadata) {
    // Kafka answers COORDINATOR_NOT_AVAILABLE after asking for the topic; the
    // client looks again after its backoff, once the controller elected leaders.
    if (!ctx.b.zk->metadata->contains(std::string(offsets_topic_name))) {
      offsets_topic_ready = false;
      auto create = create_offsets_topic_in_zk(ctx.b);
      co_await std::move(create);
    }
  } else if (req.key_type == key_type_group && !ctx.b.topics.find(std::string(offsets_topic_name))) {
    broker_state* s = &ctx.b;
    auto fn = [s] { return !std::holds_alternative<topic_error>(ensure_offsets_topic(*s)); };
    offsets_topic_ready = co_await run_on(ctx.b.control_strand, std::move(fn));
  }
  protocol::find_coordinator_response resp;
  if (ctx.version() >= 4) {
    for (const auto& key : req.coordinator_keys) {
      auto a = find(ctx, req.key_type, key, offsets_topic_ready);
      protocol::find_coordinator_response::coordinator c;
      c.key = key;
      c.node_id = a.node_id;
      c.host = a.host;
      c.port = a.port;
      c.error_code = a.error;
      // v4+ carries no message, except the request-level failure's.
      c.error_message = a.error == error_code::invalid_request ? a.message : std::string();
      resp.coordinators.push_back(std::move(c));
    }
  } else {
    auto a = find(ctx, req.key_type, req.key, offsets_topic_ready);
    resp.error_code = a.error;
    resp.error_message = a.message;
    resp.node_id = a.node_id;
    resp.host = a.host;
    resp.port = a.port;
  }
  co_return ctx.respond(resp);
}

}  // namespace gannet::broker::handlers
