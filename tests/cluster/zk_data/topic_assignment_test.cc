#include <gtest/gtest.h>

#include "cluster/zk_data/golden.h"
#include "gannet/cluster/zk_data.h"

namespace gannet::cluster {
namespace {

using testing::zk_golden;

TEST(TopicAssignmentTest, DecodesKafkasVersion3Assignment) {
  auto t = decode_topic_assignment(zk_golden("kafka-3.9.1/brokers.topics.orders"));
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t->version, 3);
  ASSERT_TRUE(t->topic_id);
  EXPECT_EQ(uuid_to_string(*t->topic_id), "GWAgQaNbR_KD-g1pK_jnSg");
  ASSERT_EQ(t->partitions.size(), 5u);
  for (std::int32_t p = 0; p < 5; ++p)
    EXPECT_EQ(t->partitions.at(p), (replica_assignment{{0}, {}, {}}));
}

TEST(TopicAssignmentTest, EncodesKafkasBytes) {
  for (auto name : {"kafka-3.9.1/brokers.topics.orders", "kafka-3.9.1/brokers.topics.events"}) {
    auto golden = zk_golden(name);
    auto t = decode_topic_assignment(golden);
    ASSERT_TRUE(t) << name;
    EXPECT_EQ(encode_topic_assignment(*t), golden) << name;
  }
}

TEST(TopicAssignmentTest, EncodesReassignmentInProgress) {
  topic_assignment t;
  t.partitions[0] = {{1, 2, 3}, {3}, {1}};
  t.partitions[1] = {{2, 3}, {}, {}};
  EXPECT_EQ(encode_topic_assignment(t), R"({"partitions":{"0":[1,2,3],"1":[2,3]},"adding_replicas":{"0":[3]},)"
                                        R"("removing_replicas":{"0":[1]},"version":3})");
}

TEST(TopicAssignmentTest, DecodesVersion1WithoutTopicId) {
  auto t = decode_topic_assignment(R"({"version":1,"partitions":{"1":[1,2],"0":[2,1]}})");
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t->version, 1);
  EXPECT_EQ(t->topic_id, std::nullopt);
  EXPECT_EQ(t->partitions.at(0), (replica_assignment{{2, 1}, {}, {}}));
  EXPECT_EQ(t->partitions.at(1), (replica_assignment{{1, 2}, {}, {}}));
}

TEST(TopicAssignmentTest, DecodesVersion2AndAddingRemoving) {
  auto t = decode_topic_assignment(R"({"version":2,"partitions":{"0":[1,2,3]},"topic_id":"GWAgQaNbR_KD-g1pK_jnSg",)"
                                   R"("adding_replicas":{"0":[3]},"removing_replicas":{"0":[1]}})");
  ASSERT_TRUE(t) << t.error().message();
  EXPECT_EQ(t->partitions.at(0), (replica_assignment{{1, 2, 3}, {3}, {1}}));
  ASSERT_TRUE(t->topic_id);
  EXPECT_EQ(uuid_to_string(*t->topic_id), "GWAgQaNbR_KD-g1pK_jnSg");
}

TEST(TopicAssignmentTest, MissingPartitionsIsAnEmptyAssignment) {
  auto t = decode_topic_assignment(R"({"version":3})");
  ASSERT_TRUE(t);
  EXPECT_TRUE(t->partitions.empty());
}

TEST(TopicAssignmentTest, RejectsWhatKafkaRejects) {
  auto err = [](std::string_view json) {
    auto t = decode_topic_assignment(json);
    return t ? std::error_code() : t.error();
  };
  EXPECT_EQ(err(R"({"version":3,"partitions":{"x":[0]}})"), zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":3,"partitions":{"0":["0"]}})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err(R"({"version":3,"partitions":{"0":0}})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err(R"({"version":3,"partitions":[]})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err(R"({"version":3,"topic_id":"short"})"), zk_data_errc::invalid_value);
  EXPECT_EQ(err(R"({"version":3,"topic_id":null})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err(R"({"version":3,"partitions":{"0":[0]},"adding_replicas":{"0":[1.5]}})"), zk_data_errc::wrong_type);
  EXPECT_EQ(err("{\"partitions\":"), zk_data_errc::malformed_json);
}

TEST(UuidTextTest, RoundTripsKafkasText) {
  auto id = uuid_from_string("rfVujJJeSiuJgY9xPNJt0Q");
  ASSERT_TRUE(id);
  EXPECT_EQ((*id)[0], 0xAD);
  EXPECT_EQ((*id)[1], 0xF5);
  EXPECT_EQ(uuid_to_string(*id), "rfVujJJeSiuJgY9xPNJt0Q");
  auto padded = uuid_from_string("rfVujJJeSiuJgY9xPNJt0Q==");
  ASSERT_TRUE(padded);
  EXPECT_EQ(*padded, *id);
  EXPECT_FALSE(uuid_from_string("rfVujJJeSiuJgY9xPNJt0"));
  EXPECT_FALSE(uuid_from_string("rfVujJJeSiuJgY9xPNJt0+"));
}

}  // namespace
}  // namespace gannet::cluster
