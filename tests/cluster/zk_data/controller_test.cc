#include <gtest/gtest.h>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

TEST(ControllerTest, DecodesAndEncodesKafkasVersion2) {
  auto golden = zk_golden("kafka-3.9.1/controller");
  auto c = decode_controller(golden);
  ASSERT_TRUE(c) << c.error().message();
  EXPECT_EQ(*c, (controller_registration{0, 1796412235397, -1, 2}));
  EXPECT_EQ(encode_controller(*c), golden);
}

TEST(ControllerTest, DecodesVersion1WithoutKraftEpoch) {
  auto c = decode_controller(R"({"version":1,"brokerid":3,"timestamp":"1500000000000"})");
  ASSERT_TRUE(c);
  EXPECT_EQ(*c, (controller_registration{3, 1500000000000, std::nullopt, 1}));
  EXPECT_EQ(encode_controller(*c),
            R"({"version":2,"brokerid":3,"timestamp":"1500000000000","kraftControllerEpoch":-1})");
}

TEST(ControllerTest, DecodesAKraftControllersRegistration) {
  auto c = decode_controller(R"({"version":2,"brokerid":3000,"timestamp":"1","kraftControllerEpoch":7})");
  ASSERT_TRUE(c);
  EXPECT_EQ(c->kraft_controller_epoch, 7);
}

TEST(ControllerTest, RejectsWhatKafkaRejects) {
  EXPECT_EQ(decode_controller(R"({"version":2})").error(), zk_data_errc::missing_field);
  EXPECT_EQ(decode_controller(R"({"brokerid":"1"})").error(), zk_data_errc::wrong_type);
  EXPECT_EQ(decode_controller("").error(), zk_data_errc::malformed_json);
}

TEST(ControllerTest, ReadsJsonAsJacksonDoes) {
  // Trailing content after the value is ignored; the last duplicate key wins.
  auto c = decode_controller(R"({"version":2,"brokerid":1,"brokerid":4} trailing)");
  ASSERT_TRUE(c) << c.error().message();
  EXPECT_EQ(c->brokerid, 4);
  EXPECT_EQ(decode_controller(R"(  {"brokerid":1)").error(), zk_data_errc::malformed_json);
  EXPECT_EQ(decode_controller("{\"brokerid\":1,\"x\":\"\xff\"}").error(), zk_data_errc::malformed_json);
  EXPECT_EQ(decode_controller("7").error(), zk_data_errc::not_an_object);
}

TEST(ControllerEpochTest, IsAPlainDecimal) {
  EXPECT_EQ(zk_golden("kafka-3.9.1/controller_epoch"), "1");
  EXPECT_EQ(decode_controller_epoch("1").value(), 1);
  EXPECT_EQ(encode_controller_epoch(42), "42");
  EXPECT_EQ(decode_controller_epoch("2147483647").value(), 2147483647);
  EXPECT_EQ(decode_controller_epoch("+5").value(), 5);
  EXPECT_EQ(decode_controller_epoch("").error(), zk_data_errc::malformed_json);
  EXPECT_EQ(decode_controller_epoch(" 1").error(), zk_data_errc::malformed_json);
  EXPECT_EQ(decode_controller_epoch("2147483648").error(), zk_data_errc::malformed_json);
}

TEST(ClusterIdTest, DecodesAndEncodesKafkasBytes) {
  auto golden = zk_golden("kafka-3.9.1/cluster.id");
  auto c = decode_cluster_id(golden);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->id, "lAQGqh_zRXC9pt0dAY2iRw");
  EXPECT_EQ(encode_cluster_id(*c), golden);
  EXPECT_EQ(decode_cluster_id(R"({"version":"1"})").error(), zk_data_errc::missing_field);
  EXPECT_EQ(decode_cluster_id(R"({"version":"1","id":5})").error(), zk_data_errc::wrong_type);
}

}  // namespace
}  // namespace gannet::cluster
