// The log-backed group store over __consumer_offsets: record bytes against
// what Kafka 3.9.1 wrote, partitioning as Kafka's partitionFor, and writes that
// survive closing and reopening the logs (load_partition() replays them exactly).

#include "group_log_store.h"

#include <gtest/gtest.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <algorithm>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

#include "gannet/config/loader.h"
#include "gannet/records/batch_reader.h"
#include "gannet/records/record.h"
#include "offsets_records.h"
#include "offsets_topic.h"

namespace gannet::broker {
namespace {

namespace recs = offsets_records;
using protocol::error_code;

const bool quiet_logs =
    (spdlog::set_level(std::getenv("GANNET_TEST_LOG") ? spdlog::level::debug : spdlog::level::off), true);

// __consumer_offsets-49/00000000000000000000.log as Kafka 3.9.1 (ZooKeeper
// mode, tests/reference/start-kafka.sh) wrote it for group "golden-group": a
// confluent_kafka 1.7 consumer (client.id golden-client, range, session 10 s)
// joined twice on topic golden-t (2 partitions), committed offsets 3 (p0) and
// 5 (p1) and closed. Batches: group gen 1 (stable), gen 2 (empty), gen 3
// (stable), the two offset commits (one batch), gen 4 (empty).
constexpr const char* golden_segment_hex =
    "00000000000000000000013a0000000002c59d88fd000000000000000001a212e4713b000001a212e4713bffffffffff"
    "ffffffffffffffffff000000018e04000000200002000c676f6c64656e2d67726f7570e00300030008636f6e73756d65"
    "7200000001000572616e67650032676f6c64656e2d636c69656e742d32376363613764622d326263332d343232372d39"
    "3038382d346139376338353331663261000001a212e470ab000000010032676f6c64656e2d636c69656e742d32376363"
    "613764622d326263332d343232372d393038382d346139376338353331663261ffff000d676f6c64656e2d636c69656e"
    "74000a2f3132372e302e302e31000493e000002710000000180001000000010008676f6c64656e2d7400000000000000"
    "00000000200000000000010008676f6c64656e2d74000000020000000000000001000000000000000000000000010000"
    "00680000000002ddf9f549000000000000000001a212e498c4000001a212e498c4ffffffffffffffffffffffffffff00"
    "0000016c000000200002000c676f6c64656e2d67726f75704000030008636f6e73756d657200000002ffffffff000001"
    "a212e498c3000000000000000000000000020000013a00000000020de34c06000000000000000001a212e4a678000001"
    "a212e4a678ffffffffffffffffffffffffffff000000018e04000000200002000c676f6c64656e2d67726f7570e00300"
    "030008636f6e73756d657200000003000572616e67650032676f6c64656e2d636c69656e742d30303733663335622d32"
    "3332332d346639662d386437362d633730633461376261366630000001a212e4a66c000000010032676f6c64656e2d63"
    "6c69656e742d30303733663335622d323332332d346639662d386437362d633730633461376261366630ffff000d676f"
    "6c64656e2d636c69656e74000a2f3132372e302e302e31000493e000002710000000180001000000010008676f6c6465"
    "6e2d740000000000000000000000200000000000010008676f6c64656e2d740000000200000000000000010000000000"
    "0000000000000003000000ab00000000023eaaf8ed000000000001000001a212e4a731000001a212e4a731ffffffffff"
    "ffffffffff0000000000000002780000003c0001000c676f6c64656e2d67726f75700008676f6c64656e2d7400000001"
    "3000030000000000000005ffffffff0000000001a212e4a72d00780000023c0001000c676f6c64656e2d67726f757000"
    "08676f6c64656e2d74000000003000030000000000000003ffffffff0000000001a212e4a72d00000000000000000500"
    "000068000000000253346434000000000000000001a212e4a755000001a212e4a755ffffffffffffffffffffffffffff"
    "000000016c000000200002000c676f6c64656e2d67726f75704000030008636f6e73756d657200000004ffffffff0000"
    "01a212e4a7550000000000";

std::vector<std::uint8_t> unhex(std::string_view hex) {
  std::vector<std::uint8_t> out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(static_cast<std::uint8_t>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

std::string hex(std::string_view bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

std::vector<std::uint8_t> bytes_of(std::string_view s) { return {s.begin(), s.end()}; }

// The golden records (from the segment above).
constexpr const char* golden_member_id = "golden-client-0073f35b-2323-4f9f-8d76-c70c4a7ba6f0";
constexpr const char* golden_subscription = "0001000000010008676f6c64656e2d740000000000000000";
constexpr const char* golden_assignment = "0000000000010008676f6c64656e2d7400000002000000000000000100000000";
constexpr const char* golden_group_key = "0002000c676f6c64656e2d67726f7570";
constexpr const char* golden_stable_group_value =
    "00030008636f6e73756d657200000003000572616e67650032676f6c64656e2d636c69656e742d30303733663335622d323332332d"
    "346639662d386437362d633730633461376261366630000001a212e4a66c000000010032676f6c64656e2d636c69656e742d303037"
    "33663335622d323332332d346639662d386437362d633730633461376261366630ffff000d676f6c64656e2d636c69656e74000a2f"
    "3132372e302e302e31000493e000002710000000180001000000010008676f6c64656e2d7400000000000000000000002000000000"
    "00010008676f6c64656e2d7400000002000000000000000100000000";
constexpr const char* golden_empty_group_value = "00030008636f6e73756d657200000004ffffffff000001a212e4a75500000000";
constexpr const char* golden_offset_key_p1 = "0001000c676f6c64656e2d67726f75700008676f6c64656e2d7400000001";
constexpr const char* golden_offset_value_5 = "00030000000000000005ffffffff0000000001a212e4a72d";
constexpr std::int64_t golden_commit_timestamp = 0x1a212e4a72d;

groups::group_record golden_stable_group() {
  groups::group_record g;
  g.protocol_type = "consumer";
  g.generation = 3;
  g.protocol = "range";
  g.leader = golden_member_id;
  g.current_state_timestamp = 0x1a212e4a66c;
  groups::member_record m;
  m.member_id = golden_member_id;
  m.client_id = "golden-client";
  m.client_host = "/127.0.0.1";
  m.rebalance_timeout_ms = 300000;
  m.session_timeout_ms = 10000;
  m.subscription = unhex(golden_subscription);
  m.assignment = unhex(golden_assignment);
  g.members.push_back(m);
  return g;
}

groups::group_record golden_empty_group() {
  groups::group_record g;
  g.protocol_type = "consumer";
  g.generation = 4;
  g.protocol = std::nullopt;
  g.leader = std::nullopt;
  g.current_state_timestamp = 0x1a212e4a755;
  return g;
}

TEST(OffsetsRecordsTest, PartitionForIsKafkas) {
  // Kafka 3.9.1 wrote golden-group to partition 49 of 50.
  EXPECT_EQ(recs::java_string_hash("golden-group"), -1429646149);
  EXPECT_EQ(recs::partition_for("golden-group", 50), 49);
  EXPECT_EQ(recs::java_string_hash(""), 0);
  EXPECT_EQ(recs::java_string_hash("abc"), 96354);
  // "polygenelubricants".hashCode() == Integer.MIN_VALUE: Utils.abs makes it 0.
  EXPECT_EQ(recs::java_string_hash("polygenelubricants"), INT32_MIN);
  EXPECT_EQ(recs::partition_for("polygenelubricants", 50), 0);
  // UTF-16 code units: U+00E9 is one unit, U+1F600 a surrogate pair.
  EXPECT_EQ(recs::java_string_hash("\xc3\xa9"), 0xe9);
  EXPECT_EQ(recs::java_string_hash("\xf0\x9f\x98\x80"), 31 * 0xD83D + 0xDE00);
  // An invalid byte is U+FFFD, as Java's UTF-8 decoder makes it.
  EXPECT_EQ(recs::java_string_hash("\xff"), 0xFFFD);
}

TEST(OffsetsRecordsTest, GroupRecordsAreKafkasBytes) {
  EXPECT_EQ(hex(recs::group_key("golden-group")), golden_group_key);
  EXPECT_EQ(hex(recs::group_value(golden_stable_group())), golden_stable_group_value);
  EXPECT_EQ(hex(recs::group_value(golden_empty_group())), golden_empty_group_value);
  EXPECT_EQ(recs::decode_group_value(unhex(golden_stable_group_value)), golden_stable_group());
  EXPECT_EQ(recs::decode_group_value(unhex(golden_empty_group_value)), golden_empty_group());
  auto key = recs::decode_key(unhex(golden_group_key));
  ASSERT_TRUE(key);
  ASSERT_TRUE(std::holds_alternative<recs::group_metadata_key>(*key));
  EXPECT_EQ(std::get<recs::group_metadata_key>(*key).group_id, "golden-group");
}

TEST(OffsetsRecordsTest, OffsetRecordsAreKafkasBytes) {
  EXPECT_EQ(hex(recs::offset_key("golden-group", {"golden-t", 1})), golden_offset_key_p1);
  groups::offset_record o{5, -1, "", golden_commit_timestamp, -1};
  EXPECT_EQ(hex(recs::offset_value(o)), golden_offset_value_5);
  EXPECT_EQ(recs::decode_offset_value(unhex(golden_offset_value_5)), o);
  auto key = recs::decode_key(unhex(golden_offset_key_p1));
  ASSERT_TRUE(key);
  ASSERT_TRUE(std::holds_alternative<recs::offset_commit_key>(*key));
  EXPECT_EQ(std::get<recs::offset_commit_key>(*key).group_id, "golden-group");
  EXPECT_EQ(std::get<recs::offset_commit_key>(*key).key, (groups::offset_key{"golden-t", 1}));
}

TEST(OffsetsRecordsTest, ExpireTimestampIsWrittenAsValueV1) {
  // OffsetCommitValue v1: offset, metadata, commit timestamp, expire timestamp.
  groups::offset_record o{42, 7, "m", 1000, 2000};
  EXPECT_EQ(hex(recs::offset_value(o)), "0001000000000000002a00016d00000000000003e800000000000007d0");
  // v1 has no leader epoch: it reads back as -1.
  groups::offset_record back = o;
  back.leader_epoch = -1;
  EXPECT_EQ(recs::decode_offset_value(bytes_of(recs::offset_value(o))), back);
  // v3 keeps the leader epoch and the metadata.
  groups::offset_record v3{42, 7, "m", 1000, -1};
  EXPECT_EQ(hex(recs::offset_value(v3)), "0003000000000000002a0000000700016d00000000000003e8");
  EXPECT_EQ(recs::decode_offset_value(bytes_of(recs::offset_value(v3))), v3);
}

TEST(OffsetsRecordsTest, OtherVersionsDecode) {
  // OffsetCommitValue v0 (offset, metadata, timestamp) and v4 (flexible).
  EXPECT_EQ(recs::decode_offset_value(unhex("0000000000000000000900000000000000000064")),
            (groups::offset_record{9, -1, "", 100, -1}));
  EXPECT_EQ(recs::decode_offset_value(unhex("0004"
                                            "0000000000000009"
                                            "00000003"
                                            "01"
                                            "0000000000000064"
                                            "00")),
            (groups::offset_record{9, 3, "", 100, -1}));
  // GroupMetadataValue v0: no rebalance timeout (read as the session timeout).
  groups::group_record v0;
  v0.protocol_type = "c";
  v0.generation = 1;
  v0.protocol = "r";
  v0.leader = "m";
  groups::member_record m;
  m.member_id = "m";
  m.client_id = "c";
  m.client_host = "h";
  m.rebalance_timeout_ms = 10;
  m.session_timeout_ms = 10;
  v0.members.push_back(m);
  EXPECT_EQ(recs::decode_group_value(unhex("0000"
                                           "000163"
                                           "00000001"
                                           "000172"
                                           "00016d"
                                           "00000001"
                                           "00016d"
                                           "000163"
                                           "000168"
                                           "0000000a"
                                           "00000000"
                                           "00000000")),
            v0);
  // Key versions of the new group protocol (3+) are recognised and not used.
  auto other = recs::decode_key(unhex("0003000161"));
  ASSERT_TRUE(other);
  EXPECT_TRUE(std::holds_alternative<recs::other_key>(*other));
}

TEST(OffsetsRecordsTest, MalformedBytesDoNotDecode) {
  EXPECT_FALSE(recs::decode_key(unhex("")));
  EXPECT_FALSE(recs::decode_key(unhex("00")));
  EXPECT_FALSE(recs::decode_key(unhex("ffff0001")));
  EXPECT_FALSE(recs::decode_key(unhex("0001000c676f")));  // string longer than the bytes
  EXPECT_FALSE(recs::decode_offset_value(unhex("0003000000")));
  EXPECT_FALSE(recs::decode_offset_value(unhex("0005000000000000000900000000000000000064")));
  EXPECT_FALSE(recs::decode_group_value(unhex("0003ffff")));
  EXPECT_FALSE(recs::decode_group_value(unhex("0003000163000000010001")));
}

// ---------------------------------------------------------------------------
// The store over real logs.

class temp_dir {
 public:
  temp_dir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "gannet-groups-XXXXXX").string();
    path_ = ::mkdtemp(tmpl.data());
  }
  ~temp_dir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// A broker_state over `dir` opened as broker::start() opens it (topics, logs,
// partitions), and closed as broker::stop() closes it.
class open_broker {
 public:
  open_broker(const std::filesystem::path& dir, std::int32_t partitions, std::vector<std::string> extra = {}) {
    std::vector<std::string> overrides = {
        "log.dirs=" + dir.string(), "offsets.topic.num.partitions=" + std::to_string(partitions), "num.io.threads=2"};
    overrides.insert(overrides.end(), extra.begin(), extra.end());
    config::load_options opts;
    opts.overrides = overrides;
    s = std::make_unique<broker_state>(config::load_config(opts));
    EXPECT_TRUE(s->topics.load());
    for (const auto& t : s->topics.list())
      s->logs.set_topic_config(t.name, s->log_config_for(t.configs));
    EXPECT_TRUE(s->logs.startup(broker_state::now_ms()));
    for (const auto& t : s->topics.list()) {
      for (std::int32_t p = 0; p < t.partitions; ++p) {
        storage::topic_partition tp{t.name, p};
        EXPECT_TRUE(s->partitions.open(tp, t.id, broker_state::now_ms(), cluster::standalone_state(s->node_id)));
      }
    }
    store = std::make_unique<group_log_store>(*s);
  }
  ~open_broker() {
    store.reset();
    s->storage_pool.join();
    EXPECT_TRUE(s->logs.shutdown());
  }

  template <class T>
  T run(boost::asio::awaitable<T> a) {
    boost::asio::io_context ioc;
    auto f = boost::asio::co_spawn(ioc, std::move(a), boost::asio::use_future);
    auto guard = boost::asio::make_work_guard(ioc);
    std::thread runner([&ioc] { ioc.run(); });
    T r = f.get();
    guard.reset();
    runner.join();
    return r;
  }

  // Every partition's load_partition, as a standalone broker's start-up
  // runs them, sorted by group id.
  result<std::vector<groups::loaded_group>> load_all() {
    std::vector<groups::loaded_group> out;
    for (std::int32_t p = 0; p < store->partition_count(); ++p) {
      auto part = run(store->load_partition(p));
      if (!part) return part.error();
      for (auto& g : *part) {
        EXPECT_EQ(store->partition_for(g.group_id), p) << g.group_id;
        out.push_back(std::move(g));
      }
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.group_id < b.group_id; });
    return out;
  }

  std::unique_ptr<broker_state> s;
  std::unique_ptr<group_log_store> store;
};

// Runs `fn` on the partition's strand and waits for it.
template <class F>
void on_strand(partition& p, F& fn) {
  std::promise<void> done;
  auto finished = done.get_future();
  boost::asio::post(p.strand(), [&fn, &done] {
    fn();
    done.set_value();
  });
  finished.wait();
}

groups::member_record member(std::string id, std::optional<std::string> instance) {
  groups::member_record m;
  m.member_id = std::move(id);
  m.group_instance_id = std::move(instance);
  m.client_id = "client";
  m.client_host = "/10.0.0.1";
  m.rebalance_timeout_ms = 60000;
  m.session_timeout_ms = 45000;
  m.subscription = {0, 1, 2, 3};
  m.assignment = {9, 8, 7};
  return m;
}

groups::group_record stable_group(std::int32_t generation, std::vector<groups::member_record> members) {
  groups::group_record g;
  g.protocol_type = "consumer";
  g.generation = generation;
  g.protocol = "cooperative-sticky";
  g.leader = members.empty() ? std::nullopt : std::optional<std::string>(members[0].member_id);
  g.current_state_timestamp = 1700000000000 + generation;
  g.members = std::move(members);
  return g;
}

TEST(GroupLogStoreTest, CreatesTheTopicAsKafkaOnFirstWrite) {
  temp_dir dir;
  open_broker b(dir.path(), 4);
  const std::string topic(offsets_topic_name);
  EXPECT_FALSE(b.s->topics.find(topic));
  auto loaded = b.load_all();
  ASSERT_TRUE(loaded);
  EXPECT_TRUE(loaded->empty());
  EXPECT_FALSE(b.s->topics.find(topic)) << "loading creates nothing";

  EXPECT_EQ(b.run(b.store->write_offsets("g", {{{"t", 0}, {1, -1, "", 5, -1}}})), error_code::none);
  auto t = b.s->topics.find(topic);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->partitions, 4);
  EXPECT_EQ(t->replication_factor, 1);
  EXPECT_TRUE(t->internal);
  EXPECT_EQ(t->configs,
            (config::property_map{
                {"cleanup.policy", "compact"}, {"compression.type", "producer"}, {"segment.bytes", "104857600"}}));
  EXPECT_EQ(b.s->logs.config_for(topic).segment_bytes, 104857600);
  // The record went to partition_for("g") and moved its high watermark.
  const std::int32_t p = b.store->partition_for("g");
  EXPECT_EQ(p, recs::partition_for("g", 4));
  for (std::int32_t i = 0; i < 4; ++i) {
    auto part = b.s->partitions.find({topic, i});
    ASSERT_TRUE(part);
    EXPECT_EQ(part->high_watermark(), i == p ? 1 : 0) << "partition " << i;
  }
}

TEST(GroupLogStoreTest, WritesSurviveReopeningTheLogs) {
  temp_dir dir;
  const auto g1_final = stable_group(7, {member("m-1", std::nullopt), member("m-2", "instance-2")});
  const auto g2_empty = stable_group(3, {});
  {
    open_broker b(dir.path(), 5);
    EXPECT_EQ(b.run(b.store->write_group("g1", stable_group(6, {member("m-1", std::nullopt)}))), error_code::none);
    EXPECT_EQ(b.run(b.store->write_group("g1", g1_final)), error_code::none);
    EXPECT_EQ(b.run(b.store->write_offsets("g1", {{{"orders", 0}, {10, 2, "first", 1000, -1}},
                                                  {{"orders", 1}, {20, 2, "", 1000, -1}},
                                                  {{"payments", 0}, {5, -1, "x", 1000, 99000}}})),
              error_code::none);
    // A later commit of the same partition wins; a tombstone removes one.
    EXPECT_EQ(b.run(b.store->write_offsets("g1", {{{"orders", 0}, {15, 3, "second", 2000, -1}}})), error_code::none);
    EXPECT_EQ(b.run(b.store->delete_offsets("g1", {{"orders", 1}})), error_code::none);
    // g2: offsets only then a group; g3: deleted entirely; g4: offsets only.
    EXPECT_EQ(b.run(b.store->write_offsets("g2", {{{"orders", 0}, {1, -1, "", 3000, -1}}})), error_code::none);
    EXPECT_EQ(b.run(b.store->write_group("g2", g2_empty)), error_code::none);
    EXPECT_EQ(b.run(b.store->write_group("g3", stable_group(1, {member("m-3", std::nullopt)}))), error_code::none);
    EXPECT_EQ(b.run(b.store->write_offsets("g3", {{{"orders", 2}, {4, -1, "", 4000, -1}}})), error_code::none);
    EXPECT_EQ(b.run(b.store->delete_group("g3", {{"orders", 2}})), error_code::none);
    EXPECT_EQ(b.run(b.store->write_offsets("g4", {{{"t", 3}, {0, -1, "", 5000, -1}}})), error_code::none);
    // Nothing to write: nothing written.
    EXPECT_EQ(b.run(b.store->write_offsets("g5", {})), error_code::none);
  }
  open_broker b(dir.path(), 5);
  auto loaded = b.load_all();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 3u);
  const auto& g1 = (*loaded)[0];
  EXPECT_EQ(g1.group_id, "g1");
  EXPECT_EQ(g1.group, g1_final);
  EXPECT_EQ(g1.offsets, (std::vector<groups::offset_entry>{{{"orders", 0}, {15, 3, "second", 2000, -1}},
                                                           {{"payments", 0}, {5, -1, "x", 1000, 99000}}}));
  const auto& g2 = (*loaded)[1];
  EXPECT_EQ(g2.group_id, "g2");
  EXPECT_EQ(g2.group, g2_empty);
  EXPECT_EQ(g2.offsets, (std::vector<groups::offset_entry>{{{"orders", 0}, {1, -1, "", 3000, -1}}}));
  const auto& g4 = (*loaded)[2];
  EXPECT_EQ(g4.group_id, "g4");
  EXPECT_EQ(g4.group, std::nullopt);
  EXPECT_EQ(g4.offsets, (std::vector<groups::offset_entry>{{{"t", 3}, {0, -1, "", 5000, -1}}}));
}

TEST(GroupLogStoreTest, WritesBatchesAsKafka) {
  temp_dir dir;
  open_broker b(dir.path(), 50);
  EXPECT_EQ(
      b.run(b.store->write_offsets("golden-group", {{{"golden-t", 1}, {5, -1, "", golden_commit_timestamp, -1}},
                                                    {{"golden-t", 0}, {3, -1, "", golden_commit_timestamp, -1}}})),
      error_code::none);
  auto part = b.s->partitions.find({std::string(offsets_topic_name), 49});
  ASSERT_TRUE(part);
  ASSERT_EQ(part->high_watermark(), 2);
  std::vector<std::uint8_t> mine;
  {
    auto fn = [&] {
      auto r = part->log().read(offset(0), 1 << 20, offset(2), true);
      EXPECT_TRUE(r);
      for (const auto& sl : r->slices) {
        std::size_t at = mine.size();
        mine.resize(at + static_cast<std::size_t>(sl.length));
        EXPECT_EQ(::pread(sl.fd, mine.data() + at, static_cast<std::size_t>(sl.length), sl.position), sl.length);
      }
    };
    on_strand(*part, fn);
  }
  // Kafka's batch 4 (base offset 3) holds the same two records.
  const auto golden = unhex(golden_segment_hex);
  records::batch_reader gr(golden);
  std::optional<records::batch_view> kafka;
  while (auto v = gr.next()) {
    if (!*v) break;
    if ((*v)->base_offset() == 3) kafka = **v;
  }
  ASSERT_TRUE(kafka);
  records::batch_reader mr(mine);
  auto ours_r = mr.next();
  ASSERT_TRUE(ours_r && *ours_r);
  const records::batch_view ours = **ours_r;
  // Header fields other than offsets, timestamps and CRC are Kafka's.
  EXPECT_EQ(ours.magic(), kafka->magic());
  EXPECT_EQ(ours.attributes(), kafka->attributes());
  EXPECT_EQ(ours.partition_leader_epoch(), kafka->partition_leader_epoch());
  EXPECT_EQ(ours.last_offset_delta(), kafka->last_offset_delta());
  EXPECT_EQ(ours.producer_id(), kafka->producer_id());
  EXPECT_EQ(ours.producer_epoch(), kafka->producer_epoch());
  EXPECT_EQ(ours.base_sequence(), kafka->base_sequence());
  EXPECT_EQ(ours.records_count(), kafka->records_count());
  EXPECT_EQ(ours.batch_length(), kafka->batch_length()) << "same record sizes, so same varint timestamp deltas";
  // Record by record: the same key and value bytes.
  std::vector<std::uint8_t> b1, b2;
  auto r1 = records::read_records(ours, b1, 1 << 20);
  auto r2 = records::read_records(*kafka, b2, 1 << 20);
  ASSERT_TRUE(r1 && r2);
  for (int i = 0; i < 2; ++i) {
    auto x = r1->next();
    auto y = r2->next();
    ASSERT_TRUE(x && *x && y && *y);
    EXPECT_TRUE(std::ranges::equal(*(*x)->key, *(*y)->key)) << i;
    EXPECT_TRUE(std::ranges::equal(*(*x)->value, *(*y)->value)) << i;
  }
}

TEST(GroupLogStoreTest, LoadsWhatKafkaWrote) {
  temp_dir dir;
  {
    open_broker b(dir.path(), 50);
    topic_info t{std::string(offsets_topic_name), topic_registry::new_topic_id(), 50, 1, {}, true};
    ASSERT_TRUE(b.s->topics.put(t));
  }
  const auto seg = dir.path() / "__consumer_offsets-49" / "00000000000000000000.log";
  std::filesystem::create_directories(seg.parent_path());
  {
    const auto bytes = unhex(golden_segment_hex);
    std::ofstream out(seg, std::ios::binary);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
  }
  open_broker b(dir.path(), 50);
  auto loaded = b.load_all();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].group_id, "golden-group");
  EXPECT_EQ((*loaded)[0].group, golden_empty_group());
  EXPECT_EQ((*loaded)[0].offsets,
            (std::vector<groups::offset_entry>{{{"golden-t", 0}, {3, -1, "", golden_commit_timestamp, -1}},
                                               {{"golden-t", 1}, {5, -1, "", golden_commit_timestamp, -1}}}));
  EXPECT_EQ(b.store->partition_for("golden-group"), 49);
}

