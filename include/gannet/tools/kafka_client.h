#pragma once
// A small synchronous Kafka client for the operator CLI (docs/cli.md).
//
// Blocking sockets with poll() deadlines: every connect and every request has a timeout, so
// an unreachable or silent broker ends in a tool_error, never a hang. It bootstraps from the
// first reachable address, negotiates each API's version with ApiVersions (the highest both
// sides support, negotiate_version), keeps one connection per broker (node id from Metadata;
// -1 is the bootstrap connection) and routes requests to the node the caller names (leader,
// controller, coordinator). A CLI is not the broker: one thread, one request in flight.
//
// Owner: the command that made it; single-threaded; connections close with it.

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/api_keys.h"
#include "gannet/protocol/messages/metadata.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"
#include "gannet/tools/tool_error.h"

namespace gannet::tools {

struct version_range {
  std::int16_t min = 0;
  std::int16_t max = -1;  // max < min: not supported
};

// The highest version in both ranges, or std::nullopt when they do not overlap.
std::optional<std::int16_t> negotiate_version(version_range ours, version_range theirs);

// The range this client can speak for an API: the generated messages' range, capped where a
// newer version changes semantics the CLI does not implement (Fetch 13+ addresses topics by id;
// OffsetFetch 8+ batches groups; OffsetCommit 9 is KIP-848's).
version_range client_versions(protocol::api_key key);

struct broker_address {
  std::string host;
  std::uint16_t port = 0;
  std::string to_string() const { return host + ":" + std::to_string(port); }
};

// "host:port[,host:port...]"; throws tool_error on a malformed list.
std::vector<broker_address> parse_bootstrap_servers(const std::string& list);

struct client_options {
  std::vector<broker_address> bootstrap;
  std::string client_id = "gannet-cli";
  std::chrono::milliseconds connect_timeout{10000};
  std::chrono::milliseconds request_timeout{30000};
};

// One TCP connection: framing, correlation ids, response headers. Not thread-safe.
class connection {
 public:
  connection(const broker_address& addr, const client_options& options);
  ~connection();
  connection(const connection&) = delete;
  connection& operator=(const connection&) = delete;

  // Sends a request body already encoded at `version` and returns the response body (after
  // the response header). `timeout` overrides the request timeout (long polls).
  std::vector<std::uint8_t> round_trip(protocol::api_key key, std::int16_t version,
                                       const std::vector<std::uint8_t>& body,
                                       std::optional<std::chrono::milliseconds> timeout = std::nullopt);
  // Sends a request that gets no response (Produce with acks=0).
  void send_only(protocol::api_key key, std::int16_t version, const std::vector<std::uint8_t>& body);
  const broker_address& address() const { return addr_; }

 private:
  // Size prefix and request header for a body of body_size bytes.
  std::vector<std::uint8_t> frame_head(protocol::api_key key, std::int16_t version, std::int32_t correlation_id,
                                       std::size_t body_size) const;
  void send_all(const std::uint8_t* p, std::size_t n, std::chrono::steady_clock::time_point deadline);
  void recv_all(std::uint8_t* p, std::size_t n, std::chrono::steady_clock::time_point deadline);

  broker_address addr_;
  client_options options_;
  int fd_ = -1;
  std::int32_t next_correlation_id_ = 1;
};

class kafka_client {
 public:
  static constexpr std::int32_t any_node = -1;

  explicit kafka_client(client_options options);
  ~kafka_client();

  // Encodes `request` at the negotiated version, sends it to `node` (any_node: the bootstrap
  // broker) and decodes the response. Throws tool_error when the broker does not support the API
  // or the connection fails.
  template <class Response, class Request>
  Response send(std::int32_t node, const Request& request,
                std::optional<std::chrono::milliseconds> timeout = std::nullopt) {
    std::vector<std::uint8_t> storage;
    return send<Response>(node, request, timeout, storage);
  }

  // As send, keeping the response bytes in `storage`: `records` fields (Fetch) are views into
  // them, valid while storage lives.
  template <class Response, class Request>
  Response send(std::int32_t node, const Request& request, std::optional<std::chrono::milliseconds> timeout,
                std::vector<std::uint8_t>& storage) {
    const auto key = static_cast<protocol::api_key>(Request::message_api_key);
    const std::int16_t version = version_for(key);
    outbound_frame frame;
    protocol::writer w(frame);
    request.encode(w, version);
    if (!w.ok()) throw tool_error("cannot encode " + api_name(key) + " v" + std::to_string(version));
    storage = conn(node).round_trip(key, version, frame.bytes, timeout);
    const auto& body = storage;
    Response response;
    protocol::reader r(body);
    response.decode(r, version);
    if (!r.ok()) throw tool_error("malformed " + api_name(key) + " v" + std::to_string(version) + " response");
    return response;
  }

  // Sends without waiting for a response (Produce with acks=0).
  template <class Request>
  void send_only(std::int32_t node, const Request& request) {
    const auto key = static_cast<protocol::api_key>(Request::message_api_key);
    const std::int16_t version = version_for(key);
    outbound_frame frame;
    protocol::writer w(frame);
    request.encode(w, version);
    if (!w.ok()) throw tool_error("cannot encode " + api_name(key) + " v" + std::to_string(version));
    conn(node).send_only(key, version, frame.bytes);
  }

  // The negotiated version of an API; throws tool_error if there is none.
  std::int16_t version_for(protocol::api_key key);
  bool supports(protocol::api_key key);

  // Metadata for some topics (std::nullopt: all topics). Remembers the brokers it lists.
  protocol::metadata_response metadata(const std::optional<std::vector<std::string>>& topics,
                                       bool allow_auto_create = false);
  // The controller named by the last Metadata (fetched when there is none yet).
  std::int32_t controller();
  // The group coordinator of a consumer group (FindCoordinator).
  std::int32_t coordinator(const std::string& group);
  const client_options& options() const { return options_; }

 private:
  connection& conn(std::int32_t node);
  void bootstrap();
  static std::string api_name(protocol::api_key key);

  client_options options_;
  std::map<std::int32_t, std::unique_ptr<connection>> connections_;
  std::map<std::int32_t, broker_address> brokers_;
  std::map<std::int16_t, version_range> broker_versions_;
  std::optional<std::int32_t> controller_;
};

}  // namespace gannet::tools
