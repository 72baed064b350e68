// The replica rules of cluster::partition, with simulated followers calling
// the partition's methods and the clock passed in: high watermark, ISR
// expansion and shrink (KIP-497's maximal ISR while a change is in flight),
// AlterPartition answers, leader epoch checks, acks=all completion and the
// follower-side calls.

#include "gannet/cluster/partition.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/thread_pool.hpp>

#include "storage/storage_test_util.h"

namespace gannet::cluster {
namespace {

using protocol::error_code;

constexpr std::int32_t self = 1;
constexpr std::int64_t lag_ms = 10000;
constexpr std::int64_t t0 = 1'000'000;

class recording_sink final : public isr_change_sink {
 public:
  void propose(const isr_proposal& p) override { proposals.push_back(p); }
  std::vector<isr_proposal> proposals;
};

leader_and_isr state(std::int32_t leader, std::int32_t epoch, std::vector<std::int32_t> isr,
                     std::int32_t partition_epoch = 0, std::vector<std::int32_t> replicas = {1, 2, 3}) {
  leader_and_isr s;
  s.leader = leader;
  s.leader_epoch = epoch;
  s.isr = std::move(isr);
  s.partition_epoch = partition_epoch;
  s.replicas = std::move(replicas);
  return s;
}

class PartitionTest : public ::testing::Test {
 protected:
  PartitionTest()
      : log_(storage::log::open(dir_.path() / "t-0", {"t", 0},
                                storage::testing::options(storage::testing::small_config(), t0))
                 .value()) {
    make_partition(self, &sink_);
  }
  ~PartitionTest() override {
    p_.reset();
    pool_.join();
    (void)log_->close();
  }

  void make_partition(std::int32_t local, isr_change_sink* sink) {
    p_ = std::make_unique<partition>(storage::topic_partition{"t", 0}, protocol::uuid{}, *log_,
                                     boost::asio::make_strand(pool_.get_executor()),
                                     replica_settings{local, lag_ms, sink});
  }

  // A leader append of `records` records, as Produce does it; returns the
  // offset after the batch (what acks=all waits for).
  std::int64_t append(int records, std::int64_t now = t0) {
    auto b = storage::testing::make_batch(records, 10, now);
    auto r = p_->log().append(b, leader_epoch(p_->leader_epoch()), now);
    EXPECT_TRUE(r);
    p_->on_log_changed(now);
    return r->last_offset.value() + 1;
  }

  // A follower's Fetch at `offset`: the check, then the fetch recorded with
  // the leader's log end before the read, as the Fetch handler does.
  void fetch(std::int32_t follower, std::int64_t offset, std::int64_t now = t0) {
    ASSERT_EQ(p_->check_follower_fetch(follower, p_->leader_epoch(), -1, offset).error, error_code::none);
    p_->record_follower_fetch(follower, offset, 0, p_->log_end_offset(), now);
  }

