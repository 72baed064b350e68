// generated from WriteTxnMarkersRequest.json, WriteTxnMarkersResponse.json; do not edit
#include "gannet/protocol/messages/write_txn_markers.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void write_txn_markers_request::writable_txn_marker_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partition_indexes;
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

void write_txn_markers_request::writable_txn_marker_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 1);
  w.write_array_length(partition_indexes.size(), version >= 1);
  for (const auto& e4 : partition_indexes) {
    w.write_int32(e4);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_request::writable_txn_marker_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(partition_indexes.size(), version >= 1);
  n += partition_indexes.size() * 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_request::writable_txn_marker::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  producer_id = r.read_int64();
  producer_epoch = r.read_int16();
  transaction_result = r.read_bool();
  {
    const std::int32_t n5 = r.read_array_length(version >= 1);
    if (n5 < 0) {
      r.fail();
    } else {
      auto& v6 = topics;
      v6.clear();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  coordinator_epoch = r.read_int32();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_request::writable_txn_marker::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(producer_id);
  w.write_int16(producer_epoch);
  w.write_bool(transaction_result);
  w.write_array_length(topics.size(), version >= 1);
  for (const auto& e8 : topics) {
    e8.encode(w, version);
  }
  w.write_int32(coordinator_epoch);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_request::writable_txn_marker::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 2;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), version >= 1);
  for (const auto& e9 : topics) {
    n += e9.size(version);
  }
  n += 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response::writable_txn_marker_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void write_txn_markers_response::writable_txn_marker_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(error_code));
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response::writable_txn_marker_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response::writable_txn_marker_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = partitions;
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

void write_txn_markers_response::writable_txn_marker_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 1);
  w.write_array_length(partitions.size(), version >= 1);
  for (const auto& e4 : partitions) {
    e4.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response::writable_txn_marker_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 1);
  for (const auto& e5 : partitions) {
    n += e5.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void write_txn_markers_response::writable_txn_marker_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  producer_id = r.read_int64();
  {
    const std::int32_t n6 = r.read_array_length(version >= 1);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = topics;
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

void write_txn_markers_response::writable_txn_marker_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int64(producer_id);
  w.write_array_length(topics.size(), version >= 1);
  for (const auto& e9 : topics) {
    e9.encode(w, version);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t write_txn_markers_response::writable_txn_marker_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), version >= 1);
  for (const auto& e10 : topics) {
    n += e10.size(version);
  }
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
