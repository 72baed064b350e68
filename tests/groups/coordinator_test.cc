// The group coordinator's state machine: exact error codes of JoinGroup,
// SyncGroup, Heartbeat, LeaveGroup, static membership, session expiry,
// protocol selection and offset commit validation, as Kafka 3.9 answers.

#include "test_support.h"

namespace gannet::groups::testing {
namespace {

using protocol::error_code;

class coordinator_test : public coordinator_fixture {
 protected:
  // One dynamic member through MEMBER_ID_REQUIRED, JoinGroup and SyncGroup.
  std::string stable_single_member(const std::string& group, bytes assignment = {9}) {
    auto first = join(join_req(group, ""));
    auto r1 = wait(first);
    EXPECT_EQ(r1.error_code, error_code::member_id_required);
    auto second = join(join_req(group, r1.member_id));
    auto r2 = wait(second);
    EXPECT_EQ(r2.error_code, error_code::none);
    EXPECT_EQ(r2.generation_id, 1);
    auto s = sync(group, r2.member_id, r2.generation_id, {{r2.member_id, assignment}});
    EXPECT_EQ(s.error_code, error_code::none);
    return r2.member_id;
  }
};

TEST_F(coordinator_test, member_id_required_then_join_makes_the_member_leader_of_generation_1) {
  auto f1 = join(join_req("g", ""));
  auto r1 = wait(f1);
  EXPECT_EQ(r1.error_code, error_code::member_id_required);
  EXPECT_TRUE(r1.member_id.starts_with("client-")) << r1.member_id;
  EXPECT_EQ(r1.member_id.size(), std::string("client-").size() + 36);
  EXPECT_EQ(r1.generation_id, -1);

  auto f2 = join(join_req("g", r1.member_id));
  auto r2 = wait(f2);
  EXPECT_EQ(r2.error_code, error_code::none);
  EXPECT_EQ(r2.generation_id, 1);
  EXPECT_EQ(r2.member_id, r1.member_id);
  EXPECT_EQ(r2.leader, r1.member_id);
  EXPECT_EQ(r2.protocol_type, "consumer");
  EXPECT_EQ(r2.protocol_name, "range");
  ASSERT_EQ(r2.members.size(), 1u);
  EXPECT_EQ(r2.members[0].member_id, r1.member_id);
  EXPECT_EQ(r2.members[0].metadata, (bytes{1, 2}));

  auto s = sync("g", r2.member_id, 1, {{r2.member_id, {7, 7}}});
  EXPECT_EQ(s.error_code, error_code::none);
  EXPECT_EQ(s.assignment, (bytes{7, 7}));
  EXPECT_EQ(s.protocol_name, "range");
  EXPECT_EQ(heartbeat("g", r2.member_id, 1), error_code::none);

  // Persisted after the rebalance: generation 1, the member and its assignment.
  auto held = store.snapshot();
  ASSERT_EQ(held.size(), 1u);
  ASSERT_TRUE(held[0].group);
  EXPECT_EQ(held[0].group->generation, 1);
  EXPECT_EQ(held[0].group->protocol, "range");
  ASSERT_EQ(held[0].group->members.size(), 1u);
  EXPECT_EQ(held[0].group->members[0].assignment, (bytes{7, 7}));
  EXPECT_EQ(held[0].group->members[0].subscription, (bytes{1, 2}));
}

TEST_F(coordinator_test, join_before_v4_needs_no_member_id) {
  auto f = join(join_req("g", "", 3));
  auto r = wait(f);
  EXPECT_EQ(r.error_code, error_code::none);
  EXPECT_EQ(r.generation_id, 1);
  EXPECT_EQ(r.leader, r.member_id);
}

TEST_F(coordinator_test, join_errors) {
  cfg.min_session_timeout_ms = 100;
  cfg.max_session_timeout_ms = 20000;
  // A known member id for a group that does not exist.
  auto f1 = join(join_req("g", "nobody"));
  EXPECT_EQ(wait(f1).error_code, error_code::unknown_member_id);
  // Session timeouts outside group.min/max.session.timeout.ms.
  auto f2 = join(join_req("g", "", 5, {{"range", {}}}, std::nullopt, 99));
  EXPECT_EQ(wait(f2).error_code, error_code::invalid_session_timeout);
  auto f3 = join(join_req("g", "", 5, {{"range", {}}}, std::nullopt, 20001));
  EXPECT_EQ(wait(f3).error_code, error_code::invalid_session_timeout);
  // An empty group id.
  auto f4 = join(join_req("", ""));
  EXPECT_EQ(wait(f4).error_code, error_code::invalid_group_id);
  // The first member needs a protocol type and at least one protocol.
  auto f5 = join(join_req("g2", "", 3, {}));
  EXPECT_EQ(wait(f5).error_code, error_code::inconsistent_group_protocol);
  auto f6 = join(join_req("g2", "", 3, {{"range", {}}}, std::nullopt, 10000, ""));
  EXPECT_EQ(wait(f6).error_code, error_code::inconsistent_group_protocol);
}

TEST_F(coordinator_test, inconsistent_protocol_type_or_no_common_protocol) {
  auto leader = stable_single_member("g");
  auto f1 = join(join_req("g", "", 3, {{"range", {}}}, std::nullopt, 10000, "connect"));
  auto r1 = wait(f1);
  EXPECT_EQ(r1.error_code, error_code::inconsistent_group_protocol);
  EXPECT_EQ(r1.member_id, "");
  auto f2 = join(join_req("g", "", 3, {{"roundrobin", {}}}));
  EXPECT_EQ(wait(f2).error_code, error_code::inconsistent_group_protocol);
  EXPECT_EQ(heartbeat("g", leader, 1), error_code::none);  // no rebalance happened
}

TEST_F(coordinator_test, the_protocol_every_member_supports_with_most_first_choices_wins) {
  // A prefers sticky, B and C prefer roundrobin; range is supported by all but
  // first choice of nobody; sticky is not supported by C.
  auto fa = join(join_req("g", "", 3, {{"sticky", {1}}, {"roundrobin", {2}}, {"range", {3}}}));
  auto ra = wait(fa);
  ASSERT_EQ(ra.error_code, error_code::none);
  EXPECT_EQ(ra.protocol_name, "sticky");  // alone, its first choice
  auto fb = join(join_req("g", "", 3, {{"roundrobin", {4}}, {"sticky", {5}}}));
  auto fc = join(join_req("g", "", 3, {{"roundrobin", {6}}, {"range", {7}}}));
  auto fa2 = join(join_req("g", ra.member_id, 3, {{"sticky", {1}}, {"roundrobin", {2}}, {"range", {3}}}));
  auto rb = wait(fb);
  auto rc = wait(fc);
  auto ra2 = wait(fa2);
  EXPECT_EQ(ra2.error_code, error_code::none);
  EXPECT_EQ(ra2.generation_id, 2);
  EXPECT_EQ(ra2.protocol_name, "roundrobin");
  EXPECT_EQ(rb.protocol_name, "roundrobin");
  EXPECT_EQ(rc.protocol_name, "roundrobin");
  EXPECT_EQ(ra2.leader, ra.member_id);
  // The leader gets every member's metadata for the chosen protocol.
  ASSERT_EQ(ra2.members.size(), 3u);
  for (const auto& m : ra2.members) {
    if (m.member_id == ra.member_id) {
      EXPECT_EQ(m.metadata, bytes{2});
    }
    if (m.member_id == rb.member_id) {
      EXPECT_EQ(m.metadata, bytes{4});
    }
    if (m.member_id == rc.member_id) {
      EXPECT_EQ(m.metadata, bytes{6});
    }
  }
  EXPECT_TRUE(rb.members.empty());
  EXPECT_TRUE(rc.members.empty());
}

TEST_F(coordinator_test, two_members_rebalance_and_get_their_own_assignment) {
  auto a = stable_single_member("g", {1});
  // B joins: A learns of the rebalance by its heartbeat and rejoins.
  auto fb1 = join(join_req("g", ""));
  auto b = wait(fb1).member_id;
  auto fb = join(join_req("g", b));
  run_for(20ms);
  EXPECT_FALSE(ready(fb));
  EXPECT_EQ(heartbeat("g", a, 1), error_code::rebalance_in_progress);
  auto fa = join(join_req("g", a));
  auto ra = wait(fa);
  auto rb = wait(fb);
  EXPECT_EQ(ra.generation_id, 2);
  EXPECT_EQ(rb.generation_id, 2);
  EXPECT_EQ(ra.leader, a);
  EXPECT_EQ(rb.leader, a);
  EXPECT_EQ(ra.members.size(), 2u);
  EXPECT_TRUE(rb.members.empty());
  // In CompletingRebalance: heartbeats are fine, commits must wait.
  EXPECT_EQ(heartbeat("g", b, 2), error_code::none);
  auto committed = commit("g", b, 2, {offset("t", 0, 5)});
  EXPECT_EQ(committed[0].second, error_code::rebalance_in_progress);
  // The follower's SyncGroup waits for the leader's.
  auto sb = sync_async("g", b, 2);
  run_for(20ms);
  EXPECT_FALSE(ready(sb));
  auto sa = sync("g", a, 2, {{a, {0xA}}, {b, {0xB}}});
  EXPECT_EQ(sa.error_code, error_code::none);
  EXPECT_EQ(sa.assignment, bytes{0xA});
  auto rsb = wait(sb);
  EXPECT_EQ(rsb.error_code, error_code::none);
  EXPECT_EQ(rsb.assignment, bytes{0xB});
  EXPECT_EQ(heartbeat("g", a, 2), error_code::none);
  EXPECT_EQ(heartbeat("g", b, 2), error_code::none);
}

TEST_F(coordinator_test, heartbeat_and_sync_errors) {
  EXPECT_EQ(heartbeat("nogroup", "m", 1), error_code::unknown_member_id);
  EXPECT_EQ(heartbeat("", "m", 1), error_code::invalid_group_id);
  auto a = stable_single_member("g");
  EXPECT_EQ(heartbeat("g", "other", 1), error_code::unknown_member_id);
  EXPECT_EQ(heartbeat("g", a, 2), error_code::illegal_generation);
  EXPECT_EQ(heartbeat("g", a, 1, std::string("unknown-instance")), error_code::unknown_member_id);
  EXPECT_EQ(sync("g", a, 0).error_code, error_code::illegal_generation);
  EXPECT_EQ(sync("g", "other", 1).error_code, error_code::unknown_member_id);
  EXPECT_EQ(sync("nogroup", a, 1).error_code, error_code::unknown_member_id);

  protocol::sync_group_request req;
  req.group_id = "g";
  req.member_id = a;
  req.generation_id = 1;
  req.protocol_type = "consumer";
  req.protocol_name = "roundrobin";
  EXPECT_EQ(run(c().sync_group(req)).error_code, error_code::inconsistent_group_protocol);
  req.protocol_name = "range";
  req.protocol_type = "connect";
  EXPECT_EQ(run(c().sync_group(req)).error_code, error_code::inconsistent_group_protocol);
  req.protocol_type = "consumer";
  auto ok = run(c().sync_group(req));
  EXPECT_EQ(ok.error_code, error_code::none);  // Stable: the current assignment again
  EXPECT_EQ(ok.assignment, bytes{9});
}

TEST_F(coordinator_test, leave_group_rebalances_the_rest_and_the_last_leaves_it_empty) {
  auto a = stable_single_member("g");
  auto fb1 = join(join_req("g", ""));
  auto b = wait(fb1).member_id;
  auto fb = join(join_req("g", b));
  auto fa = join(join_req("g", a));
  wait(fa);
  wait(fb);
  auto sb = sync_async("g", b, 2);
  sync("g", a, 2, {{a, {1}}, {b, {2}}});
  wait(sb);

  protocol::leave_group_request_member_identity leave_b;
  leave_b.member_id = b;
  protocol::leave_group_request_member_identity unknown;
  unknown.member_id = "nobody";
  auto left = run(c().leave_group("g", {leave_b, unknown}));
  EXPECT_EQ(left.error_code, error_code::none);
  ASSERT_EQ(left.members.size(), 2u);
  EXPECT_EQ(left.members[0].error_code, error_code::none);
  EXPECT_EQ(left.members[1].error_code, error_code::unknown_member_id);
  EXPECT_EQ(heartbeat("g", a, 2), error_code::rebalance_in_progress);
  EXPECT_EQ(heartbeat("g", b, 2), error_code::unknown_member_id);

  // The leader rejoins alone: generation 3.
  auto fa3 = join(join_req("g", a));
  EXPECT_EQ(wait(fa3).generation_id, 3);
  sync("g", a, 3, {{a, {1}}});
  protocol::leave_group_request_member_identity leave_a;
  leave_a.member_id = a;
  EXPECT_EQ(run(c().leave_group("g", {leave_a})).members[0].error_code, error_code::none);
  run_for(20ms);
  auto groups = run(c().list_groups({}, {})).groups;
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0], (group_overview{"g", "consumer", "Empty"}));
  auto held = store.snapshot();
  ASSERT_TRUE(held.at(0).group);
  EXPECT_EQ(held[0].group->generation, 4);
  EXPECT_TRUE(held[0].group->members.empty());
  EXPECT_FALSE(held[0].group->protocol);

