#include "gannet/net/listener_config.h"

#include <gtest/gtest.h>

namespace gannet::net {
namespace {

TEST(ListenerConfigTest, ParsesKafkaListenerLists) {
  auto r = parse_listeners("PLAINTEXT://:9092, INTERNAL://127.0.0.1:9093,V6://[::1]:9094");
  ASSERT_TRUE(r);
  ASSERT_EQ(3u, r->size());
  EXPECT_EQ("PLAINTEXT", (*r)[0].name);
  EXPECT_EQ("", (*r)[0].host);
  EXPECT_EQ(9092, (*r)[0].port);
  EXPECT_EQ("INTERNAL", (*r)[1].name);
  EXPECT_EQ("127.0.0.1", (*r)[1].host);
  EXPECT_EQ(9093, (*r)[1].port);
  EXPECT_EQ("::1", (*r)[2].host);
  EXPECT_EQ(9094, (*r)[2].port);
}

TEST(ListenerConfigTest, AcceptsHostnamesAndPortZero) {
  auto r = parse_listeners("PLAINTEXT://localhost:0");
  ASSERT_TRUE(r);
  EXPECT_EQ("localhost", (*r)[0].host);
  EXPECT_EQ(0, (*r)[0].port);
}

TEST(ListenerConfigTest, RejectsMalformedEntries) {
  for (const char* bad : {"", "localhost:9092", "://:9092", "PLAINTEXT://:", "PLAINTEXT://:99999", "PLAINTEXT://:90x2",
                          "PLAINTEXT://::1:9092", "PLAINTEXT://[::1]9092", "A://:1,A://:2"}) {
    EXPECT_FALSE(parse_listeners(bad)) << bad;
  }
}

}  // namespace
}  // namespace gannet::net
