#pragma once
// A cluster on memory_zk for controller tests: brokers are ZooKeeper sessions
// with a registration; the controllers under test run on broker sessions and
// send through recording channels. Everything runs on one io_context; run()
// drains it, so each step's events have been processed when it returns.

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <memory>

#include "cluster/controller/recording_channel.h"
#include "cluster/memory_zk.h"
#include "gannet/cluster/controller.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_paths.h"

namespace gannet::cluster::testing {

class ControllerClusterTest : public ::testing::Test {
 protected:
  ControllerClusterTest() {
    for (auto p : zk_paths::persistent_paths)
      run_zk(admin_.create_recursive(std::string(p), ""));
  }
  ~ControllerClusterTest() override {
    for (auto& [id, c] : controllers_)
      c->stop();
    drain();
  }

  void drain() {
    io_.run();
    io_.restart();
  }
  template <class T>
  T run_zk(boost::asio::awaitable<T> a) {
    auto f = boost::asio::co_spawn(io_, std::move(a), boost::asio::use_future);
    drain();
    return f.get();
  }

  memory_zk& session(std::int32_t broker) {
    auto& s = sessions_[broker];
    if (!s) s = std::make_unique<memory_zk>(server_, io_.get_executor());
    return *s;
  }
  // /brokers/ids/<id> as a Kafka 3.9 broker writes it, on the broker's own session.
  void register_broker(std::int32_t id, std::optional<std::string> rack = std::nullopt) {
    broker_registration reg;
    reg.id = id;
    reg.endpoints = {{"PLAINTEXT", "127.0.0.1", 26100 + id, "PLAINTEXT"}};
    reg.rack = std::move(rack);
    reg.timestamp = 1700000000000;
    ASSERT_TRUE(run_zk(
        session(id).create(zk_paths::broker_id_path(id), encode_broker_registration(reg), zk_create_mode::ephemeral)));
  }
  std::int64_t broker_epoch(std::int32_t id) { return server_.peek(zk_paths::broker_id_path(id))->stat.czxid; }
  // A broker that dies: its session expires, its registration goes.
  void kill_broker(std::int32_t id) {
    session(id).expire_session();
    drain();
  }

  // /brokers/topics/<t>, as CreateTopics writes it.
  void create_topic_znode(const std::string& topic, std::map<std::int32_t, std::vector<std::int32_t>> replicas,
                          protocol::uuid id = topic_uuid(1)) {
    topic_assignment a;
    a.topic_id = id;
    for (auto& [p, r] : replicas)
      a.partitions[p].replicas = r;
    ASSERT_TRUE(
        run_zk(admin_.create(zk_paths::topic_path(topic), encode_topic_assignment(a), zk_create_mode::persistent)));
    drain();
  }
  // A state znode as a previous controller left it.
  void write_state(const std::string& topic, std::int32_t p, partition_state s) {
    ASSERT_TRUE(run_zk(admin_.create_recursive(zk_paths::topic_partition_path(topic, p), "")));
    ASSERT_TRUE(run_zk(admin_.create(zk_paths::partition_state_path(topic, p), encode_partition_state(s),
                                     zk_create_mode::persistent)));
  }
  partition_state state_of(const std::string& topic, std::int32_t p) {
    auto d = server_.peek(zk_paths::partition_state_path(topic, p));
    EXPECT_TRUE(d) << topic << "-" << p << " has no state znode";
    if (!d) return {};
    return decode_partition_state(d->data, d->stat.version).value();
  }
  static partition_state state(std::int32_t leader, std::int32_t leader_epoch, std::vector<std::int32_t> isr,
                               std::int32_t controller_epoch, std::int32_t zk_version = 0) {
    partition_state s;
    s.leader = leader;
    s.leader_epoch = leader_epoch;
    s.isr = std::move(isr);
    s.controller_epoch = controller_epoch;
    s.zk_version = zk_version;
    return s;
  }
  static protocol::uuid topic_uuid(std::uint8_t n) {
    protocol::uuid u{};
    u[15] = n;
    u[0] = 0x40;
    return u;
  }

  controller& start_controller(std::int32_t broker, bool unclean = false) {
    controller_config config;
    config.broker_id = broker;
    config.unclean_leader_election_enable = unclean;
    auto& ch = channels_[broker];
    ch = std::make_unique<recording_channel>();
    auto& c = controllers_[broker];
    c = std::make_unique<controller>(session(broker), *ch, io_.get_executor(), config);
    c->start();
    drain();
    return *c;
  }
  recording_channel& channel(std::int32_t broker) { return *channels_.at(broker); }

  boost::asio::io_context io_;
  memory_zk_server server_;
  memory_zk admin_{server_, io_.get_executor()};
  std::map<std::int32_t, std::unique_ptr<memory_zk>> sessions_;
  std::map<std::int32_t, std::unique_ptr<recording_channel>> channels_;
  std::map<std::int32_t, std::unique_ptr<controller>> controllers_;
};

}  // namespace gannet::cluster::testing
