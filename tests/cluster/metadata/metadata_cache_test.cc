// metadata_cache against ZkMetadataCache's rules (ZkMetadataCache.scala, 3.9).
#include "gannet/cluster/metadata_cache.h"

#include <gtest/gtest.h>

#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <thread>

namespace gannet::cluster {
namespace {

using protocol::error_code;
using request = protocol::update_metadata_request;

request::update_metadata_broker broker(std::int32_t id, std::vector<request::update_metadata_endpoint> endpoints,
                                       std::optional<std::string> rack = std::nullopt) {
  request::update_metadata_broker b;
  b.id = id;
  b.endpoints = std::move(endpoints);
  b.rack = std::move(rack);
  return b;
}

request::update_metadata_endpoint endpoint(std::string listener, std::string host, std::int32_t port,
                                           std::int16_t protocol = 0) {
  request::update_metadata_endpoint e;
  e.listener = std::move(listener);
  e.host = std::move(host);
  e.port = port;
  e.security_protocol = protocol;
  return e;
}

metadata_partition_state state(std::int32_t partition, std::int32_t leader, std::int32_t leader_epoch,
                               std::vector<std::int32_t> replicas, std::vector<std::int32_t> isr,
                               std::vector<std::int32_t> offline = {}) {
  metadata_partition_state s;
  s.partition_index = partition;
  s.controller_epoch = 3;
  s.leader = leader;
  s.leader_epoch = leader_epoch;
  s.isr = std::move(isr);
  s.zk_version = 1;
  s.replicas = std::move(replicas);
  s.offline_replicas = std::move(offline);
  return s;
}

request::update_metadata_topic_state topic(std::string name, protocol::uuid id,
                                           std::vector<metadata_partition_state> partitions) {
  request::update_metadata_topic_state t;
  t.topic_name = std::move(name);
  t.topic_id = id;
  t.partition_states = std::move(partitions);
  return t;
}

const protocol::uuid orders_id = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

// Brokers 0 and 1 alive (broker 0 with an EXTERNAL listener too), controller 1;
// orders-0 led by 0, orders-1 by 1, orders-2 by 2 (not alive).
request cluster_request() {
  request r;
  r.controller_id = 1;
  r.controller_epoch = 3;
  r.broker_epoch = 100;
  r.live_brokers = {broker(0, {endpoint("PLAINTEXT", "b0", 9092), endpoint("EXTERNAL", "b0.example", 19092, 1)}, "r0"),
                    broker(1, {endpoint("PLAINTEXT", "b1", 9092)})};
  r.topic_states = {
      topic("orders", orders_id,
            {state(0, 0, 5, {0, 1}, {0, 1}), state(1, 1, 2, {1, 2}, {1}, {2}), state(2, 2, 7, {2, 0}, {2})})};
  return r;
}

TEST(MetadataCacheTest, StartsEmpty) {
  metadata_cache cache(0);
  EXPECT_FALSE(cache.controller_id());
  EXPECT_TRUE(cache.alive_brokers().empty());
  EXPECT_TRUE(cache.topic_metadata({"orders"}, "PLAINTEXT").empty());
  EXPECT_FALSE(cache.partition_leader_endpoint("orders", 0, "PLAINTEXT"));
}

TEST(MetadataCacheTest, KeepsBrokersControllerAndPartitions) {
  metadata_cache cache(0);
  EXPECT_TRUE(cache.update_metadata(cluster_request(), 8).empty());
  EXPECT_EQ(cache.controller_id(), (cached_controller_id{1, false}));
  EXPECT_EQ(cache.controller_id_for_clients(), 1);
  EXPECT_TRUE(cache.has_alive_broker(1));
  EXPECT_FALSE(cache.has_alive_broker(2));
  EXPECT_EQ(cache.alive_broker_nodes("PLAINTEXT"),
            (std::vector<metadata_node>{{0, "b0", 9092, "r0"}, {1, "b1", 9092, std::nullopt}}));
  EXPECT_EQ(cache.alive_broker_nodes("EXTERNAL"), (std::vector<metadata_node>{{0, "b0.example", 19092, "r0"}}));
  EXPECT_EQ(cache.alive_broker_node(1, "EXTERNAL"), std::nullopt);
  EXPECT_EQ(cache.num_partitions("orders"), 3u);
  EXPECT_EQ(cache.topic_id("orders"), orders_id);
  EXPECT_EQ(cache.topic_name(orders_id), "orders");
  EXPECT_EQ(cache.all_topics(), (std::set<std::string>{"orders"}));
  auto info = cache.partition_info("orders", 1);
  ASSERT_TRUE(info);
  EXPECT_EQ(info->topic_name, "orders");  // filled from the topic state (v5+)
  EXPECT_EQ(info->offline_replicas, (std::vector<std::int32_t>{2}));
}

TEST(MetadataCacheTest, TopicMetadataErrorsAsKafka) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  auto topics = cache.topic_metadata({"orders", "missing"}, "PLAINTEXT", false, true);
  ASSERT_EQ(topics.size(), 1u);
  EXPECT_EQ(topics[0].name, "orders");
  EXPECT_EQ(topics[0].topic_id, orders_id);
  EXPECT_EQ(topics[0].error_code, error_code::none);
  EXPECT_FALSE(topics[0].is_internal);
  ASSERT_EQ(topics[0].partitions.size(), 3u);
  const auto& p = topics[0].partitions;
  EXPECT_EQ(p[0].error_code, error_code::none);
  EXPECT_EQ(p[0].leader_id, 0);
  EXPECT_EQ(p[0].leader_epoch, 5);
  EXPECT_EQ(p[0].replica_nodes, (std::vector<std::int32_t>{0, 1}));
  EXPECT_EQ(p[1].error_code, error_code::none);  // a dead replica is no error unless v0
  EXPECT_EQ(p[1].offline_replicas, (std::vector<std::int32_t>{2}));
  EXPECT_EQ(p[2].error_code, error_code::leader_not_available);  // broker 2 is not alive
  EXPECT_EQ(p[2].leader_id, -1);
  EXPECT_EQ(p[2].leader_epoch, 7);
  EXPECT_EQ(p[2].replica_nodes, (std::vector<std::int32_t>{2, 0}));

