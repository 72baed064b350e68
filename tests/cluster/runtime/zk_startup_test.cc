// The start-up steps of a ZooKeeper-mode broker, on memory_zk.

#include "gannet/cluster/zk_startup.h"

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>

#include "cluster/memory_zk_fixture.h"
#include "gannet/cluster/zk_paths.h"

namespace gannet::cluster::testing {
namespace {

namespace asio = boost::asio;

using ZkStartupTest = memory_zk_fixture;

TEST_F(ZkStartupTest, CreatesKafkasPersistentPathsOnceAndEmpty) {
  ASSERT_TRUE(run(ensure_persistent_paths(a_)));
  for (std::string_view p : zk_paths::persistent_paths) {
    auto got = run(a_.get(std::string(p)));
    ASSERT_TRUE(got) << p;
    EXPECT_EQ(got->data, "") << p;
  }
  EXPECT_EQ(run(a_.children("/config")).value(),
            (std::vector<std::string>{"brokers", "changes", "clients", "ips", "topics", "users"}));
  // A second broker starting finds them and changes nothing.
  auto before = run(a_.get("/brokers/ids"))->stat;
  ASSERT_TRUE(run(ensure_persistent_paths(b_)));
  EXPECT_EQ(run(a_.get("/brokers/ids"))->stat.mzxid, before.mzxid);
}

TEST_F(ZkStartupTest, TheFirstBrokerCreatesTheClusterIdAndOthersReadIt) {
  int generated = 0;
  auto first = run(get_or_create_cluster_id(a_, [&] {
    ++generated;
    return std::string("Q7vDsbTUQ7aNdNhh0vqcUw");
  }));
  ASSERT_TRUE(first);
  EXPECT_EQ(*first, "Q7vDsbTUQ7aNdNhh0vqcUw");
  EXPECT_EQ(run(a_.get("/cluster/id"))->data, R"({"version":"1","id":"Q7vDsbTUQ7aNdNhh0vqcUw"})");
  auto second = run(get_or_create_cluster_id(b_, [&] {
    ++generated;
    return std::string("ZZZZZZZZZZZZZZZZZZZZZZ");
  }));
  EXPECT_EQ(second.value(), "Q7vDsbTUQ7aNdNhh0vqcUw");
  EXPECT_EQ(generated, 1);
}

TEST_F(ZkStartupTest, ALostRaceReadsTheWinnersId) {
  // b_ creates the znode between a_'s read (no node) and a_'s create.
  auto raced = run(get_or_create_cluster_id(a_, [&] {
    auto won = [&]() -> asio::awaitable<void> {
      std::string path = "/cluster/id";
      std::string data = R"({"version":"1","id":"winner0000000000000000"})";
      auto r = co_await b_.create_recursive(std::move(path), std::move(data));
      EXPECT_TRUE(r);
    };
    asio::co_spawn(io_, won(), asio::detached);
    io_.poll();
    return std::string("loser00000000000000000");
  }));
  EXPECT_EQ(raced.value(), "winner0000000000000000");
}

TEST_F(ZkStartupTest, UnreadableClusterIdIsAnErrorNotANewId) {
  ASSERT_TRUE(run(a_.create_recursive("/cluster/id", "not json")));
  auto got = run(get_or_create_cluster_id(a_, [] { return std::string("x"); }));
  EXPECT_FALSE(got);
  EXPECT_EQ(run(a_.get("/cluster/id"))->data, "not json");
}

TEST_F(ZkStartupTest, GeneratedBrokerIdsAreAboveTheReservedRangeAndUnique) {
  EXPECT_EQ(run(generate_broker_id(a_, 1000)).value(), 1001);
  EXPECT_EQ(run(generate_broker_id(b_, 1000)).value(), 1002);
  EXPECT_EQ(run(generate_broker_id(a_, 1000)).value(), 1003);
}

TEST_F(ZkStartupTest, ZooKeeperErrorsPassThrough) {
  a_.fail_next(zk_errc::connection_loss);
  EXPECT_EQ(run(ensure_persistent_paths(a_)).error(), zk_errc::connection_loss);
  a_.fail_next(zk_errc::session_expired);
  EXPECT_EQ(run(generate_broker_id(a_, 1000)).error(), zk_errc::session_expired);
}

}  // namespace
}  // namespace gannet::cluster::testing
