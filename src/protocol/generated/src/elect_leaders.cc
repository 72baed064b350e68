// generated from ElectLeadersRequest.json, ElectLeadersResponse.json; do not edit
#include "gannet/protocol/messages/elect_leaders.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void elect_leaders_request_topic_partitions::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void elect_leaders_request_topic_partitions::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 2);
  w.write_array_length(this->partitions.size(), version >= 2);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t elect_leaders_request_topic_partitions::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 2);
  n += this->partitions.size() * 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void elect_leaders_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  if (version >= 1) {
    this->election_type = r.read_int8();
  }
  {
    const std::int32_t n5 = r.read_array_length(version >= 2);
    if (n5 < 0) {
      this->topic_partitions.reset();
    } else {
      auto& v6 = this->topic_partitions.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  this->timeout_ms = r.read_int32();
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void elect_leaders_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  if (!(version >= 1) && !(this->election_type == 0)) w.fail();
  if (version >= 1) {
    w.write_int8(this->election_type);
  }
  if (!this->topic_partitions) {
    w.write_null_array_length(version >= 2);
  } else {
    w.write_array_length((*this->topic_partitions).size(), version >= 2);
    for (const auto& e8 : (*this->topic_partitions)) {
      e8.encode(w, version);
    }
  }
  w.write_int32(this->timeout_ms);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t elect_leaders_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 1) {
    n += 1;
  }
  if (!this->topic_partitions) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 2);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->topic_partitions).size(), version >= 2);
    for (const auto& e9 : (*this->topic_partitions)) {
      n += e9.size(version);
    }
  }
  n += 4;
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void elect_leaders_response_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_id = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(version >= 2);
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void elect_leaders_response_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_id);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, version >= 2);
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t elect_leaders_response_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, version >= 2);
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void elect_leaders_response_replica_election_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 2);
  {
    const std::int32_t n1 = r.read_array_length(version >= 2);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_result;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void elect_leaders_response_replica_election_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 2);
  w.write_array_length(this->partition_result.size(), version >= 2);
  for (const auto& e4 : this->partition_result) {
    e4.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t elect_leaders_response_replica_election_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 2);
  n += ::gannet::protocol::wire::array_length_size(this->partition_result.size(), version >= 2);
  for (const auto& e5 : this->partition_result) {
    n += e5.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

void elect_leaders_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 2) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  if (version >= 1) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  {
    const std::int32_t n6 = r.read_array_length(version >= 2);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->replica_election_results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 2) {
    r.skip_tagged_fields();
  }
}

void elect_leaders_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 2) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  if (!(version >= 1) && !(this->error_code == ::gannet::protocol::error_code{})) w.fail();
  if (version >= 1) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  w.write_array_length(this->replica_election_results.size(), version >= 2);
  for (const auto& e9 : this->replica_election_results) {
    e9.encode(w, version);
  }
  if (version >= 2) {
    w.write_uvarint(0);
  }
}

std::size_t elect_leaders_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 1) {
    n += 2;
  }
  n += ::gannet::protocol::wire::array_length_size(this->replica_election_results.size(), version >= 2);
  for (const auto& e10 : this->replica_election_results) {
    n += e10.size(version);
  }
  if (version >= 2) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
