// broker_channel against a real Gannet broker (a subprocess on a free loopback port).

#include "gannet/cluster/broker_channel.h"

#include <gtest/gtest.h>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "cluster/fetcher/gannet_process.h"
#include "gannet/protocol/messages/api_versions.h"
#include "gannet/protocol/messages/fetch.h"
#include "gannet/protocol/messages/metadata.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using testing::asio_runner;
using testing::gannet_process;
using testing::temp_dir;

using versions_result = result<channel_response<protocol::api_versions_response>>;

asio::awaitable<versions_result> api_versions(broker_channel& ch) {
  protocol::api_versions_request req;
  req.client_software_name = "gannet-fetcher-test";
  req.client_software_version = "1";
  co_return co_await ch.send<protocol::api_versions_request, protocol::api_versions_response>(std::move(req), 3);
}

// Several ApiVersions at once on one channel; their results in send order.
asio::awaitable<std::vector<std::error_code>> pipelined(broker_channel& ch, int n) {
  std::vector<std::future<versions_result>> futures;
  auto ex = co_await asio::this_coro::executor;
  for (int i = 0; i < n; ++i)
    futures.push_back(asio::co_spawn(ex, api_versions(ch), asio::use_future));
  std::vector<std::error_code> out;
  for (auto& f : futures) {
    while (f.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
      asio::steady_timer t(ex, std::chrono::milliseconds(5));
      co_await t.async_wait(asio::use_awaitable);
    }
    auto r = f.get();
    out.push_back(r ? std::error_code{} : r.error());
  }
  co_return out;
}

// A long-polling Fetch of a partition with no data: the broker holds it for max_wait_ms.
asio::awaitable<result<channel_response<protocol::fetch_response>>> long_poll(broker_channel& ch, std::string topic) {
  protocol::fetch_request req;
  req.max_wait_ms = 10000;
  req.min_bytes = 1;
  req.session_epoch = -1;
  protocol::fetch_request::fetch_topic t;
  t.topic = topic;
  protocol::fetch_request::fetch_partition p;
  p.partition = 0;
  p.partition_max_bytes = 1024;
  t.partitions.push_back(p);
  req.topics.push_back(std::move(t));
  co_return co_await ch.send<protocol::fetch_request, protocol::fetch_response>(std::move(req), 12);
}

asio::awaitable<result<channel_response<protocol::metadata_response>>> metadata(broker_channel& ch, std::string topic) {
  protocol::metadata_request req;
  protocol::metadata_request::metadata_request_topic t;
  t.name = topic;
  req.topics->push_back(t);
  req.allow_auto_topic_creation = true;
  co_return co_await ch.send<protocol::metadata_request, protocol::metadata_response>(std::move(req), 12);
}

broker_channel_config quick_config(std::chrono::milliseconds request_timeout = std::chrono::milliseconds(5000)) {
  broker_channel_config c;
  c.client_id = "broker-1-fetcher-0";
  c.connect_timeout = std::chrono::milliseconds(2000);
  c.request_timeout = request_timeout;
  c.reconnect_backoff = std::chrono::milliseconds(20);
  c.reconnect_backoff_max = std::chrono::milliseconds(200);
  return c;
}

class BrokerChannelTest : public ::testing::Test {
 protected:
  BrokerChannelTest() : dir_("channel"), broker_(dir_.path() / "broker", testing::free_loopback_port()) {}
  void SetUp() override { broker_.start(); }
  void TearDown() override { runner_.run(channel().close()); }

  broker_channel& channel(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
    if (!channel_)
      channel_ = std::make_unique<broker_channel>(runner_.executor(), broker_address{0, "127.0.0.1", broker_.port()},
                                                  quick_config(timeout));
    return *channel_;
  }

  temp_dir dir_;
  gannet_process broker_;
  asio_runner runner_;
  std::unique_ptr<broker_channel> channel_;
};