  storage::testing::temp_dir dir_;
  boost::asio::thread_pool pool_{1};
  boost::asio::io_context io_;
  recording_sink sink_;
  std::unique_ptr<storage::log> log_;
  std::unique_ptr<partition> p_;
};

TEST_F(PartitionTest, StandaloneLeaderHasHighWatermarkAtLogEnd) {
  make_partition(0, nullptr);
  EXPECT_FALSE(p_->is_leader());
  EXPECT_EQ(p_->leader_epoch(), -1);
  auto r = p_->become_leader(standalone_state(0), t0);
  EXPECT_EQ(r.error, error_code::none);
  EXPECT_TRUE(r.applied);
  EXPECT_TRUE(p_->is_leader());
  EXPECT_EQ(p_->leader_epoch(), 0);
  EXPECT_EQ(p_->isr(), std::vector<std::int32_t>{0});
  EXPECT_EQ(append(3), 3);
  EXPECT_EQ(p_->high_watermark(), 3);
  EXPECT_EQ(append(2), 5);
  EXPECT_EQ(p_->high_watermark(), 5);
  EXPECT_EQ(p_->check_leader_append(-1, 2), error_code::none);  // min ISR capped at one replica
}

TEST_F(PartitionTest, HighWatermarkIsTheSmallestLogEndInTheIsr) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  append(5);
  EXPECT_EQ(p_->high_watermark(), 0);
  fetch(2, 3);
  EXPECT_EQ(p_->high_watermark(), 0);  // 3 has nothing yet
  fetch(3, 2);
  EXPECT_EQ(p_->high_watermark(), 2);
  fetch(2, 5);
  EXPECT_EQ(p_->high_watermark(), 2);
  fetch(3, 5);
  EXPECT_EQ(p_->high_watermark(), 5);
  EXPECT_EQ(p_->follower(3)->log_end_offset(), 5);
}

TEST_F(PartitionTest, HighWatermarkNeverMovesBackwards) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2}, 0, {1, 2}), t0).applied);
  append(4);
  fetch(2, 4);
  EXPECT_EQ(p_->high_watermark(), 4);
  // The follower truncated and fetches from below: the high watermark stays.
  fetch(2, 2);
  EXPECT_EQ(p_->high_watermark(), 4);
  // A new epoch resets what we know of the followers (unknown log end), and
  // still the high watermark stays.
  ASSERT_TRUE(p_->become_leader(state(self, 2, {1, 2}, 1, {1, 2}), t0).applied);
  EXPECT_EQ(p_->high_watermark(), 4);
  append(1);
  EXPECT_EQ(p_->high_watermark(), 4);
  fetch(2, 5);
  EXPECT_EQ(p_->high_watermark(), 5);
}

TEST_F(PartitionTest, IsrExpandsWhenFollowerReachesHighWatermarkAndEpochStart) {
  // Four batches of an earlier epoch before this broker leads: epoch 2
  // starts at 4. Follower 3 holds the high watermark at 0 (in the ISR, not
  // fetched yet).
  for (int i = 0; i < 4; ++i) {
    auto b = storage::testing::make_batch(1, 10, t0);
    ASSERT_TRUE(p_->log().append(b, leader_epoch(1), t0));
  }
  ASSERT_TRUE(p_->become_leader(state(self, 2, {1, 3}, 5), t0).applied);
  EXPECT_EQ(p_->high_watermark(), 0);
  fetch(2, 2);  // above the high watermark, below the epoch start
  EXPECT_TRUE(sink_.proposals.empty());
  fetch(2, 4);
  ASSERT_EQ(sink_.proposals.size(), 1u);
  const isr_proposal& prop = sink_.proposals[0];
  EXPECT_EQ(prop.tp, (storage::topic_partition{"t", 0}));
  EXPECT_EQ(prop.leader, self);
  EXPECT_EQ(prop.leader_epoch, 2);
  EXPECT_EQ(prop.partition_epoch, 5);
  EXPECT_EQ(prop.isr, (std::vector<std::int32_t>{1, 3, 2}));
  // In flight: the committed ISR is unchanged, the maximal one has 2 already.
  EXPECT_TRUE(p_->isr_change_in_flight());
  EXPECT_EQ(p_->isr(), (std::vector<std::int32_t>{1, 3}));
  EXPECT_EQ(p_->maximal_isr(), (std::vector<std::int32_t>{1, 3, 2}));
  p_->on_isr_change_answer(prop.id, error_code::none, state(self, 2, {1, 3, 2}, 6), t0);
  EXPECT_FALSE(p_->isr_change_in_flight());
  EXPECT_EQ(p_->isr(), (std::vector<std::int32_t>{1, 3, 2}));
  EXPECT_EQ(p_->partition_epoch(), 6);
}

