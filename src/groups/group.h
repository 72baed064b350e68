#pragma once
// One classic group's in-memory state, as Kafka's GroupMetadata and
// MemberMetadata hold it, and the pure rules over it (protocol selection,
// leader election, subscribed topics, which offsets expire). Owned by its
// shard and only touched on the shard's strand.

#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "gannet/groups/coordinator.h"
#include "gannet/groups/group_store.h"
#include "waiter.h"

namespace gannet::groups {

using steady_clock = std::chrono::steady_clock;
using time_point = steady_clock::time_point;
constexpr time_point never = time_point::max();

enum class group_state { empty, preparing_rebalance, completing_rebalance, stable, dead };

std::string_view state_name(group_state s);

using bytes = std::vector<std::uint8_t>;
using join_waiter = waiter<protocol::join_group_response>;
using sync_waiter = waiter<protocol::sync_group_response>;

struct member {
  std::string id;
  std::optional<std::string> instance_id;
  std::string client_id;
  std::string client_host;
  std::int32_t rebalance_timeout_ms = 0;
  std::int32_t session_timeout_ms = 0;
  std::string protocol_type;
  std::vector<std::pair<std::string, bytes>> protocols;  // in the member's order of preference
  bytes assignment;

  std::shared_ptr<join_waiter> awaiting_join;  // set: a JoinGroup waits for the rebalance
  std::shared_ptr<sync_waiter> awaiting_sync;  // set: a SyncGroup waits for the leader's assignment
  // Earlier JoinGroup/SyncGroup calls of this member that a later one replaced
  // (Kafka drops their callbacks); they get the same answer as the latest.
  std::vector<std::shared_ptr<join_waiter>> replaced_joins;
  std::vector<std::shared_ptr<sync_waiter>> replaced_syncs;
  bool is_new = false;  // joined in this rebalance (Kafka's isNew)
  time_point heartbeat_deadline = never;

  bool is_static() const { return instance_id.has_value(); }
  const bytes* metadata_for(const std::string& protocol) const;
  // Kafka's MemberMetadata.matches: same protocols, same order, same bytes.
  bool matches(const std::vector<std::pair<std::string, bytes>>& other) const { return protocols == other; }
  // The member's first preference among the candidates.
  std::string vote(const std::set<std::string>& candidates) const;
};

struct group {
  group(std::string group_id, boost::asio::any_io_executor strand, std::int64_t now_ms)
      : id(std::move(group_id)), timer(strand), state_timestamp_ms(now_ms) {}

  std::string id;
  boost::asio::steady_timer timer;
  time_point timer_armed_for = never;

  group_state state = group_state::empty;
  std::int64_t state_timestamp_ms;  // when the group entered `state` (currentStateTimestamp)
  std::optional<std::string> protocol_type;
  std::optional<std::string> protocol_name;
  std::int32_t generation = 0;
  std::optional<std::string> leader;
  std::map<std::string, member> members;
  std::unordered_map<std::string, std::string> static_members;  // group.instance.id -> member id
  std::map<std::string, time_point> pending_members;            // MEMBER_ID_REQUIRED, awaiting their rejoin
  std::set<std::string> pending_sync;                           // joined, SyncGroup not yet received
  bool new_member_added = false;

  // The delayed join of PreparingRebalance (DelayedJoin / InitialDelayedJoin).
  time_point join_deadline = never;
  bool initial_join = false;
  std::int32_t initial_delay_ms = 0;            // the delay now running
  std::int32_t initial_delay_remaining_ms = 0;  // how much longer new members may extend it
  // The delayed sync of CompletingRebalance/Stable (DelayedSync).
  time_point sync_deadline = never;

  std::unordered_map<offset_key, offset_record, offset_key_hash> offsets;
  // Offsets being written (OffsetFetch with require_stable answers
  // UNSTABLE_OFFSET_COMMIT for them; expiry skips them).
  std::unordered_map<offset_key, int, offset_key_hash> pending_commits;
  // Topics the consumer members subscribe to; none: unknown (not a consumer
  // group, or metadata that does not parse).
  std::optional<std::set<std::string>> subscribed_topics;

  bool is(group_state s) const { return state == s; }
  bool has(const std::string& member_id) const { return members.contains(member_id); }
  bool is_pending(const std::string& member_id) const { return pending_members.contains(member_id); }
  bool is_leader(const std::string& member_id) const { return leader == member_id; }
  void transition(group_state s, std::int64_t now_ms) {
    state = s;
    state_timestamp_ms = now_ms;
  }
  std::optional<std::string> static_member_id(const std::optional<std::string>& instance_id) const;

  // Kafka's supportsProtocols: an empty group takes any non-empty type and
  // protocol list; otherwise the type must match and one of the protocols
  // must be supported by every member.
  bool supports_protocols(const std::string& type, const std::vector<std::pair<std::string, bytes>>& protocols) const;
  std::set<std::string> candidate_protocols() const;
  // Every member votes for its first candidate; the most votes wins.
  std::string select_protocol() const;

  void add(member m);
  void remove(const std::string& member_id);
  std::int32_t rebalance_timeout_ms() const;
  std::size_t num_awaiting_join() const;
  bool has_all_members_joined() const { return members.size() == num_awaiting_join() && pending_members.empty(); }
  bool can_rebalance() const {
    return is(group_state::stable) || is(group_state::completing_rebalance) || is(group_state::empty);
  }
  // Keeps the leader if it rejoined, else picks a member that did; false when none did.
  bool maybe_elect_new_joined_leader();
  std::optional<std::set<std::string>> compute_subscribed_topics() const;
  bool is_subscribed_to(const std::string& topic) const {
    return !subscribed_topics || subscribed_topics->contains(topic);
  }
  // The offsets whose retention has passed at `now_ms` (Kafka 2.1+ rules).
  std::vector<offset_key> expired_offsets(std::int64_t now_ms, std::int64_t retention_ms) const;

  group_record to_record() const;
};

}  // namespace gannet::groups
