// zk_session against a real ZooKeeper 3.8 server (zookeeper/zk_test_server.h):
// exact values for every operation, watches, sessions, chroot, timeouts.

#include "gannet/cluster/zk_session.h"

#include <gtest/gtest.h>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>
#include <zookeeper/zookeeper.h>

#include <algorithm>
#include <cstring>

#include "zk_test_support.h"

namespace gannet::cluster::testing {
namespace {

class ZkSessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_ = zk_test_server::get();
    ASSERT_NE(server_, nullptr);
    root_ = std::string("/") + ::testing::UnitTest::GetInstance()->current_test_info()->name();
    zk_ = open();
    ASSERT_NE(zk_, nullptr);
    auto r = io_.run(zk_->create(root_, "", zk_create_mode::persistent));
    ASSERT_TRUE(r) << r.error().message();
  }

  std::unique_ptr<zk_session> open(const std::string& chroot = "", std::chrono::milliseconds session_timeout = 6s) {
    auto s = std::make_unique<zk_session>(io_.executor(), server_->connect() + chroot, session_timeout);
    auto r = io_.run(s->connect(5s));
    if (!r) {
      ADD_FAILURE() << "connect: " << r.error().message() << " " << s->connect_error();
      return nullptr;
    }
    return s;
  }
  std::string p(const std::string& rel) const { return root_ + rel; }

  io_thread io_;
  zk_test_server* server_ = nullptr;
  std::string root_;
  std::unique_ptr<zk_session> zk_;
};

TEST_F(ZkSessionTest, CreateInAllFourModesReturnsThePathWithSequentialSuffixes) {
  EXPECT_EQ(io_.run(zk_->create(p("/per"), "d", zk_create_mode::persistent)).value(), p("/per"));
  EXPECT_EQ(io_.run(zk_->create(p("/eph"), "d", zk_create_mode::ephemeral)).value(), p("/eph"));
  ASSERT_TRUE(io_.run(zk_->create(p("/seq"), "", zk_create_mode::persistent)));
  EXPECT_EQ(io_.run(zk_->create(p("/seq/n-"), "", zk_create_mode::persistent_sequential)).value(),
            p("/seq/n-0000000000"));
  EXPECT_EQ(io_.run(zk_->create(p("/seq/n-"), "", zk_create_mode::persistent_sequential)).value(),
            p("/seq/n-0000000001"));
  EXPECT_EQ(io_.run(zk_->create(p("/seq/e-"), "", zk_create_mode::ephemeral_sequential)).value(),
            p("/seq/e-0000000002"));

  auto per = io_.run(zk_->get(p("/per"))).value();
  EXPECT_EQ(per.stat.ephemeral_owner, 0);
  auto eph = io_.run(zk_->get(p("/eph"))).value();
  EXPECT_EQ(eph.stat.ephemeral_owner, zk_->session_id());
  EXPECT_NE(zk_->session_id(), 0);
  auto seq_e = io_.run(zk_->get(p("/seq/e-0000000002"))).value();
  EXPECT_EQ(seq_e.stat.ephemeral_owner, zk_->session_id());

  EXPECT_EQ(io_.run(zk_->create(p("/per"), "x", zk_create_mode::persistent)).error(), zk_errc::node_exists);
  EXPECT_EQ(io_.run(zk_->create(p("/missing/child"), "x", zk_create_mode::persistent)).error(), zk_errc::no_node);
  EXPECT_EQ(io_.run(zk_->create(p("/eph/child"), "x", zk_create_mode::persistent)).error(),
            zk_errc::no_children_for_ephemerals);
  EXPECT_EQ(io_.run(zk_->create("no-slash", "x", zk_create_mode::persistent)).error(), zk_errc::bad_arguments);
}

