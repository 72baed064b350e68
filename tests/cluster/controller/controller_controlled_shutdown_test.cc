// ControlledShutdown at the controller (KafkaController.doControlledShutdown).

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using protocol::error_code;
using ints = std::vector<std::int32_t>;

class ControlledShutdownTest : public ControllerClusterTest {
 protected:
  protocol::controlled_shutdown_response shutdown(std::int32_t broker, std::int64_t epoch, std::int32_t to = 3) {
    protocol::controlled_shutdown_request r;
    r.broker_id = broker;
    r.broker_epoch = epoch;
    std::optional<protocol::controlled_shutdown_response> out;
    controllers_.at(to)->controlled_shutdown(r, [&](auto resp) { out = std::move(resp); });
    drain();
    EXPECT_TRUE(out);
    return out.value_or(protocol::controlled_shutdown_response{});
  }
};

TEST_F(ControlledShutdownTest, LeadershipMovesAndTheBrokerLeavesTheIsrs) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {1, 2}}, {1, {2, 1}}, {2, {1}}});
  start_controller(3);
  channel(3).clear();

  auto r = shutdown(1, broker_epoch(1));

  EXPECT_EQ(r.error_code, error_code::none);
  // t-2 has a single replica: it stays led by 1 and is reported.
  ASSERT_EQ(r.remaining_partitions.size(), 1u);
  EXPECT_EQ(r.remaining_partitions[0].topic_name, "t");
  EXPECT_EQ(r.remaining_partitions[0].partition_index, 2);
  EXPECT_EQ(state_of("t", 0), state(2, 1, {2}, 1, 1));  // led by 1: moved to 2, ISR without 1
  EXPECT_EQ(state_of("t", 1), state(2, 1, {2}, 1, 1));  // followed by 1: out of the ISR
  EXPECT_EQ(state_of("t", 2), state(1, 0, {1}, 1, 0));
  // The election's LeaderAndIsr, StopReplica to the follower twice (the request
  // and the OfflineReplica transition, as Kafka), the ISR change's LeaderAndIsr.
  EXPECT_EQ(channel(3).summary(), (std::vector<std::string>{"LAI->1", "LAI->2", "UM->1", "UM->2", "UM->3", "SR->1",
                                                            "LAI->2", "UM->1", "UM->2", "UM->3", "SR->1"}));
}

TEST_F(ControlledShutdownTest, StaleEpochUnknownBrokerAndInactiveController) {
  register_broker(1);
  register_broker(3);
  start_controller(3);
  EXPECT_EQ(shutdown(1, broker_epoch(1) - 1).error_code, error_code::stale_broker_epoch);
  EXPECT_EQ(shutdown(7, -1).error_code, error_code::broker_not_available);
  register_broker(4);
  start_controller(4);
  EXPECT_EQ(shutdown(1, broker_epoch(1), 4).error_code, error_code::not_controller);
}

}  // namespace
}  // namespace gannet::cluster::testing