  auto nogroup = run(c().leave_group("nogroup", {leave_a}));
  EXPECT_EQ(nogroup.error_code, error_code::none);
  EXPECT_EQ(nogroup.members.at(0).error_code, error_code::unknown_member_id);
  EXPECT_EQ(run(c().leave_group("", {leave_a})).error_code, error_code::invalid_group_id);
}

TEST_F(coordinator_test, a_member_that_stops_heartbeating_is_removed_after_its_session_timeout) {
  auto f1 = join(join_req("g", "", 5, {{"range", {}}}, std::nullopt, 100));
  auto id = wait(f1).member_id;
  auto f2 = join(join_req("g", id, 5, {{"range", {}}}, std::nullopt, 100));
  EXPECT_EQ(wait(f2).generation_id, 1);
  sync("g", id, 1, {{id, {1}}});
  for (int i = 0; i < 4; ++i) {
    run_for(50ms);
    EXPECT_EQ(heartbeat("g", id, 1), error_code::none) << i;  // kept alive
  }
  run_for(300ms);
  EXPECT_EQ(heartbeat("g", id, 1), error_code::unknown_member_id);
  auto d = run(c().describe_group("g"));
  EXPECT_EQ(d.state, "Empty");
  EXPECT_TRUE(d.members.empty());
}

