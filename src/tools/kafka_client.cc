// The CLI's synchronous Kafka client (include/gannet/tools/kafka_client.h).

#include "gannet/tools/kafka_client.h"

#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "gannet/protocol/headers.h"
#include "gannet/protocol/messages/api_versions.h"
#include "gannet/protocol/messages/find_coordinator.h"
#include "gannet/protocol/messages/request_header.h"

namespace gannet::tools {
namespace {

using clock = std::chrono::steady_clock;

int remaining_ms(clock::time_point deadline) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left, 1 << 30));
}

std::string unreachable(const broker_address& a) {
  // The wording of the Java client's NetworkClient warning.
  return "Connection to node -1 (" + a.to_string() + ") could not be established. Broker may not be available.";
}

}  // namespace

std::optional<std::int16_t> negotiate_version(version_range ours, version_range theirs) {
  const std::int16_t hi = std::min(ours.max, theirs.max);
  const std::int16_t lo = std::max(ours.min, theirs.min);
  if (hi < lo) return std::nullopt;
  return hi;
}

version_range client_versions(protocol::api_key key) {
  const protocol::api_info* api = protocol::find_api(static_cast<std::int16_t>(key));
  if (api == nullptr) return {0, -1};
  version_range r{api->min_version, api->max_version};
  switch (key) {
    case protocol::api_key::fetch:
      r.max = std::min<std::int16_t>(r.max, 12);
      break;
    case protocol::api_key::offset_fetch:
      r.max = std::min<std::int16_t>(r.max, 7);
      break;
    case protocol::api_key::offset_commit:
      r.max = std::min<std::int16_t>(r.max, 8);
      break;
    case protocol::api_key::find_coordinator:
      r.max = std::min<std::int16_t>(r.max, 3);
      break;
    case protocol::api_key::join_group:
      r.max = std::min<std::int16_t>(r.max, 7);
      break;
    default:
      break;
  }
  return r;
}

std::vector<broker_address> parse_bootstrap_servers(const std::string& list) {
  std::vector<broker_address> out;
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(start, comma - start);
    start = comma + 1;
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (item.empty()) continue;
    const std::size_t colon = item.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == item.size())
      throw tool_error("Invalid url in bootstrap.servers: " + item, "org.apache.kafka.common.config.ConfigException");
    std::string host = item.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port = item.substr(colon + 1);
    if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 || std::stoi(port) > 65535)
      throw tool_error("Invalid url in bootstrap.servers: " + item, "org.apache.kafka.common.config.ConfigException");
    out.push_back({host, static_cast<std::uint16_t>(std::stoi(port))});
  }
  if (out.empty())
    throw tool_error("No resolvable bootstrap urls given in bootstrap.servers",
                     "org.apache.kafka.common.config.ConfigException");
  return out;
}

connection::connection(const broker_address& addr, const client_options& options) : addr_(addr), options_(options) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* res = nullptr;
  const std::string port = std::to_string(addr.port);
  if (getaddrinfo(addr.host.c_str(), port.c_str(), &hints, &res) != 0 || res == nullptr)
    throw tool_error("Couldn't resolve server " + addr.to_string() +
                     " from bootstrap.servers as DNS resolution failed for " + addr.host);
  const auto deadline = clock::now() + options.connect_timeout;
  for (addrinfo* ai = res; ai != nullptr && fd_ < 0; ai = ai->ai_next) {
    int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK, ai->ai_protocol);
    if (fd < 0) continue;
    int rc = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
    if (rc != 0 && errno == EINPROGRESS) {
      pollfd p{fd, POLLOUT, 0};
      rc = ::poll(&p, 1, remaining_ms(deadline)) == 1 ? 0 : -1;
      int err = 0;
      socklen_t len = sizeof err;
      if (rc == 0 && (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) != 0 || err != 0)) rc = -1;
    }
    if (rc == 0) {
      int one = 1;
      ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
      fd_ = fd;
    } else {
      ::close(fd);
    }
  }
  freeaddrinfo(res);
  if (fd_ < 0) throw tool_error(unreachable(addr));
}

connection::~connection() {
  if (fd_ >= 0) ::close(fd_);
}

void connection::send_all(const std::uint8_t* p, std::size_t n, clock::time_point deadline) {
  while (n > 0) {
    ssize_t w = ::send(fd_, p, n, MSG_NOSIGNAL);
    if (w > 0) {
      p += w;
      n -= static_cast<std::size_t>(w);
      continue;
    }
    if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
      throw tool_error("Connection to " + addr_.to_string() + " was lost: " + std::strerror(errno));
    pollfd pfd{fd_, POLLOUT, 0};
    if (::poll(&pfd, 1, remaining_ms(deadline)) == 0)
      throw tool_error("Timed out sending a request to " + addr_.to_string());
  }
}

