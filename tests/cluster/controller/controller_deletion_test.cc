// Topic deletion across the cluster (TopicDeletionManager).

#include "cluster/controller/controller_fixture.h"
#include "controller/controller_context.h"
#include "gannet/cluster/admin_zk.h"

namespace gannet::cluster::testing {
namespace {

using DeletionTest = ControllerClusterTest;
using strings = std::vector<std::string>;

// The StopReplica requests sent, as "broker:delete:epoch" per partition.
strings stop_replicas(const recording_channel& ch) {
  strings out;
  for (const auto& [broker, r] : ch.of<protocol::stop_replica_request>()) {
    for (const auto& t : r.topic_states) {
      for (const auto& p : t.partition_states) {
        out.push_back(std::to_string(broker) + ":" + t.topic_name + "-" + std::to_string(p.partition_index) + ":" +
                      (p.delete_partition ? "delete" : "stop") + ":" + std::to_string(p.leader_epoch));
      }
    }
  }
  return out;
}

TEST_F(DeletionTest, ReplicasAreStoppedAndDeletedThenTheZnodesGo) {
  register_broker(1);
  register_broker(2);
  auto& c = start_controller(1);
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1, 2}}}, {}, topic_uuid(1))));
  drain();
  channel(1).clear();

  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  drain();

  // First every broker hears the partition is being deleted (leader -2).
  auto ums = channel(1).of<protocol::update_metadata_request>();
  ASSERT_GE(ums.size(), 2u);
  EXPECT_EQ(ums[0].second.topic_states.at(0).partition_states.at(0).leader, -2);
  EXPECT_EQ(stop_replicas(channel(1)),
            (strings{"1:t-0:stop:-2", "2:t-0:stop:-2", "1:t-0:delete:-2", "2:t-0:delete:-2"}));
  EXPECT_FALSE(server_.peek("/brokers/topics/t"));
  EXPECT_FALSE(server_.peek("/brokers/topics/t/partitions/0/state"));
  EXPECT_FALSE(server_.peek("/config/topics/t"));
  EXPECT_FALSE(server_.peek("/admin/delete_topics/t"));
  EXPECT_FALSE(c.context().topics.contains("t"));
  EXPECT_TRUE(c.context().leadership.empty());

  // The name can be used again.
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {2}}}, {}, topic_uuid(2))));
  drain();
  EXPECT_EQ(state_of("t", 0), state(2, 0, {2}, 1));
}

TEST_F(DeletionTest, ADeadReplicaHoldsTheDeletionUntilItsBrokerReturns) {
  register_broker(1);
  register_broker(2);
  start_controller(1);
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1, 2}}}, {}, topic_uuid(1))));
  drain();
  kill_broker(2);
  channel(1).clear();

  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  drain();
  EXPECT_EQ(stop_replicas(channel(1)), (strings{"1:t-0:stop:-2", "1:t-0:delete:-2"}));
  EXPECT_TRUE(server_.peek("/brokers/topics/t"));  // broker 2 still holds a replica
  channel(1).clear();

  register_broker(2);
  drain();
  EXPECT_EQ(stop_replicas(channel(1)), (strings{"2:t-0:stop:-2", "2:t-0:delete:-2"}));
  EXPECT_FALSE(server_.peek("/brokers/topics/t"));
  EXPECT_FALSE(server_.peek("/admin/delete_topics/t"));
}

TEST_F(DeletionTest, AFailedReplicaDeletionIsRetriedWhenItsBrokerRestarts) {
  register_broker(1);
  register_broker(2);
  start_controller(1);
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1, 2}}}, {}, topic_uuid(1))));
  drain();
  channel(1).stop_replica_errors[2] = protocol::error_code::kafka_storage_error;

  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  drain();
  EXPECT_TRUE(server_.peek("/brokers/topics/t"));

  channel(1).stop_replica_errors.clear();
  channel(1).clear();
  kill_broker(2);
  register_broker(2);
  drain();
  EXPECT_EQ(stop_replicas(channel(1)), (strings{"2:t-0:stop:-2", "2:t-0:delete:-2"}));
  EXPECT_FALSE(server_.peek("/brokers/topics/t"));
}

TEST_F(DeletionTest, PendingDeletionsResumeOnFailoverAndUnknownTopicsAreDropped) {
  register_broker(1);
  create_topic_znode("t", {{0, {1}}});
  ASSERT_TRUE(run_zk(admin_.create("/admin/delete_topics/t", "", zk_create_mode::persistent)));
  ASSERT_TRUE(run_zk(admin_.create("/admin/delete_topics/ghost", "", zk_create_mode::persistent)));
  start_controller(1);
  EXPECT_FALSE(server_.peek("/admin/delete_topics/ghost"));
  EXPECT_FALSE(server_.peek("/brokers/topics/t"));
  EXPECT_FALSE(server_.peek("/admin/delete_topics/t"));
}

TEST_F(DeletionTest, DisabledDeletionRemovesTheRequest) {
  register_broker(1);
  create_topic_znode("t", {{0, {1}}});
  controller_config config;
  config.broker_id = 1;
  config.delete_topic_enable = false;
  channels_[1] = std::make_unique<recording_channel>();
  controllers_[1] = std::make_unique<controller>(session(1), *channels_[1], io_.get_executor(), config);
  controllers_[1]->start();
  drain();
  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  drain();
  EXPECT_FALSE(server_.peek("/admin/delete_topics/t"));
  EXPECT_TRUE(server_.peek("/brokers/topics/t"));
  EXPECT_TRUE(stop_replicas(channel(1)).empty());
}

}  // namespace
}  // namespace gannet::cluster::testing
