// replica_fetcher against a real Gannet leader (a subprocess on a free loopback port): records produced
// to the leader are replicated into a local storage::log, whose segment must then hold the
// leader's bytes exactly (offsets, epochs, payloads), and divergent local tails are truncated.

#include "gannet/cluster/replica_fetcher.h"

#include <gtest/gtest.h>

#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <fstream>
#include <future>
#include <iterator>

#include "cluster/fetcher/gannet_process.h"
#include "cluster/zookeeper/zk_test_server.h"
#include "fetcher/log_follower.h"
#include "gannet/cluster/topic_registry.h"
#include "gannet/protocol/messages/delete_records.h"
#include "gannet/protocol/messages/leader_and_isr.h"
#include "gannet/protocol/messages/produce.h"
#include "gannet/records/batch_builder.h"
#include "gannet/storage/log.h"

namespace gannet::cluster {
namespace {

namespace asio = boost::asio;
using testing::asio_runner;
using testing::gannet_process;
using testing::temp_dir;
using testing::zk_test_server;

constexpr const char* topic = "replicated";

std::vector<std::uint8_t> file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// Timestamps are now: older ones would make the leader roll a segment per batch (segment.ms).
std::vector<std::uint8_t> batch_of(const std::vector<std::string>& values, std::int64_t ts = now_ms()) {
  records::batch_builder b;
  for (const auto& v : values)
    b.add(records::record_data{"k-" + v, v, {}, ts});
  return b.build().value();
}

asio::awaitable<result<channel_response<protocol::produce_response>>> produce(broker_channel& ch,
                                                                              std::vector<std::uint8_t> batch,
                                                                              std::int16_t acks) {
  protocol::produce_request req;
  req.acks = acks;
  req.timeout_ms = 5000;
  protocol::produce_request::topic_produce_data t;
  t.name = topic;
  protocol::produce_request::partition_produce_data p;
  p.index = 0;
  p.records = protocol::records::from_view(batch);
  t.partition_data.push_back(p);
  req.topic_data.push_back(std::move(t));
  // `batch` lives in this frame until the response is back.
  co_return co_await ch.send<protocol::produce_request, protocol::produce_response>(std::move(req), 9);
}

// Makes the leader (broker 0) lead partition 0 with replicas {0, 1}, so that it serves this
// test's fetcher (broker 1) as its follower; ISR {0}, so acks=all needs the leader only. The
// controller epoch is above the one of the broker's own controller (it leads no topic).
asio::awaitable<result<channel_response<protocol::leader_and_isr_response>>> leader_and_isr(broker_channel& ch,
                                                                                            protocol::uuid id,
                                                                                            std::uint16_t port) {
  protocol::leader_and_isr_request req;
  req.controller_id = 0;
  req.controller_epoch = 100;
  req.broker_epoch = -1;
  protocol::leader_and_isr_request::leader_and_isr_partition_state p;
  p.topic_name = topic;
  p.partition_index = 0;
  p.controller_epoch = 100;
  p.leader = 0;
  p.leader_epoch = 0;
  p.isr = {0};
  p.partition_epoch = 0;
  p.replicas = {0, 1};
  p.is_new = true;
  protocol::leader_and_isr_request::leader_and_isr_topic_state t;
  t.topic_name = topic;
  t.topic_id = id;
  t.partition_states.push_back(p);
  req.topic_states.push_back(std::move(t));
  req.live_leaders.push_back({0, "127.0.0.1", port});
  co_return co_await ch.send<protocol::leader_and_isr_request, protocol::leader_and_isr_response>(std::move(req), 7);
}

// The ZooKeeper the leader joins, under a chroot of its own.
std::string leader_zookeeper() {
  static int n = 0;
  auto* zk = zk_test_server::get();
  if (zk == nullptr) return {};
  return zk->connect() + "/fetcher-" + std::to_string(::getpid()) + "-" + std::to_string(++n);
}

asio::awaitable<result<channel_response<protocol::delete_records_response>>> delete_records(broker_channel& ch,
                                                                                            std::int64_t before) {
  protocol::delete_records_request req;
  req.timeout_ms = 5000;
  protocol::delete_records_request::delete_records_topic t;
  t.name = topic;
  t.partitions.push_back({0, before});
  req.topics.push_back(std::move(t));
  co_return co_await ch.send<protocol::delete_records_request, protocol::delete_records_response>(std::move(req), 2);
}

// Runs a plain function on the partition's strand and waits for it.
template <class F>
auto on_strand(asio::strand<asio::any_io_executor>& s, F f) {
  auto task = std::make_shared<std::packaged_task<std::invoke_result_t<F>()>>(std::move(f));
  auto fut = task->get_future();
  asio::post(s, [task] { (*task)(); });
  return fut.get();
}

class ReplicaFetcherTest : public ::testing::Test {
 protected:
  ReplicaFetcherTest()
      : dir_("fetcher"),
        zookeeper_(leader_zookeeper()),
        leader_(dir_.path() / "leader", testing::free_loopback_port(), zookeeper_),
        strand_(asio::make_strand(runner_.executor())) {}

