#include "fetch_session.h"

#include <gtest/gtest.h>

namespace gannet::broker {
namespace {

using protocol::error_code;
using kind = fetch_context::kind;

constexpr std::int64_t eviction_ms = 120000;

fetch_partition_key by_name(const std::string& topic, std::int32_t p) { return {{}, topic, p}; }

fetch_partition_key by_id(std::uint8_t id, std::int32_t p) {
  fetch_partition_key k;
  k.topic_id[15] = id;
  k.partition = p;
  return k;
}

fetch_partition_request req(fetch_partition_key k, std::int64_t offset, std::int32_t max_bytes = 1024) {
  fetch_partition_request r;
  r.key = std::move(k);
  r.fetch_offset = offset;
  r.max_bytes = max_bytes;
  return r;
}

// One outcome per context partition, in the context's order.
std::vector<fetch_partition_outcome> outcomes(const fetch_context& c, std::vector<std::int64_t> hws,
                                              std::vector<bool> records = {}, std::vector<bool> errors = {}) {
  std::vector<fetch_partition_outcome> out;
  for (std::size_t i = 0; i < c.partitions.size(); ++i) {
    fetch_partition_outcome o;
    o.index = i;
    o.high_watermark = hws.at(i);
    o.log_start_offset = 0;
    o.has_records = i < records.size() && records[i];
    o.has_error = i < errors.size() && errors[i];
    out.push_back(o);
  }
  return out;
}

std::vector<std::int32_t> partitions_of(const fetch_context& c) {
  std::vector<std::int32_t> out;
  for (const auto& p : c.partitions)
    out.push_back(p.key.partition);
  return out;
}

// A full fetch that creates a session over partitions 0..n-1 of "t".
std::int32_t open_session(fetch_session_manager& m, int n, std::int64_t now, bool privileged = false) {
  std::vector<fetch_partition_request> data;
  for (int i = 0; i < n; ++i)
    data.push_back(req(by_name("t", i), 0));
  auto c = m.new_context(12, 0, initial_epoch, privileged, data, {}, now);
  EXPECT_EQ(c.type, kind::full);
  auto a = m.complete(c, outcomes(c, std::vector<std::int64_t>(static_cast<std::size_t>(n), 5)), now);
  return a.session_id;
}

TEST(FetchSessionTest, NextEpochWrapsToOneAndKeepsFinal) {
  EXPECT_EQ(next_fetch_epoch(0), 1);
  EXPECT_EQ(next_fetch_epoch(41), 42);
  EXPECT_EQ(next_fetch_epoch(INT32_MAX), 1);
  EXPECT_EQ(next_fetch_epoch(-1), -1);
}

TEST(FetchSessionTest, SessionlessFetchCreatesNoSession) {
  fetch_session_manager m(1000, eviction_ms);
  auto c = m.new_context(11, 0, final_epoch, false, {req(by_name("t", 0), 3)}, {}, 1000);
  EXPECT_EQ(c.type, kind::sessionless);
  ASSERT_EQ(c.partitions.size(), 1u);
  EXPECT_EQ(c.partitions[0].fetch_offset, 3);
  auto a = m.complete(c, outcomes(c, {10}), 1000);
  EXPECT_EQ(a.error, error_code::none);
  EXPECT_EQ(a.session_id, 0);
  EXPECT_EQ(a.send, std::vector<bool>{true});
  EXPECT_EQ(m.size(), 0u);
}

TEST(FetchSessionTest, FullThenIncrementalOmitsUnchangedPartitions) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 3, 1000);
  ASSERT_GT(id, 0);
  EXPECT_EQ(m.size(), 1u);
  EXPECT_EQ(m.total_partitions(), 3u);

  // Epoch 1 names nothing: every partition of the session is read, none changed.
  auto c = m.new_context(12, id, 1, false, {}, {}, 2000);
  ASSERT_EQ(c.type, kind::incremental);
  EXPECT_EQ(partitions_of(c), (std::vector<std::int32_t>{0, 1, 2}));
  auto a = m.complete(c, outcomes(c, {5, 5, 5}), 2000);
  EXPECT_EQ(a.error, error_code::none);
  EXPECT_EQ(a.session_id, id);
  EXPECT_EQ(a.send, (std::vector<bool>{false, false, false}));

  // Epoch 2: partition 1 has records (and a new high watermark), partition 2 only a new high watermark.
  c = m.new_context(12, id, 2, false, {}, {}, 3000);
  ASSERT_EQ(c.type, kind::incremental);
  a = m.complete(c, outcomes(c, {5, 8, 6}, {false, true, false}), 3000);
  EXPECT_EQ(a.send, (std::vector<bool>{false, true, true}));

  // Partition 1 returned data: it moved to the end of the session's order.
  // The client sends its new fetch offset.
  c = m.new_context(12, id, 3, false, {req(by_name("t", 1), 8)}, {}, 4000);
  ASSERT_EQ(c.type, kind::incremental);
  EXPECT_EQ(partitions_of(c), (std::vector<std::int32_t>{0, 2, 1}));
  EXPECT_EQ(c.partitions[2].fetch_offset, 8);
  a = m.complete(c, outcomes(c, {5, 6, 8}), 4000);
  EXPECT_EQ(a.send, (std::vector<bool>{false, false, false}));
}