TEST_F(coordinator_test, a_pending_member_that_never_rejoins_expires) {
  auto f1 = join(join_req("g", "", 5, {{"range", {}}}, std::nullopt, 50));
  auto id = wait(f1).member_id;
  run_for(200ms);
  auto f2 = join(join_req("g", id, 5, {{"range", {}}}, std::nullopt, 50));
  EXPECT_EQ(wait(f2).error_code, error_code::unknown_member_id);
}

TEST_F(coordinator_test, group_max_size_reached) {
  cfg.max_size = 1;
  auto a = stable_single_member("g");
  auto f = join(join_req("g", "", 3));
  auto r = wait(f);
  EXPECT_EQ(r.error_code, error_code::group_max_size_reached);
  EXPECT_EQ(r.member_id, "");
  EXPECT_EQ(heartbeat("g", a, 1), error_code::none);
}

TEST_F(coordinator_test, initial_rebalance_delay_gathers_members_into_one_generation) {
  cfg.initial_rebalance_delay_ms = 150;
  auto fa = join(join_req("g", "", 3));
  run_for(50ms);
  EXPECT_FALSE(ready(fa));
  auto fb = join(join_req("g", "", 3));
  auto ra = wait(fa);
  auto rb = wait(fb);
  EXPECT_EQ(ra.generation_id, 1);
  EXPECT_EQ(rb.generation_id, 1);
  EXPECT_EQ(ra.leader, rb.leader);
  EXPECT_EQ((ra.members.size() + rb.members.size()), 2u);
}