TEST_F(ZkSessionTest, GetAndSetFollowTheDataVersion) {
  ASSERT_TRUE(io_.run(zk_->create(p("/n"), "v0", zk_create_mode::persistent)));
  auto d = io_.run(zk_->get(p("/n"))).value();
  EXPECT_EQ(d.data, "v0");
  EXPECT_EQ(d.stat.version, 0);
  EXPECT_EQ(d.stat.data_length, 2);
  EXPECT_EQ(d.stat.num_children, 0);
  EXPECT_EQ(d.stat.czxid, d.stat.mzxid);

  auto s1 = io_.run(zk_->set(p("/n"), "value-1", 0)).value();
  EXPECT_EQ(s1.version, 1);
  EXPECT_EQ(s1.data_length, 7);
  EXPECT_EQ(s1.czxid, d.stat.czxid);
  EXPECT_GT(s1.mzxid, d.stat.mzxid);
  EXPECT_EQ(io_.run(zk_->set(p("/n"), "stale", 0)).error(), zk_errc::bad_version);
  EXPECT_EQ(io_.run(zk_->set(p("/n"), "any", -1)).value().version, 2);
  auto d2 = io_.run(zk_->get(p("/n"))).value();
  EXPECT_EQ(d2.data, "any");
  EXPECT_EQ(d2.stat.version, 2);
  // Empty data is written as Kafka writes it (null) and reads back empty.
  EXPECT_EQ(io_.run(zk_->set(p("/n"), "", 2)).value().data_length, 0);
  EXPECT_EQ(io_.run(zk_->get(p("/n"))).value().data, "");
  EXPECT_EQ(io_.run(zk_->get(p("/none"))).error(), zk_errc::no_node);
  EXPECT_EQ(io_.run(zk_->set(p("/none"), "x", -1)).error(), zk_errc::no_node);
  // Binary data survives as is.
  const std::string bin("a\0b\xff", 4);
  ASSERT_TRUE(io_.run(zk_->set(p("/n"), bin, -1)));
  EXPECT_EQ(io_.run(zk_->get(p("/n"))).value().data, bin);
}

TEST_F(ZkSessionTest, RemoveChecksVersionAndChildren) {
  ASSERT_TRUE(io_.run(zk_->create(p("/n"), "x", zk_create_mode::persistent)));
  ASSERT_TRUE(io_.run(zk_->set(p("/n"), "y", 0)));
  EXPECT_EQ(io_.run(zk_->remove(p("/n"), 0)).error(), zk_errc::bad_version);
  EXPECT_TRUE(io_.run(zk_->remove(p("/n"), 1)));
  EXPECT_EQ(io_.run(zk_->remove(p("/n"), -1)).error(), zk_errc::no_node);

  ASSERT_TRUE(io_.run(zk_->create(p("/parent"), "", zk_create_mode::persistent)));
  ASSERT_TRUE(io_.run(zk_->create(p("/parent/child"), "", zk_create_mode::persistent)));
  EXPECT_EQ(io_.run(zk_->remove(p("/parent"), -1)).error(), zk_errc::not_empty);
  EXPECT_TRUE(io_.run(zk_->remove(p("/parent/child"), -1)));
  EXPECT_TRUE(io_.run(zk_->remove(p("/parent"), -1)));
  EXPECT_EQ(io_.run(zk_->exists(p("/parent"))).value(), std::nullopt);
}

