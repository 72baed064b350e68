// memory_zk keeps ZooKeeper's semantics: the controller's tests rely on each one.

#include "cluster/memory_zk.h"

#include <gtest/gtest.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/use_future.hpp>

#include "cluster/memory_zk_fixture.h"

namespace gannet::cluster::testing {
namespace {

namespace asio = boost::asio;

using MemoryZkTest = memory_zk_fixture;

TEST_F(MemoryZkTest, CreateNeedsParentAndRefusesDuplicates) {
  EXPECT_EQ(run(a_.create("/a/b", "x", zk_create_mode::persistent)).error(), zk_errc::no_node);
  EXPECT_EQ(run(a_.create("/a", "x", zk_create_mode::persistent)).value(), "/a");
  EXPECT_EQ(run(a_.create("/a", "y", zk_create_mode::persistent)).error(), zk_errc::node_exists);
  EXPECT_EQ(run(a_.create("a", "y", zk_create_mode::persistent)).error(), zk_errc::bad_arguments);
  EXPECT_EQ(run(a_.create("/a/", "y", zk_create_mode::persistent)).error(), zk_errc::bad_arguments);
  auto d = run(a_.get("/a"));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->data, "x");
  EXPECT_EQ(d->stat.version, 0);
  EXPECT_EQ(d->stat.ephemeral_owner, 0);
}

TEST_F(MemoryZkTest, SetAndRemoveCompareTheVersion) {
  ASSERT_TRUE(run(a_.create("/a", "v0", zk_create_mode::persistent)));
  EXPECT_EQ(run(a_.set("/a", "v1", 1)).error(), zk_errc::bad_version);
  auto s = run(a_.set("/a", "v1", 0));
  ASSERT_TRUE(s);
  EXPECT_EQ(s->version, 1);
  EXPECT_EQ(run(a_.set("/a", "v2", -1))->version, 2);
  EXPECT_EQ(run(a_.remove("/a", 1)).error(), zk_errc::bad_version);
  EXPECT_EQ(run(a_.set("/missing", "", -1)).error(), zk_errc::no_node);
  EXPECT_TRUE(run(a_.remove("/a", 2)));
  EXPECT_FALSE(server_.peek("/a"));
}

TEST_F(MemoryZkTest, RemoveRefusesNodesWithChildren) {
  ASSERT_TRUE(run(a_.create_recursive("/a/b/c", "leaf")));
  EXPECT_EQ(run(a_.remove("/a/b", -1)).error(), zk_errc::not_empty);
  EXPECT_EQ(server_.peek("/a/b/c")->data, "leaf");
  EXPECT_EQ(server_.peek("/a/b")->data, "");
  EXPECT_EQ(run(a_.children("/a")).value(), std::vector<std::string>{"b"});
}

TEST_F(MemoryZkTest, ZxidsGrowAndCversionCountsChildChanges) {
  ASSERT_TRUE(run(a_.create("/ids", "", zk_create_mode::persistent)));
  auto first = run(a_.create("/ids/1", "", zk_create_mode::ephemeral));
  ASSERT_TRUE(first);
  auto czxid1 = server_.peek("/ids/1")->stat.czxid;
  ASSERT_TRUE(run(a_.remove("/ids/1", -1)));
  ASSERT_TRUE(run(a_.create("/ids/1", "", zk_create_mode::ephemeral)));
  EXPECT_GT(server_.peek("/ids/1")->stat.czxid, czxid1);
  EXPECT_EQ(server_.peek("/ids")->stat.cversion, 3);
  EXPECT_EQ(server_.peek("/ids")->stat.num_children, 1);
}

TEST_F(MemoryZkTest, SequentialNamesCarryTheParentsCversion) {
  ASSERT_TRUE(run(a_.create("/n", "", zk_create_mode::persistent)));
  EXPECT_EQ(run(a_.create("/n/c", "", zk_create_mode::persistent)).value(), "/n/c");
  EXPECT_EQ(run(a_.create("/n/s-", "", zk_create_mode::persistent_sequential)).value(), "/n/s-0000000001");
  EXPECT_EQ(run(a_.create("/n/s-", "", zk_create_mode::ephemeral_sequential)).value(), "/n/s-0000000002");
}

TEST_F(MemoryZkTest, EphemeralsBelongToTheirSessionAndHaveNoChildren) {
  ASSERT_TRUE(run(a_.create("/e", "", zk_create_mode::ephemeral)));
  EXPECT_EQ(server_.peek("/e")->stat.ephemeral_owner, a_.session_id());
  EXPECT_NE(a_.session_id(), b_.session_id());
  EXPECT_EQ(run(a_.create("/e/c", "", zk_create_mode::persistent)).error(), zk_errc::no_children_for_ephemerals);
}

TEST_F(MemoryZkTest, DataWatchFiresOnceOnChangeAndDeletion) {
  std::vector<zk_watch_event> events;
  ASSERT_TRUE(run(a_.create("/w", "0", zk_create_mode::persistent)));
  ASSERT_TRUE(run(a_.get("/w", record(events))));
  ASSERT_TRUE(run(b_.set("/w", "1", -1)));
  ASSERT_TRUE(run(b_.set("/w", "2", -1)));  // one-shot: no second event
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, zk_event_type::data_changed);
  EXPECT_EQ(events[0].path, "/w");
  ASSERT_TRUE(run(a_.get("/w", record(events))));
  ASSERT_TRUE(run(b_.remove("/w", -1)));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].type, zk_event_type::deleted);
}