TEST_F(coordinator_test, static_member_restart_keeps_its_assignment_without_a_rebalance) {
  auto f1 = join(join_req("g", "", 5, {{"range", {1}}}, std::string("instance-1")));
  auto r1 = wait(f1);
  ASSERT_EQ(r1.error_code, error_code::none);  // static members need no MEMBER_ID_REQUIRED
  EXPECT_TRUE(r1.member_id.starts_with("instance-1-"));
  auto s1 = sync_async("g", r1.member_id, 1, {{r1.member_id, {0x42}}}, std::string("instance-1"));
  EXPECT_EQ(wait(s1).error_code, error_code::none);

  // Restart: unknown member id, same instance id.
  auto f2 = join(join_req("g", "", 5, {{"range", {1}}}, std::string("instance-1")));
  auto r2 = wait(f2);
  EXPECT_EQ(r2.error_code, error_code::none);
  EXPECT_NE(r2.member_id, r1.member_id);
  EXPECT_EQ(r2.generation_id, 1);      // no rebalance
  EXPECT_EQ(r2.leader, r1.member_id);  // below v9: the old leader id, so it does not assign
  EXPECT_TRUE(r2.members.empty());
  auto s2 = sync_async("g", r2.member_id, 1, {}, std::string("instance-1"));
  auto rs2 = wait(s2);
  EXPECT_EQ(rs2.error_code, error_code::none);
  EXPECT_EQ(rs2.assignment, bytes{0x42});

  // The old instance is fenced.
  EXPECT_EQ(heartbeat("g", r1.member_id, 1, std::string("instance-1")), error_code::fenced_instance_id);
  EXPECT_EQ(heartbeat("g", r2.member_id, 1, std::string("instance-1")), error_code::none);
  auto committed = run(c().commit_offsets("g", r1.member_id, std::string("instance-1"), 1, {offset("t", 0, 1)}));
  EXPECT_EQ(committed[0].second, error_code::fenced_instance_id);

  // The new member id is persisted.
  auto held = store.snapshot();
  ASSERT_TRUE(held.at(0).group);
  ASSERT_EQ(held[0].group->members.size(), 1u);
  EXPECT_EQ(held[0].group->members[0].member_id, r2.member_id);
  EXPECT_EQ(held[0].group->members[0].group_instance_id, "instance-1");
}