  // Broker 1 is alive without EXTERNAL: LISTENER_NOT_FOUND from Metadata v6, LEADER_NOT_AVAILABLE before.
  auto external = cache.topic_metadata({"orders"}, "EXTERNAL", false, true);
  EXPECT_EQ(external[0].partitions[0].error_code, error_code::none);
  EXPECT_EQ(external[0].partitions[1].error_code, error_code::listener_not_found);
  EXPECT_EQ(external[0].partitions[1].leader_id, -1);
  EXPECT_EQ(external[0].partitions[2].error_code, error_code::leader_not_available);
  auto old = cache.topic_metadata({"orders"}, "EXTERNAL", false, false);
  EXPECT_EQ(old[0].partitions[1].error_code, error_code::leader_not_available);
}

TEST(MetadataCacheTest, MetadataV0FiltersUnavailableReplicas) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  auto topics = cache.topic_metadata({"orders"}, "PLAINTEXT", true, false);
  const auto& p = topics[0].partitions;
  EXPECT_EQ(p[0].error_code, error_code::none);
  EXPECT_EQ(p[1].error_code, error_code::replica_not_available);
  EXPECT_EQ(p[1].replica_nodes, (std::vector<std::int32_t>{1}));
  EXPECT_EQ(p[1].isr_nodes, (std::vector<std::int32_t>{1}));
  EXPECT_EQ(p[2].error_code, error_code::leader_not_available);
  EXPECT_EQ(p[2].replica_nodes, (std::vector<std::int32_t>{0}));
  EXPECT_TRUE(p[2].isr_nodes.empty());
}

