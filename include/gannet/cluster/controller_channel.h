#pragma once
// controller_channel: how the controller reaches the brokers (Kafka's
// ControllerChannelManager). The controller builds the requests (a batch per
// state change, request_batch.h); an implementation of this interface owns the
// connections and delivers them in order per broker, at the versions Kafka 3.9
// sends with inter.broker.protocol.version=3.9 (IBP 3.4+:
// ControllerChannelManager.sendLeaderAndIsrRequest / sendUpdateMetadataRequests /
// sendStopReplicaRequests).
//
// The inter-broker socket client implements it (cluster/fetcher); the
// controller's unit tests use a recording fake.
//
// Threads: the controller calls it from its own executor. Completions may run
// on any thread; the controller posts them back to its executor itself.
// A request to a broker that was removed (or never added) completes with an
// error; so does one whose connection drops before the response.

#include <cstdint>
#include <functional>

#include "gannet/cluster/zk_data.h"
#include "gannet/common/result.h"
#include "gannet/protocol/messages/leader_and_isr.h"
#include "gannet/protocol/messages/stop_replica.h"
#include "gannet/protocol/messages/update_metadata.h"

namespace gannet::cluster {

class controller_channel {
 public:
  // The versions Kafka 3.9's controller sends (MetadataVersion >= IBP_3_4_IV0).
  static constexpr std::int16_t leader_and_isr_version = 7;
  static constexpr std::int16_t update_metadata_version = 8;
  static constexpr std::int16_t stop_replica_version = 4;

  template <class Response>
  using completion = std::function<void(result<Response>)>;

  virtual ~controller_channel() = default;

  // A broker came up (or the controller just started): open a connection to
  // its inter-broker endpoint. Called again for a broker that restarted with
  // a new registration (after remove_broker).
  virtual void add_broker(std::int32_t broker_id, const broker_endpoint& endpoint) = 0;
  // The broker went away: drop its queue; queued requests complete with an error.
  virtual void remove_broker(std::int32_t broker_id) = 0;

  virtual void send_leader_and_isr(std::int32_t broker_id, protocol::leader_and_isr_request request,
                                   completion<protocol::leader_and_isr_response> done) = 0;
  virtual void send_update_metadata(std::int32_t broker_id, protocol::update_metadata_request request,
                                    completion<protocol::update_metadata_response> done) = 0;
  virtual void send_stop_replica(std::int32_t broker_id, protocol::stop_replica_request request,
                                 completion<protocol::stop_replica_response> done) = 0;
};

}  // namespace gannet::cluster