TEST(FetchSessionTest, ErrorsAreAlwaysSentAndResentOnceGone) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 1, 1000);
  auto c = m.new_context(12, id, 1, false, {}, {}, 1000);
  auto a = m.complete(c, outcomes(c, {-1}, {}, {true}), 1000);
  EXPECT_EQ(a.send, std::vector<bool>{true});
  c = m.new_context(12, id, 2, false, {}, {}, 1000);
  a = m.complete(c, outcomes(c, {-1}, {}, {true}), 1000);
  EXPECT_EQ(a.send, std::vector<bool>{true});
  // The error is gone and the high watermark is back to 5: answered again.
  c = m.new_context(12, id, 3, false, {}, {}, 1000);
  a = m.complete(c, outcomes(c, {5}), 1000);
  EXPECT_EQ(a.send, std::vector<bool>{true});
  c = m.new_context(12, id, 4, false, {}, {}, 1000);
  a = m.complete(c, outcomes(c, {5}), 1000);
  EXPECT_EQ(a.send, std::vector<bool>{false});
}

TEST(FetchSessionTest, AddedPartitionsAreAnsweredAndForgottenOnesNeverRead) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 2, 1000);
  std::vector<fetch_partition_key> forget{by_name("t", 0)};
  auto c = m.new_context(12, id, 1, false, {req(by_name("u", 0), 0)}, forget, 1000);
  ASSERT_EQ(c.type, kind::incremental);
  ASSERT_EQ(c.partitions.size(), 2u);
  EXPECT_EQ(c.partitions[0].key, by_name("t", 1));
  EXPECT_EQ(c.partitions[1].key, by_name("u", 0));
  // The new partition's first answer always goes out (its cached high watermark is -1).
  auto a = m.complete(c, outcomes(c, {5, 0}), 1000);
  EXPECT_EQ(a.send, (std::vector<bool>{false, true}));
  EXPECT_EQ(m.total_partitions(), 2u);

  // Named and forgotten in one request: forgotten wins (Kafka updates, then forgets).
  c = m.new_context(12, id, 2, false, {req(by_name("t", 1), 9)}, std::vector<fetch_partition_key>{by_name("t", 1)},
                    1000);
  ASSERT_EQ(c.type, kind::incremental);
  ASSERT_EQ(c.partitions.size(), 1u);
  EXPECT_EQ(c.partitions[0].key, by_name("u", 0));
}

TEST(FetchSessionTest, ForgettingEverythingEndsTheSession) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 1, 1000);
  std::vector<fetch_partition_key> forget{by_name("t", 0)};
  auto c = m.new_context(12, id, 1, false, {}, forget, 1000);
  EXPECT_EQ(c.type, kind::sessionless);
  EXPECT_TRUE(c.partitions.empty());
  EXPECT_FALSE(m.contains(id));
  auto a = m.complete(c, {}, 1000);
  EXPECT_EQ(a.session_id, 0);
}

TEST(FetchSessionTest, SessionErrors) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 1, 1000);
  auto c = m.new_context(12, id + 1, 1, false, {}, {}, 1000);
  EXPECT_EQ(c.type, kind::error);
  EXPECT_EQ(c.error, error_code::fetch_session_id_not_found);
  auto a = m.complete(c, {}, 1000);
  EXPECT_EQ(a.error, error_code::fetch_session_id_not_found);
  EXPECT_EQ(a.session_id, 0);

  c = m.new_context(12, id, 2, false, {}, {}, 1000);  // expected 1
  EXPECT_EQ(c.type, kind::error);
  EXPECT_EQ(c.error, error_code::invalid_fetch_session_epoch);

  // A session opened without topic ids cannot go on at v13.
  c = m.new_context(13, id, 1, false, {}, {}, 1000);
  EXPECT_EQ(c.type, kind::error);
  EXPECT_EQ(c.error, error_code::fetch_session_topic_id_error);

  // The epoch is still 1: the errors changed nothing.
  c = m.new_context(12, id, 1, false, {}, {}, 1000);
  EXPECT_EQ(c.type, kind::incremental);

  // Two requests with the same epoch: the second is refused up front.
  auto dup = m.new_context(12, id, 1, false, {}, {}, 1000);
  EXPECT_EQ(dup.error, error_code::invalid_fetch_session_epoch);
}

TEST(FetchSessionTest, DuplicateRequestDetectedWhenAnswering) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 1, 1000);
  auto first = m.new_context(12, id, 1, false, {}, {}, 1000);
  auto second = m.new_context(12, id, 2, false, {}, {}, 1000);  // sent before first was answered
  ASSERT_EQ(second.type, kind::incremental);
  auto a = m.complete(first, outcomes(first, {5}), 1000);
  EXPECT_EQ(a.error, error_code::invalid_fetch_session_epoch);
  EXPECT_EQ(a.session_id, id);
  EXPECT_EQ(m.complete(second, outcomes(second, {5}), 1000).error, error_code::none);
}