void connection::recv_all(std::uint8_t* p, std::size_t n, clock::time_point deadline) {
  while (n > 0) {
    pollfd pfd{fd_, POLLIN, 0};
    const int ready = ::poll(&pfd, 1, remaining_ms(deadline));
    if (ready == 0) throw tool_error("Timed out waiting for a response from " + addr_.to_string());
    if (ready < 0) {
      if (errno == EINTR) continue;
      throw tool_error(std::string("poll failed: ") + std::strerror(errno));
    }
    ssize_t r = ::recv(fd_, p, n, 0);
    if (r == 0) throw tool_error("Connection to " + addr_.to_string() + " was closed by the broker");
    if (r < 0) {
      if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR) continue;
      throw tool_error("Connection to " + addr_.to_string() + " was lost: " + std::strerror(errno));
    }
    p += r;
    n -= static_cast<std::size_t>(r);
  }
}

void connection::send_only(protocol::api_key key, std::int16_t version, const std::vector<std::uint8_t>& body) {
  const auto deadline = clock::now() + options_.request_timeout;
  const auto head = frame_head(key, version, next_correlation_id_++, body.size());
  send_all(head.data(), head.size(), deadline);
  send_all(body.data(), body.size(), deadline);
}

std::vector<std::uint8_t> connection::frame_head(protocol::api_key key, std::int16_t version,
                                                 std::int32_t correlation_id, std::size_t body_size) const {
  const auto k = static_cast<std::int16_t>(key);
  outbound_frame frame;
  protocol::writer w(frame);
  protocol::request_header h;
  h.request_api_key = k;
  h.request_api_version = version;
  h.correlation_id = correlation_id;
  h.client_id = options_.client_id;
  h.encode(w, protocol::request_header_version(k, version));
  // The body goes out in a second write (no copy into the frame).
  const auto size = static_cast<std::uint32_t>(frame.bytes.size() + body_size);
  std::vector<std::uint8_t> head(4 + frame.bytes.size());
  for (std::size_t i = 0; i < 4; ++i)
    head[i] = static_cast<std::uint8_t>(size >> (24 - 8 * i));
  std::copy(frame.bytes.begin(), frame.bytes.end(), head.begin() + 4);
  return head;
}

std::vector<std::uint8_t> connection::round_trip(protocol::api_key key, std::int16_t version,
                                                 const std::vector<std::uint8_t>& body,
                                                 std::optional<std::chrono::milliseconds> timeout) {
  const auto k = static_cast<std::int16_t>(key);
  const std::int32_t correlation_id = next_correlation_id_++;
  const auto deadline = clock::now() + timeout.value_or(options_.request_timeout);
  const auto head = frame_head(key, version, correlation_id, body.size());
  send_all(head.data(), head.size(), deadline);
  send_all(body.data(), body.size(), deadline);
  std::uint8_t len_bytes[4];
  recv_all(len_bytes, 4, deadline);
  const std::uint32_t len = (std::uint32_t{len_bytes[0]} << 24) | (std::uint32_t{len_bytes[1]} << 16) |
                            (std::uint32_t{len_bytes[2]} << 8) | std::uint32_t{len_bytes[3]};
  if (len < 4 || len > (1u << 30))
    throw tool_error("Invalid response size " + std::to_string(len) + " from " + addr_.to_string());
  std::vector<std::uint8_t> buf(len);
  recv_all(buf.data(), len, deadline);
  protocol::reader r(buf);
  const std::int32_t got = r.read_int32();
  if (protocol::response_header_version(k, version) >= 1) r.skip_tagged_fields();
  if (!r.ok() || got != correlation_id)
    throw tool_error("Correlation id mismatch from " + addr_.to_string() + ": expected " +
                     std::to_string(correlation_id) + ", got " + std::to_string(got));
  return {buf.begin() + static_cast<std::ptrdiff_t>(r.position()), buf.end()};
}

kafka_client::kafka_client(client_options options) : options_(std::move(options)) { bootstrap(); }

kafka_client::~kafka_client() = default;

std::string kafka_client::api_name(protocol::api_key key) {
  const auto* api = protocol::find_api(static_cast<std::int16_t>(key));
  return api ? std::string(api->name) : "api " + std::to_string(static_cast<int>(key));
}

