// generated from ConsumerGroupDescribeRequest.json, ConsumerGroupDescribeResponse.json; do not edit
#include "gannet/protocol/messages/consumer_group_describe.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void consumer_group_describe_response::topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic_id = r.read_uuid();
  topic_name = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_describe_response::topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(topic_id);
  w.write_string(topic_name, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_describe_response::topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::string_size(topic_name, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  n += partitions.size() * 4;
  n += 1;
  return n;
}

void consumer_group_describe_response::assignment::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = topic_partitions;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void consumer_group_describe_response::assignment::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_array_length(topic_partitions.size(), true);
  for (const auto& e8 : topic_partitions) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t consumer_group_describe_response::assignment::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(topic_partitions.size(), true);
  for (const auto& e9 : topic_partitions) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void consumer_group_describe_response::member::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  member_id = r.read_string(true);
  instance_id = r.read_nullable_string(true);
  rack_id = r.read_nullable_string(true);
  member_epoch = r.read_int32();
  client_id = r.read_string(true);
  client_host = r.read_string(true);
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = subscribed_topic_names;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back() = r.read_string(true);
      }
    }
  }
  subscribed_topic_regex = r.read_nullable_string(true);
  assignment.decode(r, version);
  target_assignment.decode(r, version);
  r.skip_tagged_fields();
}

void consumer_group_describe_response::member::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(member_id, true);
  w.write_nullable_string(instance_id, true);
  w.write_nullable_string(rack_id, true);
  w.write_int32(member_epoch);
  w.write_string(client_id, true);
  w.write_string(client_host, true);
  w.write_array_length(subscribed_topic_names.size(), true);
  for (const auto& e13 : subscribed_topic_names) {
    w.write_string(e13, true);
  }
  w.write_nullable_string(subscribed_topic_regex, true);
  assignment.encode(w, version);
  target_assignment.encode(w, version);
  w.write_uvarint(0);
}

std::size_t consumer_group_describe_response::member::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(member_id, true);
  n += ::gannet::protocol::wire::nullable_string_size(instance_id, true);
  n += ::gannet::protocol::wire::nullable_string_size(rack_id, true);
  n += 4;
  n += ::gannet::protocol::wire::string_size(client_id, true);
  n += ::gannet::protocol::wire::string_size(client_host, true);
  n += ::gannet::protocol::wire::array_length_size(subscribed_topic_names.size(), true);
  for (const auto& e14 : subscribed_topic_names) {
    n += ::gannet::protocol::wire::string_size(e14, true);
  }
  n += ::gannet::protocol::wire::nullable_string_size(subscribed_topic_regex, true);
  n += assignment.size(version);
  n += target_assignment.size(version);
  n += 1;
  return n;
}

void consumer_group_describe_response::described_group::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  error_message = r.read_nullable_string(true);
  group_id = r.read_string(true);
  group_state = r.read_string(true);
  group_epoch = r.read_int32();
  assignment_epoch = r.read_int32();
  assignor_name = r.read_string(true);
  {
    const std::int32_t n15 = r.read_array_length(true);
    if (n15 < 0) {
      r.fail();
    } else {
      auto& v16 = members;
      v16.clear();
      for (std::int32_t i17 = 0; i17 < n15 && r.ok(); ++i17) {
        v16.emplace_back().decode(r, version);
      }
    }
  }
  authorized_operations = r.read_int32();
  r.skip_tagged_fields();
}

void consumer_group_describe_response::described_group::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_nullable_string(error_message, true);
  w.write_string(group_id, true);
  w.write_string(group_state, true);
  w.write_int32(group_epoch);
  w.write_int32(assignment_epoch);
  w.write_string(assignor_name, true);
  w.write_array_length(members.size(), true);
  for (const auto& e18 : members) {
    e18.encode(w, version);
  }
  w.write_int32(authorized_operations);
  w.write_uvarint(0);
}

std::size_t consumer_group_describe_response::described_group::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(error_message, true);
  n += ::gannet::protocol::wire::string_size(group_id, true);
  n += ::gannet::protocol::wire::string_size(group_state, true);
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::string_size(assignor_name, true);
  n += ::gannet::protocol::wire::array_length_size(members.size(), true);
  for (const auto& e19 : members) {
    n += e19.size(version);
  }
  n += 4;
  n += 1;
  return n;
}

}  // namespace gannet::protocol
