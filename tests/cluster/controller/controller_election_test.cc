// Controller election and fencing (KafkaController.elect,
// KafkaZkClient.registerControllerAndIncrementControllerEpoch).

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using ElectionTest = ControllerClusterTest;

TEST_F(ElectionTest, FirstControllerCreatesTheEpochZnodeAndTakesEpochOne) {
  register_broker(1);
  auto& c = start_controller(1);
  EXPECT_TRUE(c.is_active());
  EXPECT_EQ(c.active_controller_id(), 1);
  EXPECT_EQ(c.epoch(), 1);
  EXPECT_EQ(c.epoch_zk_version(), 1);
  // Created with Kafka's initial epoch 0, then set to 1 with the registration.
  auto epoch = server_.peek("/controller_epoch");
  ASSERT_TRUE(epoch);
  EXPECT_EQ(epoch->data, "1");
  EXPECT_EQ(epoch->stat.version, 1);
  auto reg = server_.peek("/controller");
  ASSERT_TRUE(reg);
  EXPECT_EQ(reg->stat.ephemeral_owner, session(1).session_id());
  auto decoded = decode_controller(reg->data);
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->brokerid, 1);
  EXPECT_EQ(decoded->version, 2);
  EXPECT_EQ(decoded->kraft_controller_epoch, -1);
  EXPECT_GT(decoded->timestamp, 0);
}

TEST_F(ElectionTest, AnExistingEpochIsIncrementedWithCompareAndSet) {
  ASSERT_TRUE(run_zk(admin_.create("/controller_epoch", "41", zk_create_mode::persistent)));
  ASSERT_TRUE(run_zk(admin_.set("/controller_epoch", "41", -1)));  // version 1
  register_broker(1);
  auto& c = start_controller(1);
  EXPECT_EQ(c.epoch(), 42);
  EXPECT_EQ(server_.peek("/controller_epoch")->data, "42");
  EXPECT_EQ(c.epoch_zk_version(), 2);
}

TEST_F(ElectionTest, OnlyOneBrokerBecomesController) {
  register_broker(1);
  register_broker(2);
  auto& c1 = start_controller(1);
  auto& c2 = start_controller(2);
  EXPECT_TRUE(c1.is_active());
  EXPECT_FALSE(c2.is_active());
  EXPECT_EQ(c2.active_controller_id(), 1);
  EXPECT_EQ(server_.peek("/controller_epoch")->data, "1");
  EXPECT_TRUE(channel(2).requests.empty());
}

TEST_F(ElectionTest, SessionExpiryMovesTheControllerAndTheEpoch) {
  register_broker(1);
  register_broker(2);
  auto& c1 = start_controller(1);
  auto& c2 = start_controller(2);
  ASSERT_TRUE(c1.is_active());

  session(1).expire_session();  // /controller and /brokers/ids/1 go with it
  drain();

  EXPECT_FALSE(c1.is_active());
  EXPECT_TRUE(c2.is_active());
  EXPECT_EQ(c2.epoch(), 2);
  EXPECT_EQ(server_.peek("/controller_epoch")->data, "2");
  EXPECT_EQ(decode_controller(server_.peek("/controller")->data)->brokerid, 2);
  // Broker 1 re-elects after its new session: it sees broker 2 as controller.
  EXPECT_EQ(c1.active_controller_id(), 2);
}

TEST_F(ElectionTest, ControllerZnodeDeletionTriggersReelection) {
  register_broker(1);
  register_broker(2);
  auto& c1 = start_controller(1);
  auto& c2 = start_controller(2);
  // An operator deletes /controller (Kafka's way to move the controller): the
  // old controller resigns and one broker wins epoch 2.
  ASSERT_TRUE(run_zk(admin_.remove("/controller", -1)));
  drain();
  EXPECT_NE(c1.is_active(), c2.is_active());
  EXPECT_EQ(server_.peek("/controller_epoch")->data, "2");
  const auto winner = decode_controller(server_.peek("/controller")->data)->brokerid;
  EXPECT_EQ((winner == 1 ? c1 : c2).epoch(), 2);
  EXPECT_EQ(c1.active_controller_id(), winner);
  EXPECT_EQ(c2.active_controller_id(), winner);
}

TEST_F(ElectionTest, AWriteAfterTheEpochMovedIsFencedAndTheControllerStartsOver) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {2, 3}}});
  auto& c1 = start_controller(1);
  ASSERT_TRUE(c1.is_active());
  ASSERT_EQ(state_of("t", 0).leader, 2);
  channel(1).clear();

  // /controller_epoch moved on behind this controller's back (as when another
  // controller was elected while this one was paused).
  ASSERT_TRUE(run_zk(admin_.set("/controller_epoch", "2", -1)));
  kill_broker(2);  // the election of a new leader for t-0 must not go through at epoch 1

  for (const auto& [broker, r] : channel(1).of<protocol::leader_and_isr_request>()) {
    EXPECT_NE(r.controller_epoch, 1) << "a fenced controller told broker " << broker;
  }
  // It resigned, found /controller its own and stale, and was elected again
  // with a fresh epoch; only then was the leader moved.
  EXPECT_TRUE(c1.is_active());
  EXPECT_EQ(c1.epoch(), 3);
  EXPECT_EQ(server_.peek("/controller_epoch")->data, "3");
  auto s = state_of("t", 0);
  EXPECT_EQ(s.leader, 3);
  EXPECT_EQ(s.controller_epoch, 3);
  EXPECT_EQ(s.isr, (std::vector<std::int32_t>{3}));
}

}  // namespace
}  // namespace gannet::cluster::testing
