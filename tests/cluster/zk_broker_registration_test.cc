// zk_broker_registration against a real ZooKeeper server: Kafka's JSON as an
// ephemeral, the broker epoch, Kafka's stale-ephemeral handling, re-registration
// after a session expiry.

#include "gannet/cluster/zk_broker_registration.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <atomic>

#include "gannet/cluster/zk_paths.h"
#include "zk_test_support.h"

namespace gannet::cluster::testing {
namespace {

// A zk_client whose session can be swapped underneath its user: the
// registration then sees "a new session" while the old one (and its
// ephemeral) still lives, as after an expiry hit by ZOOKEEPER-2985.
class switchable_zk final : public zk_client {
 public:
  explicit switchable_zk(zk_session* s) : s_(s) {}
  void use(zk_session* s) { s_ = s; }

  boost::asio::awaitable<result<std::string>> create(std::string path, std::string data, zk_create_mode mode) override {
    return s_.load()->create(std::move(path), std::move(data), mode);
  }
  boost::asio::awaitable<result<void>> create_recursive(std::string path, std::string data) override {
    return s_.load()->create_recursive(std::move(path), std::move(data));
  }
  boost::asio::awaitable<result<zk_data>> get(std::string path, zk_watcher watcher) override {
    return s_.load()->get(std::move(path), std::move(watcher));
  }
  boost::asio::awaitable<result<zk_stat>> set(std::string path, std::string data, std::int32_t version) override {
    return s_.load()->set(std::move(path), std::move(data), version);
  }
  boost::asio::awaitable<result<void>> remove(std::string path, std::int32_t version) override {
    return s_.load()->remove(std::move(path), version);
  }
  boost::asio::awaitable<result<std::optional<zk_stat>>> exists(std::string path, zk_watcher watcher) override {
    return s_.load()->exists(std::move(path), std::move(watcher));
  }
  boost::asio::awaitable<result<std::vector<std::string>>> children(std::string path, zk_watcher watcher) override {
    return s_.load()->children(std::move(path), std::move(watcher));
  }
  boost::asio::awaitable<result<std::vector<zk_op_result>>> multi(std::vector<zk_op> ops) override {
    return s_.load()->multi(std::move(ops));
  }
  std::int64_t session_id() const override { return s_.load()->session_id(); }
  void add_session_listener(zk_session_listener l) override { s_.load()->add_session_listener(std::move(l)); }

 private:
  std::atomic<zk_session*> s_;
};

class ZkBrokerRegistrationTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = zk_test_server::get();
    ASSERT_NE(server_, nullptr);
    // Each test in a chroot of its own: /brokers/ids is per test.
    chroot_ = std::string("/reg-") + ::testing::UnitTest::GetInstance()->current_test_info()->name();
    zk_ = open();
    ASSERT_NE(zk_, nullptr);
    ASSERT_TRUE(io_.run(zk_->create_recursive(std::string(zk_paths::broker_ids), "")));
    info_.id = 7;
    info_.endpoints = {broker_endpoint{"PLAINTEXT", "127.0.0.1", 9092, "PLAINTEXT"}};
    info_.timestamp = 1733300000000;
  }
  std::unique_ptr<zk_session> open() {
    auto s = std::make_unique<zk_session>(io_.executor(), server_->connect() + chroot_, 6s);
    auto r = io_.run(s->connect(5s));
    if (!r) {
      ADD_FAILURE() << "connect: " << s->connect_error();
      return nullptr;
    }
    return s;
  }

  io_thread io_;
  zk_test_server* server_ = nullptr;
  std::string chroot_;
  std::unique_ptr<zk_session> zk_;
  broker_registration info_;
};

TEST_F(ZkBrokerRegistrationTest, RegistersKafkasJsonAsAnEphemeralAndReturnsItsCzxidAsTheEpoch) {
  auto reg = zk_broker_registration::make(io_.executor(), *zk_, info_);
  auto epoch = io_.run(reg->register_broker());
  ASSERT_TRUE(epoch) << reg->last_error();
  auto node = io_.run(zk_->get("/brokers/ids/7")).value();
  EXPECT_EQ(node.data, encode_broker_registration(info_));
  EXPECT_EQ(node.data.substr(0, 24), R"({"features":{},"listener)");
  EXPECT_EQ(node.stat.ephemeral_owner, zk_->session_id());
  EXPECT_EQ(node.stat.czxid, *epoch);
  // Created empty, then set in the same transaction (Kafka's CheckedEphemeral).
  EXPECT_EQ(node.stat.version, 1);
  EXPECT_EQ(reg->broker_epoch(), *epoch);
  EXPECT_EQ(reg->path(), "/brokers/ids/7");

  // Registering again in the same session finds the node ours: same epoch.
  auto again = io_.run(reg->register_broker());
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, *epoch);
  EXPECT_EQ(io_.run(zk_->get("/brokers/ids/7")).value().stat.version, 1);
}

