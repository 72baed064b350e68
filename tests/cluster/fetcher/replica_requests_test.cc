// LeaderAndIsr and StopReplica as a Gannet broker in ZooKeeper mode answers them (a subprocess
// joined to the test ZooKeeper): Kafka 3.9's ReplicaManager checks, with exact error codes, and
// what the broker then hosts (its log directory, Produce answers).

#include <gtest/gtest.h>

#include <filesystem>

#include "cluster/fetcher/gannet_process.h"
#include "cluster/zookeeper/zk_test_server.h"
#include "gannet/cluster/broker_channel.h"
#include "gannet/cluster/leader_and_isr.h"
#include "gannet/cluster/topic_registry.h"
#include "gannet/protocol/messages/leader_and_isr.h"
#include "gannet/protocol/messages/produce.h"
#include "gannet/protocol/messages/stop_replica.h"
#include "gannet/records/batch_builder.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using protocol::error_code;
using testing::asio_runner;
using testing::gannet_process;
using testing::temp_dir;
using testing::zk_test_server;

using lisr_request = protocol::leader_and_isr_request;
using lisr_response = protocol::leader_and_isr_response;

// Above the epoch of the broker's own controller, which leads no topic here.
constexpr std::int32_t controller_epoch = 100;

struct partition_spec {
  std::int32_t partition = 0;
  std::int32_t leader = 0;
  std::int32_t leader_epoch = 0;
  std::vector<std::int32_t> replicas{0, 1};
};

lisr_request leader_and_isr(const std::string& topic, protocol::uuid id, const std::vector<partition_spec>& parts,
                            std::uint16_t port, std::int32_t epoch = controller_epoch, std::int64_t broker_epoch = -1) {
  lisr_request req;
  req.controller_id = 0;
  req.controller_epoch = epoch;
  req.broker_epoch = broker_epoch;
  lisr_request::leader_and_isr_topic_state t;
  t.topic_name = topic;
  t.topic_id = id;
  for (const auto& s : parts) {
    lisr_request::leader_and_isr_partition_state p;
    p.topic_name = topic;
    p.partition_index = s.partition;
    p.controller_epoch = epoch;
    p.leader = s.leader;
    p.leader_epoch = s.leader_epoch;
    p.isr = {s.leader};
    p.replicas = s.replicas;
    t.partition_states.push_back(p);
  }
  req.topic_states.push_back(std::move(t));
  req.live_leaders.push_back({0, "127.0.0.1", port});
  return req;
}

protocol::stop_replica_request stop_replica(const std::string& topic, std::int32_t partition, std::int32_t leader_epoch,
                                            bool del, std::int64_t broker_epoch = -1) {
  protocol::stop_replica_request req;
  req.controller_id = 0;
  req.controller_epoch = controller_epoch;
  req.broker_epoch = broker_epoch;
  protocol::stop_replica_request::stop_replica_topic_state t;
  t.topic_name = topic;
  t.partition_states.push_back({partition, leader_epoch, del});
  req.topic_states.push_back(std::move(t));
  return req;
}

asio::awaitable<result<channel_response<lisr_response>>> send_lisr(broker_channel& ch, lisr_request req,
                                                                   std::int16_t version) {
  co_return co_await ch.send<lisr_request, lisr_response>(std::move(req), version);
}

asio::awaitable<result<channel_response<protocol::stop_replica_response>>> send_stop(
    broker_channel& ch, protocol::stop_replica_request req) {
  co_return co_await ch.send<protocol::stop_replica_request, protocol::stop_replica_response>(std::move(req), 4);
}

asio::awaitable<result<channel_response<protocol::produce_response>>> produce(broker_channel& ch, std::string topic,
                                                                              std::int32_t partition,
                                                                              std::vector<std::uint8_t> batch) {
  protocol::produce_request req;
  req.acks = -1;
  req.timeout_ms = 5000;
  protocol::produce_request::topic_produce_data t;
  t.name = std::move(topic);
  protocol::produce_request::partition_produce_data p;
  p.index = partition;
  p.records = protocol::records::from_view(batch);
  t.partition_data.push_back(p);
  req.topic_data.push_back(std::move(t));
  co_return co_await ch.send<protocol::produce_request, protocol::produce_response>(std::move(req), 9);
}

std::string test_zookeeper() {
  static int n = 0;
  auto* zk = zk_test_server::get();
  if (zk == nullptr) return {};
  return zk->connect() + "/replica-requests-" + std::to_string(::getpid()) + "-" + std::to_string(++n);
}

class ReplicaRequestsTest : public ::testing::Test {
 protected:
  ReplicaRequestsTest()
      : dir_("replica-requests"),
        zookeeper_(test_zookeeper()),
        broker_(dir_.path() / "broker", testing::free_loopback_port(), zookeeper_) {}

