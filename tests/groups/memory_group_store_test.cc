#include "gannet/groups/memory_group_store.h"

#include <gtest/gtest.h>

#include "test_support.h"

namespace gannet::groups::testing {
namespace {

// Java's String.hashCode over UTF-16, abs (MIN_VALUE -> 0), mod partitions:
// the values Kafka's partitionFor gives with 50 partitions.
TEST(kafka_partition_for, matches_java_string_hash_code) {
  EXPECT_EQ(kafka_partition_for("test-group", 50), 12);  // hash 627841412
  EXPECT_EQ(kafka_partition_for("my-group", 50), 12);    // hash -1906497762
  EXPECT_EQ(kafka_partition_for("console-consumer-1234", 50), 9);
  EXPECT_EQ(kafka_partition_for("gr\xC3\xBCppe", 50), 12);      // U+00FC is one UTF-16 unit
  EXPECT_EQ(kafka_partition_for("\xF0\x9D\x84\x9Eg", 50), 17);  // U+1D11E is a surrogate pair
  EXPECT_EQ(kafka_partition_for("polygenelubricants", 50), 0);  // hash is Integer.MIN_VALUE
  EXPECT_EQ(kafka_partition_for("", 50), 0);
}

class memory_store_test : public coordinator_fixture {};

TEST_F(memory_store_test, keeps_the_latest_and_drops_tombstoned) {
  group_record g;
  g.generation = 3;
  run(store.write_group("a", g));
  run(store.write_offsets("a", {offset("t", 0, 1), offset("t", 1, 2)}));
  run(store.write_offsets("a", {offset("t", 0, 5)}));
  run(store.delete_offsets("a", {{"t", 1}}));
  auto held = run(store.load_partition(store.partition_for("a")));
  ASSERT_TRUE(held);
  ASSERT_EQ(held->size(), 1u);
  EXPECT_EQ((*held)[0].group->generation, 3);
  ASSERT_EQ((*held)[0].offsets.size(), 1u);
  EXPECT_EQ((*held)[0].offsets[0].second.offset, 5);
  // Another partition holds none of it.
  auto other = run(store.load_partition((store.partition_for("a") + 1) % store.partition_count()));
  ASSERT_TRUE(other);
  EXPECT_TRUE(other->empty());
  run(store.delete_group("a", {{"t", 0}}));
  EXPECT_TRUE(store.snapshot().empty());
  store.fail_writes_with(protocol::error_code::coordinator_not_available);
  EXPECT_EQ(run(store.write_offsets("b", {offset("t", 0, 1)})), protocol::error_code::coordinator_not_available);
  EXPECT_TRUE(store.snapshot().empty());
}

}  // namespace
}  // namespace gannet::groups::testing
