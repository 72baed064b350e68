// Framing, pipelining and robustness of net::connection, through a real server.

#include <algorithm>
#include <random>

#include "net/server_fixture.h"

namespace gannet::net::testing {
namespace {

class ConnectionTest : public ServerFixture {};

TEST_F(ConnectionTest, EchoesExactBytes) {
  start();
  test_client c = connect();
  std::vector<std::uint8_t> req = echo_request(0, "");
  for (int i = 0; i < 256; ++i)
    req.push_back(static_cast<std::uint8_t>(i));
  c.send_frame(req);
  auto resp = c.read_frame();
  ASSERT_TRUE(resp);
  EXPECT_EQ(req, *resp);
  EXPECT_EQ(1u, stats().requests);
}

TEST_F(ConnectionTest, EmptyFrameReachesTheHandler) {
  start();
  test_client c = connect();
  c.send(frame({}));
  EXPECT_TRUE(c.closed_by_peer());  // the test handler closes on an empty request
  EXPECT_EQ(1, handler_.handled.load());
}

TEST_F(ConnectionTest, PipelinedResponsesArriveInRequestOrder) {
  auto cfg = default_config();
  cfg.max_in_flight_requests = 8;
  start(cfg);
  test_client c = connect();
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> delay(0, 15);
  std::vector<std::vector<std::uint8_t>> sent;
  std::vector<std::uint8_t> all;
  for (int i = 0; i < 200; ++i) {
    sent.push_back(echo_request(delay(rng), "request " + std::to_string(i)));
    auto f = frame(sent.back());
    append(all, f);
  }
  c.send(all);  // every request in one go
  for (int i = 0; i < 200; ++i) {
    auto resp = c.read_frame();
    ASSERT_TRUE(resp) << "response " << i;
    ASSERT_EQ(sent[i], *resp) << "response " << i;
  }
  EXPECT_GT(stats().read_paused, 0u);  // 200 requests, at most 8 in flight
}

TEST_F(ConnectionTest, NoResponseRequestsKeepTheOrderOfTheOthers) {
  start();
  test_client c = connect();
  std::vector<std::uint8_t> all;
  for (int i = 0; i < 20; ++i) {
    auto f = frame(i % 3 == 0 ? bytes("N") : echo_request(20 - i, std::to_string(i)));
    append(all, f);
  }
  c.send(all);
  for (int i = 0; i < 20; ++i) {
    if (i % 3 == 0) continue;
    auto resp = c.read_frame();
    ASSERT_TRUE(resp);
    EXPECT_EQ(echo_request(20 - i, std::to_string(i)), *resp);
  }
  EXPECT_TRUE(c.quiet_for(std::chrono::milliseconds(50)));
}

TEST_F(ConnectionTest, FrameSplitAcrossTinyWritesIsReassembled) {
  start();
  test_client c = connect();
  std::vector<std::uint8_t> req = echo_request(0, std::string(300, 'x') + "end");
  auto f = frame(req);
  for (std::uint8_t b : f) {
    c.send(std::span<const std::uint8_t>(&b, 1));
  }
  auto resp = c.read_frame();
  ASSERT_TRUE(resp);
  EXPECT_EQ(req, *resp);
}

TEST_F(ConnectionTest, LargeFrameAboveTheReadBufferArrivesIntact) {
  start();
  test_client c = connect();
  std::string payload(3 << 20, '\0');
  for (std::size_t i = 0; i < payload.size(); ++i)
    payload[i] = static_cast<char>(i * 7);
  auto req = echo_request(0, payload);
  c.send_frame(req);
  auto resp = c.read_frame();
  ASSERT_TRUE(resp);
  EXPECT_TRUE(*resp == req);
}

TEST_F(ConnectionTest, NegativeSizeClosesTheConnectionAndOthersAreServed) {
  start();
  test_client other = connect();
  test_client c = connect();
  c.send(std::vector<std::uint8_t>{0xff, 0xff, 0xff, 0xfe, 'E', 0, 0});
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_EQ(1u, stats().frames_rejected);
  auto req = echo_request(0, "other");
  other.send_frame(req);
  EXPECT_EQ(req, other.read_frame());
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ConnectionTest, SizeAboveSocketRequestMaxBytesClosesTheConnection) {
  auto cfg = default_config();
  cfg.socket_request_max_bytes = 1024;
  start(cfg);
  {
    test_client ok = connect();
    auto req = echo_request(0, std::string(1021, 'a'));  // exactly 1024 bytes
    ok.send_frame(req);
    EXPECT_EQ(req, ok.read_frame());
  }
  test_client c = connect();
  c.send(frame(echo_request(0, std::string(1022, 'a'))));  // 1025 bytes
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_EQ(1u, stats().frames_rejected);
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ConnectionTest, HugeSizePrefixIsRejectedWithoutAllocating) {
  start();
  test_client c = connect();
  c.send(std::vector<std::uint8_t>{0x7f, 0xff, 0xff, 0xff});
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_EQ(1u, stats().frames_rejected);
}

TEST_F(ConnectionTest, ClaimedSizeCostsMemoryOnlyAsBytesArrive) {
  start();
  test_client c = connect();
  // 100 MB claimed (the default maximum), 10 bytes sent.
  c.send(std::vector<std::uint8_t>{0x05, 0xf5, 0xe1, 0x00, 'E', 0, 0, 1, 2, 3, 4, 5, 6, 7});
  EXPECT_TRUE(c.quiet_for(std::chrono::milliseconds(50)));
  EXPECT_EQ(0u, stats().buffered_bytes);  // nothing handed to the handler
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ConnectionTest, TruncatedFrameThenEofClosesCleanly) {
  start();
  {
    test_client c = connect();
    c.send(std::vector<std::uint8_t>{0, 0, 0, 100, 'E', 0, 0, 'x'});
    c.shutdown_write();
    EXPECT_TRUE(c.closed_by_peer());
  }
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 0; }));
  EXPECT_EQ(0, handler_.handled.load());
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ConnectionTest, ResponsesBeforeAHalfCloseAreStillWritten) {
  start();
  test_client c = connect();
  auto req = echo_request(30, "before eof");
  c.send_frame(req);
  c.shutdown_write();
  EXPECT_EQ(req, c.read_frame());
  EXPECT_TRUE(c.closed_by_peer());
}