  void SetUp() override {
    ASSERT_FALSE(zookeeper_.empty()) << "no ZooKeeper test server";
    broker_.start();
    broker_channel_config cc;
    cc.client_id = "test-controller";
    cc.request_timeout = std::chrono::milliseconds(10000);
    channel_ = std::make_unique<broker_channel>(runner_.executor(), broker_address{0, "127.0.0.1", broker_.port()}, cc);
    // Until the broker is registered it has no replica manager: INVALID_REQUEST.
    for (int i = 0; i < 200; ++i) {
      auto r = lisr(leader_and_isr("warmup", topic_registry::new_topic_id(), {{0, 0, 0, {0}}}, broker_.port()));
      if (r.error_code == error_code::none) return;
      ASSERT_EQ(r.error_code, error_code::invalid_request);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "the broker never served LeaderAndIsr";
  }

  void TearDown() override {
    if (channel_) runner_.run(channel_->close());
  }

  lisr_response lisr(lisr_request req, std::int16_t version = 7) {
    auto r = runner_.run(send_lisr(*channel_, std::move(req), version));
    if (!r) throw std::runtime_error(r.error().message());
    return std::move(r->body);
  }
  protocol::stop_replica_response stop(protocol::stop_replica_request req) {
    auto r = runner_.run(send_stop(*channel_, std::move(req)));
    if (!r) throw std::runtime_error(r.error().message());
    return std::move(r->body);
  }
  error_code produce_to(const std::string& topic, std::int32_t partition) {
    records::batch_builder b;
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    b.add(records::record_data{"k", "v", {}, now});
    auto r = runner_.run(produce(*channel_, topic, partition, b.build().value()));
    if (!r) throw std::runtime_error(r.error().message());
    return r->body.responses.at(0).partition_responses.at(0).error_code;
  }
  // The one partition error of a v5+ answer.
  static error_code only_error(const lisr_response& r) {
    if (r.topics.size() != 1 || r.topics[0].partition_errors.size() != 1) return error_code::unknown_server_error;
    return r.topics[0].partition_errors[0].error_code;
  }

  temp_dir dir_;
  std::string zookeeper_;
  gannet_process broker_;
  asio_runner runner_;
  std::unique_ptr<broker_channel> channel_;
};

TEST_F(ReplicaRequestsTest, LeaderAndIsrCreatesTheLogAndMakesTheBrokerLeader) {
  const auto id = topic_registry::new_topic_id();
  auto r = lisr(leader_and_isr("led", id, {{0}, {1}}, broker_.port()));
  EXPECT_EQ(r.error_code, error_code::none);
  ASSERT_EQ(r.topics.size(), 1u);
  EXPECT_EQ(r.topics[0].topic_id, id);
  ASSERT_EQ(r.topics[0].partition_errors.size(), 2u);
  EXPECT_EQ(r.topics[0].partition_errors[0].partition_index, 0);
  EXPECT_EQ(r.topics[0].partition_errors[0].error_code, error_code::none);
  EXPECT_EQ(r.topics[0].partition_errors[1].partition_index, 1);
  EXPECT_EQ(r.topics[0].partition_errors[1].error_code, error_code::none);
  EXPECT_TRUE(std::filesystem::exists(broker_.log_dir() / "led-0" / "partition.metadata"));
  EXPECT_TRUE(std::filesystem::exists(broker_.log_dir() / "led-1" / "partition.metadata"));
  EXPECT_EQ(produce_to("led", 1), error_code::none);
  // Not named by any LeaderAndIsr: not hosted.
  EXPECT_EQ(produce_to("led", 2), error_code::unknown_topic_or_partition);
}

TEST_F(ReplicaRequestsTest, BeforeV5PartitionErrorsAreByName) {
  auto r = lisr(leader_and_isr("by-name", {}, {{0}}, broker_.port()), 4);
  EXPECT_EQ(r.error_code, error_code::none);
  ASSERT_EQ(r.partition_errors.size(), 1u);
  EXPECT_EQ(r.partition_errors[0].topic_name, "by-name");
  EXPECT_EQ(r.partition_errors[0].partition_index, 0);
  EXPECT_EQ(r.partition_errors[0].error_code, error_code::none);
  EXPECT_TRUE(r.topics.empty());
}

TEST_F(ReplicaRequestsTest, OlderControllerEpochIsRefusedOnEveryPartition) {
  auto r =
      lisr(leader_and_isr("stale", topic_registry::new_topic_id(), {{0}, {1}}, broker_.port(), controller_epoch - 1));
  EXPECT_EQ(r.error_code, error_code::stale_controller_epoch);
  ASSERT_EQ(r.topics.size(), 1u);
  ASSERT_EQ(r.topics[0].partition_errors.size(), 2u);
  EXPECT_EQ(r.topics[0].partition_errors[0].error_code, error_code::stale_controller_epoch);
  EXPECT_EQ(r.topics[0].partition_errors[1].error_code, error_code::stale_controller_epoch);
  EXPECT_FALSE(std::filesystem::exists(broker_.log_dir() / "stale-0"));
}

TEST_F(ReplicaRequestsTest, OlderBrokerEpochIsStaleBrokerEpoch) {
  // Broker epochs are czxids of /brokers/ids/0: 1 is older than any real registration.
  auto r =
      lisr(leader_and_isr("old-broker", topic_registry::new_topic_id(), {{0}}, broker_.port(), controller_epoch, 1));
  EXPECT_EQ(r.error_code, error_code::stale_broker_epoch);
  EXPECT_EQ(only_error(r), error_code::stale_broker_epoch);
  auto s = stop(stop_replica("old-broker", 0, 0, false, 1));
  EXPECT_EQ(s.error_code, error_code::stale_broker_epoch);
  EXPECT_TRUE(s.partition_errors.empty());
}

TEST_F(ReplicaRequestsTest, LeaderEpochChecksAndTopicIds) {
  const auto id = topic_registry::new_topic_id();
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", id, {{0, 0, 5}}, broker_.port()))), error_code::none);
  // Not newer than ours: a controller that lost track.
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", id, {{0, 0, 5}}, broker_.port()))),
            error_code::stale_controller_epoch);
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", id, {{0, 0, 4}}, broker_.port()))),
            error_code::stale_controller_epoch);
  // Another topic id for the same name: the log belongs to an older incarnation.
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", topic_registry::new_topic_id(), {{0, 0, 6}}, broker_.port()))),
            error_code::inconsistent_topic_id);
  // A replica set without this broker.
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", id, {{0, 1, 6, {1, 2}}}, broker_.port()))),
            error_code::unknown_topic_or_partition);
  // Newer, with this broker in the replicas: leader at epoch 6.
  EXPECT_EQ(only_error(lisr(leader_and_isr("epochs", id, {{0, 0, 6}}, broker_.port()))), error_code::none);
  EXPECT_EQ(produce_to("epochs", 0), error_code::none);
}

