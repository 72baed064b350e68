// generated from TransactionLogValue.json; do not edit
#include "gannet/protocol/internal/transaction_log_value.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void transaction_log_value_partitions_schema::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(version >= 1);
  {
    const std::int32_t n1 = r.read_array_length(version >= 1);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->partition_ids;
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

void transaction_log_value_partitions_schema::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, version >= 1);
  w.write_array_length(this->partition_ids.size(), version >= 1);
  for (const auto& e4 : this->partition_ids) {
    w.write_int32(e4);
  }
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t transaction_log_value_partitions_schema::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, version >= 1);
  n += ::gannet::protocol::wire::array_length_size(this->partition_ids.size(), version >= 1);
  n += this->partition_ids.size() * 4;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

void transaction_log_value::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
  this->transaction_timeout_ms = r.read_int32();
  this->transaction_status = r.read_int8();
  {
    const std::int32_t n5 = r.read_array_length(version >= 1);
    if (n5 < 0) {
      this->transaction_partitions.reset();
    } else {
      auto& v6 = this->transaction_partitions.emplace();
      for (std::int32_t i7 = 0; i7 < n5 && r.ok(); ++i7) {
        v6.emplace_back().decode(r, version);
      }
    }
  }
  this->transaction_last_update_timestamp_ms = r.read_int64();
  this->transaction_start_timestamp_ms = r.read_int64();
  if (version >= 1) {
    r.skip_tagged_fields();
  }
}

void transaction_log_value::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  w.write_int32(this->transaction_timeout_ms);
  w.write_int8(this->transaction_status);
  if (!this->transaction_partitions) {
    w.write_null_array_length(version >= 1);
  } else {
    w.write_array_length((*this->transaction_partitions).size(), version >= 1);
    for (const auto& e8 : (*this->transaction_partitions)) {
      e8.encode(w, version);
    }
  }
  w.write_int64(this->transaction_last_update_timestamp_ms);
  w.write_int64(this->transaction_start_timestamp_ms);
  if (version >= 1) {
    w.write_uvarint(0);
  }
}

std::size_t transaction_log_value::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 8;
  n += 2;
  n += 4;
  n += 1;
  if (!this->transaction_partitions) {
    n += ::gannet::protocol::wire::null_array_length_size(version >= 1);
  } else {
    n += ::gannet::protocol::wire::array_length_size((*this->transaction_partitions).size(), version >= 1);
    for (const auto& e9 : (*this->transaction_partitions)) {
      n += e9.size(version);
    }
  }
  n += 8;
  n += 8;
  if (version >= 1) {
    n += 1;
  }
  return n;
}

}  // namespace gannet::protocol