TEST_F(ZkSessionTest, ExistsAndChildrenWatchesFireExactlyOnce) {
  recorder<watch_record> on_create, on_data, on_children, on_delete;
  EXPECT_EQ(io_.run(zk_->exists(p("/w"), record_into(on_create))).value(), std::nullopt);
  ASSERT_TRUE(io_.run(zk_->create(p("/w"), "a", zk_create_mode::persistent)));
  EXPECT_EQ(on_create.wait_for(1), (std::vector<watch_record>{{zk_event_type::created, p("/w")}}));

  auto st = io_.run(zk_->exists(p("/w"), record_into(on_data))).value();
  ASSERT_TRUE(st.has_value());
  EXPECT_EQ(st->version, 0);
  EXPECT_EQ(io_.run(zk_->children(p("/w"), record_into(on_children))).value(), std::vector<std::string>{});
  ASSERT_TRUE(io_.run(zk_->set(p("/w"), "b", -1)));
  ASSERT_TRUE(io_.run(zk_->set(p("/w"), "c", -1)));
  ASSERT_TRUE(io_.run(zk_->create(p("/w/k1"), "", zk_create_mode::persistent)));
  ASSERT_TRUE(io_.run(zk_->create(p("/w/k2"), "", zk_create_mode::persistent)));
  EXPECT_EQ(on_data.wait_for(1), (std::vector<watch_record>{{zk_event_type::data_changed, p("/w")}}));
  EXPECT_EQ(on_children.wait_for(1), (std::vector<watch_record>{{zk_event_type::children_changed, p("/w")}}));

  auto kids = io_.run(zk_->children(p("/w"))).value();
  std::sort(kids.begin(), kids.end());
  EXPECT_EQ(kids, (std::vector<std::string>{"k1", "k2"}));

  EXPECT_EQ(io_.run(zk_->get(p("/w/k1"), record_into(on_delete))).value().data, "");
  ASSERT_TRUE(io_.run(zk_->remove(p("/w/k1"), -1)));
  EXPECT_EQ(on_delete.wait_for(1), (std::vector<watch_record>{{zk_event_type::deleted, p("/w/k1")}}));

  // A get on a missing node sets no watch; creating it later fires nothing.
  recorder<watch_record> none;
  EXPECT_EQ(io_.run(zk_->get(p("/later"), record_into(none))).error(), zk_errc::no_node);
  ASSERT_TRUE(io_.run(zk_->create(p("/later"), "", zk_create_mode::persistent)));

  // Let later changes arrive if a watch were (wrongly) still armed.
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(on_create.items().size(), 1u);
  EXPECT_EQ(on_data.items().size(), 1u);
  EXPECT_EQ(on_children.items().size(), 1u);
  EXPECT_EQ(on_delete.items().size(), 1u);
  EXPECT_TRUE(none.items().empty());
}

TEST_F(ZkSessionTest, EphemeralNodesVanishWhenTheSessionCloses) {
  auto owner = open();
  ASSERT_NE(owner, nullptr);
  ASSERT_TRUE(io_.run(owner->create(p("/e"), "x", zk_create_mode::ephemeral)));
  recorder<watch_record> gone;
  auto st = io_.run(zk_->exists(p("/e"), record_into(gone))).value();
  ASSERT_TRUE(st.has_value());
  EXPECT_EQ(st->ephemeral_owner, owner->session_id());
  owner->close();
  EXPECT_EQ(gone.wait_for(1), (std::vector<watch_record>{{zk_event_type::deleted, p("/e")}}));
  EXPECT_EQ(io_.run(zk_->exists(p("/e"))).value(), std::nullopt);
  // A closed session takes no more requests.
  EXPECT_EQ(io_.run(owner->get(p(""))).error(), zk_errc::closing);
  EXPECT_EQ(owner->session_id(), 0);
}

