#pragma once
// A controller_channel that records what the controller sends, in order, and
// answers LeaderAndIsr / StopReplica with no errors (or with what a test set).

#include <map>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "gannet/cluster/controller_channel.h"

namespace gannet::cluster::testing {

class recording_channel final : public controller_channel {
 public:
  struct sent {
    std::int32_t broker;
    std::variant<protocol::leader_and_isr_request, protocol::update_metadata_request, protocol::stop_replica_request>
        request;
  };

  void add_broker(std::int32_t id, const broker_endpoint& e) override { added.emplace_back(id, e.port); }
  void remove_broker(std::int32_t id) override { removed.push_back(id); }
  void send_leader_and_isr(std::int32_t broker, protocol::leader_and_isr_request r,
                           completion<protocol::leader_and_isr_response> done) override {
    requests.push_back({broker, std::move(r)});
    done(protocol::leader_and_isr_response{});
  }
  void send_update_metadata(std::int32_t broker, protocol::update_metadata_request r,
                            completion<protocol::update_metadata_response> done) override {
    requests.push_back({broker, std::move(r)});
    done(protocol::update_metadata_response{});
  }
  void send_stop_replica(std::int32_t broker, protocol::stop_replica_request r,
                         completion<protocol::stop_replica_response> done) override {
    // Every partition answered, as a broker does; with the broker's error if a test set one.
    protocol::stop_replica_response resp;
    for (const auto& t : r.topic_states) {
      for (const auto& p : t.partition_states) {
        auto e = stop_replica_errors.find(broker);
        resp.partition_errors.push_back(
            {t.topic_name, p.partition_index, e == stop_replica_errors.end() ? protocol::error_code::none : e->second});
      }
    }
    requests.push_back({broker, std::move(r)});
    if (hold_stop_replica.contains(broker)) return;  // never answered
    done(std::move(resp));
  }

  // "LAI->2", "UM->1", "SR->3": the kinds and targets, in order, for compact assertions.
  std::vector<std::string> summary() const {
    std::vector<std::string> out;
    for (const auto& s : requests) {
      const char* kind = std::holds_alternative<protocol::leader_and_isr_request>(s.request)    ? "LAI"
                         : std::holds_alternative<protocol::update_metadata_request>(s.request) ? "UM"
                                                                                                : "SR";
      out.push_back(std::string(kind) + "->" + std::to_string(s.broker));
    }
    return out;
  }
  template <class T>
  std::vector<std::pair<std::int32_t, T>> of() const {
    std::vector<std::pair<std::int32_t, T>> out;
    for (const auto& s : requests) {
      if (auto* r = std::get_if<T>(&s.request)) out.emplace_back(s.broker, *r);
    }
    return out;
  }
  void clear() { requests.clear(); }

  std::vector<sent> requests;
  std::vector<std::pair<std::int32_t, std::int32_t>> added;  // broker, port
  std::vector<std::int32_t> removed;
  std::map<std::int32_t, protocol::error_code> stop_replica_errors;  // broker -> the error its replicas answer
  std::set<std::int32_t> hold_stop_replica;                          // brokers that never answer StopReplica
};

}  // namespace gannet::cluster::testing
