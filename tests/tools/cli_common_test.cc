#include "gannet/tools/cli_common.h"

#include <gtest/gtest.h>

#include "gannet/tools/consumer_groups_command.h"

namespace gannet::tools {
namespace {

TEST(CliCommonTest, PropertiesSplitAtTheFirstEquals) {
  auto p = parse_properties({"key.separator==", "parse.key=true"}, "property");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], (std::pair<std::string, std::string>{"key.separator", "="}));
  EXPECT_EQ(property_or(p, "parse.key", "false"), "true");
  EXPECT_EQ(property_or(p, "missing", "x"), "x");
  EXPECT_THROW(parse_properties({"novalue"}, "property"), usage_error);
}

TEST(CliCommonTest, TopicPatternsMatchTheWholeName) {
  EXPECT_TRUE(matches_include_list("topic1", "topic1"));
  EXPECT_FALSE(matches_include_list("topic", "topic1"));
  EXPECT_TRUE(matches_include_list("top.*", "topic1"));
  EXPECT_TRUE(matches_include_list("[unclosed", "[unclosed"));  // not a regex: literal
}

TEST(CliCommonTest, ResetDatetimeWithZone) {
  EXPECT_EQ(parse_reset_datetime("2020-01-01T00:00:00.000Z"), 1577836800000);
  EXPECT_EQ(parse_reset_datetime("2020-01-01T01:00:00.500+01:00"), 1577836800500);
  EXPECT_THROW(parse_reset_datetime("yesterday"), usage_error);
}

}  // namespace
}  // namespace gannet::tools
