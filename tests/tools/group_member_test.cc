#include "gannet/tools/group_member.h"

#include <gtest/gtest.h>

namespace gannet::tools {
namespace {

TEST(GroupMemberTest, RangeAssignorGivesTheFirstMembersOneMore) {
  auto a = range_assign({{"m1", {"t"}}, {"m2", {"t"}}}, {{"t", 3}});
  EXPECT_EQ(a["m1"], (std::vector<topic_partition>{{"t", 0}, {"t", 1}}));
  EXPECT_EQ(a["m2"], (std::vector<topic_partition>{{"t", 2}}));
}

TEST(GroupMemberTest, RangeAssignorSkipsUnsubscribedMembers) {
  auto a = range_assign({{"m1", {"a"}}, {"m2", {"b"}}}, {{"a", 2}, {"b", 1}});
  EXPECT_EQ(a["m1"], (std::vector<topic_partition>{{"a", 0}, {"a", 1}}));
  EXPECT_EQ(a["m2"], (std::vector<topic_partition>{{"b", 0}}));
}

TEST(GroupMemberTest, ConsumerProtocolRoundTrips) {
  EXPECT_EQ(decode_subscription_topics(encode_subscription({"x", "y"})), (std::vector<std::string>{"x", "y"}));
  std::vector<topic_partition> parts{{"x", 0}, {"x", 2}, {"y", 1}};
  auto bytes = encode_assignment(parts);
  ASSERT_GE(bytes.size(), 2u);
  EXPECT_EQ(bytes[0], 0);  // int16 version 0 prefix
  EXPECT_EQ(bytes[1], 0);
  EXPECT_EQ(decode_assignment(bytes), parts);
  EXPECT_TRUE(decode_assignment({}).empty());
}

}  // namespace
}  // namespace gannet::tools
