#pragma once
// broker_channel: an asynchronous Kafka client for broker-to-broker traffic (replica fetchers,
// the controller's LeaderAndIsr / UpdateMetadata / StopReplica, AlterPartition and
// ControlledShutdown to the controller). Kafka's NetworkClient reduced to one destination.
//
// One TCP connection to one broker. Requests are framed with request header v1, or v2 for
// flexible versions (protocol::request_header_version), each with its own correlation id; several
// may be in flight on the connection and the broker answers them in order (Kafka never reorders
// responses on a connection), so a response is matched against the oldest waiting request and a
// different correlation id is a protocol error that closes the connection.
//
// Failures are values, never exceptions:
//  - connect: refused or not done within connect_timeout -> connect_failed / connect_timeout;
//  - request_timeout (replica.socket.timeout.ms for fetchers, controller.socket.timeout.ms for the
//    controller's channels) with no answer -> request_timed_out; as Kafka's NetworkClient does,
//    the connection is then closed (the answer, if it ever comes, would block every later one);
//  - a broken connection (EOF, reset, malformed frame) fails every waiting request with
//    disconnected (or protocol_error for the malformed one);
//  - the next request reconnects, after reconnect_backoff that doubles with each failed attempt
//    up to reconnect_backoff_max (reconnect.backoff.ms / reconnect.backoff.max.ms, 50 / 1000).
//
// Owner: whoever talks to that broker (a replica fetcher, the controller's per-broker sender).
// Executor: its own strand, made from the executor given at construction; send() may be
// awaited from any executor and resumes on the channel's strand. close() must have been awaited
// (or the io_context stopped) before the channel is destroyed.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

#include "gannet/common/outbound_frame.h"
#include "gannet/common/result.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"

namespace gannet::cluster {

enum class channel_errc {
  connect_failed = 1,  // refused, unreachable, name not resolved
  connect_timeout,     // not connected within connect_timeout
  request_timed_out,   // no response within request_timeout
  disconnected,        // the connection broke while the request waited
  protocol_error,      // a frame that is not a response to the oldest waiting request
  encode_failed,       // the request cannot be written at this version
  decode_failed,       // the response body does not decode at this version
  closed,              // close() was called
};
const std::error_category& channel_category();
std::error_code make_error_code(channel_errc e);

// Where a broker listens (the inter-broker listener's advertised host and port). Not
// zk_data.h's broker_endpoint, which is one endpoint of a registration.
struct broker_address {
  std::int32_t id = -1;
  std::string host;
  std::uint16_t port = 0;
};

struct broker_channel_config {
  std::string client_id;  // Kafka: "broker-<id>-fetcher-<n>", "controller-<id>-to-broker-<id>"
  std::chrono::milliseconds connect_timeout{30000};
  std::chrono::milliseconds request_timeout{30000};
  std::chrono::milliseconds reconnect_backoff{50};
  std::chrono::milliseconds reconnect_backoff_max{1000};
  // SO_RCVBUF; -1 keeps the OS default (Kafka's socket.receive.buffer.bytes convention).
  std::int32_t receive_buffer_bytes = -1;
  // Largest response frame accepted; a larger size prefix is a protocol error.
  std::int32_t max_response_bytes = 1 << 30;
};

// A decoded response and the frame it was decoded from: `records` fields of the body are views
// into `frame`, so keep the two together (moving a response keeps the views valid, copying does
// not: the type is move-only).
template <class Body>
struct channel_response {
  Body body;
  std::unique_ptr<std::vector<std::uint8_t>> frame;
};

class broker_channel {
 public:
  broker_channel(boost::asio::any_io_executor executor, broker_address target, broker_channel_config config);
  ~broker_channel();
  broker_channel(const broker_channel&) = delete;
  broker_channel& operator=(const broker_channel&) = delete;

  // Sends `request` at `version` and returns its decoded response. Connects first when needed.
  template <class Request, class Response>
  boost::asio::awaitable<result<channel_response<Response>>> send(Request request, std::int16_t version) {
    static_assert(Request::message_api_key == Response::message_api_key);
    outbound_frame body;
    protocol::writer w(body);
    request.encode(w, version);
    if (!w.ok()) co_return make_error_code(channel_errc::encode_failed);
    auto raw = co_await round_trip(Request::message_api_key, version, std::move(body.bytes));
    if (!raw) co_return raw.error();
    channel_response<Response> out;
    out.frame = std::make_unique<std::vector<std::uint8_t>>(std::move(raw->body));
    protocol::reader r(*out.frame);
    out.body.decode(r, version);
    if (!r.ok()) co_return make_error_code(channel_errc::decode_failed);
    co_return out;
  }

  // The untyped form: `body` is the encoded request body; the answer is the response body (the
  // bytes after the response header).
  struct raw_response {
    std::vector<std::uint8_t> body;
  };
  boost::asio::awaitable<result<raw_response>> round_trip(std::int16_t api_key, std::int16_t version,
                                                          std::vector<std::uint8_t> body);

  // Fails every waiting request with `closed`, closes the socket, and refuses later requests.
  boost::asio::awaitable<void> close();

  const broker_address& target() const;
  // Connections made so far (a test sees the reconnect).
  std::uint64_t connection_count() const;

 private:
  class impl;
  std::shared_ptr<impl> impl_;
};

}  // namespace gannet::cluster

template <>
struct std::is_error_code_enum<gannet::cluster::channel_errc> : std::true_type {};