TEST_F(PartitionTest, MaximalIsrHoldsTheHighWatermarkWhileAnAdditionIsInFlight) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2}), t0).applied);
  append(2);
  fetch(2, 2);
  fetch(3, 2);  // reaches the high watermark: proposed
  ASSERT_EQ(sink_.proposals.size(), 1u);
  append(3);
  fetch(2, 5);
  // 3 is in the maximal ISR at 2: the high watermark waits for it.
  EXPECT_EQ(p_->high_watermark(), 2);
  fetch(3, 5);
  EXPECT_EQ(p_->high_watermark(), 5);
}

TEST_F(PartitionTest, IsrShrinksWhenFollowerHasNotCaughtUpForLagTime) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  append(3, t0 + 1000);
  fetch(2, 3, t0 + 2000);
  EXPECT_EQ(p_->high_watermark(), 0);  // 3 was caught up at t0 (election) with log end unknown
  // 3 never fetches. Its last caught-up time is the election, t0.
  p_->maybe_shrink_isr(t0 + lag_ms);
  EXPECT_TRUE(sink_.proposals.empty());
  p_->maybe_shrink_isr(t0 + lag_ms + 1);
  ASSERT_EQ(sink_.proposals.size(), 1u);
  EXPECT_EQ(sink_.proposals[0].isr, (std::vector<std::int32_t>{1, 2}));
  // A removal counts only once committed: the maximal ISR still has 3.
  EXPECT_EQ(p_->maximal_isr(), (std::vector<std::int32_t>{1, 2, 3}));
  EXPECT_EQ(p_->high_watermark(), 0);
  // One change at a time.
  p_->maybe_shrink_isr(t0 + lag_ms + 2);
  EXPECT_EQ(sink_.proposals.size(), 1u);
  p_->on_isr_change_answer(sink_.proposals[0].id, error_code::none, state(self, 1, {1, 2}, 1), t0 + lag_ms + 3);
  EXPECT_EQ(p_->isr(), (std::vector<std::int32_t>{1, 2}));
  EXPECT_EQ(p_->partition_epoch(), 1);
  // 3 no longer holds the high watermark back.
  EXPECT_EQ(p_->high_watermark(), 3);
}

TEST_F(PartitionTest, FollowerFetchingAtTheLeadersLogEndStaysInSync) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2}, 0, {1, 2}), t0).applied);
  append(1, t0);
  fetch(2, 1, t0 + 5000);
  append(1, t0 + 9000);
  // Behind by one batch now, but it had everything at its last fetch.
  fetch(2, 1, t0 + 14000);
  EXPECT_EQ(p_->follower(2)->last_caught_up_time_ms(), t0 + 5000);
  p_->maybe_shrink_isr(t0 + 15000);
  EXPECT_TRUE(sink_.proposals.empty());
  // Still at 1 while the leader is at 2, and 10 s after its catch-up at 5000:
  // out of sync.
  p_->maybe_shrink_isr(t0 + 15001);
  ASSERT_EQ(sink_.proposals.size(), 1u);
  EXPECT_EQ(sink_.proposals[0].isr, std::vector<std::int32_t>{1});
}

