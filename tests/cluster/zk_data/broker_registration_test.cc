#include <gtest/gtest.h>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

TEST(BrokerRegistrationTest, DecodesKafkasVersion5Registration) {
  auto b = decode_broker_registration(0, zk_golden("kafka-3.9.1/brokers.ids.0"));
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->id, 0);
  EXPECT_EQ(b->version, 5);
  ASSERT_EQ(b->endpoints.size(), 1u);
  EXPECT_EQ(b->endpoints[0], (broker_endpoint{"PLAINTEXT", "127.0.0.1", 23092, "PLAINTEXT"}));
  EXPECT_EQ(b->listener_security_protocol_map,
            (std::vector<std::pair<std::string, std::string>>{{"PLAINTEXT", "PLAINTEXT"}}));
  EXPECT_EQ(b->rack, std::nullopt);
  EXPECT_EQ(b->jmx_port, -1);
  EXPECT_EQ(b->timestamp, 1796412235175);
  EXPECT_TRUE(b->features.empty());
}

TEST(BrokerRegistrationTest, EncodesKafkasBytes) {
  auto golden = zk_golden("kafka-3.9.1/brokers.ids.0");
  auto b = decode_broker_registration(0, golden);
  ASSERT_TRUE(b);
  EXPECT_EQ(encode_broker_registration(*b), golden);
}

TEST(BrokerRegistrationTest, EncodesRackAndSeveralListeners) {
  broker_registration b;
  b.id = 2;
  b.endpoints = {{"INTERNAL", "10.0.0.2", 9093, "SASL_SSL"},
                 {"PLAINTEXT", "broker2", 9092, "PLAINTEXT"},
                 {"V6", "::1", 9094, "SSL"}};
  b.rack = "rack-a";
  b.jmx_port = 9999;
  b.timestamp = 1700000000123;
  b.features["metadata.version"] = {1, 21};
  auto bytes = encode_broker_registration(b);
  EXPECT_EQ(bytes,
            R"({"features":{"metadata.version":{"min_version":1,"max_version":21}},)"
            R"("listener_security_protocol_map":{"INTERNAL":"SASL_SSL","PLAINTEXT":"PLAINTEXT","V6":"SSL"},)"
            R"("endpoints":["INTERNAL://10.0.0.2:9093","PLAINTEXT://broker2:9092","V6://[::1]:9094"],)"
            R"("rack":"rack-a","jmx_port":9999,"port":9092,"host":"broker2","version":5,"timestamp":"1700000000123"})");
  auto back = decode_broker_registration(2, bytes);
  ASSERT_TRUE(back) << back.error().message();
  EXPECT_EQ(back->endpoints, b.endpoints);
  EXPECT_EQ(back->rack, b.rack);
  EXPECT_EQ(back->features, b.features);
  EXPECT_EQ(back->timestamp, b.timestamp);
}

TEST(BrokerRegistrationTest, WithoutPlaintextListenerTheTopLevelHostIsNull) {
  broker_registration b;
  b.endpoints = {{"SSL", "h", 9093, "SSL"}};
  b.timestamp = 5;
  EXPECT_EQ(encode_broker_registration(b),
            R"({"features":{},"listener_security_protocol_map":{"SSL":"SSL"},"endpoints":["SSL://h:9093"],)"
            R"("jmx_port":-1,"port":-1,"host":null,"version":5,"timestamp":"5"})");
}

TEST(BrokerRegistrationTest, DecodesVersion1HostAndPort) {
  auto b = decode_broker_registration(
      3, R"({"version":1,"host":"localhost","port":9092,"jmx_port":9999,"timestamp":"2233345666"})");
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->version, 1);
  EXPECT_EQ(b->endpoints, (std::vector<broker_endpoint>{{"PLAINTEXT", "localhost", 9092, "PLAINTEXT"}}));
  EXPECT_EQ(b->jmx_port, 9999);
  EXPECT_EQ(b->timestamp, 2233345666);
}

TEST(BrokerRegistrationTest, DecodesVersion2And3ListenersNamedAfterProtocols) {
  auto b = decode_broker_registration(
      1, R"({"version":3,"host":"localhost","port":9092,"jmx_port":-1,"timestamp":"1",)"
         R"("endpoints":["PLAINTEXT://host1:9092", "SSL://host1:9093","sasl_ssl://:9094"],"rack":"dc1"})");
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->endpoints, (std::vector<broker_endpoint>{{"PLAINTEXT", "host1", 9092, "PLAINTEXT"},
                                                        {"SSL", "host1", 9093, "SSL"},
                                                        {"SASL_SSL", "", 9094, "SASL_SSL"}}));
  EXPECT_EQ(b->rack, "dc1");
}

TEST(BrokerRegistrationTest, DecodesVersion4CustomListeners) {
  auto b = decode_broker_registration(
      1, R"({"version":4,"host":null,"port":-1,"jmx_port":-1,"timestamp":"1","rack":null,)"
         R"("endpoints":["CLIENT://host1:9092","REPLICATION://[fe80::1]:9093"],)"
         R"("listener_security_protocol_map":{"CLIENT":"SSL","REPLICATION":"sasl_plaintext"}})");
  ASSERT_TRUE(b) << b.error().message();
  EXPECT_EQ(b->endpoints, (std::vector<broker_endpoint>{{"CLIENT", "host1", 9092, "SSL"},
                                                        {"REPLICATION", "fe80::1", 9093, "SASL_PLAINTEXT"}}));
  EXPECT_EQ(b->rack, std::nullopt);
}

TEST(BrokerRegistrationTest, RejectsWhatKafkaRejects) {
  auto err = [](std::string_view json) {
    auto b = decode_broker_registration(0, json);
    return b ? std::error_code() : b.error();
  };
  EXPECT_EQ(err("{not json"), zk_data_errc::malformed_json);
  EXPECT_EQ(err(""), zk_data_errc::malformed_json);
  EXPECT_EQ(err("[1]"), zk_data_errc::not_an_object);
  EXPECT_EQ(err(R"({"jmx_port":-1,"endpoints":[]})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":5,"endpoints":[]})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":"5","jmx_port":-1,"endpoints":[]})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err(R"({"version":0,"jmx_port":-1,"endpoints":[]})"), zk_data_errc::unsupported_version);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1})"), zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":["PLAINTEXT:/h:1"]})"), zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":["PLAINTEXT://h:99999999999"]})"),
            zk_data_errc::invalid_value);
  // A listener the map does not name.
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":["CLIENT://h:1"],)"
                R"("listener_security_protocol_map":{"OTHER":"SSL"}})"),
            zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":[],"listener_security_protocol_map":{"A":"TLS"}})"),
            zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":[],"features":{"f":{"max_version":2}}})"),
            zk_data_errc::missing_field);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":[],"features":{"f":{"min_version":3,"max_version":2}}})"),
            zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":5,"jmx_port":-1,"endpoints":[],"rack":7})"), zk_data_errc::wrong_type);
}

}  // namespace
}  // namespace gannet::cluster