TEST(MetadataCacheTest, LeaderAndReplicaEndpoints) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  EXPECT_EQ(cache.partition_leader_endpoint("orders", 0, "EXTERNAL"), (metadata_node{0, "b0.example", 19092, "r0"}));
  EXPECT_EQ(cache.partition_leader_endpoint("orders", 1, "EXTERNAL"), metadata_node::no_node());
  EXPECT_EQ(cache.partition_leader_endpoint("orders", 2, "PLAINTEXT"), metadata_node::no_node());
  EXPECT_EQ(cache.partition_leader_endpoint("orders", 9, "PLAINTEXT"), std::nullopt);
  EXPECT_EQ(cache.partition_replica_endpoints("orders", 1, "PLAINTEXT"),
            (std::map<std::int32_t, metadata_node>{{1, {1, "b1", 9092, std::nullopt}}}));
}

TEST(MetadataCacheTest, UpdatesMergePartitionsAndReplaceBrokers) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  request r;
  r.controller_id = 0;
  r.live_brokers = {broker(0, {endpoint("PLAINTEXT", "b0", 9092)}), broker(2, {endpoint("PLAINTEXT", "b2", 9092)})};
  r.topic_states = {topic("orders", orders_id, {state(2, 2, 8, {2, 0}, {2, 0})})};
  EXPECT_TRUE(cache.update_metadata(r, 8).empty());
  EXPECT_EQ(cache.controller_id(), (cached_controller_id{0, false}));
  EXPECT_FALSE(cache.has_alive_broker(1));
  EXPECT_TRUE(cache.has_alive_broker(2));
  EXPECT_EQ(cache.partition_info("orders", 0)->leader_epoch, 5);  // untouched, kept
  EXPECT_EQ(cache.partition_info("orders", 2)->leader_epoch, 8);
  auto topics = cache.topic_metadata({"orders"}, "PLAINTEXT");
  EXPECT_EQ(topics[0].partitions[1].error_code, error_code::leader_not_available);  // broker 1 left
  EXPECT_EQ(topics[0].partitions[2].error_code, error_code::none);

  // No partition states at all: brokers and controller change, partitions stay.
  request brokers_only;
  brokers_only.controller_id = -1;
  brokers_only.live_brokers = {broker(1, {endpoint("PLAINTEXT", "b1", 9092)})};
  cache.update_metadata(brokers_only, 8);
  EXPECT_FALSE(cache.controller_id());
  EXPECT_EQ(cache.num_partitions("orders"), 3u);
  EXPECT_EQ(cache.alive_brokers().size(), 1u);
}

TEST(MetadataCacheTest, LeaderDuringDeleteRemovesPartitionsAndTheTopic) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  request r = cluster_request();
  r.topic_states = {topic("orders", orders_id,
                          {state(0, metadata_cache::leader_during_delete, 6, {0, 1}, {0}),
                           state(1, metadata_cache::leader_during_delete, 3, {1, 2}, {1})})};
  auto deleted = cache.update_metadata(r, 8);
  EXPECT_EQ(deleted, (std::vector<deleted_partition>{{"orders", 0}, {"orders", 1}}));
  EXPECT_EQ(cache.num_partitions("orders"), 1u);
  EXPECT_EQ(cache.topic_id("orders"), orders_id);

  // The last partition goes, and the topic and its id with it. A partition
  // deleted and re-created in one request is not reported as deleted.
  request last = cluster_request();
  last.topic_states = {
      topic("orders", orders_id, {state(2, metadata_cache::leader_during_delete, 8, {2, 0}, {2})}),
      topic("events", {}, {state(0, metadata_cache::leader_during_delete, 1, {0}, {0}), state(0, 0, 0, {0}, {0})})};
  deleted = cache.update_metadata(last, 8);
  EXPECT_EQ(deleted, (std::vector<deleted_partition>{{"orders", 2}}));
  EXPECT_FALSE(cache.contains("orders"));
  EXPECT_EQ(cache.topic_id("orders"), protocol::uuid{});
  EXPECT_EQ(cache.topic_name(orders_id), std::nullopt);
  EXPECT_TRUE(cache.contains("events", 0));
}