TEST_F(PartitionTest, AlterPartitionErrorsRevertStayOrRetry) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  p_->maybe_shrink_isr(t0 + lag_ms + 1);
  ASSERT_EQ(sink_.proposals.size(), 1u);
  const auto id = sink_.proposals[0].id;
  // An answer to another proposal is ignored.
  p_->on_isr_change_answer(id + 7, error_code::none, state(self, 1, {1}, 1), t0);
  EXPECT_TRUE(p_->isr_change_in_flight());
  // A success for another leader epoch is not applied.
  p_->on_isr_change_answer(id, error_code::none, state(self, 2, {1}, 1), t0);
  EXPECT_TRUE(p_->isr_change_in_flight());
  EXPECT_EQ(p_->isr(), (std::vector<std::int32_t>{1, 2, 3}));
  // A retriable error: the same proposal goes again.
  p_->on_isr_change_answer(id, error_code::request_timed_out, {}, t0);
  ASSERT_EQ(sink_.proposals.size(), 2u);
  EXPECT_EQ(sink_.proposals[1].id, id);
  EXPECT_EQ(sink_.proposals[1].isr, std::vector<std::int32_t>{1});
  // FENCED_LEADER_EPOCH: stays in flight until new leadership.
  p_->on_isr_change_answer(id, error_code::fenced_leader_epoch, {}, t0);
  EXPECT_TRUE(p_->isr_change_in_flight());
  EXPECT_EQ(sink_.proposals.size(), 2u);
  // OPERATION_NOT_ATTEMPTED: back to the committed ISR, free to propose again.
  p_->on_isr_change_answer(id, error_code::operation_not_attempted, {}, t0);
  EXPECT_FALSE(p_->isr_change_in_flight());
  EXPECT_EQ(p_->maximal_isr(), (std::vector<std::int32_t>{1, 2, 3}));
  p_->maybe_shrink_isr(t0 + lag_ms + 2);
  ASSERT_EQ(sink_.proposals.size(), 3u);
  EXPECT_NE(sink_.proposals[2].id, id);
}

TEST_F(PartitionTest, StaleLeaderEpochIsRefused) {
  ASSERT_TRUE(p_->become_leader(state(self, 5, {1, 2, 3}, 3), t0).applied);
  auto same = p_->become_leader(state(self, 5, {1, 2, 3}, 4), t0);
  EXPECT_EQ(same.error, error_code::stale_controller_epoch);
  EXPECT_FALSE(same.applied);
  EXPECT_EQ(p_->become_leader(state(self, 4, {1}, 4), t0).error, error_code::stale_controller_epoch);
  EXPECT_EQ(p_->become_follower(state(2, 4, {2}, 4), t0).error, error_code::stale_controller_epoch);
  EXPECT_EQ(p_->leader_epoch(), 5);
  EXPECT_EQ(p_->partition_epoch(), 3);
  EXPECT_TRUE(p_->is_leader());
  // A newer leader epoch with an older partition epoch is skipped, no error.
  auto older = p_->become_follower(state(2, 6, {2}, 2), t0);
  EXPECT_EQ(older.error, error_code::none);
  EXPECT_FALSE(older.applied);
  EXPECT_TRUE(p_->is_leader());
  // Not among the replicas.
  EXPECT_EQ(p_->become_follower(state(2, 6, {2}, 3, {2, 3}), t0).error, error_code::unknown_topic_or_partition);
  // StopReplica with an older epoch is fenced; the sentinels pass.
  EXPECT_EQ(p_->stop(4), error_code::fenced_leader_epoch);
  EXPECT_TRUE(p_->is_leader());
  EXPECT_EQ(p_->stop(epoch_during_delete), error_code::none);
  EXPECT_FALSE(p_->is_leader());
}

TEST_F(PartitionTest, NewLeaderEpochIsInTheEpochCacheAtTheLogEnd) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1}), t0).applied);
  append(3);
  ASSERT_TRUE(p_->become_leader(state(self, 4, {1}, 1), t0).applied);
  // Before any batch of epoch 4: epoch 1 ends at 3, epoch 4 at the log end.
  EXPECT_EQ(p_->end_offset_for_epoch(1).leader_epoch, 1);
  EXPECT_EQ(p_->end_offset_for_epoch(1).end_offset, 3);
  EXPECT_EQ(p_->end_offset_for_epoch(3).leader_epoch, 1);
  EXPECT_EQ(p_->end_offset_for_epoch(3).end_offset, 3);
  EXPECT_EQ(p_->end_offset_for_epoch(4).leader_epoch, 4);
  EXPECT_EQ(p_->end_offset_for_epoch(4).end_offset, 3);
}