TEST_F(ZkBrokerRegistrationTest, ANodeOfAnotherLiveSessionIsRefusedWithKafkasMessage) {
  auto other = open();
  ASSERT_NE(other, nullptr);
  ASSERT_TRUE(io_.run(other->create("/brokers/ids/7", "{}", zk_create_mode::ephemeral)));
  auto reg = zk_broker_registration::make(io_.executor(), *zk_, info_);
  auto epoch = io_.run(reg->register_broker());
  ASSERT_FALSE(epoch);
  EXPECT_EQ(epoch.error(), zk_errc::node_exists);
  EXPECT_EQ(reg->last_error(), fmt::format("Error while creating ephemeral at /brokers/ids/7, node already exists "
                                           "and owner '0x{:x}' does not match current session '0x{:x}'",
                                           other->session_id(), zk_->session_id()));
  EXPECT_EQ(reg->broker_epoch(), -1);
  EXPECT_EQ(io_.run(zk_->get("/brokers/ids/7")).value().data, "{}");
}

TEST_F(ZkBrokerRegistrationTest, AMissingParentIsKafkasError) {
  ASSERT_TRUE(io_.run(zk_->remove("/brokers/ids", -1)));
  auto reg = zk_broker_registration::make(io_.executor(), *zk_, info_);
  auto epoch = io_.run(reg->register_broker());
  ASSERT_FALSE(epoch);
  EXPECT_EQ(epoch.error(), zk_errc::no_node);
  EXPECT_EQ(reg->last_error(), "Error while creating ephemeral at /brokers/ids/7 with return code: NONODE");
}

TEST_F(ZkBrokerRegistrationTest, OurOldSessionsNodeIsDeletedAndCreatedAgain) {
  auto second = open();
  ASSERT_NE(second, nullptr);
  switchable_zk zk(zk_.get());
  auto reg = zk_broker_registration::make(io_.executor(), zk, info_);
  auto first = io_.run(reg->register_broker());
  ASSERT_TRUE(first);
  // The client is on a new session while the old one's ephemeral is still there.
  zk.use(second.get());
  auto epoch = io_.run(reg->register_broker());
  ASSERT_TRUE(epoch) << reg->last_error();
  EXPECT_GT(*epoch, *first);
  auto node = io_.run(second->get("/brokers/ids/7")).value();
  EXPECT_EQ(node.stat.ephemeral_owner, second->session_id());
  EXPECT_EQ(node.stat.czxid, *epoch);
  EXPECT_EQ(node.data, encode_broker_registration(info_));
}

TEST_F(ZkBrokerRegistrationTest, RegistersAgainAfterASessionExpiry) {
  recorder<result<std::int64_t>> reregistered;
  auto reg = zk_broker_registration::make(io_.executor(), *zk_, info_, 6s,
                                          [&](result<std::int64_t> r) { reregistered.add(r); });
  auto first = io_.run(reg->register_broker());
  ASSERT_TRUE(first);
  const auto old_session = zk_->session_id();
  recorder<session_record> events;
  zk_->add_session_listener(record_into(events));

  ASSERT_TRUE(expire_session(*server_, *zk_, events));
  auto results = reregistered.wait_for(1, 10s);
  ASSERT_EQ(results.size(), 1u);
  ASSERT_TRUE(results[0]) << reg->last_error();
  EXPECT_GT(*results[0], *first);
  EXPECT_EQ(reg->broker_epoch(), *results[0]);
  EXPECT_NE(zk_->session_id(), old_session);
  auto node = io_.run(zk_->get("/brokers/ids/7")).value();
  EXPECT_EQ(node.stat.ephemeral_owner, zk_->session_id());
  EXPECT_EQ(node.stat.czxid, *results[0]);
  EXPECT_EQ(node.data, encode_broker_registration(info_));
}

}  // namespace
}  // namespace gannet::cluster::testing
