#pragma once
// The controller's connections to the brokers (Kafka's ControllerChannelManager)
// over broker_channel: one channel per live broker, to its inter-broker
// endpoint, with client id "controller-<id>-to-broker-<id>" and
// controller.socket.timeout.ms. Requests to one broker go out in the order
// the controller sent them (one coroutine per broker drains a queue, as
// Kafka's RequestSendThread does) and a failed request is not retried: the
// controller's own state changes decide what to send next, as in Kafka, where
// a broker that comes back gets a full UpdateMetadata / LeaderAndIsr anyway.
//
// Owner: the cluster runtime. Executor: a strand of the one given; the
// controller may call it from any thread. Completions run on the strand.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <map>
#include <memory>

#include "gannet/cluster/broker_channel.h"
#include "gannet/cluster/controller_channel.h"

namespace gannet::cluster {

class zk_controller_channel final : public controller_channel {
 public:
  zk_controller_channel(boost::asio::any_io_executor executor, std::int32_t controller_id,
                        std::chrono::milliseconds socket_timeout);
  ~zk_controller_channel() override;

  void add_broker(std::int32_t broker_id, const broker_endpoint& endpoint) override;
  void remove_broker(std::int32_t broker_id) override;
  void send_leader_and_isr(std::int32_t broker_id, protocol::leader_and_isr_request request,
                           completion<protocol::leader_and_isr_response> done) override;
  void send_update_metadata(std::int32_t broker_id, protocol::update_metadata_request request,
                            completion<protocol::update_metadata_response> done) override;
  void send_stop_replica(std::int32_t broker_id, protocol::stop_replica_request request,
                         completion<protocol::stop_replica_response> done) override;

  // Closes every channel; later sends complete with an error.
  void close();

  struct queue;

 private:
  template <class Request, class Response>
  void enqueue(std::int32_t broker_id, Request request, std::int16_t version, completion<Response> done);

  boost::asio::strand<boost::asio::any_io_executor> strand_;
  std::int32_t controller_id_;
  std::chrono::milliseconds socket_timeout_;
  bool closed_ = false;                                    // strand_ only
  std::map<std::int32_t, std::shared_ptr<queue>> queues_;  // strand_ only
};

}  // namespace gannet::cluster