TEST_F(PartitionTest, FollowerFetchChecksEpochsReplicaAndDivergence) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  append(3);
  ASSERT_TRUE(p_->become_leader(state(self, 3, {1, 2, 3}, 1), t0).applied);
  append(2);  // epoch 1: [0, 3), epoch 3: [3, 5)
  EXPECT_EQ(p_->check_follower_fetch(2, 2, -1, 5).error, error_code::fenced_leader_epoch);
  EXPECT_EQ(p_->check_follower_fetch(2, 4, -1, 5).error, error_code::unknown_leader_epoch);
  EXPECT_EQ(p_->check_follower_fetch(9, 3, -1, 5).error, error_code::unknown_leader_epoch);
  EXPECT_EQ(p_->check_follower_fetch(9, -1, -1, 5).error, error_code::not_leader_or_follower);
  // The follower's epoch 2 is not ours: it diverged at the end of our epoch 1.
  auto d = p_->check_follower_fetch(2, 3, 2, 4);
  EXPECT_EQ(d.error, error_code::none);
  ASSERT_TRUE(d.diverging_epoch);
  EXPECT_EQ(d.diverging_epoch->leader_epoch, 1);
  EXPECT_EQ(d.diverging_epoch->end_offset, 3);
  // Epoch 1 fetched up to 4: but epoch 1 ends at 3 here.
  auto e = p_->check_follower_fetch(2, 3, 1, 4);
  ASSERT_TRUE(e.diverging_epoch);
  EXPECT_EQ(e.diverging_epoch->end_offset, 3);
  // Consistent histories.
  EXPECT_FALSE(p_->check_follower_fetch(2, 3, 1, 3).diverging_epoch);
  EXPECT_FALSE(p_->check_follower_fetch(2, 3, 3, 5).diverging_epoch);
}

TEST_F(PartitionTest, AcksAllCompletesWhenTheLastIsrMemberHasTheBatch) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  const std::int64_t required = append(3);
  ASSERT_EQ(required, 3);
  auto w = std::make_shared<produce_waiter>(io_.get_executor(), 2);
  p_->add_produce_waiter(required, 2, w, 1);
  EXPECT_EQ(w->pending(), 1u);
  EXPECT_EQ(w->outcome(0), error_code::none);  // a slot nobody expects is done
  EXPECT_FALSE(w->outcome(1));
  fetch(2, 3);
  EXPECT_FALSE(w->outcome(1));
  fetch(3, 2);
  EXPECT_FALSE(w->outcome(1));
  EXPECT_EQ(p_->high_watermark(), 2);
  fetch(3, 3);
  EXPECT_EQ(p_->high_watermark(), 3);
  EXPECT_EQ(w->pending(), 0u);
  EXPECT_EQ(w->outcome(1), error_code::none);
}

TEST_F(PartitionTest, AcksAllBelowMinIsrIsRefusedBeforeTheAppend) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1}), t0).applied);
  EXPECT_EQ(p_->check_leader_append(-1, 2), error_code::not_enough_replicas);
  EXPECT_EQ(p_->check_leader_append(1, 2), error_code::none);
  EXPECT_EQ(p_->check_leader_append(-1, 1), error_code::none);
  ASSERT_TRUE(p_->become_follower(state(2, 2, {2}, 1), t0).applied);
  EXPECT_EQ(p_->check_leader_append(1, 1), error_code::not_leader_or_follower);
  EXPECT_EQ(p_->check_leader_append(-1, 1), error_code::not_leader_or_follower);
}