TEST_F(ZkSessionTest, MultiIsAllOrNothing) {
  ASSERT_TRUE(io_.run(zk_->create(p("/epoch"), "1", zk_create_mode::persistent)));
  ASSERT_TRUE(io_.run(zk_->create(p("/state"), "s0", zk_create_mode::persistent)));
  auto failed = io_.run(zk_->multi({
      zk_op{zk_op::kind::create, p("/new"), "n", zk_create_mode::persistent, -1},
      zk_op{zk_op::kind::set, p("/state"), "s1", {}, 0},
      zk_op{zk_op::kind::check, p("/epoch"), {}, {}, 7},
      zk_op{zk_op::kind::remove, p("/epoch"), {}, {}, -1},
  }));
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error(), zk_errc::bad_version);
  EXPECT_EQ(io_.run(zk_->exists(p("/new"))).value(), std::nullopt);
  auto state = io_.run(zk_->get(p("/state"))).value();
  EXPECT_EQ(state.data, "s0");
  EXPECT_EQ(state.stat.version, 0);
  EXPECT_TRUE(io_.run(zk_->exists(p("/epoch"))).value().has_value());

  auto ok = io_.run(zk_->multi({
      zk_op{zk_op::kind::check, p("/epoch"), {}, {}, 0},
      zk_op{zk_op::kind::set, p("/state"), "s1", {}, 0},
      zk_op{zk_op::kind::create, p("/new"), "n", zk_create_mode::persistent, -1},
      zk_op{zk_op::kind::create, p("/new/s-"), "", zk_create_mode::persistent_sequential, -1},
      zk_op{zk_op::kind::remove, p("/epoch"), {}, {}, 0},
  }));
  ASSERT_TRUE(ok) << ok.error().message();
  ASSERT_EQ(ok->size(), 5u);
  for (const auto& r : *ok)
    EXPECT_FALSE(r.error) << r.error.message();
  EXPECT_EQ((*ok)[1].stat.version, 1);
  EXPECT_EQ((*ok)[1].stat.data_length, 2);
  EXPECT_EQ((*ok)[2].path, p("/new"));
  EXPECT_EQ((*ok)[3].path, p("/new/s-0000000000"));
  EXPECT_EQ(io_.run(zk_->get(p("/state"))).value().data, "s1");
  EXPECT_EQ(io_.run(zk_->get(p("/new"))).value().data, "n");
  EXPECT_EQ(io_.run(zk_->exists(p("/epoch"))).value(), std::nullopt);
  EXPECT_EQ(io_.run(zk_->multi({})).value().size(), 0u);
}

TEST_F(ZkSessionTest, CreateRecursiveCreatesMissingParentsAndAcceptsAnExistingNode) {
  ASSERT_TRUE(io_.run(zk_->create_recursive(p("/a/b/c"), "leaf")));
  EXPECT_EQ(io_.run(zk_->get(p("/a/b/c"))).value().data, "leaf");
  auto a = io_.run(zk_->get(p("/a"))).value();
  EXPECT_EQ(a.data, "");
  EXPECT_EQ(a.stat.data_length, 0);
  EXPECT_EQ(a.stat.ephemeral_owner, 0);
  EXPECT_EQ(io_.run(zk_->get(p("/a/b"))).value().data, "");
  // An existing node is success and keeps its data (throwIfPathExists = false).
  EXPECT_TRUE(io_.run(zk_->create_recursive(p("/a/b/c"), "other")));
  auto c = io_.run(zk_->get(p("/a/b/c"))).value();
  EXPECT_EQ(c.data, "leaf");
  EXPECT_EQ(c.stat.version, 0);
  // Under an ephemeral: ZooKeeper's error, not success.
  ASSERT_TRUE(io_.run(zk_->create(p("/eph"), "", zk_create_mode::ephemeral)));
  EXPECT_EQ(io_.run(zk_->create_recursive(p("/eph/x/y"), "")).error(), zk_errc::no_children_for_ephemerals);
}

