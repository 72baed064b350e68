// generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json; do not edit
#include "gannet/protocol/messages/add_partitions_to_txn.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void add_partitions_to_txn_request::add_partitions_to_txn_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_request::add_partitions_to_txn_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 3);
  w.write_array_length(partitions.size(), version >= 3);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_request::add_partitions_to_txn_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), version >= 3);
  n += partitions.size() * 4;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_request::add_partitions_to_txn_transaction::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  transactional_id = r.read_string(true);
  producer_id = r.read_int64();
  producer_epoch = r.read_int16();
  verify_only = r.read_bool();
  {
    const std::int32_t n5 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void add_partitions_to_txn_request::add_partitions_to_txn_transaction::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(transactional_id, true);
  w.write_int64(producer_id);
  w.write_int16(producer_epoch);
  w.write_bool(verify_only);
  w.write_array_length(topics.size(), true);
  for (const auto& e8 : topics) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t add_partitions_to_txn_request::add_partitions_to_txn_transaction::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(transactional_id, true);
  n += 8;
  n += 2;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), true);
  for (const auto& e9 : topics) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void add_partitions_to_txn_response::add_partitions_to_txn_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  partition_index = r.read_int32();
  partition_error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_response::add_partitions_to_txn_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(partition_index);
  w.write_int16(static_cast<std::int16_t>(partition_error_code));
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_response::add_partitions_to_txn_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_response::add_partitions_to_txn_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = results_by_partition;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back().decode(r, version);
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_response::add_partitions_to_txn_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(name, version >= 3);
  w.write_array_length(results_by_partition.size(), version >= 3);
  for (const auto& e4 : results_by_partition) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_response::add_partitions_to_txn_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(results_by_partition.size(), version >= 3);
  for (const auto& e5 : results_by_partition) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_response::add_partitions_to_txn_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  transactional_id = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = topic_results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void add_partitions_to_txn_response::add_partitions_to_txn_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(transactional_id, true);
  w.write_array_length(topic_results.size(), true);
  for (const auto& e9 : topic_results) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t add_partitions_to_txn_response::add_partitions_to_txn_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(transactional_id, true);
  n += ::gannet::protocol::wire::array_length_size(topic_results.size(), true);
  for (const auto& e10 : topic_results) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
