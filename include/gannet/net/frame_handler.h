#pragma once
// The seam between net (sockets, sizes) and the broker (Kafka APIs). net reads
// one size-prefixed frame, hands its bytes to frame_handler::handle(), and writes
// what comes back, in the order the requests arrived.

#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "gannet/common/outbound_frame.h"
#include "gannet/net/connection_context.h"

namespace gannet::net {

// One request as read from the wire: the bytes after the int32 size prefix.
// Owned: decoded views into `bytes` stay valid for as long as the handler keeps
// the request_frame alive.
struct request_frame {
  std::vector<std::uint8_t> bytes;
  std::uint64_t sequence = 0;  // 0, 1, 2, ... per connection, in arrival order
  std::chrono::steady_clock::time_point received_at;
};

// What to do with a request once handled.
struct handler_result {
  enum class action {
    respond,      // write `frame` (its bytes start with the int32 size prefix)
    no_response,  // nothing to write (e.g. Produce with acks=0)
    close,        // close the connection after the responses before this one
  };

  action what = action::no_response;
  outbound_frame frame;
  std::string close_reason;  // logged at debug level

  static handler_result respond(outbound_frame f) {
    handler_result r;
    r.what = action::respond;
    r.frame = std::move(f);
    return r;
  }
  static handler_result no_response() { return handler_result{}; }
  static handler_result close(std::string reason) {
    handler_result r;
    r.what = action::close;
    r.close_reason = std::move(reason);
    return r;
  }
};

// Implemented by the broker's dispatcher (and by tests).
//
// Owner: whoever builds the server; it must outlive the server. Thread-safety:
// handle() is called concurrently from many connections' strands, so shared state
// behind it must be safe for that (an immutable table, or posting to owners).
// Contract of handle():
// - Runs on ctx.executor (the connection's strand). Calls for one connection start
//   in arrival order; up to server_config::max_in_flight_requests of them may be
//   pending at once, and they may complete in any order: net writes the results
//   in arrival order. A handler that needs one-at-a-time semantics (Kafka's
//   default) can use `frame.sequence` or set max_in_flight_requests to 1.
// - `ctx` stays valid until the returned awaitable completes.
// - An exception escaping handle() is logged and closes the connection.
class frame_handler {
 public:
  virtual ~frame_handler() = default;
  virtual boost::asio::awaitable<handler_result> handle(request_frame frame, connection_context& ctx) = 0;
};

}  // namespace gannet::net
