#pragma once
// The standalone Kafka broker: the frame_handler net hands every request to.
// It owns the storage (log manager and the storage thread pool), the topic
// metadata, the partitions and the dispatcher (api key -> handler).
//
// Owner: main (or a test). Thread-safety: handle() is called concurrently from
// the network threads; everything it touches is either immutable, guarded, or
// reached by posting to its owner's strand. Lifecycle: construct with the loaded
// configuration, start() (loads and recovers the logs), serve, stop() (flush,
// checkpoints, clean-shutdown marker). stop() must run after net has stopped.

#include <memory>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/config/loader.h"
#include "gannet/net/frame_handler.h"
#include "gannet/net/server.h"

namespace gannet::broker {

struct broker_state;

class broker final : public net::frame_handler {
 public:
  explicit broker(config::loaded_config config);
  ~broker() override;
  broker(const broker&) = delete;
  broker& operator=(const broker&) = delete;

  // Loads the topic metadata and every partition's log (recovering after an
  // unclean shutdown) and starts the periodic retention / flush / checkpoint work.
  result<void> start();
  // Tells the broker where net really listens (a port 0 in the config becomes
  // the bound port in what Metadata advertises).
  void set_bound_listeners(const std::vector<net::bound_listener>& bound);
  // ZooKeeper mode, after set_bound_listeners(): registers this broker in
  // ZooKeeper and starts its controller; a no-op when standalone.
  result<void> join_cluster();
  // Flushes and closes every log and writes the clean-shutdown marker.
  void stop();
  // First step of a graceful stop, before net::server::stop(): long-polling
  // Fetches answer now instead of holding the shutdown for up to max_wait_ms.
  void begin_stop();

  boost::asio::awaitable<net::handler_result> handle(net::request_frame frame, net::connection_context& ctx) override;

 private:
  std::unique_ptr<broker_state> state_;
};

}  // namespace gannet::broker
