// kafka-topics --describe layout, checked against Kafka 3.9.1's output (docs/reference-broker.md).

#include "gannet/tools/topic_description.h"

#include <gtest/gtest.h>

#include "gannet/tools/cli_common.h"

namespace gannet::tools {
namespace {

topic_description topic1() {
  topic_description t;
  t.name = "topic1";
  // crV51M7ASkOcvSnVEqYq0w, the id in the recorded transcript.
  t.topic_id = {0x72, 0xb5, 0x79, 0xd4, 0xce, 0xc0, 0x4a, 0x43, 0x9c, 0xbd, 0x29, 0xd5, 0x12, 0xa6, 0x2a, 0xd3};
  for (int p = 0; p < 3; ++p)
    t.partitions.push_back({p, 0, {0}, {0}, std::nullopt, std::nullopt});
  return t;
}

TEST(TopicDescriptionTest, TopicIdIsUrlSafeBase64WithoutPadding) {
  EXPECT_EQ(uuid_to_base64(topic1().topic_id), "crV51M7ASkOcvSnVEqYq0w");
  protocol::uuid ff;
  ff.fill(0xff);
  EXPECT_EQ(uuid_to_base64(ff), "_____________________w");
}

TEST(TopicDescriptionTest, MatchesTheSeedTranscriptByteForByte) {
  const std::string expected =
      "Topic: topic1\tTopicId: crV51M7ASkOcvSnVEqYq0w\tPartitionCount: 3\tReplicationFactor: 1\tConfigs: \n"
      "\tTopic: topic1\tPartition: 0\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n"
      "\tTopic: topic1\tPartition: 1\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n"
      "\tTopic: topic1\tPartition: 2\tLeader: 0\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n";
  EXPECT_EQ(format_topic_description(topic1(), {}, {0}), expected);
}

TEST(TopicDescriptionTest, ConfigsAreCommaSeparatedWithoutTrailingSpace) {
  auto t = topic1();
  t.configs = {{"cleanup.policy", "compact"}, {"retention.ms", "1000"}};
  EXPECT_EQ(format_topic_line(t),
            "Topic: topic1\tTopicId: crV51M7ASkOcvSnVEqYq0w\tPartitionCount: 3\tReplicationFactor: 1\t"
            "Configs: cleanup.policy=compact,retention.ms=1000\n");
}

TEST(TopicDescriptionTest, NoLeaderPrintsNoneAndListsJoinWithCommas) {
  auto t = topic1();
  partition_description p{7, -1, {1, 2, 3}, {2, 3}, std::vector<std::int32_t>{1}, std::vector<std::int32_t>{}};
  EXPECT_EQ(format_partition_line(t, p),
            "\tTopic: topic1\tPartition: 7\tLeader: none\tReplicas: 1,2,3\tIsr: 2,3\tElr: 1\tLastKnownElr: \n");
}

TEST(TopicDescriptionTest, UnderReplicatedFilterPrintsOnlyMatchingPartitionLines) {
  auto t = topic1();
  t.partitions[1].replicas = {0, 1};
  describe_filter f;
  f.under_replicated = true;
  EXPECT_EQ(format_topic_description(t, f, {0, 1}),
            "\tTopic: topic1\tPartition: 1\tLeader: 0\tReplicas: 0,1\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n");
  EXPECT_EQ(format_topic_description(topic1(), f, {0}), "");
}

TEST(TopicDescriptionTest, UnavailableFilterPrintsPartitionsWithoutALiveLeader) {
  auto t = topic1();
  t.partitions[2].leader = -1;
  describe_filter f;
  f.unavailable = true;
  EXPECT_EQ(format_topic_description(t, f, {0}),
            "\tTopic: topic1\tPartition: 2\tLeader: none\tReplicas: 0\tIsr: 0\tElr: N/A\tLastKnownElr: N/A\n");
}

}  // namespace
}  // namespace gannet::tools