TEST(GroupLogStoreTest, CorruptRecordsAreSkipped) {
  temp_dir dir;
  {
    open_broker b(dir.path(), 1);
    EXPECT_EQ(b.run(b.store->write_offsets("g", {{{"t", 0}, {1, -1, "", 1, -1}}})), error_code::none);
    // Records no coordinator writes: no key, a key too short, an unknown
    // version, a value that does not decode, a new-protocol key; then a good one.
    records::batch_builder bad;
    bad.add({std::nullopt, std::string("v"), {}, 1});
    bad.add({std::string("\x00", 1), std::string("v"), {}, 1});
    bad.add({std::string("\xff\xff\x00\x01", 4), std::string("v"), {}, 1});
    bad.add({recs::offset_key("g", {"t", 1}), std::string("\x00\x03\x00", 3), {}, 1});
    bad.add({recs::group_key("g"), std::string("\x00\x09", 2), {}, 1});
    bad.add({std::string("\x00\x05\x00\x01g", 5), std::string("\x00\x00", 2), {}, 1});
    bad.add({recs::offset_key("g", {"t", 2}), recs::offset_value({7, -1, "", 2, -1}), {}, 1});
    auto batch = bad.build().value();
    auto part = b.s->partitions.find({std::string(offsets_topic_name), 0});
    ASSERT_TRUE(part);
    auto fn = [&] {
      auto r = part->log().append(batch, leader_epoch(0), 1);
      EXPECT_TRUE(r);
      part->on_log_changed();
    };
    on_strand(*part, fn);
  }
  open_broker b(dir.path(), 1);
  auto loaded = b.load_all();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].group, std::nullopt);
  EXPECT_EQ((*loaded)[0].offsets,
            (std::vector<groups::offset_entry>{{{"t", 0}, {1, -1, "", 1, -1}}, {{"t", 2}, {7, -1, "", 2, -1}}}));
}

