// AdminZkClient's writes (admin_zk.h), and the controller acting on them.

#include "gannet/cluster/admin_zk.h"

#include "cluster/controller/controller_fixture.h"

namespace gannet::cluster::testing {
namespace {

using AdminZkTest = ControllerClusterTest;
using ints = std::vector<std::int32_t>;

TEST_F(AdminZkTest, CreateTopicWritesConfigThenAssignmentAndTheControllerElects) {
  register_broker(1);
  register_broker(2);
  start_controller(1);
  entity_config config;
  config.config = {{"retention.ms", "1000"}};
  ASSERT_TRUE(run_zk(create_topic(admin_, "events", {{0, {1, 2}}, {1, {2, 1}}}, config, topic_uuid(7))));
  drain();

  EXPECT_EQ(server_.peek("/config/topics/events")->data, R"({"version":1,"config":{"retention.ms":"1000"}})");
  auto a = decode_topic_assignment(server_.peek("/brokers/topics/events")->data).value();
  EXPECT_EQ(a.topic_id, topic_uuid(7));
  EXPECT_EQ(a.partitions.at(1).replicas, (ints{2, 1}));
  EXPECT_EQ(state_of("events", 0), state(1, 0, {1, 2}, 1));
  EXPECT_EQ(state_of("events", 1), state(2, 0, {2, 1}, 1));
}

TEST_F(AdminZkTest, CreateTopicRefusesWhatKafkaRefuses) {
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1}}}, {}, topic_uuid(1))));
  EXPECT_EQ(run_zk(create_topic(admin_, "t", {{0, {1}}}, {}, topic_uuid(2))).error(), admin_errc::topic_exists);
  EXPECT_EQ(run_zk(create_topic(admin_, "u", {{0, {1, 2}}, {1, {1}}}, {}, topic_uuid(3))).error(),
            admin_errc::invalid_replica_assignment);
  EXPECT_EQ(run_zk(create_topic(admin_, "u", {{0, {1, 1}}}, {}, topic_uuid(3))).error(),
            admin_errc::invalid_replica_assignment);
  EXPECT_EQ(run_zk(create_topic(admin_, "u", {{1, {1}}}, {}, topic_uuid(3))).error(),
            admin_errc::invalid_replica_assignment);
  EXPECT_FALSE(server_.peek("/brokers/topics/u"));
  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  EXPECT_EQ(run_zk(create_topic(admin_, "t", {{0, {1}}}, {}, topic_uuid(4))).error(), admin_errc::topic_exists);
}

TEST_F(AdminZkTest, AddPartitionsAppendsWithCompareAndSet) {
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1, 2}}}, {}, topic_uuid(1))));
  EXPECT_EQ(run_zk(add_partitions(admin_, "t", {{2, {1, 2}}}, {1, 2})).error(), admin_errc::invalid_partitions);
  EXPECT_EQ(run_zk(add_partitions(admin_, "t", {{1, {1, 3}}}, {1, 2})).error(), admin_errc::broker_not_available);
  EXPECT_EQ(run_zk(add_partitions(admin_, "t", {{1, {1}}}, {1, 2})).error(), admin_errc::invalid_replica_assignment);
  EXPECT_EQ(run_zk(add_partitions(admin_, "nope", {{1, {1, 2}}}, {1, 2})).error(), admin_errc::unknown_topic);
  ASSERT_TRUE(run_zk(add_partitions(admin_, "t", {{1, {2, 1}}}, {1, 2})));
  auto a = decode_topic_assignment(server_.peek("/brokers/topics/t")->data).value();
  EXPECT_EQ(a.topic_id, topic_uuid(1));
  EXPECT_EQ(a.partitions.size(), 2u);
  EXPECT_EQ(a.partitions.at(1).replicas, (ints{2, 1}));
  EXPECT_EQ(server_.peek("/brokers/topics/t")->stat.version, 1);
}

TEST_F(AdminZkTest, DeleteTopicMarksItOnce) {
  EXPECT_EQ(run_zk(delete_topic(admin_, "t")).error(), admin_errc::unknown_topic);
  ASSERT_TRUE(run_zk(create_topic(admin_, "t", {{0, {1}}}, {}, topic_uuid(1))));
  ASSERT_TRUE(run_zk(delete_topic(admin_, "t")));
  EXPECT_EQ(server_.peek("/admin/delete_topics/t")->data, "");
  EXPECT_EQ(run_zk(delete_topic(admin_, "t")).error(), admin_errc::already_marked_for_deletion);
}

}  // namespace
}  // namespace gannet::cluster::testing
