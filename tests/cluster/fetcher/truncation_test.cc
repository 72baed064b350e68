// offset_truncation_state (Kafka's getOffsetTruncationState) and fetcher_id_for
// (AbstractFetcherManager.getFetcherId), without a broker.

#include "fetcher/truncation.h"

#include <gtest/gtest.h>

#include <map>

namespace gannet::cluster {
namespace {

// A follower log that is only an epoch history (epoch -> start offset) and an end offset.
class epochs_only final : public follower_log {
 public:
  epochs_only(std::map<std::int32_t, std::int64_t> epochs, std::int64_t end) : epochs_(std::move(epochs)), end_(end) {}
  boost::asio::any_io_executor executor() override { return {}; }
  offset log_start_offset() const override { return offset(0); }
  offset log_end_offset() const override { return offset(end_); }
  offset high_watermark() const override { return offset(0); }
  std::optional<leader_epoch> latest_epoch() const override {
    if (epochs_.empty()) return std::nullopt;
    return leader_epoch(epochs_.rbegin()->first);
  }
  // Kafka's LeaderEpochFileCache.endOffsetFor, as UnifiedLog.endOffsetForEpoch uses it.
  std::optional<epoch_end_offset> end_offset_for_epoch(leader_epoch e) const override {
    if (epochs_.empty()) return std::nullopt;
    if (e.value() == epochs_.rbegin()->first) return epoch_end_offset{e, offset(end_)};
    auto higher = epochs_.upper_bound(e.value());
    if (higher == epochs_.end()) return std::nullopt;
    if (higher == epochs_.begin()) return epoch_end_offset{e, offset(higher->second)};
    return epoch_end_offset{leader_epoch(std::prev(higher)->first), offset(higher->second)};
  }
  result<void> append_as_follower(std::span<std::uint8_t>) override { return {}; }
  result<void> truncate_to(offset) override { return {}; }
  result<void> truncate_fully_and_start_at(offset) override { return {}; }
  void set_high_watermark(offset) override {}
  result<void> increment_log_start_offset(offset) override { return {}; }

 private:
  std::map<std::int32_t, std::int64_t> epochs_;
  std::int64_t end_;
};

truncation_state at(std::int64_t o, bool completed) { return {offset(o), completed}; }

TEST(TruncationTest, SameEpochTruncatesToTheSmallerEndOfBoth) {
  // Follower: epoch 1 from 0, epoch 2 from 10, end 20. Leader: epoch 2 ends at 15.
  const epochs_only log({{1, 0}, {2, 10}}, 20);
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(2), offset(15)}), at(15, true));
  // The leader's epoch 2 goes further than the follower's log: nothing to cut.
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(2), offset(30)}), at(20, true));
}

TEST(TruncationTest, EpochUnknownToTheFollowerCutsToItsOwnSmallerEpochAndAsksAgain) {
  // KIP-279: follower has epochs 1 (0..10) and 3 (10..20); the leader answers epoch 2 ending at
  // 12 for the follower's 3. The follower's largest epoch <= 2 is 1, ending at 10.
  const epochs_only log({{1, 0}, {3, 10}}, 20);
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(2), offset(12)}), at(10, false));
}

TEST(TruncationTest, LeaderWithoutTheEpochKeepsTheFetchOffset) {
  const epochs_only log({{1, 0}}, 20);
  EXPECT_EQ(offset_truncation_state(log, offset(7), {leader_epoch(-1), offset(-1)}), at(7, true));
}

TEST(TruncationTest, AnswerWithoutEpochUsesTheLeadersOffset) {
  const epochs_only log({{1, 0}}, 20);
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(-1), offset(12)}), at(12, true));
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(-1), offset(25)}), at(20, true));
}

TEST(TruncationTest, LeaderEpochBelowEveryFollowerEpochUsesTheLeadersOffset) {
  // An empty epoch history: the follower tracked no epochs.
  const epochs_only log({}, 20);
  EXPECT_EQ(offset_truncation_state(log, offset(20), {leader_epoch(4), offset(9)}), at(9, true));
}

TEST(FetcherIdTest, MatchesKafkasGetFetcherId) {
  // Java: Utils.abs(31 * "t1".hashCode() + 0) % 3, "t1".hashCode() = 116 * 31 + 49 = 3645.
  EXPECT_EQ(fetcher_id_for({"t1", 0}, 3), (31 * 3645 + 0) % 3);
  EXPECT_EQ(fetcher_id_for({"t1", 1}, 3), (31 * 3645 + 1) % 3);
  EXPECT_EQ(fetcher_id_for({"t1", 5}, 1), 0);
  // "__consumer_offsets".hashCode() is -970371369; 31 * h + 7 wraps to -16741360 in int
  // arithmetic; Utils.abs gives 16741360, and 16741360 % 3 = 1.
  EXPECT_EQ(fetcher_id_for({"__consumer_offsets", 7}, 3), 1);
}

TEST(FetcherConfigTest, ReadsTheReplicaPropertiesWithKafkasDefaults) {
  config::broker_layers layers;
  layers.static_broker["replica.fetch.max.bytes"] = "2097152";
  layers.static_broker["num.replica.fetchers"] = "3";
  layers.dynamic_default_broker["num.replica.fetchers"] = "4";  // dynamic wins over static
  const replica_fetcher_config c = replica_fetcher_config_from(layers, 7, 1234);
  EXPECT_EQ(c.broker_id, 7);
  EXPECT_EQ(c.broker_epoch, 1234);
  EXPECT_EQ(c.fetch_max_bytes, 2097152);
  EXPECT_EQ(c.num_fetchers, 4);
  EXPECT_EQ(c.fetch_response_max_bytes, 10485760);
  EXPECT_EQ(c.fetch_wait_max_ms, 500);
  EXPECT_EQ(c.fetch_min_bytes, 1);
  EXPECT_EQ(c.fetch_backoff, std::chrono::milliseconds(1000));
  EXPECT_EQ(c.socket_timeout, std::chrono::milliseconds(30000));
  EXPECT_EQ(c.socket_receive_buffer_bytes, 65536);
  EXPECT_EQ(c.fetch_version, 17);
  EXPECT_EQ(c.offset_for_leader_epoch_version, 4);
  EXPECT_EQ(c.list_offsets_version, 9);
}

}  // namespace
}  // namespace gannet::cluster