TEST(GroupLogStoreTest, CompressedRecordsRoundTrip) {
  temp_dir dir;
  {
    open_broker b(dir.path(), 2, {"offsets.topic.compression.codec=1"});
    EXPECT_EQ(b.run(b.store->write_offsets("gz", {{{"t", 0}, {11, -1, "", 1, -1}}})), error_code::none);
    auto part = b.s->partitions.find({std::string(offsets_topic_name), b.store->partition_for("gz")});
    ASSERT_TRUE(part);
    std::int16_t attributes = -1;
    auto fn = [&] {
      auto r = part->log().read(offset(0), 1 << 20, offset(1), true);
      ASSERT_TRUE(r && !r->slices.empty());
      std::vector<std::uint8_t> bytes(static_cast<std::size_t>(r->slices[0].length));
      ASSERT_EQ(::pread(r->slices[0].fd, bytes.data(), bytes.size(), r->slices[0].position), r->slices[0].length);
      attributes = records::batch_view(bytes).attributes();
    };
    on_strand(*part, fn);
    EXPECT_EQ(attributes & records::attribute::compression_mask, 1) << "gzip";
  }
  open_broker b(dir.path(), 2);
  auto loaded = b.load_all();
  ASSERT_TRUE(loaded);
  ASSERT_EQ(loaded->size(), 1u);
  EXPECT_EQ((*loaded)[0].offsets, (std::vector<groups::offset_entry>{{{"t", 0}, {11, -1, "", 1, -1}}}));
}

TEST(GroupLogStoreTest, MissingPartitionIsNotCoordinator) {
  temp_dir dir;
  open_broker b(dir.path(), 3);
  // The topic exists with fewer partitions than the store assumes.
  topic_info t{std::string(offsets_topic_name), topic_registry::new_topic_id(), 1, 1, {}, true};
  ASSERT_TRUE(b.s->topics.put(t));
  std::string group = "a";
  while (b.store->partition_for(group) == 0)
    group += "a";
  // Kafka's getMagic finds no local replica of the group's partition.
  EXPECT_EQ(b.run(b.store->write_group(group, stable_group(1, {}))), error_code::not_coordinator);
}

}  // namespace
}  // namespace gannet::broker
