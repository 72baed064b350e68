// The CLI client: version negotiation (against a fake broker on port 0), bootstrap parsing,
// and that an unreachable or silent broker ends in an error instead of a hang.

#include "gannet/tools/kafka_client.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "gannet/protocol/headers.h"
#include "gannet/protocol/messages/api_versions.h"

namespace gannet::tools {
namespace {

using protocol::api_key;

TEST(VersionNegotiationTest, PicksTheHighestCommonVersion) {
  EXPECT_EQ(negotiate_version({0, 12}, {0, 9}), 9);
  EXPECT_EQ(negotiate_version({0, 5}, {3, 12}), 5);
  EXPECT_EQ(negotiate_version({4, 7}, {0, 3}), std::nullopt);
}

TEST(VersionNegotiationTest, ClientCapsVersionsWhoseSemanticsItDoesNotImplement) {
  EXPECT_EQ(client_versions(api_key::fetch).max, 12);  // 13+ addresses topics by id
  EXPECT_EQ(client_versions(api_key::offset_fetch).max, 7);
  EXPECT_EQ(client_versions(api_key::metadata).max, 12);
  EXPECT_EQ(client_versions(api_key::metadata).min, 0);
}

TEST(BootstrapServersTest, ParsesKafkasList) {
  auto v = parse_bootstrap_servers("localhost:9092, 127.0.0.1:19092,[::1]:9093");
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[0].host, "localhost");
  EXPECT_EQ(v[1].port, 19092);
  EXPECT_EQ(v[2].host, "::1");
  EXPECT_THROW(parse_bootstrap_servers("localhost"), tool_error);
  EXPECT_THROW(parse_bootstrap_servers("h:99999"), tool_error);
  EXPECT_THROW(parse_bootstrap_servers(""), tool_error);
}

// A one-connection fake broker: answers ApiVersions with `ranges`, records what comes next.
class fake_broker {
 public:
  explicit fake_broker(bool silent = false) : silent_(silent) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a);
    ::listen(fd_, 4);
    socklen_t len = sizeof a;
    ::getsockname(fd_, reinterpret_cast<sockaddr*>(&a), &len);
    port_ = ntohs(a.sin_port);
    thread_ = std::thread([this] { serve(); });
  }
  ~fake_broker() {
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    if (conn_ >= 0) ::shutdown(conn_, SHUT_RDWR);
    thread_.join();
    if (conn_ >= 0) ::close(conn_);
  }
  std::uint16_t port() const { return port_; }
  std::atomic<int> api_versions_version{-1};

 private:
  bool read_exact(std::uint8_t* p, std::size_t n) {
    while (n > 0) {
      ssize_t r = ::recv(conn_, p, n, 0);
      if (r <= 0) return false;
      p += r;
      n -= static_cast<std::size_t>(r);
    }
    return true;
  }
  void serve() {
    conn_ = ::accept(fd_, nullptr, nullptr);
    if (conn_ < 0) return;
    for (;;) {
      std::uint8_t len[4];
      if (!read_exact(len, 4)) return;
      std::vector<std::uint8_t> buf((std::uint32_t{len[0]} << 24) | (std::uint32_t{len[1]} << 16) | (len[2] << 8) |
                                    len[3]);
      if (!read_exact(buf.data(), buf.size())) return;
      if (silent_) continue;
      protocol::reader r(buf);
      protocol::request_header h;
      protocol::decode_request_header(r, h);
      if (h.request_api_key != static_cast<std::int16_t>(api_key::api_versions)) return;
      api_versions_version = h.request_api_version;
      protocol::api_versions_response resp;
      for (const auto& api : protocol::all_apis)
        if (api.key <= 20) resp.api_keys.push_back({api.key, api.min_version, api.max_version});
      for (auto& k : resp.api_keys)
        if (k.api_key == static_cast<std::int16_t>(api_key::metadata)) k.max_version = 5;
      outbound_frame f;
      protocol::encode_response(f, h.correlation_id, h.request_api_version, resp);
      ::send(conn_, f.bytes.data(), f.bytes.size(), MSG_NOSIGNAL);
    }
  }

  bool silent_;
  int fd_ = -1;
  int conn_ = -1;
  std::uint16_t port_ = 0;
  std::thread thread_;
};

TEST(KafkaClientTest, NegotiatesFromTheBrokersApiVersions) {
  fake_broker broker;
  client_options o;
  o.bootstrap = {{"127.0.0.1", broker.port()}};
  kafka_client client(o);
  EXPECT_EQ(broker.api_versions_version.load(), 3);
  EXPECT_EQ(client.version_for(api_key::metadata), 5);
  EXPECT_EQ(client.version_for(api_key::create_topics), protocol::find_api(19)->max_version);
  EXPECT_FALSE(client.supports(api_key::describe_configs));  // key 32: not advertised
  EXPECT_THROW(client.version_for(api_key::describe_configs), tool_error);
}

TEST(KafkaClientTest, UnreachableBrokerFailsWithOneLine) {
  fake_broker broker;  // take a port, then connect to one nothing listens on
  client_options o;
  o.bootstrap = {{"127.0.0.1", 1}};
  try {
    kafka_client client(o);
    FAIL() << "connected to port 1";
  } catch (const tool_error& e) {
    EXPECT_STREQ(e.what(),
                 "Connection to node -1 (127.0.0.1:1) could not be established. Broker may not be available.");
  }
}

TEST(KafkaClientTest, SilentBrokerTimesOut) {
  fake_broker broker(true);
  client_options o;
  o.bootstrap = {{"127.0.0.1", broker.port()}};
  o.request_timeout = std::chrono::milliseconds(200);
  const auto start = std::chrono::steady_clock::now();
  EXPECT_THROW(kafka_client client(o), tool_error);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

}  // namespace
}  // namespace gannet::tools
