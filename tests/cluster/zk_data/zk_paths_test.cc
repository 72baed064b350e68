#include "gannet/cluster/zk_paths.h"

#include <gtest/gtest.h>

namespace gannet::cluster {
namespace {

TEST(ZkPathsTest, NamesEveryZnodeAsKafka) {
  EXPECT_EQ(zk_paths::broker_id_path(7), "/brokers/ids/7");
  EXPECT_EQ(zk_paths::topic_path("orders"), "/brokers/topics/orders");
  EXPECT_EQ(zk_paths::topic_partitions_path("orders"), "/brokers/topics/orders/partitions");
  EXPECT_EQ(zk_paths::topic_partition_path("orders", 3), "/brokers/topics/orders/partitions/3");
  EXPECT_EQ(zk_paths::partition_state_path("orders", 3), "/brokers/topics/orders/partitions/3/state");
  EXPECT_EQ(zk_paths::topic_config_path("events"), "/config/topics/events");
  EXPECT_EQ(zk_paths::broker_config_path(0), "/config/brokers/0");
  EXPECT_EQ(zk_paths::default_broker_config_path(), "/config/brokers/<default>");
  EXPECT_EQ(zk_paths::config_entity_path("users", "alice"), "/config/users/alice");
  EXPECT_EQ(zk_paths::config_change_create_path(), "/config/changes/config_change_");
  EXPECT_EQ(zk_paths::delete_topic_path("doomed"), "/admin/delete_topics/doomed");
  EXPECT_EQ(zk_paths::isr_change_notification_path(), "/isr_change_notification/isr_change_");
  EXPECT_EQ(zk_paths::isr_change_notification_path("0000000004"), "/isr_change_notification/isr_change_0000000004");
  EXPECT_EQ(zk_paths::log_dir_event_notification_path("0000000001"),
            "/log_dir_event_notification/log_dir_event_0000000001");
  EXPECT_EQ(zk_paths::controller, "/controller");
  EXPECT_EQ(zk_paths::controller_epoch, "/controller_epoch");
  EXPECT_EQ(zk_paths::cluster_id, "/cluster/id");
  EXPECT_EQ(zk_paths::broker_seqid, "/brokers/seqid");
  EXPECT_EQ(zk_paths::latest_producer_id_block, "/latest_producer_id_block");
  EXPECT_EQ(zk_paths::feature, "/feature");
  EXPECT_EQ(zk_paths::reassign_partitions, "/admin/reassign_partitions");
}

TEST(ZkPathsTest, SequenceNumberIsWhatFollowsThePrefix) {
  EXPECT_EQ(zk_paths::sequence_number("/config/changes/config_change_0000000002", zk_paths::config_change_prefix),
            "0000000002");
  EXPECT_EQ(zk_paths::sequence_number("isr_change_0000000010", zk_paths::isr_change_prefix), "0000000010");
}

// The persistent paths of a fresh Kafka 3.9.1 (tests/cluster/data/zk/kafka-3.9.1-tree.txt)
// are these, their parents, /cluster, /controller_epoch and /feature.
TEST(ZkPathsTest, PersistentPathsAreKafkasStartupPaths) {
  std::vector<std::string_view> expected = {"/consumers",
                                            "/brokers/ids",
                                            "/brokers/topics",
                                            "/config/changes",
                                            "/admin/delete_topics",
                                            "/brokers/seqid",
                                            "/isr_change_notification",
                                            "/latest_producer_id_block",
                                            "/log_dir_event_notification",
                                            "/config/topics",
                                            "/config/clients",
                                            "/config/users",
                                            "/config/brokers",
                                            "/config/ips"};
  EXPECT_EQ(std::vector<std::string_view>(zk_paths::persistent_paths.begin(), zk_paths::persistent_paths.end()),
            expected);
}

}  // namespace
}  // namespace gannet::cluster
