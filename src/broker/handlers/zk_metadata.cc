// Metadata and DescribeCluster in ZooKeeper mode, as Kafka 3.9's KafkaApis
// (handleTopicMetadataRequest, getTopicMetadata, describe cluster) over
// ZkMetadataCache: every live broker on the request's listener, the
// controller, each partition's leader, epoch, replicas, ISR and offline
// replicas, topic ids, all as the last UpdateMetadata said.
//
// Auto-creation (AutoTopicCreationManager.createTopicsInZk, on any broker):
// a missing topic named by a request that allows it is written to ZooKeeper
// with num.partitions / default.replication.factor (the internal topics with
// their own settings) and answered LEADER_NOT_AVAILABLE, without waiting; a
// topic whose creation is in flight on this broker UNKNOWN_TOPIC_OR_PARTITION.

#include <mutex>
#include <set>

#include "../offsets_topic.h"
#include "../zk_topic_admin.h"
#include "zk_handlers.h"

namespace gannet::broker::handlers {
namespace {

using protocol::error_code;
using response = protocol::metadata_response;

// Every operation bit (no authorizer: everything is allowed), as metadata.cc.
constexpr std::int32_t all_topic_operations =
    (1 << 3) | (1 << 4) | (1 << 5) | (1 << 6) | (1 << 7) | (1 << 8) | (1 << 10) | (1 << 11);
constexpr std::int32_t all_cluster_operations =
    (1 << 5) | (1 << 7) | (1 << 8) | (1 << 9) | (1 << 10) | (1 << 11) | (1 << 12);

response::metadata_response_topic error_entry(std::optional<std::string> name, protocol::uuid id, error_code code) {
  response::metadata_response_topic out;
  out.name = std::move(name);
  out.topic_id = id;
  out.error_code = code;
  out.is_internal = out.name && is_internal_topic(*out.name);
  return out;
}

// Topics whose auto-creation runs on this broker (AutoTopicCreationManager's
// inflightTopics). One broker per process, so one set.
class inflight_topics {
 public:
  bool add(const std::string& t) {
    std::lock_guard lock(mutex_);
    return topics_.insert(t).second;
  }
  void remove(const std::string& t) {
    std::lock_guard lock(mutex_);
    topics_.erase(t);
  }

