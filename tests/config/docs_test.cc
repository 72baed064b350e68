#include "gannet/config/docs.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "gannet/config/definitions.h"

namespace gannet::config {
namespace {

// Tests run from the repository root (gannet_add_test's WORKING_DIRECTORY).
TEST(DocsTest, ConfigurationMarkdownIsInSyncWithTheTables) {
  std::ifstream in("docs/configuration.md");
  ASSERT_TRUE(in) << "docs/configuration.md missing";
  std::stringstream text;
  text << in.rdbuf();
  EXPECT_EQ(text.str(), render_configuration_markdown())
      << "Regenerate: ./build/src/config/gannet_config_docs > docs/configuration.md";
}

TEST(DocsTest, EveryKeyHasARow) {
  const std::string md = render_configuration_markdown();
  for (auto keys : {broker_config_keys(), topic_config_keys()})
    for (const auto& k : keys)
      EXPECT_NE(md.find("| `" + std::string(k.name) + "` |"), std::string::npos) << k.name;
}

}  // namespace
}  // namespace gannet::config
