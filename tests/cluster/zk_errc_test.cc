#include <gtest/gtest.h>

#include "gannet/cluster/zk_client.h"

namespace gannet::cluster {
namespace {

TEST(zk_errc, converts_to_error_code_in_its_category) {
  std::error_code ec = zk_errc::bad_version;
  EXPECT_EQ(ec.category().name(), std::string("zookeeper"));
  EXPECT_EQ(ec.message(), "bad version");
  EXPECT_TRUE(ec == zk_errc::bad_version);
  EXPECT_FALSE(ec == zk_errc::no_node);
  EXPECT_FALSE(std::error_code(zk_errc::ok));
}

}  // namespace
}  // namespace gannet::cluster
