#include "gannet/common/strong_type.h"

#include <gtest/gtest.h>

#include <type_traits>

namespace gannet {
namespace {

TEST(StrongTypeTest, OffsetsOrderAndDifferenceAreArithmetic) {
  offset a(10);
  offset b = a + 5;
  EXPECT_LT(a, b);
  EXPECT_EQ(b - a, 5);
  EXPECT_EQ((++b).value(), 16);
}

TEST(StrongTypeTest, DistinctTagsDoNotConvert) {
  static_assert(!std::is_convertible_v<offset, partition_id>);
  static_assert(!std::is_convertible_v<std::int64_t, offset>);
  SUCCEED();
}

}  // namespace
}  // namespace gannet