TEST_F(BrokerChannelTest, ApiVersionsListsTheBrokersFetchRange) {
  auto r = runner_.run(api_versions(channel()));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->body.error_code, protocol::error_code::none);
  bool found = false;
  for (const auto& k : r->body.api_keys)
    if (k.api_key == 1) {
      found = true;
      EXPECT_EQ(k.max_version, 17);
    }
  EXPECT_TRUE(found);
  EXPECT_EQ(channel().connection_count(), 1u);
}

TEST_F(BrokerChannelTest, MetadataNamesTheBrokerAndTheAutoCreatedTopic) {
  auto r = runner_.run(metadata(channel(), "channel-topic"));
  ASSERT_TRUE(r) << r.error().message();
  ASSERT_EQ(r->body.brokers.size(), 1u);
  EXPECT_EQ(r->body.brokers[0].node_id, 0);
  EXPECT_EQ(r->body.brokers[0].host, "127.0.0.1");
  EXPECT_EQ(r->body.brokers[0].port, broker_.port());
  ASSERT_EQ(r->body.topics.size(), 1u);
  EXPECT_EQ(r->body.topics[0].name, "channel-topic");
}

TEST_F(BrokerChannelTest, PipelinedRequestsShareOneConnectionAndAllSucceed) {
  auto codes = runner_.run(pipelined(channel(), 16));
  ASSERT_EQ(codes.size(), 16u);
  for (const auto& ec : codes)
    EXPECT_FALSE(ec) << ec.message();
  EXPECT_EQ(channel().connection_count(), 1u);
}

TEST_F(BrokerChannelTest, UnansweredRequestTimesOutAndTheNextOneReconnects) {
  // 2 s, not less: the same timeout bounds the answers before the pause and
  // after SIGCONT, which a loaded 2-core CI machine can delay by hundreds of ms.
  auto& ch = channel(std::chrono::milliseconds(2000));
  ASSERT_TRUE(runner_.run(api_versions(ch)));
  broker_.pause();
  const auto start = std::chrono::steady_clock::now();
  auto r = runner_.run(api_versions(ch));
  const auto took = std::chrono::steady_clock::now() - start;
  broker_.signal(SIGCONT);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), make_error_code(channel_errc::request_timed_out));
  EXPECT_GE(took, std::chrono::milliseconds(2000));
  EXPECT_LT(took, std::chrono::milliseconds(8000));
  auto again = runner_.run(api_versions(ch));
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(ch.connection_count(), 2u);
}

TEST_F(BrokerChannelTest, ServerKilledMidRequestFailsItThenReconnectsToTheRestartedServer) {
  auto& ch = channel(std::chrono::milliseconds(15000));
  ASSERT_TRUE(runner_.run(metadata(ch, "polled")));
  auto pending = asio::co_spawn(runner_.io(), long_poll(ch, "polled"), asio::use_future);
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  ASSERT_EQ(pending.wait_for(std::chrono::seconds(0)), std::future_status::timeout);  // still long-polling
  broker_.kill(SIGKILL);
  ASSERT_EQ(pending.wait_for(std::chrono::seconds(5)), std::future_status::ready);
  auto r = pending.get();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), make_error_code(channel_errc::disconnected));

  // Nobody listens: the next request fails to connect.
  auto refused = runner_.run(api_versions(ch));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error(), make_error_code(channel_errc::connect_failed));

  broker_.start();
  auto again = runner_.run(api_versions(ch));
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->body.error_code, protocol::error_code::none);
  EXPECT_EQ(ch.connection_count(), 2u);
}

TEST_F(BrokerChannelTest, ClosedChannelRefusesRequests) {
  auto& ch = channel();
  ASSERT_TRUE(runner_.run(api_versions(ch)));
  runner_.run(ch.close());
  auto r = runner_.run(api_versions(ch));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), make_error_code(channel_errc::closed));
}

}  // namespace
}  // namespace gannet::cluster
