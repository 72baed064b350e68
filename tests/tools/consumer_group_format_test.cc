// kafka-consumer-groups tables, byte for byte as Kafka 3.9.1 printed them against the reference broker.

#include "gannet/tools/consumer_group_format.h"

#include <gtest/gtest.h>

namespace gannet::tools {
namespace {

TEST(ConsumerGroupFormatTest, DescribeMatchesTheSeedTranscript) {
  offset_row r{"g1", "rt", 0, 10, 10, "-", "-", "-"};
  EXPECT_EQ(
      format_offsets({r}),
      "\nGROUP           TOPIC           PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG             CONSUMER-ID     "
      "HOST            CLIENT-ID"
      "\ng1              rt              0          10              10              0               -               "
      "-               -");
}

TEST(ConsumerGroupFormatTest, ColumnsWidenToTheLongestConsumerId) {
  offset_row r{
      "g1", "rt", 0, 10, 14, "console-consumer-3beed340-c2e3-4759-b950-16bf2a548994", "/127.0.0.1", "console-consumer"};
  const std::string out = format_offsets({r});
  EXPECT_NE(out.find("CONSUMER-ID                                           HOST"), std::string::npos);
  EXPECT_NE(
      out.find(
          "4               console-consumer-3beed340-c2e3-4759-b950-16bf2a548994 /127.0.0.1      console-consumer"),
      std::string::npos);
}

TEST(ConsumerGroupFormatTest, UnknownOffsetsPrintDashes) {
  offset_row r{"g", "t", 1, std::nullopt, 5, "-", "-", "-"};
  EXPECT_NE(format_offsets({r}).find("1          -               5               -               -"),
            std::string::npos);
}

TEST(ConsumerGroupFormatTest, ResetTableSharesOneLineAsKafkaPrintsIt) {
  offset_row r{"g1", "rt", 0, 0, std::nullopt, "-", "-", "-"};
  EXPECT_EQ(format_reset({r}),
            "\nGROUP                          TOPIC                          PARTITION  NEW-OFFSET     "
            "g1                             rt                             0          0              ");
}

TEST(ConsumerGroupFormatTest, StateTable) {
  EXPECT_EQ(format_state("g1", "127.0.0.1:19092  (0)", "", "Empty", 0),
            "\nGROUP                     COORDINATOR (ID)          ASSIGNMENT-STRATEGY  STATE           #MEMBERS"
            "\ng1                        127.0.0.1:19092  (0)                           Empty           0\n");
}

TEST(ConsumerGroupFormatTest, MembersHeaderKeepsItsTrailingSpace) {
  EXPECT_EQ(format_members({}), "\nGROUP           CONSUMER-ID     HOST            CLIENT-ID       #PARTITIONS     \n");
}

TEST(ConsumerGroupFormatTest, ListWithState) {
  EXPECT_EQ(format_list_with_state({{"g1", "Empty"}}),
            "GROUP                     STATE               \ng1                        Empty               \n");
}

}  // namespace
}  // namespace gannet::tools