 private:
  std::mutex mutex_;
  std::set<std::string> topics_;
};

inflight_topics& inflight() {
  static inflight_topics set;
  return set;
}

// AutoTopicCreationManager.creatableTopic.
zk_new_topic creatable_topic(const broker_state& s, const std::string& name) {
  zk_new_topic t;
  t.name = name;
  if (name == offsets_topic_name) {
    t.partitions = s.cfg.offsets_topic_num_partitions;
    t.replication_factor = s.cfg.offsets_topic_replication_factor;
    // GroupCoordinator.groupMetadataTopicConfigs
    t.configs = {{"cleanup.policy", "compact"},
                 {"segment.bytes", std::to_string(s.cfg.offsets_topic_segment_bytes)},
                 {"compression.type", "producer"}};
  } else if (name == transaction_state_topic_name) {
    t.partitions = s.cfg.transaction_state_log_num_partitions;
    t.replication_factor = s.cfg.transaction_state_log_replication_factor;
    // TransactionStateManager.transactionTopicConfigs
    t.configs = {{"unclean.leader.election.enable", "false"},
                 {"compression.type", "uncompressed"},
                 {"cleanup.policy", "compact"},
                 {"min.insync.replicas", std::to_string(s.cfg.transaction_state_log_min_isr)},
                 {"segment.bytes", std::to_string(s.cfg.transaction_state_log_segment_bytes)}};
  } else {
    t.partitions = s.cfg.num_partitions;
    t.replication_factor = static_cast<std::int16_t>(s.cfg.default_replication_factor);
  }
  return t;
}

}  // namespace

awaitable<net::handler_result> zk_metadata(request_context& ctx, protocol::metadata_request req) {
  broker_state& s = ctx.b;
  const std::int16_t v = ctx.version();
  const auto* cache = s.zk->metadata.get();
  const std::string& listener = ctx.conn.listener_name;

  response resp;
  resp.cluster_id = s.cluster_id;
  resp.controller_id = cache ? cache->controller_id_for_clients() : -1;
  if (cache) {
    for (const auto& n : cache->alive_broker_nodes(listener))
      resp.brokers.push_back({n.id, n.host, n.port, n.rack});
  }
  if (v >= 8 && v <= 10 && req.include_cluster_authorized_operations) {
    resp.cluster_authorized_operations = all_cluster_operations;
  }
  const bool with_ops = v >= 8 && req.include_topic_authorized_operations;

  const bool all = !req.topics.has_value() || (v == 0 && req.topics->empty());
  std::vector<response::metadata_response_topic> unknown_ids;
  std::set<std::string> names;
  if (all) {
    if (cache) names = cache->all_topics();
  } else {
    bool by_id = false;
    for (const auto& t : *req.topics) {
      if (t.topic_id == protocol::uuid{}) continue;
      by_id = true;
      if (auto name = cache ? cache->topic_name(t.topic_id) : std::nullopt) {
        names.insert(*name);
      } else {
        unknown_ids.push_back(error_entry(std::nullopt, t.topic_id, error_code::unknown_topic_id));
      }
    }
    if (!by_id) {
      for (const auto& t : *req.topics) {
        if (t.name) names.insert(*t.name);
      }
    }
  }

  std::vector<response::metadata_response_topic> topics;
  if (cache) topics = cache->topic_metadata(names, listener, v == 0, v >= 6);
  if (!all && topics.size() < names.size()) {
    std::set<std::string> found;
    for (const auto& t : topics)
      found.insert(t.name.value_or(""));
    const bool may_create = s.cfg.auto_create_topics_enable && (v < 4 || req.allow_auto_topic_creation);
    for (const auto& name : names) {
      if (found.contains(name)) continue;
      if (topic_name_problem(name)) {
        topics.push_back(error_entry(name, {}, error_code::invalid_topic_exception));
        continue;
      }
      if (!may_create) {
        auto id = cache ? cache->topic_id(name) : protocol::uuid{};
        topics.push_back(error_entry(name, id, error_code::unknown_topic_or_partition));
        continue;
      }
      if (!inflight().add(name)) {
        topics.push_back(error_entry(name, {}, error_code::unknown_topic_or_partition));
        continue;
      }
      auto task = zk_create_topic(s, creatable_topic(s, name), false);
      auto created = co_await std::move(task);
      inflight().remove(name);
      // Created (answered REQUEST_TIMED_OUT by Kafka's zero timeout) or
      // created meanwhile by someone else: LEADER_NOT_AVAILABLE, retriable.
      auto code = created.ok() || created.code == error_code::topic_already_exists ? error_code::leader_not_available
                                                                                   : created.code;
      topics.push_back(error_entry(name, {}, code));
    }
  }
  if (with_ops) {
    for (auto& t : topics)
      t.topic_authorized_operations = all_topic_operations;
  }
  for (auto& t : unknown_ids)
    resp.topics.push_back(std::move(t));
  for (auto& t : topics)
    resp.topics.push_back(std::move(t));
  co_return ctx.respond(resp);
}

protocol::describe_cluster_response zk_describe_cluster(const request_context& ctx,
                                                        const protocol::describe_cluster_request& req) {
  const broker_state& s = ctx.b;
  const auto* cache = s.zk->metadata.get();
  protocol::describe_cluster_response resp;
  resp.cluster_id = s.cluster_id;
  resp.controller_id = cache ? cache->controller_id_for_clients() : -1;
  if (req.include_cluster_authorized_operations) resp.cluster_authorized_operations = all_cluster_operations;
  if (cache) {
    for (const auto& n : cache->alive_broker_nodes(ctx.conn.listener_name))
      resp.brokers.push_back({n.id, n.host, n.port, n.rack});
  }
  return resp;
}

}  // namespace gannet::broker::handlers