TEST_F(coordinator_test, static_leader_restart_at_v9_is_told_to_skip_assignment) {
  auto f1 = join(join_req("g", "", 9, {{"range", {1}}}, std::string("i")));
  auto r1 = wait(f1);
  sync("g", r1.member_id, 1, {{r1.member_id, {1}}});
  auto f2 = join(join_req("g", "", 9, {{"range", {1}}}, std::string("i")));
  auto r2 = wait(f2);
  EXPECT_EQ(r2.error_code, error_code::none);
  EXPECT_EQ(r2.leader, r2.member_id);
  EXPECT_TRUE(r2.skip_assignment);
  EXPECT_EQ(r2.members.size(), 1u);
}

TEST_F(coordinator_test, leave_by_group_instance_id_alone) {
  auto f1 = join(join_req("g", "", 5, {{"range", {1}}}, std::string("i")));
  auto r1 = wait(f1);
  protocol::leave_group_request_member_identity who;
  who.group_instance_id = "i";
  auto left = run(c().leave_group("g", {who}));
  EXPECT_EQ(left.members.at(0).error_code, error_code::none);
  EXPECT_EQ(heartbeat("g", r1.member_id, 1), error_code::unknown_member_id);
  protocol::leave_group_request_member_identity fenced;
  fenced.member_id = "someone";
  fenced.group_instance_id = "i";
  EXPECT_EQ(run(c().leave_group("g", {fenced})).members.at(0).error_code, error_code::unknown_member_id);
}

