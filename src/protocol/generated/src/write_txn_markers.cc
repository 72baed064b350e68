// generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
#include "gannet/protocol/messages/write_txn_markers.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void write_txn_markers_request_writable_txn_marker_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_indexes;
      v2.clear();
      v2.reserve(static_cast<std::size_t>(n1));
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_int32();
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_request_writable_txn_marker_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 1);
  w.write_array_length(this->partition_indexes.size(), version >= 1);
  for (const auto& e4 : this->partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_request_writable_txn_marker_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(this->partition_indexes.size(), version >= 1);
  n += this->partition_indexes.size() * 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_request_writable_txn_marker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  this->transaction_result = r.read_bool();
  {
    const std::int32_t n5 = r.read_array_length(version >= 1);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = this->topics;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  this->coordinator_epoch = r.read_int32();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_request_writable_txn_marker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  w.write_bool(this->transaction_result);
  w.write_array_length(this->topics.size(), version >= 1);
  for (const auto& e8 : this->topics) {
    e8.encode(w, version);
  }
  w.write_int32(this->coordinator_epoch);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_request_writable_txn_marker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 2;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 1);
  for (const auto& e9 : this->topics) {
    n += e9.size(version);
  }
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  {
    const std::int32_t n10 = r.read_array_length(version >= 1);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->markers;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_array_length(this->markers.size(), version >= 1);
  for (const auto& e13 : this->markers) {
    e13.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->markers.size(), version >= 1);
  for (const auto& e14 : this->markers) {
    n += e14.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response_writable_txn_marker_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_response_writable_txn_marker_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response_writable_txn_marker_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response_writable_txn_marker_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partitions;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_response_writable_txn_marker_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 1);
  w.write_array_length(this->partitions.size(), version >= 1);
  for (const auto& e4 : this->partitions) {
    e4.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response_writable_txn_marker_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 1);
  for (const auto& e5 : this->partitions) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response_writable_txn_marker_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->producer_id = r.read_int64();
  {
    const std::int32_t n6 = r.read_array_length(version >= 1);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topics;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_response_writable_txn_marker_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(this->producer_id);
  w.write_array_length(this->topics.size(), version >= 1);
  for (const auto& e9 : this->topics) {
    e9.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response_writable_txn_marker_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), version >= 1);
  for (const auto& e10 : this->topics) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  {
    const std::int32_t n11 = r.read_array_length(version >= 1);
    if (n11 < 0) {
      r.fail();
    } else {
      auto& v12 = this->markers;
      v12.clear();
      for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
        v12.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_array_length(this->markers.size(), version >= 1);
  for (const auto& e14 : this->markers) {
    e14.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->markers.size(), version >= 1);
  for (const auto& e15 : this->markers) {
    n += e15.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