TEST(FetchSessionTest, FullFetchWithSessionIdClosesItAndOpensAnother) {
  fetch_session_manager m(1000, eviction_ms);
  const std::int32_t id = open_session(m, 1, 1000);
  auto c = m.new_context(12, id, initial_epoch, false, {req(by_name("t", 0), 0)}, {}, 1000);
  EXPECT_EQ(c.type, kind::full);
  EXPECT_FALSE(m.contains(id));
  auto a = m.complete(c, outcomes(c, {5}), 1000);
  EXPECT_GT(a.session_id, 0);
  EXPECT_NE(a.session_id, id);
  // Epoch -1 with the session id: closed, and no new one.
  c = m.new_context(12, a.session_id, final_epoch, false, {req(by_name("t", 0), 0)}, {}, 1000);
  EXPECT_EQ(c.type, kind::sessionless);
  EXPECT_EQ(m.size(), 0u);
}

TEST(FetchSessionTest, TopicIdSessionsKeyByIdAndRefuseOlderVersions) {
  fetch_session_manager m(1000, eviction_ms);
  auto c = m.new_context(13, 0, initial_epoch, false, {req(by_id(1, 0), 0), req(by_id(2, 0), 0)}, {}, 1000);
  auto a = m.complete(c, outcomes(c, {5, 5}), 1000);
  ASSERT_GT(a.session_id, 0);
  std::vector<fetch_partition_key> forget{by_id(2, 0)};
  c = m.new_context(13, a.session_id, 1, false, {}, forget, 1000);
  ASSERT_EQ(c.type, kind::incremental);
  ASSERT_EQ(c.partitions.size(), 1u);
  EXPECT_EQ(c.partitions[0].key, by_id(1, 0));
  m.complete(c, outcomes(c, {5}), 1000);
  c = m.new_context(12, a.session_id, 2, false, {}, {}, 1000);
  EXPECT_EQ(c.error, error_code::fetch_session_topic_id_error);
}

TEST(FetchSessionTest, FullCacheCreatesNoSessionWhileOthersAreYoung) {
  fetch_session_manager m(2, eviction_ms);
  ASSERT_GT(open_session(m, 1, 1000), 0);
  ASSERT_GT(open_session(m, 1, 1000), 0);
  // Full; both are younger than eviction_ms: even a bigger newcomer gets no slot.
  EXPECT_EQ(open_session(m, 5, 2000), 0);
  EXPECT_EQ(m.size(), 2u);
}

TEST(FetchSessionTest, StaleSessionIsEvictedFirst) {
  fetch_session_manager m(2, eviction_ms);
  const std::int32_t a = open_session(m, 10, 1000);
  const std::int32_t b = open_session(m, 10, 50000);
  // At 125000, a was last used 124 s ago (> 120 s): stale, evicted even by a smaller newcomer.
  const std::int32_t c = open_session(m, 1, 125000);
  EXPECT_GT(c, 0);
  EXPECT_FALSE(m.contains(a));
  EXPECT_TRUE(m.contains(b));
  EXPECT_TRUE(m.contains(c));
}

TEST(FetchSessionTest, BiggerNewcomerEvictsTheSmallestOldSession) {
  fetch_session_manager m(2, eviction_ms);
  const std::int32_t a = open_session(m, 3, 1000);
  const std::int32_t b = open_session(m, 2, 1000);
  // Keep both in use so neither is stale, and old enough (created > 120 s ago) to be evictable.
  for (auto [id, n] : {std::pair{a, 3}, std::pair{b, 2}}) {
    auto c = m.new_context(12, id, 1, false, {}, {}, 130000);
    ASSERT_EQ(c.type, kind::incremental);
    m.complete(c, outcomes(c, std::vector<std::int64_t>(static_cast<std::size_t>(n), 5)), 130000);
  }
  // A newcomer not bigger than the smallest (b, 2 partitions) gets nothing:
  // the key (privileged, size, id 0) must not sort before b's.
  EXPECT_EQ(open_session(m, 1, 131000), 0);
  EXPECT_EQ(open_session(m, 2, 131000), 0);
  // One of 3 partitions evicts b.
  const std::int32_t c = open_session(m, 3, 131000);
  EXPECT_GT(c, 0);
  EXPECT_TRUE(m.contains(a));
  EXPECT_FALSE(m.contains(b));
  EXPECT_EQ(m.total_partitions(), 6u);
}

TEST(FetchSessionTest, PrivilegedNewcomerEvictsAYoungConsumerSession) {
  fetch_session_manager m(1, eviction_ms);
  const std::int32_t consumer = open_session(m, 50, 1000);
  const std::int32_t follower = open_session(m, 1, 2000, true);
  EXPECT_GT(follower, 0);
  EXPECT_FALSE(m.contains(consumer));
  // A consumer cannot evict the young follower session.
  EXPECT_EQ(open_session(m, 100, 3000), 0);
}

TEST(FetchSessionTest, ZeroSlotsMeansNoSessions) {
  fetch_session_manager m(0, eviction_ms);
  EXPECT_EQ(open_session(m, 1, 1000), 0);
}

}  // namespace
}  // namespace gannet::broker
