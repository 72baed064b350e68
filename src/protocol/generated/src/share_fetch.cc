// generated from ShareFetchRequest.json, ShareFetchResponse.json; do not edit
#include "gannet/protocol/messages/share_fetch.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void share_fetch_request_acknowledgement_batch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->first_offset = r.read_int64();
  this->last_offset = r.read_int64();
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->acknowledge_types;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int8();
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_request_acknowledgement_batch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->first_offset);
  w.write_int64(this->last_offset);
  w.write_array_length(this->acknowledge_types.size(), true);
  for (const auto& e4 : this->acknowledge_types) {
    w.write_int8(e4);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_request_acknowledgement_batch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(this->acknowledge_types.size(), true);
  n += this->acknowledge_types.size() * 1;
  n += 1;
  return n;
}

void share_fetch_request_fetch_partition::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->partition_max_bytes = r.read_int32();
  {
    const std::int32_t n5 = r.read_array_length(true);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->acknowledgement_batches;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_request_fetch_partition::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int32(this->partition_max_bytes);
  w.write_array_length(this->acknowledgement_batches.size(), true);
  for (const auto& e8 : this->acknowledgement_batches) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_request_fetch_partition::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->acknowledgement_batches.size(), true);
  for (const auto& e9 : this->acknowledgement_batches) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void share_fetch_request_fetch_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->partitions;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_request_fetch_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e13 : this->partitions) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_request_fetch_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e14 : this->partitions) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

void share_fetch_request_forgotten_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n15 = r.read_array_length(true);
    if (n15 < 0) {
      r.fail();
    } else {
      auto& v16 = this->partitions;
      v16.clear();
      v16.reserve(static_cast<std::size_t>(n15));
      for (std::int32_t i17 = 0; i17 < n15 && r.ok(); ++i17) {
        v16.emplace_back() = r.read_int32();
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_request_forgotten_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e18 : this->partitions) {
    w.write_int32(e18);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_request_forgotten_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void share_fetch_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->group_id = r.read_nullable_string(true);
  this->member_id = r.read_nullable_string(true);
  this->share_session_epoch = r.read_int32();
  this->max_wait_ms = r.read_int32();
  this->min_bytes = r.read_int32();
  this->max_bytes = r.read_int32();
  {
    const std::int32_t n19 = r.read_array_length(true);
    if (n19 < 0) {
      r.fail();
    } else {
      auto& v20 = this->topics;
      v20.clear();
      for (std::int32_t i21 = 0; i21 < n19 && r.ok(); ++i21) {
        v20.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n22 = r.read_array_length(true);
    if (n22 < 0) {
      r.fail();
    } else {
      auto& v23 = this->forgotten_topics_data;
      v23.clear();
      for (std::int32_t i24 = 0; i24 < n22 && r.ok(); ++i24) {
        v23.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_nullable_string(this->group_id, true);
  w.write_nullable_string(this->member_id, true);
  w.write_int32(this->share_session_epoch);
  w.write_int32(this->max_wait_ms);
  w.write_int32(this->min_bytes);
  w.write_int32(this->max_bytes);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e25 : this->topics) {
    e25.encode(w, version);
  }
  w.write_array_length(this->forgotten_topics_data.size(), true);
  for (const auto& e26 : this->forgotten_topics_data) {
    e26.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::nullable_string_size(this->group_id, true);
  n += ::gannet::protocol::wire::nullable_string_size(this->member_id, true);
  n += 4;
  n += 4;
  n += 4;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e27 : this->topics) {
    n += e27.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->forgotten_topics_data.size(), true);
  for (const auto& e28 : this->forgotten_topics_data) {
    n += e28.size(version);
  }
  n += 1;
  return n;
}

void share_fetch_response_leader_id_and_epoch::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->leader_id = r.read_int32();
  this->leader_epoch = r.read_int32();
  r.skip_tagged_fields();
}

void share_fetch_response_leader_id_and_epoch::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->leader_id);
  w.write_int32(this->leader_epoch);
  w.write_uvarint(0);
}

std::size_t share_fetch_response_leader_id_and_epoch::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 4;
  n += 1;
  return n;
}

void share_fetch_response_acquired_records::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->first_offset = r.read_int64();
  this->last_offset = r.read_int64();
  this->delivery_count = r.read_int16();
  r.skip_tagged_fields();
}

void share_fetch_response_acquired_records::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->first_offset);
  w.write_int64(this->last_offset);
  w.write_int16(this->delivery_count);
  w.write_uvarint(0);
}

std::size_t share_fetch_response_acquired_records::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 8;
  n += 2;
  n += 1;
  return n;
}

void share_fetch_response_partition_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  this->acknowledge_error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->acknowledge_error_message = r.read_nullable_string(true);
  this->current_leader.decode(r, version);
  this->records = r.read_records(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->acquired_records;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_response_partition_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_int16(static_cast<std::int16_t>(this->acknowledge_error_code));
  w.write_nullable_string(this->acknowledge_error_message, true);
  this->current_leader.encode(w, version);
  w.write_records(this->records, true);
  w.write_array_length(this->acquired_records.size(), true);
  for (const auto& e4 : this->acquired_records) {
    e4.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_response_partition_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->acknowledge_error_message, true);
  n += this->current_leader.size(version);
  n += ::gannet::protocol::wire::records_size(this->records, true);
  n += ::gannet::protocol::wire::array_length_size(this->acquired_records.size(), true);
  for (const auto& e5 : this->acquired_records) {
    n += e5.size(version);
  }
  n += 1;
  return n;
}

void share_fetch_response_share_fetchable_topic_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic_id = r.read_uuid();
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->partitions;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_response_share_fetchable_topic_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_uuid(this->topic_id);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e9 : this->partitions) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_response_share_fetchable_topic_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 16;
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  for (const auto& e10 : this->partitions) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void share_fetch_response_node_endpoint::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->node_id = r.read_int32();
  this->host = r.read_string(true);
  this->port = r.read_int32();
  this->rack = r.read_nullable_string(true);
  r.skip_tagged_fields();
}

void share_fetch_response_node_endpoint::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->node_id);
  w.write_string(this->host, true);
  w.write_int32(this->port);
  w.write_nullable_string(this->rack, true);
  w.write_uvarint(0);
}

std::size_t share_fetch_response_node_endpoint::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::string_size(this->host, true);
  n += 4;
  n += ::gannet::protocol::wire::nullable_string_size(this->rack, true);
  n += 1;
  return n;
}

void share_fetch_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->error_message = r.read_nullable_string(true);
  {
    const std::int32_t n11 = r.read_array_length(true);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->responses;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  {
    const std::int32_t n14 = r.read_array_length(true);
    if (n14 < 0) {
      r.fail();
    } else {
      auto& v15 = this->node_endpoints;
      v15.clear();
      for (std::int32_t i16 = 0; i16 < n14 && r.ok(); ++i16) {
        v15.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void share_fetch_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_nullable_string(this->error_message, true);
  w.write_array_length(this->responses.size(), true);
  for (const auto& e17 : this->responses) {
    e17.encode(w, version);
  }
  w.write_array_length(this->node_endpoints.size(), true);
  for (const auto& e18 : this->node_endpoints) {
    e18.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t share_fetch_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::nullable_string_size(this->error_message, true);
  n += ::gannet::protocol::wire::array_length_size(this->responses.size(), true);
  for (const auto& e19 : this->responses) {
    n += e19.size(version);
  }
  n += ::gannet::protocol::wire::array_length_size(this->node_endpoints.size(), true);
  for (const auto& e20 : this->node_endpoints) {
    n += e20.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
