// Consumer group membership for the console consumer (include/gannet/tools/group_member.h).

#include "gannet/tools/group_member.h"

#include <algorithm>
#include <iostream>

#include "gannet/protocol/messages/consumer_protocol_assignment.h"
#include "gannet/protocol/messages/consumer_protocol_subscription.h"
#include "gannet/protocol/messages/heartbeat.h"
#include "gannet/protocol/messages/join_group.h"
#include "gannet/protocol/messages/leave_group.h"
#include "gannet/protocol/messages/sync_group.h"
#include "gannet/tools/cli_common.h"

namespace gannet::tools {
namespace {

constexpr std::int32_t session_timeout_ms = 45000;
constexpr std::int32_t rebalance_timeout_ms = 60000;
constexpr auto heartbeat_interval = std::chrono::seconds(3);

template <class Message>
std::vector<std::uint8_t> encode_versioned(const Message& m, std::int16_t version) {
  outbound_frame f;
  protocol::writer w(f);
  m.encode(w, version);
  // The int16 version prefix, then the message (built apart: GCC 12 misreads appends after a
  // small first write as overflows).
  std::vector<std::uint8_t> out(2 + f.bytes.size());
  out[0] = static_cast<std::uint8_t>(static_cast<std::uint16_t>(version) >> 8);
  out[1] = static_cast<std::uint8_t>(version);
  std::copy(f.bytes.begin(), f.bytes.end(), out.begin() + 2);
  return out;
}

template <class Message>
Message decode_versioned(const std::vector<std::uint8_t>& bytes) {
  Message m;
  if (bytes.empty()) return m;
  protocol::reader r(bytes);
  std::int16_t version = r.read_int16();
  // Newer versions only add fields at the end (as Kafka's ConsumerProtocol relies on).
  version = std::min<std::int16_t>(version, Message::message_max_version);
  m.decode(r, version);
  return m;
}

}  // namespace

std::map<std::string, std::vector<topic_partition>> range_assign(
    const std::map<std::string, std::vector<std::string>>& subscriptions,
    const std::map<std::string, std::int32_t>& partition_counts) {
  std::map<std::string, std::vector<topic_partition>> out;
  for (const auto& [member, topics] : subscriptions)
    out[member];
  for (const auto& [topic, count] : partition_counts) {
    std::vector<std::string> members;
    for (const auto& [member, topics] : subscriptions)
      if (std::find(topics.begin(), topics.end(), topic) != topics.end()) members.push_back(member);
    if (members.empty()) continue;  // std::map iteration already sorts the members
    const auto n = static_cast<std::int32_t>(members.size());
    const std::int32_t per = count / n, extra = count % n;
    std::int32_t next = 0;
    for (std::int32_t i = 0; i < n; ++i) {
      const std::int32_t take = per + (i < extra ? 1 : 0);
      for (std::int32_t p = 0; p < take; ++p)
        out[members[static_cast<std::size_t>(i)]].push_back({topic, next++});
    }
  }
  return out;
}

std::vector<std::uint8_t> encode_subscription(const std::vector<std::string>& topics) {
  protocol::consumer_protocol_subscription s;
  s.topics = topics;
  return encode_versioned(s, 0);
}

std::vector<std::string> decode_subscription_topics(const std::vector<std::uint8_t>& bytes) {
  return decode_versioned<protocol::consumer_protocol_subscription>(bytes).topics;
}

std::vector<std::uint8_t> encode_assignment(const std::vector<topic_partition>& partitions) {
  protocol::consumer_protocol_assignment a;
  for (const auto& [topic, partition] : partitions) {
    if (a.assigned_partitions.empty() || a.assigned_partitions.back().topic != topic) {
      a.assigned_partitions.emplace_back();
      a.assigned_partitions.back().topic = topic;
    }
    a.assigned_partitions.back().partitions.push_back(partition);
  }
  return encode_versioned(a, 0);
}

std::vector<topic_partition> decode_assignment(const std::vector<std::uint8_t>& bytes) {
  std::vector<topic_partition> out;
  for (const auto& tp : decode_versioned<protocol::consumer_protocol_assignment>(bytes).assigned_partitions)
    for (auto p : tp.partitions)
      out.emplace_back(tp.topic, p);
  return out;
}

group_member::group_member(kafka_client& client, std::string group, std::vector<std::string> topics)
    : client_(client), group_(std::move(group)), topics_(std::move(topics)), coordinator_(client.coordinator(group_)) {}

std::vector<topic_partition> group_member::join() {
  const auto join_timeout = std::chrono::milliseconds(rebalance_timeout_ms + 5000);
  for (int attempt = 0; attempt < 10; ++attempt) {
    protocol::join_group_request req;
    req.group_id = group_;
    req.session_timeout_ms = session_timeout_ms;
    req.rebalance_timeout_ms = rebalance_timeout_ms;
    req.member_id = member_id_;
    req.protocol_type = "consumer";
    req.protocols.push_back({"range", encode_subscription(topics_)});
    auto resp = client_.send<protocol::join_group_response>(coordinator_, req, join_timeout);
    if (resp.error_code == protocol::error_code::member_id_required) {
      member_id_ = resp.member_id;
      continue;
    }
    if (resp.error_code == protocol::error_code::unknown_member_id) {
      member_id_.clear();
      continue;
    }
    if (resp.error_code == protocol::error_code::not_coordinator ||
        resp.error_code == protocol::error_code::coordinator_not_available) {
      coordinator_ = client_.coordinator(group_);
      continue;
    }
    if (resp.error_code != protocol::error_code::none) throw kafka_error(resp.error_code);
    member_id_ = resp.member_id;
    generation_ = resp.generation_id;

    protocol::sync_group_request sync;
    sync.group_id = group_;
    sync.generation_id = generation_;
    sync.member_id = member_id_;
    sync.protocol_type = "consumer";
    sync.protocol_name = resp.protocol_name;
    if (resp.leader == member_id_) {
      std::map<std::string, std::vector<std::string>> subs;
      std::vector<std::string> all_topics;
      for (const auto& m : resp.members) {
        subs[m.member_id] = decode_subscription_topics(m.metadata);
        for (const auto& t : subs[m.member_id])
          if (std::find(all_topics.begin(), all_topics.end(), t) == all_topics.end()) all_topics.push_back(t);
      }
      std::map<std::string, std::int32_t> counts;
      for (const auto& [tp, leader] : partition_leaders(client_, all_topics))
        counts[tp.first] = std::max(counts[tp.first], tp.second + 1);
      for (const auto& [member, parts] : range_assign(subs, counts))
        sync.assignments.push_back({member, encode_assignment(parts)});
    }
    auto sresp = client_.send<protocol::sync_group_response>(coordinator_, sync, join_timeout);
    if (sresp.error_code == protocol::error_code::rebalance_in_progress) continue;
    if (sresp.error_code != protocol::error_code::none) throw kafka_error(sresp.error_code);
    next_heartbeat_ = std::chrono::steady_clock::now() + heartbeat_interval;
    return decode_assignment(sresp.assignment);
  }
  throw tool_error("Could not join group " + group_, "org.apache.kafka.common.errors.TimeoutException");
}

bool group_member::heartbeat_if_due() {
  if (std::chrono::steady_clock::now() < next_heartbeat_) return true;
  protocol::heartbeat_request req;
  req.group_id = group_;
  req.generation_id = generation_;
  req.member_id = member_id_;
  auto resp = client_.send<protocol::heartbeat_response>(coordinator_, req);
  next_heartbeat_ = std::chrono::steady_clock::now() + heartbeat_interval;
  if (resp.error_code == protocol::error_code::none) return true;
  if (resp.error_code == protocol::error_code::rebalance_in_progress ||
      resp.error_code == protocol::error_code::illegal_generation ||
      resp.error_code == protocol::error_code::unknown_member_id)
    return false;
  throw kafka_error(resp.error_code);
}

void group_member::commit(const std::map<topic_partition, std::int64_t>& offsets) {
  commit_offsets(client_, coordinator_, group_, offsets, generation_, member_id_);
}

void group_member::leave() {
  if (member_id_.empty()) return;
  protocol::leave_group_request req;
  req.group_id = group_;
  try {
    // v3+ (KIP-345) names the leaving members in a list instead of one member_id.
    if (client_.version_for(protocol::api_key::leave_group) >= 3) {
      protocol::leave_group_request::member_identity m;
      m.member_id = member_id_;
      if (client_.version_for(protocol::api_key::leave_group) >= 5) m.reason = "the consumer is being closed";
      req.members.push_back(m);
    } else {
      req.member_id = member_id_;
    }
    client_.send<protocol::leave_group_response>(coordinator_, req);
  } catch (const tool_error& e) {
    // Leaving is best effort: the session timeout removes us anyway.
    std::cerr << log4j_prefix("WARN") << "LeaveGroup failed: " << e.what() << '\n';
  }
  member_id_.clear();
}

}  // namespace gannet::tools
