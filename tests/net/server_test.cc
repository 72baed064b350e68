// Server-wide behaviour: listeners, connection limits, idle timeout, backpressure
// against a client that never reads, and graceful shutdown.

#include <thread>

#include "net/server_fixture.h"

namespace gannet::net::testing {
namespace {

class ServerTest : public ServerFixture {};

TEST_F(ServerTest, ReportsTheBoundPortOfEveryListener) {
  auto cfg = default_config();
  cfg.listeners.push_back(listener_config{"INTERNAL", "127.0.0.1", 0});
  start(cfg);
  auto eps = server_->local_endpoints();
  ASSERT_EQ(2u, eps.size());
  EXPECT_EQ("PLAINTEXT", eps[0].name);
  EXPECT_EQ("INTERNAL", eps[1].name);
  EXPECT_NE(0, eps[0].endpoint.port());
  EXPECT_NE(eps[0].endpoint.port(), eps[1].endpoint.port());
  test_client c(eps[1].endpoint.port());
  auto req = echo_request(0, "internal");
  c.send_frame(req);
  EXPECT_EQ(req, c.read_frame());
}

TEST_F(ServerTest, StartThrowsWhenThePortIsTaken) {
  start();
  auto cfg = default_config();
  cfg.listeners[0].port = port_;
  test_handler h;
  server second(cfg, h);
  EXPECT_THROW(second.start(), std::system_error);
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ServerTest, IdleConnectionIsClosedAfterConnectionsMaxIdleMs) {
  auto cfg = default_config();
  cfg.connections_max_idle_ms = std::chrono::milliseconds(200);
  start(cfg);
  test_client c = connect();
  auto req = echo_request(0, "active");
  c.send_frame(req);
  EXPECT_EQ(req, c.read_frame());
  auto t0 = std::chrono::steady_clock::now();
  EXPECT_TRUE(c.closed_by_peer(std::chrono::milliseconds(3000)));
  EXPECT_GE(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(150));
  EXPECT_EQ(1u, stats().idle_closed);
}

TEST_F(ServerTest, ARequestBeingHandledIsNotIdle) {
  auto cfg = default_config();
  cfg.connections_max_idle_ms = std::chrono::milliseconds(100);
  start(cfg);
  test_client c = connect();
  auto req = echo_request(400, "slow");
  c.send_frame(req);
  EXPECT_EQ(req, c.read_frame());
}

TEST_F(ServerTest, ThousandIdleConnectionsDoNotStopServiceToOthers) {
  start();
  std::vector<test_client> idle;
  idle.reserve(1000);
  for (int i = 0; i < 1000; ++i)
    idle.push_back(connect());
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 1000; }, std::chrono::seconds(10)));
  test_client active = connect();
  for (int i = 0; i < 50; ++i) {
    auto req = echo_request(0, "busy " + std::to_string(i));
    active.send_frame(req);
    ASSERT_EQ(req, active.read_frame());
  }
  EXPECT_EQ(1001u, stats().connections_open);
}

TEST_F(ServerTest, MaxConnectionsRefusesBeyondTheLimit) {
  auto cfg = default_config();
  cfg.max_connections = 3;
  start(cfg);
  std::vector<test_client> held;
  for (int i = 0; i < 3; ++i)
    held.push_back(connect());
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 3; }));
  test_client refused = connect();
  EXPECT_TRUE(refused.closed_by_peer());
  EXPECT_EQ(1u, stats().connections_refused);
  auto req = echo_request(0, "held");
  held[0].send_frame(req);
  EXPECT_EQ(req, held[0].read_frame());
  held.pop_back();
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 2; }));
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ServerTest, ClientThatNeverReadsIsThrottledAndOthersAreServed) {
  auto cfg = default_config();
  cfg.max_in_flight_requests = 4;
  cfg.max_buffered_bytes = 4 << 20;
  cfg.socket_send_buffer_bytes = 64 << 10;
  cfg.socket_receive_buffer_bytes = 64 << 10;
  start(cfg);
  test_client greedy = connect(64 << 10);
  // Each 64 KiB request asks for a 1 MiB response; the client never reads.
  auto one = frame(big_request(1 << 20, 64 << 10));
  std::vector<std::uint8_t> burst;
  for (int i = 0; i < 1000; ++i)
    append(burst, one);
  std::size_t sent = 0;
  auto last_progress = std::chrono::steady_clock::now();
  auto deadline = last_progress + std::chrono::seconds(10);
  while (sent < burst.size() && std::chrono::steady_clock::now() < deadline) {
    std::size_t n = greedy.try_send(std::span(burst).subspan(sent));
    sent += n;
    if (n > 0) {
      last_progress = std::chrono::steady_clock::now();
    } else if (std::chrono::steady_clock::now() - last_progress > std::chrono::milliseconds(300)) {
      break;  // the server stopped reading from us
    } else {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  }
  EXPECT_LT(sent, burst.size()) << "the server read every request of a client that never reads";
  auto s = stats();
  EXPECT_GT(s.read_paused, 0u);
  // At most 4 requests or responses in memory, at most 1 MiB each.
  EXPECT_LE(s.buffered_bytes, (4u << 20) + (4u << 16));
  EXPECT_LT(s.requests, 100u);
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ServerTest, StopFinishesAnInFlightRequestBeforeClosing) {
  start();
  test_client c = connect();
  auto req = echo_request(300, "finish me");
  c.send_frame(req);
  ASSERT_TRUE(eventually([&] { return handler_.handled.load() == 1; }));
  std::thread stopper([&] { server_->stop(); });
  EXPECT_EQ(req, c.read_frame());
  EXPECT_TRUE(c.closed_by_peer());
  stopper.join();
  EXPECT_EQ(1u, stats().responses);
  EXPECT_EQ(0u, stats().connections_open);
  EXPECT_THROW(test_client{port_}, std::runtime_error);  // no longer accepting
}

TEST_F(ServerTest, StopClosesIdleConnectionsPromptly) {
  start();
  std::vector<test_client> idle;
  for (int i = 0; i < 20; ++i)
    idle.push_back(connect());
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 20; }));
  auto t0 = std::chrono::steady_clock::now();
  server_->stop();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(1000));
  for (auto& c : idle)
    EXPECT_TRUE(c.closed_by_peer());
}

TEST_F(ServerTest, StopGivesUpOnARequestThatOutlivesTheShutdownTimeout) {
  auto cfg = default_config();
  cfg.shutdown_timeout_ms = std::chrono::milliseconds(200);
  start(cfg);
  test_client c = connect();
  c.send_frame(echo_request(10000, "too slow"));
  ASSERT_TRUE(eventually([&] { return handler_.handled.load() == 1; }));
  auto t0 = std::chrono::steady_clock::now();
  server_->stop();
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::milliseconds(2000));
  EXPECT_TRUE(c.closed_by_peer());
}

}  // namespace
}  // namespace gannet::net::testing