TEST(MetadataCacheTest, ZeroTopicIdDropsTheId) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  request r = cluster_request();
  r.topic_states = {topic("orders", {}, {state(0, 0, 6, {0, 1}, {0, 1})})};
  cache.update_metadata(r, 8);
  EXPECT_EQ(cache.topic_id("orders"), protocol::uuid{});
  EXPECT_TRUE(cache.contains("orders", 0));
}

TEST(MetadataCacheTest, OldVersionsNormalizeAsKafka) {
  metadata_cache cache(0);
  // v0: host and port only; v4: partition states not grouped by topic.
  request v0;
  v0.controller_id = 0;
  request::update_metadata_broker b;
  b.id = 0;
  b.v0_host = "old";
  b.v0_port = 9092;
  b.rack = std::nullopt;
  v0.live_brokers = {b};
  auto s = state(0, 0, 1, {0}, {0});
  s.topic_name = "legacy";
  v0.ungrouped_partition_states = {s};
  cache.update_metadata(v0, 0);
  EXPECT_EQ(cache.alive_broker_node(0, "PLAINTEXT"), (metadata_node{0, "old", 9092, std::nullopt}));
  EXPECT_TRUE(cache.contains("legacy", 0));
  EXPECT_EQ(cache.topic_metadata({"legacy"}, "PLAINTEXT")[0].partitions[0].error_code, error_code::none);

  // v2: endpoints without listener names are named after their protocol.
  request v2;
  v2.controller_id = 0;
  v2.live_brokers = {broker(0, {endpoint("", "h", 9093, 1), endpoint("", "h", 9094, 3)})};
  cache.update_metadata(v2, 2);
  EXPECT_EQ(cache.alive_broker_node(0, "SSL"), (metadata_node{0, "h", 9093, std::nullopt}));
  EXPECT_EQ(cache.alive_broker_node(0, "SASL_SSL"), (metadata_node{0, "h", 9094, std::nullopt}));
  EXPECT_TRUE(cache.contains("legacy", 0));  // v2 carried no partition states

  // A KRaft controller (v8) is remembered as one.
  request kraft;
  kraft.controller_id = 3000;
  kraft.is_k_raft_controller = true;
  cache.update_metadata(kraft, 8);
  EXPECT_EQ(cache.controller_id(), (cached_controller_id{3000, true}));
  EXPECT_EQ(cache.controller_id_for_clients(), -1);  // no live broker to name instead
  kraft.live_brokers = {broker(4, {endpoint("PLAINTEXT", "h", 9092)})};
  cache.update_metadata(kraft, 8);
  EXPECT_EQ(cache.controller_id_for_clients(), 4);  // the only live broker
  request none;
  none.controller_id = -1;
  cache.update_metadata(none, 8);
  EXPECT_EQ(cache.controller_id_for_clients(), -1);
}

TEST(MetadataCacheTest, ARepeatedListenersLastEndpointWins) {
  metadata_cache cache(0);
  request r;
  r.controller_id = 0;
  r.live_brokers = {broker(0, {endpoint("PLAINTEXT", "first", 1), endpoint("PLAINTEXT", "second", 2)})};
  cache.update_metadata(r, 8);
  EXPECT_EQ(cache.alive_broker_node(0, "PLAINTEXT"), (metadata_node{0, "second", 2, std::nullopt}));
}

TEST(MetadataCacheTest, InternalTopicsAreMarked) {
  metadata_cache cache(0);
  request r = cluster_request();
  r.topic_states = {topic("__consumer_offsets", {}, {state(0, 0, 0, {0}, {0})})};
  cache.update_metadata(r, 8);
  EXPECT_TRUE(cache.topic_metadata({"__consumer_offsets"}, "PLAINTEXT")[0].is_internal);
}

TEST(MetadataCacheTest, HeldSnapshotDoesNotChange) {
  metadata_cache cache(0);
  cache.update_metadata(cluster_request(), 8);
  auto held = cache.snapshot();
  request r;
  r.controller_id = 2;
  cache.update_metadata(r, 8);
  EXPECT_EQ(held->alive_brokers.size(), 2u);
  EXPECT_EQ(held->controller_id, (cached_controller_id{1, false}));
  EXPECT_TRUE(cache.alive_brokers().empty());
}

