#pragma once
// zk_session: the zk_client over Debian's libzookeeper-mt (the C client's
// asynchronous API), one ZooKeeper session at a time. docs/cluster.md,
// "ZooKeeper client", describes threads, expiry and what is retried.
//
// Use (src/server/main.cc):
//   auto zk = std::make_shared<zk_session>(executor, config.zookeeper_connect,
//                                          session_timeout_ms);
//   if (auto r = co_await zk->connect(connection_timeout_ms); !r)
//     fail(zk->connect_error());   // "Timed out waiting for connection while in state: CONNECTING"
//   ... register the broker, the controller's watches ...
//   zk->close();                  // ephemeral znodes go with the session
//
// Owner: the cluster runtime, one per broker. Executor: the one given at
// construction; session listeners and watchers run on a strand of it.
// Thread-safety: every method may be called from any thread, and any number
// of operations may be in flight. Lifecycle: construct, connect() once, use,
// close() or destroy; the destructor closes. Operations completing after
// close() fail with zk_errc::closing.

#include <boost/asio/any_io_executor.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

#include "gannet/cluster/zk_client.h"

namespace gannet::cluster {

class zk_session final : public zk_client {
 public:
  // `connect` exactly as zookeeper.connect holds it: "h1:p1,h2:p2" or
  // "h1:p1,h2:p2/chroot". `session_timeout` is zookeeper.session.timeout.ms
  // (the server may negotiate it into its own [min, max] range).
  zk_session(boost::asio::any_io_executor executor, std::string connect, std::chrono::milliseconds session_timeout);
  ~zk_session() override;
  zk_session(const zk_session&) = delete;
  zk_session& operator=(const zk_session&) = delete;

  // Opens the first session and waits until it is connected, at most
  // `connection_timeout` (zookeeper.connection.timeout.ms) per connection.
  // With a chroot, first creates the chroot path if missing, over a
  // connection without it (as Kafka's KafkaZkClient.apply). Errors:
  // operation_timeout (connect_error(): "Timed out waiting for connection
  // while in state: CONNECTING", Kafka's ZooKeeperClientTimeoutException),
  // auth_failed, bad_arguments (a connect string the C client refuses),
  // closing. Call once; after a failure the session is closed.
  boost::asio::awaitable<result<void>> connect(std::chrono::milliseconds connection_timeout);
  // Kafka's message for the last failed connect() ("" before one failed).
  std::string connect_error() const;

  // Ends the session (the server deletes its ephemeral znodes) and stops the
  // C client's threads. Blocks until the C client has finished; do not call
  // it from a watcher or listener. Idempotent.
  void close();

  // The chroot part of the connect string ("" without one).
  const std::string& chroot() const;
  // The session id and password, for a second handle onto the same session
  // (tests expire a session that way, as ZooKeeper's own tests do).
  struct client_id {
    std::int64_t session_id = 0;
    std::string password;  // 16 bytes
  };
  client_id current_client_id() const;

  boost::asio::awaitable<result<std::string>> create(std::string path, std::string data, zk_create_mode mode) override;
  boost::asio::awaitable<result<void>> create_recursive(std::string path, std::string data) override;
  boost::asio::awaitable<result<zk_data>> get(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<zk_stat>> set(std::string path, std::string data, std::int32_t version) override;
  boost::asio::awaitable<result<void>> remove(std::string path, std::int32_t version) override;
  boost::asio::awaitable<result<std::optional<zk_stat>>> exists(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<std::vector<std::string>>> children(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<std::vector<zk_op_result>>> multi(std::vector<zk_op> ops) override;

  std::int64_t session_id() const override;
  void add_session_listener(zk_session_listener listener) override;

  class core;

 private:
  std::shared_ptr<core> core_;
};

}  // namespace gannet::cluster
