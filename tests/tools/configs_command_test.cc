#include "gannet/tools/configs_command.h"

#include <gtest/gtest.h>

#include "gannet/tools/cli_common.h"

namespace gannet::tools {
namespace {

TEST(ConfigsCommandTest, AddConfigSplitsOnCommasOutsideBrackets) {
  auto c = parse_add_config("retention.ms=5000,cleanup.policy=[compact,delete],segment.bytes=1048576");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0], (std::pair<std::string, std::string>{"retention.ms", "5000"}));
  EXPECT_EQ(c[1], (std::pair<std::string, std::string>{"cleanup.policy", "compact,delete"}));
  EXPECT_EQ(c[2], (std::pair<std::string, std::string>{"segment.bytes", "1048576"}));
  EXPECT_THROW(parse_add_config("novalue"), usage_error);
}

TEST(ConfigsCommandTest, SourceNamesAreKafkas) {
  EXPECT_EQ(config_source_name(1), "DYNAMIC_TOPIC_CONFIG");
  EXPECT_EQ(config_source_name(2), "DYNAMIC_BROKER_CONFIG");
  EXPECT_EQ(config_source_name(5), "DEFAULT_CONFIG");
  EXPECT_EQ(config_source_name(42), "UNKNOWN");
}

}  // namespace
}  // namespace gannet::tools