// Readers on other threads always see one whole update: every update here
// makes broker count == controller id == the partition count of "t".
TEST(MetadataCacheTest, ReadersSeeWholeUpdatesWhileOneWriterUpdates) {
  metadata_cache cache(0);
  std::atomic<bool> done{false};
  std::atomic<int> torn{0};
  auto reader = [&] {
    while (!done.load()) {
      auto s = cache.snapshot();
      auto n = static_cast<std::int32_t>(s->alive_brokers.size());
      auto t = s->partition_states.find("t");
      std::int32_t partitions = t == s->partition_states.end() ? 0 : static_cast<std::int32_t>(t->second.size());
      std::int32_t controller = s->controller_id ? s->controller_id->id : 0;
      if (n != partitions || n != controller) ++torn;
    }
  };
  std::thread r1(reader), r2(reader);
  for (int round = 0; round < 2000; ++round) {
    std::int32_t n = 1 + round % 7;
    request r;
    r.controller_id = n;
    std::vector<metadata_partition_state> states;
    for (std::int32_t i = 0; i < 8; ++i) {
      r.live_brokers.push_back(broker(i, {endpoint("PLAINTEXT", "h", 9092 + i)}));
      states.push_back(state(i, i < n ? 0 : metadata_cache::leader_during_delete, 0, {0}, {0}));
    }
    r.live_brokers.resize(static_cast<std::size_t>(n));
    r.topic_states = {topic("t", {}, states)};
    cache.update_metadata(r, 8);
  }
  done = true;
  r1.join();
  r2.join();
  EXPECT_EQ(torn.load(), 0);
}

// wait_for_update: returns at once when an update came after `seen`, is woken
// by the next update (well before its deadline), and returns at the deadline
// when none comes.
TEST(MetadataCacheTest, WaitForUpdateWakesOnTheNextUpdate) {
  using clock = std::chrono::steady_clock;
  metadata_cache cache(0);
  EXPECT_EQ(cache.update_count(), 0u);
  cache.update_metadata(cluster_request(), 8);
  EXPECT_EQ(cache.update_count(), 1u);

  boost::asio::io_context io;
  std::vector<std::chrono::milliseconds> waited;
  auto run = [&](std::uint64_t seen, clock::duration timeout, bool update_after_50ms) {
    waited.clear();
    boost::asio::steady_timer poke(io);
    if (update_after_50ms) {
      poke.expires_after(std::chrono::milliseconds(50));
      poke.async_wait([&](boost::system::error_code) { cache.update_metadata(cluster_request(), 8); });
    }
    boost::asio::co_spawn(
        io,
        [](metadata_cache& c, std::uint64_t seen, clock::time_point deadline,
           std::vector<std::chrono::milliseconds>& out) -> boost::asio::awaitable<void> {
          const auto start = clock::now();
          // Loop as callers do: a wait ends at the latest after 100 ms.
          while (c.update_count() == seen && clock::now() < deadline) {
            auto wait = c.wait_for_update(seen, deadline);
            co_await std::move(wait);
          }
          out.push_back(std::chrono::duration_cast<std::chrono::milliseconds>(clock::now() - start));
        }(cache, seen, clock::now() + timeout, waited),
        boost::asio::detached);
    io.restart();
    io.run();
    return waited.at(0);
  };
  EXPECT_LT(run(0, std::chrono::seconds(5), false), std::chrono::milliseconds(20));  // already updated
  auto woken = run(1, std::chrono::seconds(5), true);
  EXPECT_GE(woken, std::chrono::milliseconds(45));
  // Below the 100 ms re-check: the update cancelled the wait.
  EXPECT_LT(woken, std::chrono::milliseconds(95));
  EXPECT_EQ(cache.update_count(), 2u);
  auto timed_out = run(2, std::chrono::milliseconds(250), false);
  EXPECT_GE(timed_out, std::chrono::milliseconds(245));
  EXPECT_EQ(cache.update_count(), 2u);
}

}  // namespace
}  // namespace gannet::cluster
