// Helpers of the config admin handlers: resource names and ids as Kafka parses
// and prints them, and the key order of Kafka's messages.

#include "handlers/config_resource.h"

#include <gtest/gtest.h>

#include "topic_admin.h"

namespace gannet::broker {
namespace {

using handlers::parse_broker_id;
using handlers::resource_string;
using handlers::resource_type_name;

TEST(ConfigResourceTest, BrokerIdParsesAsJavaIntegerParseInt) {
  EXPECT_EQ(parse_broker_id("0"), 0);
  EXPECT_EQ(parse_broker_id("+7"), 7);
  EXPECT_EQ(parse_broker_id("-1"), -1);
  EXPECT_EQ(parse_broker_id(""), std::nullopt);
  EXPECT_EQ(parse_broker_id("+"), std::nullopt);
  EXPECT_EQ(parse_broker_id("x"), std::nullopt);
  EXPECT_EQ(parse_broker_id("1x"), std::nullopt);
  EXPECT_EQ(parse_broker_id("99999999999"), std::nullopt);
}

TEST(ConfigResourceTest, ResourcePrintsAsKafkaConfigResource) {
  EXPECT_EQ(resource_string(2, "t"), "ConfigResource(type=TOPIC, name='t')");
  EXPECT_EQ(resource_string(4, ""), "ConfigResource(type=BROKER, name='')");
  EXPECT_EQ(resource_type_name(16), "CLIENT_METRICS");
  EXPECT_EQ(resource_type_name(3), "UNKNOWN");
}

TEST(ConfigResourceTest, KeysListInJavaPropertiesOrder) {
  // Kafka 3.9 answered "Cannot update these configs dynamically:
  // Set(num.partitions, log.dirs)" for a request naming log.dirs first.
  EXPECT_EQ(java_properties_order({"log.dirs", "num.partitions"}),
            (std::vector<std::string>{"num.partitions", "log.dirs"}));
  EXPECT_EQ(java_properties_order({"num.partitions", "log.dirs"}),
            (std::vector<std::string>{"num.partitions", "log.dirs"}));
  EXPECT_EQ(java_properties_order({"log.dirs"}), (std::vector<std::string>{"log.dirs"}));
}

}  // namespace
}  // namespace gannet::broker