  void SetUp() override {
    // The leader runs in ZooKeeper mode and this test names the follower in its assignment with
    // a LeaderAndIsr (a leader refuses fetches from replicas outside it, as Kafka's
    // followerReplicaOrThrow).
    ASSERT_FALSE(zookeeper_.empty()) << "no ZooKeeper test server";
    leader_.start();
    broker_channel_config cc;
    cc.client_id = "test-producer";
    cc.request_timeout = std::chrono::milliseconds(10000);
    producer_ = std::make_unique<broker_channel>(runner_.executor(), leader(), cc);
    const protocol::uuid id = topic_registry::new_topic_id();
    // Retried until the broker is registered (INVALID_REQUEST before).
    for (int i = 0; i < 200; ++i) {
      auto r = runner_.run(leader_and_isr(*producer_, id, leader_.port()));
      ASSERT_TRUE(r) << r.error().message();
      if (r->body.error_code == protocol::error_code::none) {
        ASSERT_EQ(r->body.topics.size(), 1u);
        EXPECT_EQ(r->body.topics[0].topic_id, id);
        ASSERT_EQ(r->body.topics[0].partition_errors.size(), 1u);
        ASSERT_EQ(r->body.topics[0].partition_errors[0].error_code, protocol::error_code::none);
        topic_id_ = id;
        break;
      }
      ASSERT_EQ(r->body.error_code, protocol::error_code::invalid_request);
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ASSERT_NE(topic_id_, protocol::uuid{});
    storage::log_open_options opts;
    auto l = storage::log::open(dir_.path() / "follower" / "replicated-0", {topic, 0}, opts);
    ASSERT_TRUE(l) << l.error().message();
    log_ = std::move(*l);
    follower_ = std::make_unique<log_follower>(strand_, *log_);
  }

  void TearDown() override {
    if (fetcher_) runner_.run(fetcher_->stop());
    if (producer_) runner_.run(producer_->close());
    if (log_) on_strand(strand_, [this] { return log_->close().has_value(); });
  }

  broker_address leader() const { return {0, "127.0.0.1", leader_.port()}; }

  void produce_values(const std::vector<std::string>& values, std::int16_t acks = -1) {
    auto r = runner_.run(produce(*producer_, batch_of(values), acks));
    ASSERT_TRUE(r) << r.error().message();
    ASSERT_EQ(r->body.responses.at(0).partition_responses.at(0).error_code, protocol::error_code::none);
  }

  replica_fetcher_config fetcher_config(bool truncation_on_fetch = true) {
    replica_fetcher_config c;
    c.broker_id = 1;
    c.broker_epoch = 42;
    c.fetch_wait_max_ms = 100;
    c.fetch_backoff = std::chrono::milliseconds(50);
    c.socket_timeout = std::chrono::milliseconds(5000);
    c.truncation_on_fetch = truncation_on_fetch;
    return c;
  }

  void start_fetcher(offset init, bool truncation_on_fetch = true, protocol::uuid id = {},
                     leader_epoch current = leader_epoch(0)) {
    fetcher_ = std::make_unique<replica_fetcher>(runner_.executor(), 0, leader(), fetcher_config(truncation_on_fetch));
    fetcher_->start();
    std::map<storage::topic_partition, initial_fetch_state> parts;
    parts[{topic, 0}] = initial_fetch_state{follower_.get(), id, current, init};
    runner_.run(fetcher_->add_partitions(std::move(parts)));
  }

  // Waits until the fetcher's next fetch offset is `o` (at most 10 s).
  void wait_for_fetch_offset(std::int64_t o) {
    std::optional<partition_fetch_state> st;
    for (int i = 0; i < 200; ++i) {
      st = runner_.run(fetcher_->fetch_state({topic, 0}));
      if (st && st->fetch_offset == offset(o)) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    FAIL() << "fetch offset " << (st ? st->fetch_offset.value() : -1) << ", expected " << o;
  }

  std::vector<std::uint8_t> leader_segment() const {
    return file_bytes(leader_.log_dir() / "replicated-0" / "00000000000000000000.log");
  }
  std::vector<std::uint8_t> follower_segment() const {
    return file_bytes(dir_.path() / "follower" / "replicated-0" / "00000000000000000000.log");
  }

  temp_dir dir_;
  std::string zookeeper_;
  gannet_process leader_;
  asio_runner runner_;
  asio::strand<asio::any_io_executor> strand_;
  std::unique_ptr<broker_channel> producer_;
  protocol::uuid topic_id_{};
  std::unique_ptr<storage::log> log_;
  std::unique_ptr<log_follower> follower_;
  std::unique_ptr<replica_fetcher> fetcher_;
};

TEST_F(ReplicaFetcherTest, ReplicatesTheLeadersBatchesByteForByteAndFollowsNewAppends) {
  produce_values({"a", "b"});
  produce_values({"c"});
  produce_values({"d", "e", "f"});
  start_fetcher(offset(0), true, topic_id_);  // Fetch v17, by topic id
  wait_for_fetch_offset(6);
  ASSERT_EQ(leader_segment().size(), follower_segment().size());
  EXPECT_EQ(leader_segment(), follower_segment());

  produce_values({"g"});
  wait_for_fetch_offset(7);
  EXPECT_EQ(leader_segment(), follower_segment());

  const auto [end, hw, epoch] = on_strand(strand_, [this] {
    return std::tuple{log_->log_end_offset(), log_->high_watermark(), log_->latest_epoch()};
  });
  EXPECT_EQ(end, offset(7));
  // The leader's high watermark reaches its end once the response carrying it comes back.
  for (int i = 0; i < 100 && on_strand(strand_, [this] { return log_->high_watermark(); }) != offset(7); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(on_strand(strand_, [this] { return log_->high_watermark(); }), offset(7));
  (void)hw;
  ASSERT_TRUE(epoch.has_value());
  EXPECT_EQ(*epoch, leader_epoch(0));
  auto st = runner_.run(fetcher_->fetch_state({topic, 0}));
  ASSERT_TRUE(st);
  EXPECT_EQ(st->last_fetched_epoch, std::optional<leader_epoch>(leader_epoch(0)));
  EXPECT_EQ(st->lag, std::optional<std::int64_t>(0));
}

TEST_F(ReplicaFetcherTest, FetchesByTopicNameWhenTheTopicIdIsUnknown) {
  produce_values({"a", "b", "c"});
  start_fetcher(offset(0), true, protocol::uuid{});  // Fetch v12
  wait_for_fetch_offset(3);
  EXPECT_EQ(leader_segment(), follower_segment());
}

TEST_F(ReplicaFetcherTest, DivergentTailIsTruncatedByOffsetForLeaderEpochBeforeFetching) {
  produce_values({"a", "b"});
  produce_values({"c", "d"});
  // The follower has the leader's first four records (epoch 0), then two of its own in epoch 5,
  // an epoch the leader never had (a leader that lost its leadership before replicating them).
  auto leader_bytes = leader_segment();
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append_as_follower(leader_bytes, now_ms()).has_value(); }));
  auto divergent = batch_of({"x", "y"});
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append(divergent, leader_epoch(5), now_ms()).has_value(); }));
  on_strand(strand_, [this] {
    log_->set_high_watermark(offset(4));
    return true;
  });
  ASSERT_NE(leader_segment(), follower_segment());
  // Meanwhile the leader went on in epoch 0.
  produce_values({"e"});
  produce_values({"f", "g"});

  // KIP-101/279: OffsetForLeaderEpoch for epoch 5 first; the follower's epoch 0 ends at 4.
  start_fetcher(initial_fetch_offset(*follower_, false), false, topic_id_);
  wait_for_fetch_offset(7);
  EXPECT_EQ(leader_segment(), follower_segment());
  EXPECT_EQ(on_strand(strand_, [this] { return log_->latest_epoch(); }), std::optional<leader_epoch>(leader_epoch(0)));
}

