// Which groups a coordinator answers for: Kafka 3.9's onElection /
// onResignation over the partitions of __consumer_offsets, with the exact
// codes of every API for a group it does not own (NOT_COORDINATOR), one being
// loaded (COORDINATOR_LOAD_IN_PROGRESS), and the waiting JoinGroup/SyncGroup
// of a partition it resigns (NOT_COORDINATOR).

#include "test_support.h"

namespace gannet::groups::testing {
namespace {

using protocol::error_code;

class ownership_test : public coordinator_fixture {
 protected:
  coordinator& unelected() { return c(false); }
  std::int32_t partition_of(const std::string& group) { return store.partition_for(group); }
  void elect(const std::string& group, std::int32_t epoch = 0) {
    run(c(false).on_election(partition_of(group), epoch));
  }
  void resign(const std::string& group, std::optional<std::int32_t> epoch) {
    run(c(false).on_resignation(partition_of(group), epoch));
  }
  // A group written to the store as a stable one-member group (what a
  // previous coordinator left in the log), with offset 42 on t-0.
  void write_stable(const std::string& group, const std::string& member, std::int32_t generation) {
    group_record rec;
    rec.protocol_type = "consumer";
    rec.generation = generation;
    rec.protocol = "range";
    rec.leader = member;
    rec.current_state_timestamp = 123;
    rec.members.push_back({member, std::nullopt, "cid", "/10.0.0.1", 10000, 10000, subscription({"t"}), {3}});
    run(store.write_group(group, rec));
    std::vector<offset_entry> offsets{offset("t", 0, 42)};
    run(store.write_offsets(group, offsets));
  }
  // Every API's answer for `group` when the coordinator refuses it with `e`.
  void expect_every_api_refused(const std::string& group, error_code e) {
    EXPECT_EQ(heartbeat(group, "m1", 1), e);
    auto jf = join(join_req(group, ""));
    auto jr = wait(jf);
    EXPECT_EQ(jr.error_code, e);
    EXPECT_EQ(jr.generation_id, -1);
    EXPECT_EQ(jr.member_id, "");
    EXPECT_EQ(sync(group, "m1", 1).error_code, e);
    std::vector<protocol::leave_group_request_member_identity> leaving(1);
    leaving[0].member_id = "m1";
    auto leave = run(c(false).leave_group(group, leaving));
    EXPECT_EQ(leave.error_code, e);
    EXPECT_TRUE(leave.members.empty());
    auto committed = commit(group, "m1", 1, {offset("t", 0, 5), offset("t", 1, 6)});
    ASSERT_EQ(committed.size(), 2u);
    EXPECT_EQ(committed[0].second, e);
    EXPECT_EQ(committed[1].second, e);
    auto fetched = run(c(false).fetch_offsets(group, std::nullopt, false));
    EXPECT_EQ(fetched.error, e);
    EXPECT_TRUE(fetched.offsets.empty());
    auto described = run(c(false).describe_group(group));
    EXPECT_EQ(described.error, e);
    EXPECT_EQ(described.state, "");
    EXPECT_TRUE(described.members.empty());
    EXPECT_EQ(run(c(false).delete_group(group)), e);
    std::vector<offset_key> keys{{"t", 0}};
    auto deleted = run(c(false).delete_offsets(group, keys));
    EXPECT_EQ(deleted.error, e);
    EXPECT_TRUE(deleted.partitions.empty());
  }
};

TEST_F(ownership_test, a_group_of_a_partition_never_elected_is_not_coordinator) {
  unelected();
  expect_every_api_refused("g", error_code::not_coordinator);
  auto listed = run(c(false).list_groups({}, {}));
  EXPECT_EQ(listed.error, error_code::none);
  EXPECT_TRUE(listed.groups.empty());
  EXPECT_EQ(c(false).ownership(partition_of("g")), partition_ownership::not_owned);
  EXPECT_TRUE(store.snapshot().empty()) << "a refused request writes nothing";
}

TEST_F(ownership_test, election_loads_only_that_partitions_groups) {
  ASSERT_NE(partition_of("a"), partition_of("b"));
  write_stable("a", "ma", 4);
  write_stable("b", "mb", 9);
  elect("a", 3);
  EXPECT_EQ(c(false).ownership(partition_of("a")), partition_ownership::owned);
  auto d = run(c(false).describe_group("a"));
  EXPECT_EQ(d.error, error_code::none);
  EXPECT_EQ(d.state, "Stable");
  ASSERT_EQ(d.members.size(), 1u);
  EXPECT_EQ(d.members[0].member_id, "ma");
  EXPECT_EQ(heartbeat("a", "ma", 4), error_code::none);
  auto f = run(c(false).fetch_offsets("a", std::nullopt, false));
  ASSERT_EQ(f.offsets.size(), 1u);
  EXPECT_EQ(f.offsets[0].committed->offset, 42);
  // b's partition is someone else's.
  expect_every_api_refused("b", error_code::not_coordinator);
  auto listed = run(c(false).list_groups({}, {}));
  EXPECT_EQ(listed.error, error_code::none);
  ASSERT_EQ(listed.groups.size(), 1u);
  EXPECT_EQ(listed.groups[0], (group_overview{"a", "consumer", "Stable"}));
}

TEST_F(ownership_test, requests_while_loading_get_coordinator_load_in_progress) {
  write_stable("g", "m1", 2);
  store.hold_loads();
  auto election = spawn(unelected().on_election(partition_of("g"), 0));
  run_for(20ms);
  ASSERT_FALSE(ready(election));
  EXPECT_EQ(c(false).ownership(partition_of("g")), partition_ownership::loading);
  expect_every_api_refused("g", error_code::coordinator_load_in_progress);
  // ListGroups says so too, for every group, loaded or not.
  EXPECT_EQ(run(c(false).list_groups({}, {})).error, error_code::coordinator_load_in_progress);
  store.release_loads();
  wait(election);
  EXPECT_EQ(c(false).ownership(partition_of("g")), partition_ownership::owned);
  EXPECT_EQ(heartbeat("g", "m1", 2), error_code::none);
  EXPECT_EQ(run(c(false).list_groups({}, {})).error, error_code::none);
}

TEST_F(ownership_test, resignation_answers_a_waiting_join_with_not_coordinator) {
  cfg.initial_rebalance_delay_ms = 60000;
  elect("g", 1);
  auto f = join(join_req("g", "", 3));
  run_for(20ms);
  ASSERT_FALSE(ready(f));
  resign("g", 1);
  auto r = wait(f);
  EXPECT_EQ(r.error_code, error_code::not_coordinator);
  EXPECT_EQ(r.generation_id, -1);
  EXPECT_FALSE(r.member_id.empty()) << "the member keeps its id";
  EXPECT_EQ(c(false).ownership(partition_of("g")), partition_ownership::not_owned);
  expect_every_api_refused("g", error_code::not_coordinator);
}

TEST_F(ownership_test, resignation_answers_a_waiting_sync_with_not_coordinator_and_reelection_reloads) {
  cfg.initial_rebalance_delay_ms = 50;  // both first joins make generation 1
  elect("g", 1);
  // Two members through the first rebalance (v3: no MEMBER_ID_REQUIRED).
  auto f1 = join(join_req("g", "", 3));
  auto f2 = join(join_req("g", "", 3));
  auto r1 = wait(f1);
  auto r2 = wait(f2);
  ASSERT_EQ(r1.error_code, error_code::none);
  ASSERT_EQ(r2.error_code, error_code::none);
  const std::string leader = r1.leader;
  const std::string follower = r1.member_id == leader ? r2.member_id : r1.member_id;
  // The group stabilises at generation 1 ...
  auto fs = sync_async("g", follower, 1);
  auto ls = sync("g", leader, 1, {{leader, {1}}, {follower, {2}}});
  ASSERT_EQ(ls.error_code, error_code::none);
  ASSERT_EQ(wait(fs).error_code, error_code::none);
  EXPECT_EQ(commit("g", follower, 1, {offset("t", 0, 17)})[0].second, error_code::none);
  // ... then rebalances: the follower rejoins with new metadata, both join
  // generation 2, and the follower's SyncGroup waits for the leader's.
  auto j1 = join(join_req("g", follower, 3, {{"range", {9}}}));
  auto j2 = join(join_req("g", leader, 3));
  ASSERT_EQ(wait(j1).generation_id, 2);
  ASSERT_EQ(wait(j2).generation_id, 2);
  auto waiting = sync_async("g", follower, 2);
  run_for(20ms);
  ASSERT_FALSE(ready(waiting));
  resign("g", std::nullopt);
  EXPECT_EQ(wait(waiting).error_code, error_code::not_coordinator);
  EXPECT_EQ(heartbeat("g", leader, 2), error_code::not_coordinator);

  // Elected again (a newer epoch): the group as the log last held it,
  // generation 1 and both members, and its committed offset.
  elect("g", 2);
  auto d = run(c(false).describe_group("g"));
  EXPECT_EQ(d.state, "Stable");
  EXPECT_EQ(d.members.size(), 2u);
  EXPECT_EQ(heartbeat("g", leader, 1), error_code::none);
  EXPECT_EQ(heartbeat("g", leader, 2), error_code::illegal_generation);
  std::optional<std::vector<offset_key>> keys{std::vector<offset_key>{{"t", 0}}};
  auto f = run(c(false).fetch_offsets("g", keys, false));
  ASSERT_EQ(f.offsets.size(), 1u);
  ASSERT_TRUE(f.offsets[0].committed);
  EXPECT_EQ(f.offsets[0].committed->offset, 17);
}

TEST_F(ownership_test, older_epochs_are_ignored_as_kafkas_epoch_for_partition) {
  unelected();
  const std::int32_t p = partition_of("g");
  elect("g", 5);
  resign("g", 4);  // a stale StopReplica / LeaderAndIsr
  EXPECT_EQ(c(false).ownership(p), partition_ownership::owned);
  resign("g", 5);  // the same epoch applies
  EXPECT_EQ(c(false).ownership(p), partition_ownership::not_owned);
  elect("g", 3);  // older than the 5 seen
  EXPECT_EQ(c(false).ownership(p), partition_ownership::not_owned);
  EXPECT_EQ(heartbeat("g", "m", 1), error_code::not_coordinator);
  elect("g", 6);
  EXPECT_EQ(c(false).ownership(p), partition_ownership::owned);
  resign("g", std::nullopt);  // no epoch (StopReplica -1/-2): always applies
  EXPECT_EQ(c(false).ownership(p), partition_ownership::not_owned);
  elect("g", 6);
  EXPECT_EQ(c(false).ownership(p), partition_ownership::owned);
}

TEST_F(ownership_test, election_and_resignation_apply_in_call_order) {
  write_stable("g", "m1", 2);
  store.hold_loads();
  unelected();
  auto e = spawn(c(false).on_election(partition_of("g"), 1));
  auto r = spawn(c(false).on_resignation(partition_of("g"), 1));
  run_for(20ms);
  EXPECT_FALSE(ready(r)) << "the resignation waits for the load before it";
  store.release_loads();
  wait(e);
  wait(r);
  EXPECT_EQ(c(false).ownership(partition_of("g")), partition_ownership::not_owned);
  EXPECT_EQ(heartbeat("g", "m1", 2), error_code::not_coordinator);
  EXPECT_TRUE(run(c(false).list_groups({}, {})).groups.empty()) << "the loaded group is dropped again";
}

TEST_F(ownership_test, standalone_elects_itself_for_every_partition) {
  c();
  for (std::int32_t p = 0; p < store.partition_count(); ++p)
    EXPECT_EQ(c().ownership(p), partition_ownership::owned) << p;
  EXPECT_EQ(c().ownership(store.partition_count()), partition_ownership::not_owned);
}

}  // namespace
}  // namespace gannet::groups::testing
