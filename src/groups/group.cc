#include "group.h"

#include <algorithm>

#include "gannet/protocol/messages/consumer_protocol_subscription.h"
#include "gannet/protocol/reader.h"

namespace gannet::groups {

std::string_view state_name(group_state s) {
  switch (s) {
    case group_state::empty:
      return "Empty";
    case group_state::preparing_rebalance:
      return "PreparingRebalance";
    case group_state::completing_rebalance:
      return "CompletingRebalance";
    case group_state::stable:
      return "Stable";
    case group_state::dead:
      return "Dead";
  }
  return "Dead";
}

const bytes* member::metadata_for(const std::string& protocol) const {
  for (const auto& [name, md] : protocols) {
    if (name == protocol) return &md;
  }
  return nullptr;
}

std::string member::vote(const std::set<std::string>& candidates) const {
  for (const auto& [name, _] : protocols) {
    if (candidates.contains(name)) return name;
  }
  return {};  // cannot happen: candidates are supported by every member
}

std::optional<std::string> group::static_member_id(const std::optional<std::string>& instance_id) const {
  if (!instance_id) return std::nullopt;
  auto it = static_members.find(*instance_id);
  if (it == static_members.end()) return std::nullopt;
  return it->second;
}

std::set<std::string> group::candidate_protocols() const {
  std::map<std::string, std::size_t> supported;
  for (const auto& [_, m] : members) {
    std::set<std::string> names;
    for (const auto& [name, md] : m.protocols)
      names.insert(name);
    for (const auto& n : names)
      ++supported[n];
  }
  std::set<std::string> out;
  for (const auto& [name, count] : supported) {
    if (count == members.size()) out.insert(name);
  }
  return out;
}

bool group::supports_protocols(const std::string& type,
                               const std::vector<std::pair<std::string, bytes>>& protocols) const {
  if (is(group_state::empty)) return !type.empty() && !protocols.empty();
  if (protocol_type != type) return false;
  auto candidates = candidate_protocols();
  return std::any_of(protocols.begin(), protocols.end(), [&](const auto& p) { return candidates.contains(p.first); });
}

std::string group::select_protocol() const {
  auto candidates = candidate_protocols();
  std::map<std::string, std::size_t> votes;
  for (const auto& [_, m] : members)
    ++votes[m.vote(candidates)];
  // Ties go to the first name in order: Kafka's choice among equal votes is a
  // hash map's order, which no client relies on.
  std::string best;
  std::size_t best_votes = 0;
  for (const auto& [name, n] : votes) {
    if (n > best_votes) {
      best = name;
      best_votes = n;
    }
  }
  return best;
}

void group::add(member m) {
  if (m.instance_id) static_members[*m.instance_id] = m.id;
  if (members.empty()) protocol_type = m.protocol_type;
  if (!leader) leader = m.id;
  pending_members.erase(m.id);
  auto id = m.id;
  members.insert_or_assign(id, std::move(m));
}

void group::remove(const std::string& member_id) {
  auto it = members.find(member_id);
  if (it != members.end()) {
    if (it->second.instance_id) {
      auto s = static_members.find(*it->second.instance_id);
      if (s != static_members.end() && s->second == member_id) static_members.erase(s);
    }
    members.erase(it);
  }
  if (is_leader(member_id)) {
    leader = members.empty() ? std::nullopt : std::optional<std::string>(members.begin()->first);
  }
  pending_members.erase(member_id);
  pending_sync.erase(member_id);
}

std::size_t group::num_awaiting_join() const {
  return static_cast<std::size_t>(
      std::count_if(members.begin(), members.end(), [](const auto& e) { return e.second.awaiting_join != nullptr; }));
}

std::int32_t group::rebalance_timeout_ms() const {
  std::int32_t t = 0;
  for (const auto& [_, m] : members)
    t = std::max(t, m.rebalance_timeout_ms);
  return t;
}

bool group::maybe_elect_new_joined_leader() {
  if (!leader) return false;
  auto it = members.find(*leader);
  if (it != members.end() && it->second.awaiting_join) return true;
  for (const auto& [id, m] : members) {
    if (m.awaiting_join) {
      leader = id;
      return true;
    }
  }
  return false;
}

std::optional<std::set<std::string>> group::compute_subscribed_topics() const {
  if (protocol_type != "consumer") return std::nullopt;
  if (members.empty()) return std::set<std::string>{};
  if (!protocol_name) return std::nullopt;
  std::set<std::string> topics;
  for (const auto& [_, m] : members) {
    const bytes* md = m.metadata_for(*protocol_name);
    if (md == nullptr) return std::nullopt;
    // ConsumerProtocolSubscription: an int16 version, then the versioned body.
    protocol::reader r(*md);
    std::int16_t version = r.read_int16();
    if (!r.ok() || version < 0) return std::nullopt;
    protocol::consumer_protocol_subscription sub;
    // Newer versions than we know are read as our newest (Kafka does the same).
    sub.decode(r, std::min<std::int16_t>(version, protocol::consumer_protocol_subscription::message_max_version));
    if (!r.ok()) return std::nullopt;
    topics.insert(sub.topics.begin(), sub.topics.end());
  }
  return topics;
}

std::vector<offset_key> group::expired_offsets(std::int64_t now_ms, std::int64_t retention_ms) const {
  std::vector<offset_key> out;
  auto collect = [&](auto base_timestamp, const std::set<std::string>* subscribed) {
    for (const auto& [k, v] : offsets) {
      if (subscribed && subscribed->contains(k.topic)) continue;
      if (pending_commits.contains(k)) continue;
      bool expired =
          v.expire_timestamp >= 0 ? now_ms >= v.expire_timestamp : now_ms - base_timestamp(v) >= retention_ms;
      if (expired) out.push_back(k);
    }
  };
  if (protocol_type && is(group_state::empty)) {
    // No member left: retention counts from when the group became Empty.
    // A group loaded from an old record has no such timestamp: the commit's.
    collect(
        [this](const offset_record& v) { return state_timestamp_ms >= 0 ? state_timestamp_ms : v.commit_timestamp; },
        nullptr);
  } else if (protocol_type == "consumer" && subscribed_topics && is(group_state::stable)) {
    // A stable consumer group keeps the offsets of topics it subscribes to.
    collect([](const offset_record& v) { return v.commit_timestamp; }, &*subscribed_topics);
  } else if (!protocol_type) {
    // Offsets only (simple consumers): retention counts from the commit.
    collect([](const offset_record& v) { return v.commit_timestamp; }, nullptr);
  }
  return out;
}

group_record group::to_record() const {
  group_record r;
  r.protocol_type = protocol_type.value_or("");
  r.generation = generation;
  r.protocol = protocol_name;
  r.leader = leader;
  r.current_state_timestamp = state_timestamp_ms;
  for (const auto& [id, m] : members) {
    member_record mr;
    mr.member_id = id;
    mr.group_instance_id = m.instance_id;
    mr.client_id = m.client_id;
    mr.client_host = m.client_host;
    mr.rebalance_timeout_ms = m.rebalance_timeout_ms;
    mr.session_timeout_ms = m.session_timeout_ms;
    if (protocol_name) {
      if (const bytes* md = m.metadata_for(*protocol_name)) mr.subscription = *md;
    }
    mr.assignment = m.assignment;
    r.members.push_back(std::move(mr));
  }
  return r;
}

}  // namespace gannet::groups