TEST_F(ReplicaFetcherTest, DivergentTailInItsOwnSegmentIsTruncated) {
  produce_values({"a", "b"});
  auto leader_bytes = leader_segment();
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append_as_follower(leader_bytes, now_ms()).has_value(); }));
  // The divergent epoch starts a segment of its own: truncation removes that whole segment.
  ASSERT_TRUE(on_strand(strand_, [this] { return log_->roll(now_ms()).has_value(); }));
  auto divergent = batch_of({"x", "y"});
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append(divergent, leader_epoch(5), now_ms()).has_value(); }));
  on_strand(strand_, [this] {
    log_->set_high_watermark(offset(2));
    return true;
  });
  produce_values({"c"});
  start_fetcher(initial_fetch_offset(*follower_, false), false, topic_id_);
  wait_for_fetch_offset(3);
  EXPECT_EQ(on_strand(strand_, [this] { return log_->latest_epoch(); }), std::optional<leader_epoch>(leader_epoch(0)));
  EXPECT_TRUE(runner_.run(fetcher_->failed_partitions()).empty());
}

TEST_F(ReplicaFetcherTest, FollowerAheadOfTheLeaderTruncatesToTheLeadersEnd) {
  produce_values({"a", "b"});
  // The follower holds the leader's batch and one more in the same epoch (an unclean election
  // left the leader behind): OFFSET_OUT_OF_RANGE, then ListOffsets(latest) = 2.
  auto leader_bytes = leader_segment();
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append_as_follower(leader_bytes, now_ms()).has_value(); }));
  auto extra = batch_of({"x"});
  ASSERT_TRUE(on_strand(strand_, [&] { return log_->append(extra, leader_epoch(0), now_ms()).has_value(); }));
  start_fetcher(offset(3), true, topic_id_);
  wait_for_fetch_offset(2);
  EXPECT_EQ(leader_segment(), follower_segment());
  produce_values({"c"});
  wait_for_fetch_offset(3);
  EXPECT_EQ(leader_segment(), follower_segment());
}

