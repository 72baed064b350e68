#pragma once
// request_batch: the requests one controller state change produces (Kafka's
// AbstractControllerBrokerRequestBatch). State changes add partitions to it;
// send() then hands the channel, per broker, one LeaderAndIsr, then one
// UpdateMetadata, then one StopReplica, in that order as Kafka does.
//
// Every LeaderAndIsr partition is also added to an UpdateMetadata for all live
// brokers (as addLeaderAndIsrRequestForBrokers does). Partitions, topics and
// brokers are ordered by name and id, so the requests of one change are exact.
//
// Owner: the controller, for one event; runs on the controller's executor.
// Reads the context at send() (brokers' endpoints and epochs, topic ids).

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "controller/controller_context.h"
#include "gannet/cluster/controller_channel.h"

namespace gannet::cluster {

class request_batch {
 public:
  struct responses {
    std::function<void(std::int32_t broker, result<protocol::leader_and_isr_response>)> leader_and_isr;
    std::function<void(std::int32_t broker, result<protocol::stop_replica_response>)> stop_replica;
  };

  request_batch(const controller_context& context, std::int32_t controller_id, std::string inter_broker_listener);

  void add_leader_and_isr(const std::vector<std::int32_t>& brokers, const topic_partition& tp,
                          const partition_state& state, const replica_assignment& assignment, bool is_new);
  // Partitions (with their current leadership) for `brokers`; partitions
  // without leadership are skipped, as Kafka does.
  void add_update_metadata(const std::vector<std::int32_t>& brokers, const std::set<topic_partition>& partitions);
  void add_stop_replica(const std::vector<std::int32_t>& brokers, const topic_partition& tp, bool delete_partition);

  bool empty() const { return leader_and_isr_.empty() && update_metadata_brokers_.empty() && stop_replica_.empty(); }
  void send(controller_channel& channel, const responses& on_response);

  // The requests send() would build (for tests and logging).
  std::map<std::int32_t, protocol::leader_and_isr_request> leader_and_isr_requests() const;
  std::map<std::int32_t, protocol::update_metadata_request> update_metadata_requests() const;
  std::map<std::int32_t, protocol::stop_replica_request> stop_replica_requests() const;

 private:
  const controller_context& context_;
  std::int32_t controller_id_;
  std::string listener_;
  std::map<std::int32_t, std::map<topic_partition, protocol::leader_and_isr_request::leader_and_isr_partition_state>>
      leader_and_isr_;
  std::set<std::int32_t> update_metadata_brokers_;
  std::map<topic_partition, protocol::update_metadata_request::update_metadata_partition_state> update_metadata_;
  std::map<std::int32_t, std::map<topic_partition, protocol::stop_replica_request::stop_replica_partition_state>>
      stop_replica_;
};

// Kafka's SecurityProtocol ids, as UpdateMetadata carries them.
std::int16_t security_protocol_id(const std::string& name);

}  // namespace gannet::cluster