TEST_F(coordinator_test, offset_commit_validation) {
  // Simple commits (generation -1) create an offsets-only group.
  auto r = commit("simple", "", -1, {offset("t", 0, 10), offset("t", 1, 11)});
  EXPECT_EQ(r[0].second, error_code::none);
  EXPECT_EQ(r[1].second, error_code::none);
  // A generation for a group that does not exist.
  EXPECT_EQ(commit("nogroup", "m", 3, {offset("t", 0, 1)})[0].second, error_code::illegal_generation);

  auto a = stable_single_member("g");
  EXPECT_EQ(commit("g", a, 1, {offset("t", 0, 5)})[0].second, error_code::none);
  EXPECT_EQ(commit("g", a, 2, {offset("t", 0, 5)})[0].second, error_code::illegal_generation);
  EXPECT_EQ(commit("g", "stranger", 1, {offset("t", 0, 5)})[0].second, error_code::unknown_member_id);
  // Outside group management while the group has members.
  EXPECT_EQ(commit("g", "", -1, {offset("t", 0, 5)})[0].second, error_code::unknown_member_id);
  // Metadata over offset.metadata.max.bytes.
  auto big = commit("g", a, 1, {offset("t", 0, 6, 1000, std::string(4097, 'x')), offset("t", 1, 6, 1000, "ok")});
  EXPECT_EQ(big[0].second, error_code::offset_metadata_too_large);
  EXPECT_EQ(big[1].second, error_code::none);

  auto fetched = run(c().fetch_offsets("g", std::vector<offset_key>{{"t", 0}, {"t", 1}, {"t", 2}}, false));
  EXPECT_EQ(fetched.error, error_code::none);
  ASSERT_EQ(fetched.offsets.size(), 3u);
  EXPECT_EQ(fetched.offsets[0].committed->offset, 5);
  EXPECT_EQ(fetched.offsets[1].committed->offset, 6);
  EXPECT_EQ(fetched.offsets[1].committed->metadata, "ok");
  EXPECT_FALSE(fetched.offsets[2].committed);

  auto all = run(c().fetch_offsets("simple", std::nullopt, false));
  ASSERT_EQ(all.offsets.size(), 2u);
  auto none = run(c().fetch_offsets("nogroup", std::nullopt, false));
  EXPECT_TRUE(none.offsets.empty());
}

TEST_F(coordinator_test, delete_groups_and_offsets) {
  EXPECT_EQ(run(c().delete_group("nogroup")), error_code::group_id_not_found);
  // A consumer group subscribed to "t".
  auto f1 = join(join_req("g", "", 3, {{"range", subscription({"t"})}}));
  auto a = wait(f1).member_id;
  sync("g", a, 1, {{a, {}}});
  commit("g", a, 1, {offset("t", 0, 1), offset("u", 0, 2)});
  EXPECT_EQ(run(c().delete_group("g")), error_code::non_empty_group);

  auto deleted = run(c().delete_offsets("g", {{"t", 0}, {"u", 0}}));
  EXPECT_EQ(deleted.error, error_code::none);
  ASSERT_EQ(deleted.partitions.size(), 2u);
  EXPECT_EQ(deleted.partitions[0],
            (std::pair<offset_key, error_code>{{"t", 0}, error_code::group_subscribed_to_topic}));
  EXPECT_EQ(deleted.partitions[1], (std::pair<offset_key, error_code>{{"u", 0}, error_code::none}));
  auto left = run(c().fetch_offsets("g", std::nullopt, false));
  ASSERT_EQ(left.offsets.size(), 1u);
  EXPECT_EQ(left.offsets[0].key, (offset_key{"t", 0}));
  EXPECT_EQ(run(c().delete_offsets("nogroup", {{"t", 0}})).error, error_code::group_id_not_found);

  protocol::leave_group_request_member_identity who;
  who.member_id = a;
  run(c().leave_group("g", {who}));
  EXPECT_EQ(run(c().delete_group("g")), error_code::none);
  EXPECT_TRUE(run(c().list_groups({}, {})).groups.empty());
  EXPECT_TRUE(store.snapshot().empty());  // tombstones for the metadata and the offsets
  EXPECT_EQ(run(c().delete_group("g")), error_code::group_id_not_found);
}