TEST_F(ConnectionTest, GarbageBytesCloseTheConnectionAndTheServerStaysUp) {
  start();
  {
    test_client c = connect();
    c.send(bytes("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n"));  // "GET " is a 1.2 GB size
    EXPECT_TRUE(c.closed_by_peer());
  }
  std::mt19937 rng(7);
  for (int round = 0; round < 20; ++round) {
    test_client c = connect();
    std::vector<std::uint8_t> junk(1 + rng() % 2000);
    for (auto& b : junk)
      b = static_cast<std::uint8_t>(rng());
    c.send(junk);
    c.shutdown_write();
    EXPECT_TRUE(c.closed_by_peer()) << "round " << round;
  }
  EXPECT_TRUE(serves_a_new_client());
  EXPECT_TRUE(eventually([&] { return stats().connections_open == 0; }));
}

TEST_F(ConnectionTest, HandlerCloseWritesEarlierResponsesFirst) {
  start();
  test_client c = connect();
  std::vector<std::uint8_t> all;
  for (auto& body : {echo_request(40, "first"), echo_request(0, "second"), bytes("C"), echo_request(0, "never")}) {
    auto f = frame(body);
    append(all, f);
  }
  c.send(all);
  EXPECT_EQ(echo_request(40, "first"), c.read_frame());
  EXPECT_EQ(echo_request(0, "second"), c.read_frame());
  EXPECT_FALSE(c.read_frame());  // closed, "never" is not answered
}

TEST_F(ConnectionTest, HandlerExceptionClosesOnlyThatConnection) {
  start();
  test_client c = connect();
  c.send_frame(bytes("T"));
  EXPECT_TRUE(c.closed_by_peer());
  EXPECT_TRUE(serves_a_new_client());
}

TEST_F(ConnectionTest, CountersTrackBytesAndRequests) {
  start();
  test_client c = connect();
  auto req = echo_request(0, "count me");
  c.send_frame(req);
  ASSERT_TRUE(c.read_frame());
  EXPECT_TRUE(eventually([&] { return stats().responses == 1; }));
  auto s = stats();
  EXPECT_EQ(1u, s.requests);
  EXPECT_EQ(req.size() + 4, s.bytes_in);
  EXPECT_EQ(req.size() + 4, s.bytes_out);
  EXPECT_EQ(1u, s.connections_open);
  EXPECT_EQ(0u, s.buffered_bytes);
}

}  // namespace
}  // namespace gannet::net::testing

namespace gannet::net::testing {
namespace {

TEST_F(ConnectionTest, StateSlotLivesAsLongAsTheConnection) {
  start();
  {
    test_client c = connect();
    c.send_frame(echo_request(0, "first"));
    ASSERT_TRUE(c.read_frame());
    for (std::uint32_t i = 1; i <= 3; ++i) {
      c.send_frame(bytes("S"));
      auto resp = c.read_frame();
      ASSERT_TRUE(resp);
      ASSERT_EQ(12u, resp->size());
      EXPECT_EQ(i, (std::uint32_t{(*resp)[2]} << 8) | (*resp)[3]);  // count, per connection
      EXPECT_EQ(i, (*resp)[11]);                                    // sequence: 0 was the echo
    }
    test_client other = connect();
    other.send_frame(bytes("S"));
    auto resp = other.read_frame();
    ASSERT_TRUE(resp);
    EXPECT_EQ(1, (*resp)[3]);
    EXPECT_EQ(0, handler_.states_destroyed.load());
  }
  EXPECT_TRUE(eventually([&] { return handler_.states_destroyed.load() == 2; }));
}

TEST_F(ConnectionTest, ResponsesBeforeAHandlerCloseSurviveUnreadRequestsBehindIt) {
  auto cfg = default_config();
  cfg.max_in_flight_requests = 2;  // the third request stays unread in the socket
  start(cfg);
  for (int round = 0; round < 5; ++round) {
    test_client c = connect();
    auto req = echo_request(30, std::string(200000, 'r'));
    std::vector<std::uint8_t> all = frame(req);
    append(all, frame(bytes("C")));
    append(all, frame(echo_request(0, std::string(100000, 'u'))));
    c.send(all);
    auto resp = c.read_frame();
    ASSERT_TRUE(resp) << "round " << round << ": the response was lost to a reset";
    EXPECT_TRUE(*resp == req);
    EXPECT_TRUE(c.closed_by_peer());
  }
}

}  // namespace
}  // namespace gannet::net::testing
