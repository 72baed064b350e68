// Preferred-replica election through /admin/preferred_replica_election.

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using PreferredElectionTest = ControllerClusterTest;

TEST_F(PreferredElectionTest, ThePreferredReplicaLeadsAgainWhenInTheIsr) {
  register_broker(1);
  register_broker(2);
  register_broker(3);
  create_topic_znode("t", {{0, {1, 2}}, {1, {1, 2}}});
  // t-0: 1 is back in the ISR; t-1: 1 is not.
  write_state("t", 0, state(2, 3, {2, 1}, 0));
  write_state("t", 1, state(2, 3, {2}, 0));
  start_controller(3);
  channel(3).clear();

  ASSERT_TRUE(run_zk(admin_.create("/admin/preferred_replica_election",
                                   encode_preferred_replica_election({{"t", 0}, {"t", 1}, {"gone", 0}}),
                                   zk_create_mode::persistent)));
  drain();

  EXPECT_EQ(state_of("t", 0), state(1, 4, {2, 1}, 1, 1));
  EXPECT_EQ(state_of("t", 1), state(2, 3, {2}, 0, 0));
  EXPECT_FALSE(server_.peek("/admin/preferred_replica_election"));
  EXPECT_EQ(channel(3).summary(), (std::vector<std::string>{"LAI->1", "LAI->2", "UM->1", "UM->2", "UM->3"}));
}

}  // namespace
}  // namespace gannet::cluster::testing
