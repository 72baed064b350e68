// zk_paths::persistent_paths against the tree of a fresh Kafka 3.9.1
// (tests/cluster/data/zk/kafka-3.9.1-tree.txt): each exists, persistent, with
// no data (null), as KafkaZkClient.makeSurePersistentPathExists creates it.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_paths.h"

namespace gannet::cluster {
namespace {

struct dumped_znode {
  std::string kind, version, data;
};

std::map<std::string, dumped_znode> kafka_tree() {
  std::map<std::string, dumped_znode> tree;
  std::istringstream in(testing::zk_golden("kafka-3.9.1-tree.txt"));
  std::string header, data, separator;
  while (std::getline(in, header) && std::getline(in, data) && std::getline(in, separator)) {
    auto tab = header.find('\t');
    auto tab2 = header.find('\t', tab + 1);
    tree[header.substr(0, tab)] = {header.substr(tab + 1, tab2 - tab - 1), header.substr(tab2 + 1), data};
  }
  return tree;
}

TEST(PersistentPathsTest, KafkaCreatesThemWithNoData) {
  auto tree = kafka_tree();
  for (auto path : zk_paths::persistent_paths) {
    auto it = tree.find(std::string(path));
    ASSERT_NE(it, tree.end()) << path;
    EXPECT_EQ(it->second.kind, "persistent") << path;
    if (path == zk_paths::latest_producer_id_block) {
      // The capture's idempotent producer made the controller set the first block once.
      EXPECT_EQ(it->second.version, "1");
      continue;
    }
    EXPECT_EQ(it->second.version, "0") << path;
    EXPECT_EQ(it->second.data, "<null>") << path;
  }
}

TEST(PersistentPathsTest, PathFunctionsNameKafkasZnodes) {
  auto tree = kafka_tree();
  for (auto path :
       {zk_paths::broker_id_path(0), zk_paths::topic_path("orders"), zk_paths::partition_state_path("orders", 4),
        zk_paths::topic_config_path("events"), zk_paths::broker_config_path(0), zk_paths::default_broker_config_path(),
        std::string(zk_paths::controller), std::string(zk_paths::controller_epoch), std::string(zk_paths::cluster_id),
        std::string(zk_paths::feature), std::string(zk_paths::latest_producer_id_block),
        zk_paths::config_change_create_path() + "0000000000"}) {
    EXPECT_TRUE(tree.contains(path)) << path;
  }
  EXPECT_EQ(tree.at(zk_paths::broker_id_path(0)).kind, "ephemeral");
  EXPECT_EQ(tree.at(std::string(zk_paths::controller)).kind, "ephemeral");
}

}  // namespace
}  // namespace gannet::cluster