TEST_F(coordinator_test, offsets_of_a_simple_group_expire_retention_after_their_commit) {
  cfg.offsets_retention_ms = 1000;
  commit("simple", "", -1, {offset("t", 0, 1, 5000), offset("t", 1, 1, 5500)});
  EXPECT_EQ(run(c().expire_offsets(5999)), 0u);
  EXPECT_EQ(run(c().expire_offsets(6000)), 1u);
  EXPECT_EQ(run(c().fetch_offsets("simple", std::nullopt, false)).offsets.size(), 1u);
  EXPECT_EQ(run(c().expire_offsets(6500)), 1u);
  // No offsets and no members left: the group is gone.
  EXPECT_TRUE(run(c().list_groups({}, {})).groups.empty());
  EXPECT_TRUE(store.snapshot().empty());
}

TEST_F(coordinator_test, offsets_of_an_empty_group_expire_retention_after_it_emptied) {
  cfg.offsets_retention_ms = 60000;
  auto a = stable_single_member("g");
  commit("g", a, 1, {offset("t", 0, 1, 0)});  // committed long ago
  // Stable and not known to subscribe to "t" (metadata is not a subscription):
  // kept while the group is active.
  EXPECT_EQ(run(c().expire_offsets(now_ms() + 120000)), 0u);
  protocol::leave_group_request_member_identity who;
  who.member_id = a;
  run(c().leave_group("g", {who}));
  run_for(20ms);
  auto now = now_ms();
  EXPECT_EQ(run(c().expire_offsets(now + 1000)), 0u);  // emptied just now
  EXPECT_EQ(run(c().expire_offsets(now + 61000)), 1u);
  EXPECT_TRUE(run(c().list_groups({}, {})).groups.empty());
}

TEST_F(coordinator_test, deleting_a_topic_removes_its_offsets_from_every_group) {
  auto a = stable_single_member("g");
  commit("g", a, 1, {offset("t", 0, 10), offset("t", 1, 11), offset("other", 0, 3)});
  commit("simple", "", -1, {offset("t", 0, 7)});
  EXPECT_EQ(run(c().remove_topic_offsets({"t"})), 3u);
  // The stable group keeps its other topic's offset; OffsetFetch shows none for "t".
  auto g = run(c().fetch_offsets("g", std::nullopt, false));
  ASSERT_EQ(g.offsets.size(), 1u);
  EXPECT_EQ(g.offsets[0].key.topic, "other");
  auto asked = run(c().fetch_offsets("g", std::vector<offset_key>{{"t", 0}}, false));
  ASSERT_EQ(asked.offsets.size(), 1u);
  EXPECT_FALSE(asked.offsets[0].committed);
  // The simple group had only "t": Empty without offsets, so gone, as Kafka's cleanupGroupMetadata.
  auto groups = run(c().list_groups({}, {})).groups;
  ASSERT_EQ(groups.size(), 1u);
  EXPECT_EQ(groups[0].group_id, "g");
  EXPECT_EQ(run(c().remove_topic_offsets({"t"})), 0u);
}

TEST_F(coordinator_test, list_groups_filters_by_state_and_type) {
  stable_single_member("g1");
  commit("simple", "", -1, {offset("t", 0, 1)});
  auto all = run(c().list_groups({}, {})).groups;
  EXPECT_EQ(all.size(), 2u);
  auto stable = run(c().list_groups({"stable"}, {})).groups;
  ASSERT_EQ(stable.size(), 1u);
  EXPECT_EQ(stable[0], (group_overview{"g1", "consumer", "Stable"}));
  auto empty = run(c().list_groups({"Empty"}, {"Classic"})).groups;
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_EQ(empty[0], (group_overview{"simple", "", "Empty"}));
  EXPECT_TRUE(run(c().list_groups({}, {"consumer"})).groups.empty());
}