TEST_F(MemoryZkTest, GetAndChildrenOfAMissingNodeSetNoWatch) {
  std::vector<zk_watch_event> events;
  EXPECT_EQ(run(a_.get("/m", record(events))).error(), zk_errc::no_node);
  EXPECT_EQ(run(a_.children("/m", record(events))).error(), zk_errc::no_node);
  ASSERT_TRUE(run(b_.create("/m", "", zk_create_mode::persistent)));
  EXPECT_TRUE(events.empty());
}

TEST_F(MemoryZkTest, ExistsWatchFiresOnCreation) {
  std::vector<zk_watch_event> events;
  auto r = run(a_.exists("/controller", record(events)));
  ASSERT_TRUE(r);
  EXPECT_FALSE(r->has_value());
  ASSERT_TRUE(run(b_.create("/controller", "{}", zk_create_mode::ephemeral)));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, zk_event_type::created);
  EXPECT_EQ(events[0].path, "/controller");
}

TEST_F(MemoryZkTest, ChildWatchFiresOnCreateAndRemoveOfAChild) {
  std::vector<zk_watch_event> events;
  ASSERT_TRUE(run(a_.create("/p", "", zk_create_mode::persistent)));
  ASSERT_TRUE(run(a_.children("/p", record(events))));
  ASSERT_TRUE(run(a_.set("/p", "data", -1)));  // a data change is not a child change
  EXPECT_TRUE(events.empty());
  ASSERT_TRUE(run(b_.create("/p/1", "", zk_create_mode::persistent)));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, zk_event_type::children_changed);
  EXPECT_EQ(events[0].path, "/p");
  ASSERT_TRUE(run(a_.children("/p", record(events))));
  ASSERT_TRUE(run(b_.remove("/p/1", -1)));
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].type, zk_event_type::children_changed);
}

TEST_F(MemoryZkTest, MultiIsAllOrNothing) {
  ASSERT_TRUE(run(a_.create("/epoch", "1", zk_create_mode::persistent)));
  ASSERT_TRUE(run(a_.create("/state", "s0", zk_create_mode::persistent)));
  std::vector<zk_watch_event> events;
  ASSERT_TRUE(run(b_.get("/state", record(events))));
  const auto before = server_.paths();
  const auto zxid_before = server_.peek("/state")->stat.mzxid;

  auto r = run(a_.multi({
      zk_op{zk_op::kind::set, "/state", "s1", {}, 0},
      zk_op{zk_op::kind::create, "/new", "n", zk_create_mode::persistent, -1},
      zk_op{zk_op::kind::check, "/epoch", {}, {}, 7},
      zk_op{zk_op::kind::set, "/state", "s2", {}, -1},
  }));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), zk_errc::bad_version);
  EXPECT_EQ(server_.peek("/state")->data, "s0");
  EXPECT_EQ(server_.peek("/state")->stat.version, 0);
  EXPECT_EQ(server_.paths(), before);
  EXPECT_TRUE(events.empty());

  auto ok = run(a_.multi({
      zk_op{zk_op::kind::check, "/epoch", {}, {}, 0},
      zk_op{zk_op::kind::set, "/state", "s1", {}, 0},
      zk_op{zk_op::kind::create, "/new", "n", zk_create_mode::persistent, -1},
  }));
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->size(), 3u);
  EXPECT_FALSE((*ok)[1].error);
  EXPECT_EQ((*ok)[1].stat.version, 1);
  EXPECT_EQ((*ok)[2].path, "/new");
  EXPECT_GT(server_.peek("/state")->stat.mzxid, zxid_before);
  EXPECT_EQ(server_.peek("/state")->data, "s1");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].type, zk_event_type::data_changed);
}

TEST_F(MemoryZkTest, SessionExpiryRemovesEphemeralsAndDropsWatches) {
  std::vector<zk_watch_event> a_events, b_events;
  std::vector<std::pair<zk_session_event, std::int64_t>> session_events;
  a_.add_session_listener([&](zk_session_event e, std::int64_t id) { session_events.emplace_back(e, id); });
  ASSERT_TRUE(run(a_.create("/mine", "", zk_create_mode::ephemeral)));
  ASSERT_TRUE(run(a_.create("/persistent", "", zk_create_mode::persistent)));
  ASSERT_TRUE(run(a_.get("/persistent", record(a_events))));
  ASSERT_TRUE(run(b_.exists("/mine", record(b_events))));
  const auto old_id = a_.session_id();

  a_.expire_session();
  drain();

  EXPECT_FALSE(server_.peek("/mine"));
  EXPECT_TRUE(server_.peek("/persistent"));
  ASSERT_EQ(b_events.size(), 1u);
  EXPECT_EQ(b_events[0].type, zk_event_type::deleted);
  ASSERT_EQ(session_events.size(), 2u);
  EXPECT_EQ(session_events[0], std::make_pair(zk_session_event::expired, old_id));
  EXPECT_EQ(session_events[1], std::make_pair(zk_session_event::connected, a_.session_id()));
  EXPECT_NE(a_.session_id(), old_id);
  ASSERT_TRUE(run(b_.set("/persistent", "x", -1)));
  EXPECT_TRUE(a_events.empty());  // the old session's watch is gone
}

TEST_F(MemoryZkTest, InjectedFailuresChangeNothing) {
  a_.fail_next(zk_errc::connection_loss, 2);
  EXPECT_EQ(run(a_.create("/x", "", zk_create_mode::persistent)).error(), zk_errc::connection_loss);
  EXPECT_EQ(run(a_.get("/")).error(), zk_errc::connection_loss);
  EXPECT_FALSE(server_.peek("/x"));
  EXPECT_TRUE(run(a_.create("/x", "", zk_create_mode::persistent)));
}

}  // namespace
}  // namespace gannet::cluster::testing