TEST_F(PartitionTest, AcksAllAfterIsrShrankBelowMinIsrIsNotEnoughReplicasAfterAppend) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2, 3}), t0).applied);
  ASSERT_EQ(p_->check_leader_append(-1, 3), error_code::none);
  const std::int64_t required = append(2, t0 + 1);
  auto w = std::make_shared<produce_waiter>(io_.get_executor(), 1);
  p_->add_produce_waiter(required, 3, w, 0);
  fetch(2, 2, t0 + 2);
  p_->maybe_shrink_isr(t0 + lag_ms + 1);  // 3 never fetched
  ASSERT_EQ(sink_.proposals.size(), 1u);
  EXPECT_FALSE(w->outcome(0));
  p_->on_isr_change_answer(sink_.proposals[0].id, error_code::none, state(self, 1, {1, 2}, 1), t0 + lag_ms + 2);
  EXPECT_EQ(p_->high_watermark(), 2);
  EXPECT_EQ(w->outcome(0), error_code::not_enough_replicas_after_append);
}

TEST_F(PartitionTest, LosingLeadershipFailsWaitingProduces) {
  ASSERT_TRUE(p_->become_leader(state(self, 1, {1, 2}, 0, {1, 2}), t0).applied);
  const std::int64_t required = append(1);
  auto w = std::make_shared<produce_waiter>(io_.get_executor(), 1);
  p_->add_produce_waiter(required, 1, w, 0);
  EXPECT_FALSE(w->outcome(0));
  ASSERT_TRUE(p_->become_follower(state(2, 2, {2}, 1, {1, 2}), t0).applied);
  EXPECT_EQ(w->outcome(0), error_code::not_leader_or_follower);
  EXPECT_EQ(p_->leader_id(), 2);
  EXPECT_FALSE(p_->is_leader());
}

TEST_F(PartitionTest, FollowerAppendsTruncatesAndTakesTheLeadersOffsets) {
  ASSERT_TRUE(p_->become_follower(state(2, 1, {2, 1}, 0, {1, 2}), t0).applied);
  EXPECT_TRUE(p_->isr().empty());  // the leader keeps the ISR
  // Two batches of producer 42 as the leader wrote them: offsets 0-1 and 2-3.
  auto batch = [](std::int64_t base, std::int32_t sequence) {
    records::batch_options o;
    o.base_offset = base;
    o.partition_leader_epoch = 1;
    o.producer_id = 42;
    o.producer_epoch = 0;
    o.base_sequence = sequence;
    records::batch_builder b(o);
    b.add({std::string("a"), std::string("v"), {}, t0});
    b.add({std::string("b"), std::string("v"), {}, t0});
    return std::move(b.build().value());
  };
  auto first = batch(0, 0);
  auto second = batch(2, 2);
  auto r = p_->append_as_follower(first, t0);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->first_offset.value(), 0);
  EXPECT_EQ(r->last_offset.value(), 1);
  ASSERT_TRUE(p_->append_as_follower(second, t0));
  EXPECT_EQ(p_->log_end_offset(), 4);
  EXPECT_EQ(p_->high_watermark(), 0);  // only the leader's answer moves it
  // The producer is known: a retry of the second batch is a duplicate at 2.
  auto v = p_->producers().check({42, 0, 2, 3});
  ASSERT_TRUE(v.duplicate_first_offset);
  EXPECT_EQ(*v.duplicate_first_offset, 2);
  // The leader's high watermark, capped at our log end.
  p_->update_follower_offsets(10, 0);
  EXPECT_EQ(p_->high_watermark(), 4);
  p_->update_follower_offsets(2, 0);
  EXPECT_EQ(p_->high_watermark(), 2);
  ASSERT_TRUE(p_->truncate_to(2, t0, 1 << 30));
  EXPECT_EQ(p_->log_end_offset(), 2);
  EXPECT_EQ(p_->high_watermark(), 2);
  // The truncated batch's producer state went with it: sequence 2 is new again.
  auto after = p_->producers().check({42, 0, 2, 3});
  EXPECT_EQ(after.error, error_code::none);
  EXPECT_FALSE(after.duplicate_first_offset);
  EXPECT_TRUE(p_->producers().check({42, 0, 0, 1}).duplicate_first_offset);
}

}  // namespace
}  // namespace gannet::cluster