TEST_F(ZkSessionTest, ChrootIsCreatedAndHiddenFromPaths) {
  const std::string chroot = p("/kafka/cluster-a");
  auto in = open(chroot);
  ASSERT_NE(in, nullptr);
  EXPECT_EQ(in->chroot(), chroot);
  // The chroot was created (persistent, empty) before use, as Kafka does.
  auto st = io_.run(zk_->get(chroot)).value();
  EXPECT_EQ(st.data, "");
  EXPECT_EQ(st.stat.ephemeral_owner, 0);

  EXPECT_EQ(io_.run(in->create("/brokers", "b", zk_create_mode::persistent)).value(), "/brokers");
  EXPECT_EQ(io_.run(in->create("/brokers/s-", "", zk_create_mode::persistent_sequential)).value(),
            "/brokers/s-0000000000");
  EXPECT_EQ(io_.run(zk_->get(chroot + "/brokers")).value().data, "b");
  EXPECT_EQ(io_.run(in->children("/")).value(), std::vector<std::string>{"brokers"});
  recorder<watch_record> w;
  ASSERT_TRUE(io_.run(in->get("/brokers", record_into(w))));
  ASSERT_TRUE(io_.run(zk_->set(chroot + "/brokers", "c", -1)));
  EXPECT_EQ(w.wait_for(1), (std::vector<watch_record>{{zk_event_type::data_changed, "/brokers"}}));
  auto m = io_.run(in->multi({zk_op{zk_op::kind::create, "/m-", "", zk_create_mode::persistent_sequential, -1}}));
  ASSERT_TRUE(m);
  EXPECT_EQ((*m)[0].path, "/m-0000000001");
  EXPECT_TRUE(io_.run(zk_->exists(chroot + "/m-0000000001")).value().has_value());
  ASSERT_TRUE(io_.run(in->create_recursive("/x/y", "z")));
  EXPECT_EQ(io_.run(zk_->get(chroot + "/x/y")).value().data, "z");

  // A second client on an existing chroot: nothing is recreated.
  auto again = open(chroot);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(io_.run(again->get("/brokers")).value().data, "c");
}

TEST_F(ZkSessionTest, ConnectToAClosedPortTimesOutWithKafkasMessage) {
  auto ring = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
  spdlog::default_logger()->sinks().push_back(ring);
  // The listener socket is closed again at once: nobody listens there.
  const int port = [] {
    zk_test_server* s = zk_test_server::get();
    return s ? s->port() + 1 : 1;
  }();
  zk_session s(io_.executor(), "127.0.0.1:" + std::to_string(port) + "/chroot", 6s);
  const auto t0 = std::chrono::steady_clock::now();
  auto r = io_.run(s.connect(1500ms));
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  spdlog::default_logger()->sinks().pop_back();
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), zk_errc::operation_timeout);
  EXPECT_EQ(s.connect_error(), "Timed out waiting for connection while in state: CONNECTING");
  EXPECT_GE(elapsed, 1500ms);
  EXPECT_LT(elapsed, 3000ms);
  EXPECT_EQ(s.session_id(), 0);
  EXPECT_EQ(io_.run(s.get("/")).error(), zk_errc::closing);
  // The C client's own complaint reached our logger, not stderr.
  bool saw_refused = false;
  for (const auto& line : ring->last_formatted()) {
    if (line.find("zookeeper client:") != std::string::npos && line.find("refused") != std::string::npos) {
      saw_refused = true;
    }
  }
  EXPECT_TRUE(saw_refused);
}

TEST_F(ZkSessionTest, AnInvalidConnectStringIsRefused) {
  // The C client refuses an empty host list up front (zookeeper_init, EINVAL).
  zk_session bad(io_.executor(), "", 6s);
  auto r = io_.run(bad.connect(1s));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), zk_errc::bad_arguments);
  EXPECT_EQ(bad.connect_error().rfind("Invalid zookeeper.connect ''", 0), 0u) << bad.connect_error();
}

TEST_F(ZkSessionTest, ASecondConnectIsRefusedAndTheSessionKeepsWorking) {
  const auto id = zk_->session_id();
  auto r = io_.run(zk_->connect(1s));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), zk_errc::bad_arguments);
  EXPECT_EQ(zk_->connect_error(), "connect() was already called on this session");
  EXPECT_EQ(zk_->session_id(), id);
  EXPECT_TRUE(io_.run(zk_->exists(root_)).value().has_value());
}