TEST_F(ReplicaFetcherTest, InitialOffsetMinusOneAsksTheLeaderWhereToStart) {
  produce_values({"a", "b"});
  start_fetcher(offset(-1), true, topic_id_);
  wait_for_fetch_offset(2);
  EXPECT_EQ(leader_segment(), follower_segment());
}

TEST_F(ReplicaFetcherTest, FollowerBehindTheLeadersLogStartRestartsThere) {
  produce_values({"a", "b"});
  produce_values({"c"});
  auto deleted = runner_.run(delete_records(*producer_, 2));
  ASSERT_TRUE(deleted) << deleted.error().message();
  ASSERT_EQ(deleted->body.topics.at(0).partitions.at(0).error_code, protocol::error_code::none);
  ASSERT_EQ(deleted->body.topics.at(0).partitions.at(0).low_watermark, 2);
  // Fetch at 0 is out of range; the leader's start (2) is above our end (0): truncate fully.
  start_fetcher(offset(0), true, topic_id_);
  wait_for_fetch_offset(3);
  EXPECT_EQ(on_strand(strand_, [this] { return log_->log_start_offset(); }), offset(2));
  // The follower's only segment starts at 2 and holds the leader's batch at offset 2.
  const auto leader = leader_segment();
  const std::size_t first = records::batch_view(leader).size_bytes();
  const auto follower = file_bytes(dir_.path() / "follower" / "replicated-0" / "00000000000000000002.log");
  EXPECT_EQ(follower, std::vector<std::uint8_t>(leader.begin() + static_cast<std::ptrdiff_t>(first), leader.end()));
}

