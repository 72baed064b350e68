// generated from AddPartitionsToTxnRequest.json, AddPartitionsToTxnResponse.json; do not edit
#include "gannet/protocol/messages/add_partitions_to_txn.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void add_partitions_to_txn_request_add_partitions_to_txn_topic::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
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
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_request_add_partitions_to_txn_topic::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 3);
  w.write_array_length(this->partitions.size(), version >= 3);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_request_add_partitions_to_txn_topic::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), version >= 3);
  n += this->partitions.size() * 4;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_request_add_partitions_to_txn_transaction::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->transactional_id = r.read_string(true);
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  this->verify_only = r.read_bool();
  {
    const std::int32_t n5 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void add_partitions_to_txn_request_add_partitions_to_txn_transaction::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->transactional_id, true);
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  w.write_bool(this->verify_only);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e8 : this->topics) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t add_partitions_to_txn_request_add_partitions_to_txn_transaction::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, true);
  n += 8;
  n += 2;
  n += 1;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void add_partitions_to_txn_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  if (version >= 4) {
    {
      const std::int32_t n10 = r.read_array_length(true);
      if (n10 < 0) {
        r.fail();
      } else {
        auto& v11 = this->transactions;
        v11.clear();
        for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
          v11.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version <= 3) {
    this->v3_and_below_transactional_id = r.read_string(version >= 3);
  }
  if (version <= 3) {
    this->v3_and_below_producer_id = r.read_int64();
  }
  if (version <= 3) {
    this->v3_and_below_producer_epoch = r.read_int16();
  }
  if (version <= 3) {
    {
      const std::int32_t n13 = r.read_array_length(version >= 3);
      if (n13 < 0) {
        r.fail();
      } else {
        auto& v14 = this->v3_and_below_topics;
        v14.clear();
        for (std::int32_t i15 = 0; i15 < n13 && r.ok(); ++i15) {
          v14.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  if (!(version >= 4) && !(this->transactions.empty())) w.fail();
  if (version >= 4) {
    w.write_array_length(this->transactions.size(), true);
    for (const auto& e16 : this->transactions) {
      e16.encode(w, version);
    }
  }
  if (!(version <= 3) && !(this->v3_and_below_transactional_id.empty())) w.fail();
  if (version <= 3) {
    w.write_string(this->v3_and_below_transactional_id, version >= 3);
  }
  if (!(version <= 3) && !(this->v3_and_below_producer_id == 0)) w.fail();
  if (version <= 3) {
    w.write_int64(this->v3_and_below_producer_id);
  }
  if (!(version <= 3) && !(this->v3_and_below_producer_epoch == 0)) w.fail();
  if (version <= 3) {
    w.write_int16(this->v3_and_below_producer_epoch);
  }
  if (!(version <= 3) && !(this->v3_and_below_topics.empty())) w.fail();
  if (version <= 3) {
    w.write_array_length(this->v3_and_below_topics.size(), version >= 3);
    for (const auto& e17 : this->v3_and_below_topics) {
      e17.encode(w, version);
    }
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->transactions.size(), true);
    for (const auto& e18 : this->transactions) {
      n += e18.size(version);
    }
  }
  if (version <= 3) {
    n += ::gannet::protocol::wire::string_size(this->v3_and_below_transactional_id, version >= 3);
  }
  if (version <= 3) {
    n += 8;
  }
  if (version <= 3) {
    n += 2;
  }
  if (version <= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->v3_and_below_topics.size(), version >= 3);
    for (const auto& e19 : this->v3_and_below_topics) {
      n += e19.size(version);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_response_add_partitions_to_txn_partition_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->partition_index = r.read_int32();
  this->partition_error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_response_add_partitions_to_txn_partition_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int32(this->partition_index);
  w.write_int16(static_cast<std::int16_t>(this->partition_error_code));
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_response_add_partitions_to_txn_partition_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_response_add_partitions_to_txn_topic_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->name = r.read_string(version >= 3);
  {
    const std::int32_t n1 = r.read_array_length(version >= 3);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->results_by_partition;
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

void add_partitions_to_txn_response_add_partitions_to_txn_topic_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->name, version >= 3);
  w.write_array_length(this->results_by_partition.size(), version >= 3);
  for (const auto& e4 : this->results_by_partition) {
    e4.encode(w, version);
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_response_add_partitions_to_txn_topic_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->name, version >= 3);
  n += ::gannet::protocol::wire::array_length_size(this->results_by_partition.size(), version >= 3);
  for (const auto& e5 : this->results_by_partition) {
    n += e5.size(version);
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

void add_partitions_to_txn_response_add_partitions_to_txn_result::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->transactional_id = r.read_string(true);
  {
    const std::int32_t n6 = r.read_array_length(true);
    if (n6 < 0) {
      r.fail();
    } else {
      auto& v7 = this->topic_results;
      v7.clear();
      for (std::int32_t i8 = 0; i8 < n6 && r.ok(); ++i8) {
        v7.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void add_partitions_to_txn_response_add_partitions_to_txn_result::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->transactional_id, true);
  w.write_array_length(this->topic_results.size(), true);
  for (const auto& e9 : this->topic_results) {
    e9.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t add_partitions_to_txn_response_add_partitions_to_txn_result::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, true);
  n += ::gannet::protocol::wire::array_length_size(this->topic_results.size(), true);
  for (const auto& e10 : this->topic_results) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

void add_partitions_to_txn_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 5) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  if (version >= 4) {
    this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  }
  if (version >= 4) {
    {
      const std::int32_t n11 = r.read_array_length(true);
      if (n11 < 0) {
        r.fail();
      } else {
        auto& v12 = this->results_by_transaction;
        v12.clear();
        for (std::int32_t i13 = 0; i13 < n11 && r.ok(); ++i13) {
          v12.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version <= 3) {
    {
      const std::int32_t n14 = r.read_array_length(version >= 3);
      if (n14 < 0) {
        r.fail();
      } else {
        auto& v15 = this->results_by_topic_v3_and_below;
        v15.clear();
        for (std::int32_t i16 = 0; i16 < n14 && r.ok(); ++i16) {
          v15.emplace_back().decode(r, version);
        }
      }
    }
  }
  if (version >= 3) {
    r.skip_tagged_fields();
  }
}

void add_partitions_to_txn_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 5) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  if (version >= 4) {
    w.write_int16(static_cast<std::int16_t>(this->error_code));
  }
  if (!(version >= 4) && !(this->results_by_transaction.empty())) w.fail();
  if (version >= 4) {
    w.write_array_length(this->results_by_transaction.size(), true);
    for (const auto& e17 : this->results_by_transaction) {
      e17.encode(w, version);
    }
  }
  if (!(version <= 3) && !(this->results_by_topic_v3_and_below.empty())) w.fail();
  if (version <= 3) {
    w.write_array_length(this->results_by_topic_v3_and_below.size(), version >= 3);
    for (const auto& e18 : this->results_by_topic_v3_and_below) {
      e18.encode(w, version);
    }
  }
  if (version >= 3) {
    w.write_uvarint(0);
  }
}

std::size_t add_partitions_to_txn_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  if (version >= 4) {
    n += 2;
  }
  if (version >= 4) {
    n += ::gannet::protocol::wire::array_length_size(this->results_by_transaction.size(), true);
    for (const auto& e19 : this->results_by_transaction) {
      n += e19.size(version);
    }
  }
  if (version <= 3) {
    n += ::gannet::protocol::wire::array_length_size(this->results_by_topic_v3_and_below.size(), version >= 3);
    for (const auto& e20 : this->results_by_topic_v3_and_below) {
      n += e20.size(version);
    }
  }
  if (version >= 3) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