TEST_F(coordinator_test, describe_shows_members_with_metadata_only_when_stable) {
  auto d0 = run(c().describe_group("nogroup"));
  EXPECT_EQ(d0.error, error_code::none);
  EXPECT_EQ(d0.state, "Dead");
  auto a = stable_single_member("g", {5});
  auto d = run(c().describe_group("g"));
  EXPECT_EQ(d.state, "Stable");
  EXPECT_EQ(d.protocol_type, "consumer");
  EXPECT_EQ(d.protocol, "range");
  ASSERT_EQ(d.members.size(), 1u);
  EXPECT_EQ(d.members[0].member_id, a);
  EXPECT_EQ(d.members[0].client_id, "client");
  EXPECT_EQ(d.members[0].client_host, "/127.0.0.1");
  EXPECT_EQ(d.members[0].metadata, (bytes{1, 2}));
  EXPECT_EQ(d.members[0].assignment, bytes{5});
  // A second member joins: PreparingRebalance, no protocol, no metadata.
  auto fb = join(join_req("g", "", 3));
  run_for(20ms);
  auto d2 = run(c().describe_group("g"));
  EXPECT_EQ(d2.state, "PreparingRebalance");
  EXPECT_EQ(d2.protocol, "");
  EXPECT_TRUE(d2.members.at(0).metadata.empty());
  EXPECT_TRUE(d2.members.at(0).assignment.empty());
}

TEST_F(coordinator_test, load_restores_groups_and_offsets) {
  group_record rec;
  rec.protocol_type = "consumer";
  rec.generation = 7;
  rec.protocol = "range";
  rec.leader = "m1";
  rec.current_state_timestamp = 123;
  rec.members.push_back({"m1", std::nullopt, "cid", "/10.0.0.1", 10000, 10000, subscription({"t"}), {3}});
  auto w1 = store.write_group("g", rec);
  spawn(std::move(w1));
  auto w2 = store.write_offsets("g", {offset("t", 0, 42)});
  spawn(std::move(w2));
  run_for(10ms);
  coordinator& fresh = c(false);
  run(fresh.elect_all_partitions());
  auto d = run(c().describe_group("g"));
  EXPECT_EQ(d.state, "Stable");
  ASSERT_EQ(d.members.size(), 1u);
  EXPECT_EQ(d.members[0].assignment, bytes{3});
  EXPECT_EQ(heartbeat("g", "m1", 7), error_code::none);
  auto s = sync("g", "m1", 7);
  EXPECT_EQ(s.assignment, bytes{3});
  auto f = run(c().fetch_offsets("g", std::nullopt, false));
  ASSERT_EQ(f.offsets.size(), 1u);
  EXPECT_EQ(f.offsets[0].committed->offset, 42);
}

TEST_F(coordinator_test, store_failure_on_sync_is_answered_to_every_member) {
  auto f1 = join(join_req("g", "", 3));
  auto a = wait(f1).member_id;
  store.fail_writes_with(error_code::not_coordinator);
  auto s = sync("g", a, 1, {{a, {1}}});
  EXPECT_EQ(s.error_code, error_code::not_coordinator);
  EXPECT_TRUE(s.assignment.empty());
  EXPECT_EQ(heartbeat("g", a, 1), error_code::rebalance_in_progress);
  EXPECT_EQ(commit("g", a, 1, {offset("t", 0, 1)})[0].second, error_code::not_coordinator);
}

TEST_F(coordinator_test, thousands_of_groups_rebalance_concurrently) {
  constexpr int n = 2000;
  std::vector<std::future<protocol::join_group_response>> joins;
  joins.reserve(n);
  for (int i = 0; i < n; ++i)
    joins.push_back(join(join_req("group-" + std::to_string(i), "", 3)));
  for (auto& f : joins) {
    auto r = wait(f);
    EXPECT_EQ(r.error_code, error_code::none);
    EXPECT_EQ(r.generation_id, 1);
  }
  EXPECT_EQ(run(c().list_groups({"CompletingRebalance"}, {})).groups.size(), static_cast<std::size_t>(n));
}

TEST_F(coordinator_test, shutdown_answers_waiting_joins_with_not_coordinator) {
  cfg.initial_rebalance_delay_ms = 60000;
  auto f = join(join_req("g", "", 3));
  run_for(20ms);
  EXPECT_FALSE(ready(f));
  c().shutdown();
  EXPECT_EQ(wait(f).error_code, error_code::not_coordinator);
  EXPECT_EQ(heartbeat("g", "m", 1), error_code::coordinator_not_available);
}

}  // namespace
}  // namespace gannet::groups::testing
