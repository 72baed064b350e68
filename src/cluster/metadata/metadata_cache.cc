// Kafka's ZkMetadataCache (ZkMetadataCache.scala, 3.9); the class comment in
// gannet/cluster/metadata_cache.h says what it answers and how it is shared.
#include "gannet/cluster/metadata_cache.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <iterator>
#include <random>

#include "gannet/common/logging.h"

namespace gannet::cluster {
namespace {

// ListenerName.forSecurityProtocol: before v3 a listener is named after its protocol.
std::string listener_for_security_protocol(std::int16_t id) {
  switch (id) {
    case 0:
      return "PLAINTEXT";
    case 1:
      return "SSL";
    case 2:
      return "SASL_PLAINTEXT";
    case 3:
      return "SASL_SSL";
  }
  return "UNKNOWN_PROTOCOL_" + std::to_string(id);
}

bool is_internal_topic(const std::string& topic) {
  return topic == "__consumer_offsets" || topic == "__transaction_state";
}

// UpdateMetadataRequest.normalize for the brokers: v0 gives host and port
// only (one PLAINTEXT endpoint); v1-2 endpoints have no listener name.
metadata_broker to_broker(const protocol::update_metadata_request::update_metadata_broker& b, std::int16_t version) {
  metadata_broker out;
  out.id = b.id;
  out.rack = b.rack;
  if (version == 0 && b.endpoints.empty()) {
    out.endpoints.push_back({"PLAINTEXT", b.v0_host, b.v0_port, 0});
    return out;
  }
  for (const auto& e : b.endpoints) {
    std::string listener =
        version < 3 && e.listener.empty() ? listener_for_security_protocol(e.security_protocol) : e.listener;
    out.endpoints.push_back({std::move(listener), e.host, e.port, e.security_protocol});
  }
  return out;
}

// Replicas (or ISR) alive on the listener, for Metadata v0 (maybeFilterAliveReplicas).
std::vector<std::int32_t> alive_on_listener(const metadata_snapshot& s, const std::vector<std::int32_t>& brokers,
                                            const std::string& listener) {
  std::vector<std::int32_t> out;
  for (auto id : brokers) {
    auto it = s.alive_brokers.find(id);
    if (it != s.alive_brokers.end() && it->second.node(listener)) out.push_back(id);
  }
  return out;
}

}  // namespace

std::optional<metadata_node> metadata_broker::node(const std::string& listener) const {
  // Kafka puts the endpoints into a map by listener, so a repeated listener's last endpoint wins.
  for (auto e = endpoints.rbegin(); e != endpoints.rend(); ++e) {
    if (e->listener == listener) return metadata_node{id, e->host, e->port, rack};
  }
  return std::nullopt;
}

metadata_cache::metadata_cache(std::int32_t broker_id)
    : broker_id_(broker_id), snapshot_(std::make_shared<const metadata_snapshot>()) {}

std::shared_ptr<const metadata_snapshot> metadata_cache::snapshot() const {
  std::lock_guard lock(mutex_);
  return snapshot_;
}

std::vector<deleted_partition> metadata_cache::update_metadata(const protocol::update_metadata_request& request,
                                                               std::int16_t version) {
  // A KRaft controller's FULL request (v8, type 2) needs ZooKeeper migration,
  // which Gannet does not do; Kafka without migration enabled applies such a
  // request as an incremental one, and so does this.
  auto previous = snapshot();
  auto next = std::make_shared<metadata_snapshot>();

  if (request.controller_id >= 0) {
    next->controller_id = cached_controller_id{request.controller_id, version >= 8 && request.is_k_raft_controller};
  }
  for (const auto& b : request.live_brokers)
    next->alive_brokers[b.id] = to_broker(b, version);

  // Kafka only logs when this broker's listeners differ from another's.
  if (auto self = next->alive_brokers.find(broker_id_); self != next->alive_brokers.end()) {
    auto names = [](const metadata_broker& b) {
      std::set<std::string> out;
      for (const auto& e : b.endpoints)
        out.insert(e.listener);
      return out;
    };
    auto mine = names(self->second);
    for (const auto& [id, b] : next->alive_brokers) {
      if (names(b) != mine) {
        log::error("[MetadataCache brokerId={}] Listeners are not identical across brokers (broker {} differs)",
                   broker_id_, id);
        break;
      }
    }
  }

  next->topic_ids = previous->topic_ids;
  if (version >= 5) {
    // Zero ids first, then the non-zero ones, as Kafka partitions them.
    for (const auto& t : request.topic_states) {
      if (t.topic_id == protocol::uuid{}) next->topic_ids.erase(t.topic_name);
    }
    for (const auto& t : request.topic_states) {
      if (t.topic_id != protocol::uuid{}) next->topic_ids[t.topic_name] = t.topic_id;
    }
  }

  next->partition_states = previous->partition_states;
  std::vector<deleted_partition> deleted;
  auto apply = [&](const metadata_partition_state& state, const std::string& topic) {
    deleted_partition tp{topic, state.partition_index};
    if (state.leader == leader_during_delete) {
      auto it = next->partition_states.find(topic);
      if (it != next->partition_states.end()) {
        it->second.erase(state.partition_index);
        if (it->second.empty()) {
          next->partition_states.erase(it);
          next->topic_ids.erase(topic);
        }
      }
      if (std::find(deleted.begin(), deleted.end(), tp) == deleted.end()) deleted.push_back(tp);
    } else {
      auto copy = state;
      copy.topic_name = topic;  // normalize(): v5+ states carry their topic's name
      next->partition_states[topic][state.partition_index] = std::move(copy);
      deleted.erase(std::remove(deleted.begin(), deleted.end(), tp), deleted.end());
    }
  };
  if (version >= 5) {
    for (const auto& t : request.topic_states) {
      for (const auto& p : t.partition_states)
        apply(p, t.topic_name);
    }
  } else {
    for (const auto& p : request.ungrouped_partition_states)
      apply(p, p.topic_name);
  }

  std::shared_ptr<const metadata_snapshot> published = std::move(next);
  std::vector<std::shared_ptr<boost::asio::steady_timer>> woken;
  {
    std::lock_guard lock(mutex_);
    snapshot_.swap(published);
    ++updates_;
    woken.swap(waiters_);
  }
  // Each timer is cancelled on its own executor, never from this thread.
  for (auto& t : woken)
    boost::asio::post(t->get_executor(), [t] { t->cancel(); });
  // `published` now holds the previous snapshot, released here, outside the lock.
  return deleted;
}

std::uint64_t metadata_cache::update_count() const {
  std::lock_guard lock(mutex_);
  return updates_;
}

boost::asio::awaitable<void> metadata_cache::wait_for_update(std::uint64_t seen,
                                                             std::chrono::steady_clock::time_point deadline) const {
  auto executor = co_await boost::asio::this_coro::executor;
  auto timer = std::make_shared<boost::asio::steady_timer>(executor);
  // At most 100 ms: a cancel that raced the wait's start is not waited out.
  timer->expires_at(std::min(deadline, std::chrono::steady_clock::now() + std::chrono::milliseconds(100)));
  {
    std::lock_guard lock(mutex_);
    if (updates_ != seen) co_return;
    waiters_.push_back(timer);
  }
  auto token = boost::asio::as_tuple(boost::asio::use_awaitable);
  co_await timer->async_wait(token);
  std::lock_guard lock(mutex_);
  waiters_.erase(std::remove(waiters_.begin(), waiters_.end(), timer), waiters_.end());
}

std::vector<protocol::metadata_response_metadata_response_topic> metadata_cache::topic_metadata(
    const std::set<std::string>& topics, const std::string& listener, bool error_unavailable_endpoints,
    bool error_unavailable_listeners) const {
  auto s = snapshot();
  std::vector<protocol::metadata_response_metadata_response_topic> out;
  for (const auto& topic : topics) {
    auto partitions = s->partition_states.find(topic);
    if (partitions == s->partition_states.end()) continue;  // unknown topics are the caller's to answer
    protocol::metadata_response_metadata_response_topic t;
    t.error_code = protocol::error_code::none;
    t.name = topic;
    if (auto id = s->topic_ids.find(topic); id != s->topic_ids.end()) t.topic_id = id->second;
    t.is_internal = is_internal_topic(topic);
    for (const auto& [index, state] : partitions->second) {
      protocol::metadata_response_metadata_response_partition p;
      p.partition_index = index;
      p.leader_epoch = state.leader_epoch;
      p.replica_nodes = error_unavailable_endpoints ? alive_on_listener(*s, state.replicas, listener) : state.replicas;
      p.isr_nodes = error_unavailable_endpoints ? alive_on_listener(*s, state.isr, listener) : state.isr;
      p.offline_replicas = state.offline_replicas;
      auto leader = s->alive_brokers.find(state.leader);
      std::optional<metadata_node> node;
      if (leader != s->alive_brokers.end()) node = leader->second.node(listener);
      if (!node) {
        p.leader_id = -1;
        p.error_code = leader == s->alive_brokers.end() || !error_unavailable_listeners
                           ? protocol::error_code::leader_not_available
                           : protocol::error_code::listener_not_found;
      } else {
        p.leader_id = node->id;
        p.error_code = p.replica_nodes.size() < state.replicas.size() || p.isr_nodes.size() < state.isr.size()
                           ? protocol::error_code::replica_not_available
                           : protocol::error_code::none;
      }
      t.partitions.push_back(std::move(p));
    }
    out.push_back(std::move(t));
  }
  return out;
}

bool metadata_cache::has_alive_broker(std::int32_t broker_id) const {
  return snapshot()->alive_brokers.contains(broker_id);
}

std::vector<metadata_broker> metadata_cache::alive_brokers() const {
  auto s = snapshot();
  std::vector<metadata_broker> out;
  for (const auto& [id, b] : s->alive_brokers)
    out.push_back(b);
  return out;
}

std::vector<metadata_node> metadata_cache::alive_broker_nodes(const std::string& listener) const {
  auto s = snapshot();
  std::vector<metadata_node> out;
  for (const auto& [id, b] : s->alive_brokers) {
    if (auto n = b.node(listener)) out.push_back(std::move(*n));
  }
  return out;
}

std::optional<metadata_node> metadata_cache::alive_broker_node(std::int32_t broker_id,
                                                               const std::string& listener) const {
  auto s = snapshot();
  auto it = s->alive_brokers.find(broker_id);
  if (it == s->alive_brokers.end()) return std::nullopt;
  return it->second.node(listener);
}

std::optional<cached_controller_id> metadata_cache::controller_id() const { return snapshot()->controller_id; }

std::int32_t metadata_cache::controller_id_for_clients() const {
  auto s = snapshot();
  if (!s->controller_id) return -1;
  if (!s->controller_id->kraft) return s->controller_id->id;
  if (s->alive_brokers.empty()) return -1;
  thread_local std::minstd_rand random(std::random_device{}());
  auto it = s->alive_brokers.begin();
  std::advance(it, static_cast<std::ptrdiff_t>(random() % s->alive_brokers.size()));
  return it->first;
}

std::optional<metadata_partition_state> metadata_cache::partition_info(const std::string& topic,
                                                                       std::int32_t partition) const {
  auto s = snapshot();
  auto t = s->partition_states.find(topic);
  if (t == s->partition_states.end()) return std::nullopt;
  auto p = t->second.find(partition);
  if (p == t->second.end()) return std::nullopt;
  return p->second;
}

std::optional<std::size_t> metadata_cache::num_partitions(const std::string& topic) const {
  auto s = snapshot();
  auto t = s->partition_states.find(topic);
  if (t == s->partition_states.end()) return std::nullopt;
  return t->second.size();
}

bool metadata_cache::contains(const std::string& topic) const { return snapshot()->partition_states.contains(topic); }

bool metadata_cache::contains(const std::string& topic, std::int32_t partition) const {
  return partition_info(topic, partition).has_value();
}

std::set<std::string> metadata_cache::all_topics() const {
  auto s = snapshot();
  std::set<std::string> out;
  for (const auto& [topic, partitions] : s->partition_states)
    out.insert(topic);
  return out;
}

std::optional<metadata_node> metadata_cache::partition_leader_endpoint(const std::string& topic, std::int32_t partition,
                                                                       const std::string& listener) const {
  auto s = snapshot();
  auto t = s->partition_states.find(topic);
  if (t == s->partition_states.end()) return std::nullopt;
  auto p = t->second.find(partition);
  if (p == t->second.end()) return std::nullopt;
  auto leader = s->alive_brokers.find(p->second.leader);
  if (leader == s->alive_brokers.end()) return metadata_node::no_node();
  return leader->second.node(listener).value_or(metadata_node::no_node());
}

std::map<std::int32_t, metadata_node> metadata_cache::partition_replica_endpoints(const std::string& topic,
                                                                                  std::int32_t partition,
                                                                                  const std::string& listener) const {
  auto s = snapshot();
  std::map<std::int32_t, metadata_node> out;
  auto t = s->partition_states.find(topic);
  if (t == s->partition_states.end()) return out;
  auto p = t->second.find(partition);
  if (p == t->second.end()) return out;
  for (auto replica : p->second.replicas) {
    auto b = s->alive_brokers.find(replica);
    if (b == s->alive_brokers.end()) continue;
    auto n = b->second.node(listener);
    if (n && !n->empty()) out[replica] = std::move(*n);
  }
  return out;
}

protocol::uuid metadata_cache::topic_id(const std::string& topic) const {
  auto s = snapshot();
  auto it = s->topic_ids.find(topic);
  return it == s->topic_ids.end() ? protocol::uuid{} : it->second;
}

std::optional<std::string> metadata_cache::topic_name(const protocol::uuid& id) const {
  auto s = snapshot();
  for (const auto& [name, topic_id] : s->topic_ids) {
    if (topic_id == id) return name;
  }
  return std::nullopt;
}

}  // namespace gannet::cluster
