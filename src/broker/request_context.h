#pragma once
// What a handler gets: the shared broker state, the connection, the decoded
// request header and a reader positioned at the request body.
//
// Lifetime: the dispatcher owns the context and awaits the handler, so the
// context, the frame's bytes (which decoded `records` views point into) and the
// connection outlive the handler's coroutine.

#include "broker_state.h"
#include "gannet/common/logging.h"
#include "gannet/net/connection_context.h"
#include "gannet/net/frame_handler.h"
#include "gannet/protocol/headers.h"
#include "gannet/protocol/reader.h"

namespace gannet::broker {

struct request_context {
  broker_state& b;
  net::connection_context& conn;
  net::request_frame& frame;
  protocol::request_header header;
  protocol::reader body;

  std::int16_t version() const { return header.request_api_version; }

  // Decodes the body into `req`; false (with a log line) when the bytes are
  // malformed, in which case the handler closes the connection.
  template <class Request>
  bool decode(Request& req) {
    req.decode(body, version());
    return body.ok();
  }

  // Encodes `resp` as this request's response.
  template <class Response>
  net::handler_result respond(const Response& resp) const {
    outbound_frame f;
    f.bytes.reserve(64 + resp.size(header.request_api_version));
    if (!protocol::encode_response(f, header.correlation_id, header.request_api_version, resp)) {
      // A handler bug: it set a field the version lacks. Loud, so tests catch it.
      log::error("cannot encode the response to api key {} v{}: a field is set that this version lacks",
                 header.request_api_key, header.request_api_version);
      return net::handler_result::close("response cannot be encoded at this version");
    }
    return net::handler_result::respond(std::move(f));
  }

  // The records of a request are views into the frame buffer, which this
  // request owns: the broker rewrites batch headers (offsets, epochs) in place.
  std::span<std::uint8_t> writable(std::span<const std::uint8_t> view) const {
    return {const_cast<std::uint8_t*>(view.data()), view.size()};
  }
};

using handler_fn = boost::asio::awaitable<net::handler_result> (*)(request_context&);

struct handler_entry {
  std::int16_t key;
  std::int16_t min_version;
  std::int16_t max_version;
  handler_fn fn;
  // Served and advertised only in ZooKeeper mode (the controller's APIs): a
  // standalone broker has no controller (Kafka's requireZkOrThrow).
  bool zk_only = false;
};

// Every API the broker serves, with the versions it serves (handlers/*.cc).
std::span<const handler_entry> handler_table();

}  // namespace gannet::broker