void kafka_client::bootstrap() {
  std::optional<tool_error> last;
  for (const auto& addr : options_.bootstrap) {
    try {
      auto c = std::make_unique<connection>(addr, options_);
      // ApiVersions v3 first (KIP-511); a broker that does not know it answers in the v0 layout
      // with UNSUPPORTED_VERSION and its own range, and we retry at its highest version.
      std::int16_t version = 3;
      for (int attempt = 0; attempt < 2; ++attempt) {
        protocol::api_versions_request req;
        req.client_software_name = "gannet-cli";
        req.client_software_version = "0.1";
        outbound_frame f;
        protocol::writer w(f);
        req.encode(w, version);
        auto body = c->round_trip(protocol::api_key::api_versions, version, f.bytes);
        protocol::api_versions_response resp;
        protocol::reader r(body);
        resp.decode(r, version);
        if (resp.error_code == protocol::error_code::unsupported_version) {
          protocol::reader r0(body);
          protocol::api_versions_response v0;
          v0.decode(r0, 0);
          version = 0;
          for (const auto& k : v0.api_keys)
            if (k.api_key == static_cast<std::int16_t>(protocol::api_key::api_versions))
              version = std::min<std::int16_t>(k.max_version, 3);
          continue;
        }
        if (!r.ok() || resp.error_code != protocol::error_code::none)
          throw tool_error("ApiVersions failed on " + addr.to_string() + ": " +
                           std::string(protocol::error_code_name(resp.error_code)));
        for (const auto& k : resp.api_keys)
          broker_versions_[k.api_key] = {k.min_version, k.max_version};
        connections_[any_node] = std::move(c);
        return;
      }
      throw tool_error("ApiVersions failed on " + addr.to_string());
    } catch (const tool_error& e) {
      last = e;
    }
  }
  throw *last;
}

bool kafka_client::supports(protocol::api_key key) {
  auto it = broker_versions_.find(static_cast<std::int16_t>(key));
  return it != broker_versions_.end() && negotiate_version(client_versions(key), it->second).has_value();
}

std::int16_t kafka_client::version_for(protocol::api_key key) {
  auto it = broker_versions_.find(static_cast<std::int16_t>(key));
  std::optional<std::int16_t> v;
  if (it != broker_versions_.end()) v = negotiate_version(client_versions(key), it->second);
  if (!v)
    throw tool_error("The node does not support " + api_name(key),
                     "org.apache.kafka.common.errors.UnsupportedVersionException");
  return *v;
}

connection& kafka_client::conn(std::int32_t node) {
  auto it = connections_.find(node);
  if (it != connections_.end()) return *it->second;
  if (brokers_.empty()) metadata(std::vector<std::string>{});
  auto b = brokers_.find(node);
  if (b == brokers_.end()) throw tool_error("Unknown broker " + std::to_string(node));
  // Same cluster, same software: reuse the bootstrap broker's ranges for every node.
  auto c = std::make_unique<connection>(b->second, options_);
  auto& ref = *c;
  connections_[node] = std::move(c);
  return ref;
}

protocol::metadata_response kafka_client::metadata(const std::optional<std::vector<std::string>>& topics,
                                                   bool allow_auto_create) {
  protocol::metadata_request req;
  if (topics) {
    req.topics.emplace();
    for (const auto& t : *topics) {
      protocol::metadata_request::metadata_request_topic mt;
      mt.name = t;
      req.topics->push_back(std::move(mt));
    }
  } else {
    req.topics = std::nullopt;
  }
  req.allow_auto_topic_creation = allow_auto_create;
  // v0 cannot ask for "all topics" with null; it means an empty list there.
  auto resp = send<protocol::metadata_response>(any_node, req);
  brokers_.clear();
  for (const auto& b : resp.brokers)
    brokers_[b.node_id] = {b.host, static_cast<std::uint16_t>(b.port)};
  controller_ = resp.controller_id;
  return resp;
}

std::int32_t kafka_client::controller() {
  if (!controller_ || *controller_ < 0) metadata(std::vector<std::string>{});
  if (!controller_ || *controller_ < 0) return any_node;
  return *controller_;
}

std::int32_t kafka_client::coordinator(const std::string& group) {
  for (int attempt = 0; attempt < 20; ++attempt) {
    protocol::find_coordinator_request req;
    req.key = group;
    req.key_type = 0;
    auto resp = send<protocol::find_coordinator_response>(any_node, req);
    if (resp.error_code == protocol::error_code::none) {
      brokers_[resp.node_id] = {resp.host, static_cast<std::uint16_t>(resp.port)};
      return resp.node_id;
    }
    if (resp.error_code != protocol::error_code::coordinator_not_available &&
        resp.error_code != protocol::error_code::coordinator_load_in_progress)
      throw kafka_error(resp.error_code, resp.error_message);
    ::usleep(250000);
  }
  throw kafka_error(protocol::error_code::coordinator_not_available);
}

}  // namespace gannet::tools