TEST_F(ReplicaFetcherTest, UnknownLeaderEpochDelaysThePartitionWithoutFailingIt) {
  produce_values({"a"});
  // Epoch 3 is newer than the leader's (0): UNKNOWN_LEADER_EPOCH, retried after the backoff.
  start_fetcher(offset(0), true, topic_id_, leader_epoch(3));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  auto st = runner_.run(fetcher_->fetch_state({topic, 0}));
  ASSERT_TRUE(st);
  EXPECT_EQ(st->fetch_offset, offset(0));
  EXPECT_TRUE(runner_.run(fetcher_->failed_partitions()).empty());
  EXPECT_EQ(on_strand(strand_, [this] { return log_->log_end_offset(); }), offset(0));
}

TEST_F(ReplicaFetcherTest, RemovedPartitionIsNoLongerFetched) {
  produce_values({"a"});
  start_fetcher(offset(0), true, topic_id_);
  wait_for_fetch_offset(1);
  auto removed = runner_.run(fetcher_->remove_partitions({{topic, 0}}));
  ASSERT_EQ(removed.size(), 1u);
  EXPECT_EQ(removed.begin()->second.fetch_offset, offset(1));
  // acks=1: the follower caught up a moment ago, so the leader's high watermark waits for it
  // for replica.lag.time.max.ms (Kafka's maybeIncrementLeaderHW) and acks=all would time out.
  produce_values({"b"}, 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  EXPECT_EQ(on_strand(strand_, [this] { return log_->log_end_offset(); }), offset(1));
  EXPECT_EQ(runner_.run(fetcher_->partition_count()), 0u);
}

TEST_F(ReplicaFetcherTest, ManagerAssignsPartitionsToFetchersByKafkasFetcherId) {
  auto c = fetcher_config();
  c.num_fetchers = 3;
  replica_fetcher_manager manager(runner_.executor(), c);
  std::map<storage::topic_partition, replica_fetcher_manager::follow> parts;
  parts[{topic, 0}] = {leader(), initial_fetch_state{follower_.get(), topic_id_, leader_epoch(0), offset(0)}};
  runner_.run(manager.add_fetcher_for_partitions(std::move(parts)));
  auto a = runner_.run(manager.assignments());
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a.begin()->first, std::make_pair(0, fetcher_id_for({topic, 0}, 3)));
  produce_values({"a", "b"});
  for (int i = 0; i < 100 && on_strand(strand_, [this] { return log_->log_end_offset(); }) != offset(2); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_EQ(leader_segment(), follower_segment());
  runner_.run(manager.remove_fetcher_for_partitions({{topic, 0}}));
  runner_.run(manager.shutdown_idle_fetchers());
  EXPECT_TRUE(runner_.run(manager.assignments()).empty());
  runner_.run(manager.stop());
}

}  // namespace
}  // namespace gannet::cluster
