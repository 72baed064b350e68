#pragma once
// zk_broker_registration: the broker's ephemeral /brokers/ids/<broker.id>
// znode, registered as Kafka 3.9's KafkaZkClient.registerBroker does
// (CheckedEphemeral) and registered again after every session expiry (as
// Kafka's controller does on its RegisterBrokerAndReelect event).
//
// The broker epoch is the registration znode's czxid; the controller sends it
// back in LeaderAndIsr / UpdateMetadata, and a new registration means a new
// epoch.
//
// Kafka's known bug family (KAFKA-7165, ZOOKEEPER-2985): after an expiry the
// old ephemeral may still be there. If its owner is the session that made our
// previous registration, it is deleted and created again; if it is our
// current session (a create retried after a connection loss), it is ours; if
// another live session owns it (another broker with the same broker.id), the
// registration fails with node_exists and Kafka's message, "Error while
// creating ephemeral at /brokers/ids/<id>, node already exists and owner
// '0x...' does not match current session '0x...'".
//
// Use (src/server/main.cc), after the top-level paths exist (zk_paths.h,
// persistent_paths; Kafka's createTopLevelPaths):
//   auto reg = zk_broker_registration::make(executor, zk, info);
//   auto epoch = co_await reg->register_broker();
//   if (!epoch) fail(reg->last_error());
//
// Owner: the cluster runtime; `zk` must outlive it. Executor: a strand of the
// one given; every registration runs there, one at a time. Thread-safety:
// register_broker and the accessors may be called from any thread.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>

#include "gannet/cluster/zk_client.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {

class zk_broker_registration : public std::enable_shared_from_this<zk_broker_registration> {
 public:
  // Called after each registration the session listener starts (after an
  // expiry), with the new broker epoch or the error.
  using on_reregistered = std::function<void(result<std::int64_t>)>;

  // `info` is encoded once (Kafka registers the same BrokerInfo, timestamp
  // included, after an expiry). `retry_for` bounds the wait through
  // connection losses (Kafka's retryRequestUntilConnected); use
  // zookeeper.session.timeout.ms.
  static std::shared_ptr<zk_broker_registration> make(boost::asio::any_io_executor executor, zk_client& zk,
                                                      const broker_registration& info,
                                                      std::chrono::milliseconds retry_for = std::chrono::seconds(18),
                                                      on_reregistered on_reregistered = {});

  // Creates the znode (or finds it ours) and returns the broker epoch. From
  // the first success on, a new session re-registers by itself.
  boost::asio::awaitable<result<std::int64_t>> register_broker();

  std::int64_t broker_epoch() const;  // -1 before the first registration
  std::string last_error() const;     // Kafka's message for the last failure
  const std::string& path() const { return path_; }
  const std::string& data() const { return data_; }

  zk_broker_registration(boost::asio::any_io_executor executor, zk_client& zk, const broker_registration& info,
                         std::chrono::milliseconds retry_for, on_reregistered on_reregistered);

 private:
  boost::asio::awaitable<result<std::int64_t>> register_on_strand();
  boost::asio::awaitable<result<std::int64_t>> create();
  boost::asio::awaitable<result<std::int64_t>> after_node_exists();
  boost::asio::awaitable<result<std::int64_t>> recreate();
  void on_session_event(zk_session_event e, std::int64_t session_id);
  void fail(std::string message);

  boost::asio::strand<boost::asio::any_io_executor> strand_;
  zk_client& zk_;
  const std::int32_t broker_id_;
  const std::string path_;
  const std::string data_;
  const std::string addresses_;  // for the log, as Kafka prints them
  const std::chrono::milliseconds retry_for_;
  const on_reregistered on_reregistered_;

  mutable std::mutex mutex_;  // the accessors' copies
  std::int64_t broker_epoch_ = -1;
  std::string last_error_;

  // strand_ only.
  bool listening_ = false;
  // The session of the last successful registration (Kafka's
  // currentZooKeeperSessionId): a znode it owns is our own stale one.
  std::int64_t registered_session_ = 0;
  int recreate_depth_ = 0;
};

}  // namespace gannet::cluster
