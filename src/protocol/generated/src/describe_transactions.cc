// generated from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json; do not edit
#include "gannet/protocol/messages/describe_transactions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_transactions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->transactional_ids;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(true);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_transactions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_array_length(this->transactional_ids.size(), true);
  for (const auto& e4 : this->transactional_ids) {
    w.write_string(e4, true);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->transactional_ids.size(), true);
  for (const auto& e5 : this->transactional_ids) {
    n += ::gannet::protocol::wire::string_size(e5, true);
  }
  n += 1;
  return n;
}

void describe_transactions_response_topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->topic = r.read_string(true);
  {
    const std::int32_t n1 = r.read_array_length(true);
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
  r.skip_tagged_fields();
}

void describe_transactions_response_topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->topic, true);
  w.write_array_length(this->partitions.size(), true);
  for (const auto& e4 : this->partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_response_topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->topic, true);
  n += ::gannet::protocol::wire::array_length_size(this->partitions.size(), true);
  n += this->partitions.size() * 4;
  n += 1;
  return n;
}

void describe_transactions_response_transaction_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  this->transactional_id = r.read_string(true);
  this->transaction_state = r.read_string(true);
  this->transaction_timeout_ms = r.read_int32();
  this->transaction_start_time_ms = r.read_int64();
  this->producer_id = r.read_int64();
  this->producer_epoch = r.read_int16();
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

void describe_transactions_response_transaction_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_string(this->transactional_id, true);
  w.write_string(this->transaction_state, true);
  w.write_int32(this->transaction_timeout_ms);
  w.write_int64(this->transaction_start_time_ms);
  w.write_int64(this->producer_id);
  w.write_int16(this->producer_epoch);
  w.write_array_length(this->topics.size(), true);
  for (const auto& e8 : this->topics) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_response_transaction_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, true);
  n += ::gannet::protocol::wire::string_size(this->transaction_state, true);
  n += 4;
  n += 8;
  n += 8;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->topics.size(), true);
  for (const auto& e9 : this->topics) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

void describe_transactions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  {
    const std::int32_t n10 = r.read_array_length(true);
    if (n10 < 0) {
      r.fail();
    } else {
      auto& v11 = this->transaction_states;
      v11.clear();
      for (std::int32_t i12 = 0; i12 < n10 && r.ok(); ++i12) {
        v11.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void describe_transactions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_array_length(this->transaction_states.size(), true);
  for (const auto& e13 : this->transaction_states) {
    e13.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += ::gannet::protocol::wire::array_length_size(this->transaction_states.size(), true);
  for (const auto& e14 : this->transaction_states) {
    n += e14.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
