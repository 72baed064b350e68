// The pure rules of one group: protocol support and selection, leader
// election, subscribed topics, which offsets expire.

#include "group.h"

#include <gtest/gtest.h>

#include <boost/asio/io_context.hpp>

#include "test_support.h"

namespace gannet::groups::testing {
namespace {

class group_test : public ::testing::Test {
 protected:
  member make(const std::string& id, std::vector<std::pair<std::string, bytes>> protocols) {
    member m;
    m.id = id;
    m.protocol_type = "consumer";
    m.protocols = std::move(protocols);
    return m;
  }
  boost::asio::io_context io;
  group g{"g", io.get_executor(), 1000};
};

TEST_F(group_test, an_empty_group_takes_any_type_and_non_empty_protocols) {
  EXPECT_TRUE(g.supports_protocols("consumer", {{"range", {}}}));
  EXPECT_FALSE(g.supports_protocols("", {{"range", {}}}));
  EXPECT_FALSE(g.supports_protocols("consumer", {}));
}

TEST_F(group_test, a_non_empty_group_needs_the_same_type_and_a_common_protocol) {
  g.add(make("a", {{"range", {}}, {"roundrobin", {}}}));
  g.state = group_state::stable;
  EXPECT_TRUE(g.supports_protocols("consumer", {{"roundrobin", {}}}));
  EXPECT_FALSE(g.supports_protocols("connect", {{"range", {}}}));
  EXPECT_FALSE(g.supports_protocols("consumer", {{"sticky", {}}}));
  g.add(make("b", {{"roundrobin", {}}}));
  EXPECT_FALSE(g.supports_protocols("consumer", {{"range", {}}}));  // b lacks range
  EXPECT_EQ(g.candidate_protocols(), (std::set<std::string>{"roundrobin"}));
  EXPECT_EQ(g.select_protocol(), "roundrobin");
}

TEST_F(group_test, votes_pick_the_most_preferred_common_protocol) {
  g.add(make("a", {{"sticky", {}}, {"range", {}}}));
  g.add(make("b", {{"range", {}}, {"sticky", {}}}));
  g.add(make("c", {{"range", {}}, {"sticky", {}}}));
  EXPECT_EQ(g.select_protocol(), "range");
}

TEST_F(group_test, the_first_member_leads_and_a_leaving_leader_is_replaced) {
  g.add(make("b", {{"range", {}}}));
  g.add(make("a", {{"range", {}}}));
  EXPECT_EQ(g.leader, "b");
  g.remove("b");
  EXPECT_EQ(g.leader, "a");
  g.remove("a");
  EXPECT_FALSE(g.leader);
}

TEST_F(group_test, subscribed_topics_come_from_the_chosen_protocols_subscriptions) {
  g.add(make("a", {{"range", subscription({"t1", "t2"})}}));
  g.add(make("b", {{"range", subscription({"t3"})}}));
  g.protocol_name = "range";
  EXPECT_EQ(g.compute_subscribed_topics(), (std::set<std::string>{"t1", "t2", "t3"}));
  g.members.at("b").protocols = {{"range", {0, 1, 0xFF}}};  // not a subscription
  EXPECT_FALSE(g.compute_subscribed_topics());
  g.protocol_type = "connect";
  EXPECT_FALSE(g.compute_subscribed_topics());
}

TEST_F(group_test, expiry_rules) {
  offset_record committed_at_100;
  committed_at_100.commit_timestamp = 100;
  offset_record explicit_expiry;
  explicit_expiry.commit_timestamp = 100;
  explicit_expiry.expire_timestamp = 150;
  g.offsets[{"t", 0}] = committed_at_100;
  g.offsets[{"t", 1}] = explicit_expiry;

  // No protocol type (simple consumers): from the commit, or the explicit expiry.
  EXPECT_EQ(g.expired_offsets(149, 100).size(), 0u);
  EXPECT_EQ(g.expired_offsets(150, 100), (std::vector<offset_key>{{"t", 1}}));
  EXPECT_EQ(g.expired_offsets(200, 100).size(), 2u);

  // An Empty consumer group: from when it became Empty (1000).
  g.protocol_type = "consumer";
  g.offsets.erase({"t", 1});
  EXPECT_TRUE(g.expired_offsets(1099, 100).empty());
  EXPECT_EQ(g.expired_offsets(1100, 100).size(), 1u);
  g.pending_commits[{"t", 0}] = 1;  // being written: never expires
  EXPECT_TRUE(g.expired_offsets(5000, 100).empty());
  g.pending_commits.clear();

  // A Stable consumer group keeps subscribed topics' offsets.
  g.state = group_state::stable;
  g.offsets[{"u", 0}] = committed_at_100;
  EXPECT_TRUE(g.expired_offsets(5000, 100).empty());  // subscriptions unknown
  g.subscribed_topics = std::set<std::string>{"t"};
  EXPECT_EQ(g.expired_offsets(5000, 100), (std::vector<offset_key>{{"u", 0}}));
  // Rebalancing: nothing expires.
  g.state = group_state::preparing_rebalance;
  EXPECT_TRUE(g.expired_offsets(5000, 100).empty());
}

}  // namespace
}  // namespace gannet::groups::testing