TEST_F(ReplicaRequestsTest, StopReplicaFencesOlderEpochsAndDeletesTheLog) {
  const auto id = topic_registry::new_topic_id();
  EXPECT_EQ(only_error(lisr(leader_and_isr("stopped", id, {{0, 0, 3}}, broker_.port()))), error_code::none);
  auto fenced = stop(stop_replica("stopped", 0, 2, true));
  EXPECT_EQ(fenced.error_code, error_code::none);
  ASSERT_EQ(fenced.partition_errors.size(), 1u);
  EXPECT_EQ(fenced.partition_errors[0].topic_name, "stopped");
  EXPECT_EQ(fenced.partition_errors[0].error_code, error_code::fenced_leader_epoch);
  EXPECT_TRUE(std::filesystem::exists(broker_.log_dir() / "stopped-0"));
  // Without deletion the log stays.
  auto kept = stop(stop_replica("stopped", 0, 3, false));
  ASSERT_EQ(kept.partition_errors.size(), 1u);
  EXPECT_EQ(kept.partition_errors[0].error_code, error_code::none);
  EXPECT_TRUE(std::filesystem::exists(broker_.log_dir() / "stopped-0"));
  // Deletion (the epoch sentinel -2 of a topic deletion passes).
  auto deleted = stop(stop_replica("stopped", 0, epoch_during_delete, true));
  ASSERT_EQ(deleted.partition_errors.size(), 1u);
  EXPECT_EQ(deleted.partition_errors[0].error_code, error_code::none);
  EXPECT_FALSE(std::filesystem::exists(broker_.log_dir() / "stopped-0"));
  EXPECT_EQ(produce_to("stopped", 0), error_code::unknown_topic_or_partition);
  // A partition it does not host: nothing to do, no error.
  auto unknown = stop(stop_replica("never-hosted", 0, 0, true));
  ASSERT_EQ(unknown.partition_errors.size(), 1u);
  EXPECT_EQ(unknown.partition_errors[0].error_code, error_code::none);
}

TEST(ReplicaRequestsStandaloneTest, StandaloneBrokerAnswersInvalidRequest) {
  temp_dir dir("replica-requests-standalone");
  gannet_process broker(dir.path() / "broker", testing::free_loopback_port());
  broker.start();
  asio_runner runner;
  broker_channel ch(runner.executor(), broker_address{0, "127.0.0.1", broker.port()}, broker_channel_config{});
  auto r = runner.run(send_lisr(ch, leader_and_isr("t", {}, {{0}}, broker.port()), 7));
  ASSERT_TRUE(r) << r.error().message();
  EXPECT_EQ(r->body.error_code, error_code::invalid_request);
  auto s = runner.run(send_stop(ch, stop_replica("t", 0, 0, true)));
  ASSERT_TRUE(s) << s.error().message();
  EXPECT_EQ(s->body.error_code, error_code::invalid_request);
  runner.run(ch.close());
}

}  // namespace
}  // namespace gannet::cluster
