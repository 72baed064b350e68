#include "offsets_records.h"

#include "gannet/common/outbound_frame.h"
#include "gannet/protocol/internal/group_metadata_key.h"
#include "gannet/protocol/internal/group_metadata_value.h"
#include "gannet/protocol/internal/offset_commit_key.h"
#include "gannet/protocol/internal/offset_commit_value.h"
#include "gannet/protocol/reader.h"
#include "gannet/protocol/writer.h"

namespace gannet::broker::offsets_records {
namespace {

constexpr std::uint32_t replacement_char = 0xFFFD;

// The next code point of UTF-8 `s` from `i` (advanced); U+FFFD for an invalid
// byte, which is consumed alone.
std::uint32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<std::uint8_t>(s[i++]);
  if (b0 < 0x80) return b0;
  int extra = 0;
  std::uint32_t cp = 0;
  std::uint32_t min = 0;
  if ((b0 & 0xE0) == 0xC0) {
    extra = 1, cp = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2, cp = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3, cp = b0 & 0x07, min = 0x10000;
  } else {
    return replacement_char;
  }
  if (i + static_cast<std::size_t>(extra) > s.size()) return replacement_char;
  for (int k = 0; k < extra; ++k) {
    const auto b = static_cast<std::uint8_t>(s[i + static_cast<std::size_t>(k)]);
    if ((b & 0xC0) != 0x80) return replacement_char;
    cp = (cp << 6) | (b & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return replacement_char;
  i += static_cast<std::size_t>(extra);
  return cp;
}

template <class T>
std::string encode_versioned(const T& msg, std::int16_t version) {
  outbound_frame frame;
  frame.bytes.reserve(2 + msg.size(version));  // one allocation (and no GCC 12 -Wstringop-overflow false positive)
  protocol::writer w(frame);
  w.write_int16(version);
  msg.encode(w, version);
  return std::string(frame.bytes.begin(), frame.bytes.end());
}

}  // namespace

std::int32_t java_string_hash(std::string_view s) {
  std::uint32_t h = 0;  // unsigned: Java's int arithmetic wraps
  auto add = [&h](std::uint32_t unit) { h = 31 * h + unit; };
  for (std::size_t i = 0; i < s.size();) {
    const std::uint32_t cp = next_code_point(s, i);
    if (cp >= 0x10000) {
      add(0xD800 + ((cp - 0x10000) >> 10));
      add(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      add(cp);
    }
  }
  return static_cast<std::int32_t>(h);
}

std::int32_t partition_for(std::string_view group_id, std::int32_t partitions) {
  const std::int32_t h = java_string_hash(group_id);
  const std::int32_t abs = h == INT32_MIN ? 0 : (h < 0 ? -h : h);
  return partitions > 0 ? abs % partitions : 0;
}

std::string group_key(std::string_view group_id) {
  protocol::group_metadata_key k;
  k.group = std::string(group_id);
  return encode_versioned(k, group_metadata_key_version);
}

std::string group_value(const groups::group_record& g) {
  protocol::group_metadata_value v;
  v.protocol_type = g.protocol_type;
  v.generation = g.generation;
  v.protocol = g.protocol;
  v.leader = g.leader;
  v.current_state_timestamp = g.current_state_timestamp;
  v.members.reserve(g.members.size());
  for (const auto& m : g.members) {
    protocol::group_metadata_value::member_metadata mm;
    mm.member_id = m.member_id;
    mm.group_instance_id = m.group_instance_id;
    mm.client_id = m.client_id;
    mm.client_host = m.client_host;
    mm.rebalance_timeout = m.rebalance_timeout_ms;
    mm.session_timeout = m.session_timeout_ms;
    mm.subscription = m.subscription;
    mm.assignment = m.assignment;
    v.members.push_back(std::move(mm));
  }
  return encode_versioned(v, group_metadata_value_version);
}

std::string offset_key(std::string_view group_id, const groups::offset_key& k) {
  protocol::offset_commit_key key;
  key.group = std::string(group_id);
  key.topic = k.topic;
  key.partition = k.partition;
  return encode_versioned(key, offset_commit_key_version);
}

std::string offset_value(const groups::offset_record& o) {
  protocol::offset_commit_value v;
  v.offset = o.offset;
  v.leader_epoch = o.leader_epoch;
  v.metadata = o.metadata;
  v.commit_timestamp = o.commit_timestamp;
  v.expire_timestamp = o.expire_timestamp;
  // Kafka keeps v1 for commits that carry a retention time (OffsetCommit v2-v4):
  // it is the only version with expireTimestamp.
  const std::int16_t version =
      o.expire_timestamp >= 0 ? offset_commit_value_version_with_expiry : offset_commit_value_version;
  return encode_versioned(v, version);
}

std::optional<decoded_key> decode_key(std::span<const std::uint8_t> bytes) {
  protocol::reader r(bytes);
  const std::int16_t version = r.read_int16();
  if (!r.ok() || version < 0) return std::nullopt;
  if (version <= 1) {
    protocol::offset_commit_key k;
    k.decode(r, version);
    if (!r.ok()) return std::nullopt;
    return decoded_key{offset_commit_key{std::move(k.group), {std::move(k.topic), k.partition}}};
  }
  if (version == 2) {
    protocol::group_metadata_key k;
    k.decode(r, version);
    if (!r.ok()) return std::nullopt;
    return decoded_key{group_metadata_key{std::move(k.group)}};
  }
  return decoded_key{other_key{version}};
}

std::optional<groups::group_record> decode_group_value(std::span<const std::uint8_t> bytes) {
  protocol::reader r(bytes);
  const std::int16_t version = r.read_int16();
  if (!r.ok() || version < protocol::group_metadata_value::message_min_version ||
      version > protocol::group_metadata_value::message_max_version) {
    return std::nullopt;
  }
  protocol::group_metadata_value v;
  v.decode(r, version);
  if (!r.ok()) return std::nullopt;
  groups::group_record g;
  g.protocol_type = std::move(v.protocol_type);
  g.generation = v.generation;
  g.protocol = std::move(v.protocol);
  g.leader = std::move(v.leader);
  g.current_state_timestamp = v.current_state_timestamp;
  g.members.reserve(v.members.size());
  for (auto& m : v.members) {
    groups::member_record mr;
    mr.member_id = std::move(m.member_id);
    mr.group_instance_id = std::move(m.group_instance_id);
    mr.client_id = std::move(m.client_id);
    mr.client_host = std::move(m.client_host);
    // v0 has no rebalance timeout: Kafka reads it as the session timeout.
    mr.rebalance_timeout_ms = version == 0 ? m.session_timeout : m.rebalance_timeout;
    mr.session_timeout_ms = m.session_timeout;
    mr.subscription = std::move(m.subscription);
    mr.assignment = std::move(m.assignment);
    g.members.push_back(std::move(mr));
  }
  return g;
}

std::optional<groups::offset_record> decode_offset_value(std::span<const std::uint8_t> bytes) {
  protocol::reader r(bytes);
  const std::int16_t version = r.read_int16();
  if (!r.ok() || version < protocol::offset_commit_value::message_min_version ||
      version > protocol::offset_commit_value::message_max_version) {
    return std::nullopt;
  }
  protocol::offset_commit_value v;
  v.decode(r, version);
  if (!r.ok()) return std::nullopt;
  groups::offset_record o;
  o.offset = v.offset;
  o.leader_epoch = v.leader_epoch;
  o.metadata = std::move(v.metadata);
  o.commit_timestamp = v.commit_timestamp;
  o.expire_timestamp = v.expire_timestamp;
  return o;
}

}  // namespace gannet::broker::offsets_records
