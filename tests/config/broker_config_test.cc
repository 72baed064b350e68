#include "gannet/config/broker_config.h"

#include <gtest/gtest.h>

#include "gannet/config/config_error.h"

namespace gannet::config {
namespace {

broker_config build(property_map static_values) {
  broker_layers layers;
  layers.static_broker = std::move(static_values);
  return broker_config::from(layers, [] { return std::string("host.test"); });
}

std::string error_key(property_map static_values) {
  try {
    build(std::move(static_values));
  } catch (const config_error& e) {
    return e.key();
  }
  return "";
}

TEST(BrokerConfigTest, DefaultsMatchKafka) {
  auto c = build({});
  EXPECT_EQ(c.socket_request_max_bytes, 104'857'600);
  EXPECT_EQ(c.connections_max_idle_ms, 600'000);
  EXPECT_EQ(c.message_max_bytes, 1'048'588);
  EXPECT_EQ(c.log_flush_interval_ms, INT64_MAX);
  EXPECT_EQ(c.offsets_topic_replication_factor, 3);
  EXPECT_EQ(c.zookeeper_connect, std::nullopt);
  EXPECT_EQ(c.zookeeper_connection_timeout_ms, 18'000);
  EXPECT_FALSE(c.gannet_durable_acks);
  EXPECT_EQ(c.log_cleanup_policy, std::vector<std::string>{"delete"});
}

TEST(BrokerConfigTest, DynamicLayersWinOverStatic) {
  broker_layers layers;
  layers.static_broker = {{"log.retention.ms", "1"}, {"num.io.threads", "2"}};
  layers.dynamic_default_broker = {{"log.retention.ms", "2"}, {"num.io.threads", "3"}};
  layers.dynamic_broker = {{"num.io.threads", "4"}};
  auto c = broker_config::from(layers, [] { return std::string("h"); });
  EXPECT_EQ(c.log_retention_ms, 2);
  EXPECT_EQ(c.num_io_threads, 4);
  EXPECT_EQ(layers.value_of("num.io.threads"), "4");
  EXPECT_EQ(layers.value_of("log.dirs"), std::nullopt);
  EXPECT_EQ(layers.value_of("log.dir"), "/tmp/kafka-logs");
}

TEST(BrokerConfigTest, NodeIdStandsInForBrokerId) {
  EXPECT_EQ(build({{"node.id", "5"}}).broker_id, 5);
  EXPECT_EQ(build({{"broker.id", "5"}, {"node.id", "5"}}).broker_id, 5);
  EXPECT_EQ(error_key({{"broker.id", "1"}, {"node.id", "2"}}), "node.id");
}

TEST(BrokerConfigTest, InvalidValuesNameTheirKey) {
  EXPECT_EQ(error_key({{"socket.request.max.bytes", "0"}}), "socket.request.max.bytes");
  EXPECT_EQ(error_key({{"listeners", "nonsense"}}), "listeners");
  EXPECT_EQ(error_key({{"listeners", "PLAINTEXT://0.0.0.0:9092"}}), "advertised.listeners");
  EXPECT_EQ(error_key({{"log.dirs", " "}}), "log.dirs");
  EXPECT_EQ(error_key({{"gannet.durable.acks", "sometimes"}}), "gannet.durable.acks");
}

TEST(BrokerConfigTest, ZooKeeperConnectionTimeoutDefaultsToSessionTimeout) {
  auto c = build({{"zookeeper.connect", "zk:2181/kafka"}, {"zookeeper.session.timeout.ms", "9000"}});
  EXPECT_EQ(c.zookeeper_connect, "zk:2181/kafka");
  EXPECT_EQ(c.zookeeper_connection_timeout_ms, 9000);
}

}  // namespace
}  // namespace gannet::config