TEST_F(ZkSessionTest, ServerRestartWithinTheSessionTimeoutKeepsTheSession) {
  auto s = open("", 10s);
  ASSERT_NE(s, nullptr);
  recorder<session_record> events;
  s->add_session_listener(record_into(events));
  const auto id = s->session_id();
  ASSERT_TRUE(io_.run(s->create(p("/e"), "x", zk_create_mode::ephemeral)));
  zk_.reset();  // only `s` is watched below

  ASSERT_TRUE(server_->stop());
  EXPECT_EQ(events.wait_for(1, 5s), (std::vector<session_record>{{zk_session_event::disconnected, id}}));
  // While the server is away a request fails with connection_loss (its
  // outcome unknown), promptly rather than at the session timeout.
  const auto t0 = std::chrono::steady_clock::now();
  EXPECT_EQ(io_.run(s->exists(p("/e"))).error(), zk_errc::connection_loss);
  EXPECT_LT(std::chrono::steady_clock::now() - t0, 5s);
  ASSERT_TRUE(server_->start());
  auto seen = events.wait_for(2, 10s);
  EXPECT_EQ(seen,
            (std::vector<session_record>{{zk_session_event::disconnected, id}, {zk_session_event::connected, id}}));
  EXPECT_EQ(s->session_id(), id);
  auto e = io_.run(s->get(p("/e"))).value();
  EXPECT_EQ(e.data, "x");
  EXPECT_EQ(e.stat.ephemeral_owner, id);
}

TEST_F(ZkSessionTest, SessionExpiryOpensANewSessionAndTellsListeners) {
  auto s = open();
  ASSERT_NE(s, nullptr);
  recorder<session_record> events;
  s->add_session_listener(record_into(events));
  const auto old_id = s->session_id();
  ASSERT_TRUE(io_.run(s->create(p("/e"), "x", zk_create_mode::ephemeral)));
  recorder<watch_record> w;
  ASSERT_TRUE(io_.run(s->get(p("/e"), record_into(w))));

  ASSERT_TRUE(expire_session(*server_, *s, events));
  std::vector<session_record> seen;
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = events.items();
    if (!seen.empty() && seen.back().event == zk_session_event::connected && seen.back().session_id != old_id) break;
    std::this_thread::sleep_for(20ms);
  }
  // Before the expiry the connection may drop and come back (same session)
  // any number of times; then exactly: expired (old id), connected (new id).
  while (!seen.empty() && seen.front().event != zk_session_event::expired) {
    EXPECT_EQ(seen.front().session_id, old_id);
    EXPECT_NE(seen.front().event, zk_session_event::expired);
    seen.erase(seen.begin());
  }
  ASSERT_EQ(seen.size(), 2u) << ::testing::PrintToString(events.items());
  EXPECT_EQ(seen[0], (session_record{zk_session_event::expired, old_id}));
  EXPECT_EQ(seen[1].event, zk_session_event::connected);
  EXPECT_NE(seen[1].session_id, old_id);
  EXPECT_NE(seen[1].session_id, 0);
  EXPECT_EQ(s->session_id(), seen[1].session_id);

  // The ephemeral went with the old session; the new session works.
  EXPECT_EQ(io_.run(zk_->exists(p("/e"))).value(), std::nullopt);
  EXPECT_EQ(io_.run(s->create(p("/e"), "y", zk_create_mode::ephemeral)).value(), p("/e"));
  EXPECT_EQ(io_.run(zk_->get(p("/e"))).value().stat.ephemeral_owner, s->session_id());
  // The old session's watch dies with it. The server may still deliver the
  // deletion of /e if it ran before it closed our old connection (the second
  // handle's closeSession races with that close): then once, as `deleted`.
  std::this_thread::sleep_for(200ms);
  const auto fired = w.items();
  EXPECT_LE(fired.size(), 1u);
  for (const auto& e : fired)
    EXPECT_EQ(e, (watch_record{zk_event_type::deleted, p("/e")}));
}

}  // namespace
}  // namespace gannet::cluster::testing
