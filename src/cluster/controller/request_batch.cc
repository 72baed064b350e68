// The requests of one controller state change (request_batch.h).

#include "controller/request_batch.h"

#include "gannet/common/logging.h"

namespace gannet::cluster {
namespace {

// LeaderAndIsr.LeaderDuringDelete / EpochDuringDelete: brokers stop serving a
// topic being deleted before its replicas are gone.
constexpr std::int32_t leader_during_delete = -2;
constexpr std::int32_t epoch_during_delete = -2;
constexpr std::int32_t no_epoch = -1;

const broker_endpoint* endpoint_for(const live_broker& b, const std::string& listener) {
  for (const auto& e : b.registration.endpoints) {
    if (e.listener_name == listener) return &e;
  }
  return nullptr;
}

}  // namespace

std::int16_t security_protocol_id(const std::string& name) {
  if (name == "SSL") return 1;
  if (name == "SASL_PLAINTEXT") return 2;
  if (name == "SASL_SSL") return 3;
  return 0;  // PLAINTEXT
}

request_batch::request_batch(const controller_context& context, std::int32_t controller_id,
                             std::string inter_broker_listener)
    : context_(context), controller_id_(controller_id), listener_(std::move(inter_broker_listener)) {}

void request_batch::add_leader_and_isr(const std::vector<std::int32_t>& brokers, const topic_partition& tp,
                                       const partition_state& state, const replica_assignment& assignment,
                                       bool is_new) {
  for (auto broker : brokers) {
    if (broker < 0) continue;
    auto& per_broker = leader_and_isr_[broker];
    const bool already_new = per_broker.contains(tp) && per_broker[tp].is_new;
    protocol::leader_and_isr_request::leader_and_isr_partition_state s;
    s.topic_name = tp.topic;
    s.partition_index = tp.partition;
    s.controller_epoch = state.controller_epoch;
    s.leader = state.leader;
    s.leader_epoch = state.leader_epoch;
    s.isr = state.isr;
    s.partition_epoch = state.zk_version;
    s.replicas = assignment.replicas;
    s.adding_replicas = assignment.adding_replicas;
    s.removing_replicas = assignment.removing_replicas;
    s.is_new = is_new || already_new;
    s.leader_recovery_state = static_cast<std::int8_t>(state.leader_recovery);
    per_broker[tp] = std::move(s);
  }
  add_update_metadata(context_.live_broker_ids(), {tp});
}

void request_batch::add_update_metadata(const std::vector<std::int32_t>& brokers,
                                        const std::set<topic_partition>& partitions) {
  for (auto b : brokers) {
    if (b >= 0) update_metadata_brokers_.insert(b);
  }
  for (const auto& tp : partitions) {
    auto leadership = context_.leadership.find(tp);
    const auto* assignment = context_.assignment(tp);
    if (leadership == context_.leadership.end() || assignment == nullptr) {
      log::info("controller: leader not yet assigned for {}-{}; no UpdateMetadata for it", tp.topic, tp.partition);
      continue;
    }
    const auto& state = leadership->second;
    protocol::update_metadata_request::update_metadata_partition_state s;
    s.topic_name = tp.topic;
    s.partition_index = tp.partition;
    s.controller_epoch = state.controller_epoch;
    if (context_.topics_to_delete.contains(tp.topic)) {
      s.leader = leader_during_delete;
      s.leader_epoch = 0;
      s.zk_version = 0;
    } else {
      s.leader = state.leader;
      s.leader_epoch = state.leader_epoch;
      s.zk_version = state.zk_version;
    }
    s.isr = state.isr;
    s.replicas = assignment->replicas;
    for (auto r : assignment->replicas) {
      if (!context_.is_live(r)) s.offline_replicas.push_back(r);
    }
    update_metadata_[tp] = std::move(s);
  }
}

void request_batch::add_stop_replica(const std::vector<std::int32_t>& brokers, const topic_partition& tp,
                                     bool delete_partition) {
  std::int32_t epoch = no_epoch;
  if (context_.topics_to_delete.contains(tp.topic)) {
    epoch = epoch_during_delete;
  } else if (auto it = context_.leadership.find(tp); it != context_.leadership.end()) {
    epoch = it->second.leader_epoch;
  }
  for (auto broker : brokers) {
    if (broker < 0) continue;
    auto& per_broker = stop_replica_[broker];
    const bool already_delete = per_broker.contains(tp) && per_broker[tp].delete_partition;
    protocol::stop_replica_request::stop_replica_partition_state s;
    s.partition_index = tp.partition;
    s.leader_epoch = epoch;
    s.delete_partition = already_delete || delete_partition;
    per_broker[tp] = s;
  }
}

std::map<std::int32_t, protocol::leader_and_isr_request> request_batch::leader_and_isr_requests() const {
  std::map<std::int32_t, protocol::leader_and_isr_request> out;
  for (const auto& [broker, partitions] : leader_and_isr_) {
    auto target = context_.live_brokers.find(broker);
    if (target == context_.live_brokers.end()) continue;  // Kafka sends only to live brokers
    protocol::leader_and_isr_request r;
    r.controller_id = controller_id_;
    r.controller_epoch = context_.epoch;
    r.broker_epoch = target->second.epoch;
    std::set<std::int32_t> leaders;
    for (const auto& [tp, state] : partitions) {
      if (r.topic_states.empty() || r.topic_states.back().topic_name != tp.topic) {
        protocol::leader_and_isr_request::leader_and_isr_topic_state t;
        t.topic_name = tp.topic;
        if (auto topic = context_.topics.find(tp.topic); topic != context_.topics.end() && topic->second.topic_id) {
          t.topic_id = *topic->second.topic_id;
        }
        r.topic_states.push_back(std::move(t));
      }
      r.topic_states.back().partition_states.push_back(state);
      leaders.insert(state.leader);
    }
    for (auto leader : leaders) {
      auto b = context_.live_brokers.find(leader);
      if (b == context_.live_brokers.end()) continue;
      const auto* e = endpoint_for(b->second, listener_);
      if (e == nullptr) continue;
      r.live_leaders.push_back({leader, e->host, e->port});
    }
    out.emplace(broker, std::move(r));
  }
  return out;
}

std::map<std::int32_t, protocol::update_metadata_request> request_batch::update_metadata_requests() const {
  std::map<std::int32_t, protocol::update_metadata_request> out;
  std::vector<protocol::update_metadata_request::update_metadata_topic_state> topics;
  for (const auto& [tp, state] : update_metadata_) {
    if (topics.empty() || topics.back().topic_name != tp.topic) {
      protocol::update_metadata_request::update_metadata_topic_state t;
      t.topic_name = tp.topic;
      if (auto topic = context_.topics.find(tp.topic); topic != context_.topics.end() && topic->second.topic_id) {
        t.topic_id = *topic->second.topic_id;
      }
      topics.push_back(std::move(t));
    }
    topics.back().partition_states.push_back(state);
  }
  std::vector<protocol::update_metadata_request::update_metadata_broker> brokers;
  for (const auto& [id, b] : context_.live_brokers) {
    protocol::update_metadata_request::update_metadata_broker ub;
    ub.id = id;
    for (const auto& e : b.registration.endpoints) {
      ub.endpoints.push_back({e.port, e.host, e.listener_name, security_protocol_id(e.security_protocol)});
    }
    ub.rack = b.registration.rack;
    brokers.push_back(std::move(ub));
  }
  for (auto broker : update_metadata_brokers_) {
    auto target = context_.live_brokers.find(broker);
    if (target == context_.live_brokers.end()) continue;
    protocol::update_metadata_request r;
    r.controller_id = controller_id_;
    r.controller_epoch = context_.epoch;
    r.broker_epoch = target->second.epoch;
    r.topic_states = topics;
    r.live_brokers = brokers;
    out.emplace(broker, std::move(r));
  }
  return out;
}

std::map<std::int32_t, protocol::stop_replica_request> request_batch::stop_replica_requests() const {
  std::map<std::int32_t, protocol::stop_replica_request> out;
  for (const auto& [broker, partitions] : stop_replica_) {
    auto target = context_.live_brokers.find(broker);
    if (target == context_.live_brokers.end()) continue;
    protocol::stop_replica_request r;
    r.controller_id = controller_id_;
    r.controller_epoch = context_.epoch;
    r.broker_epoch = target->second.epoch;
    for (const auto& [tp, state] : partitions) {
      if (r.topic_states.empty() || r.topic_states.back().topic_name != tp.topic) {
        protocol::stop_replica_request::stop_replica_topic_state t;
        t.topic_name = tp.topic;
        r.topic_states.push_back(std::move(t));
      }
      r.topic_states.back().partition_states.push_back(state);
    }
    out.emplace(broker, std::move(r));
  }
  return out;
}

void request_batch::send(controller_channel& channel, const responses& on_response) {
  for (auto& [broker, r] : leader_and_isr_requests()) {
    channel.send_leader_and_isr(broker, std::move(r), [cb = on_response.leader_and_isr, broker](auto res) {
      if (cb) cb(broker, std::move(res));
    });
  }
  for (auto& [broker, r] : update_metadata_requests()) {
    channel.send_update_metadata(broker, std::move(r), [broker](auto res) {
      if (!res) log::warn("controller: UpdateMetadata to broker {} failed: {}", broker, res.error().message());
    });
  }
  for (auto& [broker, r] : stop_replica_requests()) {
    channel.send_stop_replica(broker, std::move(r), [cb = on_response.stop_replica, broker](auto res) {
      if (cb) cb(broker, std::move(res));
    });
  }
  leader_and_isr_.clear();
  update_metadata_brokers_.clear();
  update_metadata_.clear();
  stop_replica_.clear();
}

}  // namespace gannet::cluster
