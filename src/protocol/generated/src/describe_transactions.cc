// generated from DescribeTransactionsRequest.json, DescribeTransactionsResponse.json; do not edit
#include "gannet/protocol/messages/describe_transactions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void describe_transactions_response::topic_data::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  topic = r.read_string(true);
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

void describe_transactions_response::topic_data::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(topic, true);
  w.write_array_length(partitions.size(), true);
  for (const auto& e4 : partitions) {
    w.write_int32(e4);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_response::topic_data::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(topic, true);
  n += ::gannet::protocol::wire::array_length_size(partitions.size(), true);
  n += partitions.size() * 4;
  n += 1;
  return n;
}

void describe_transactions_response::transaction_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  transactional_id = r.read_string(true);
  transaction_state = r.read_string(true);
  transaction_timeout_ms = r.read_int32();
  transaction_start_time_ms = r.read_int64();
  producer_id = r.read_int64();
  producer_epoch = r.read_int16();
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

void describe_transactions_response::transaction_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_int16(static_cast<std::int16_t>(error_code));
  w.write_string(transactional_id, true);
  w.write_string(transaction_state, true);
  w.write_int32(transaction_timeout_ms);
  w.write_int64(transaction_start_time_ms);
  w.write_int64(producer_id);
  w.write_int16(producer_epoch);
  w.write_array_length(topics.size(), true);
  for (const auto& e8 : topics) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t describe_transactions_response::transaction_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 2;
  n += ::gannet::protocol::wire::string_size(transactional_id, true);
  n += ::gannet::protocol::wire::string_size(transaction_state, true);
  n += 4;
  n += 8;
  n += 8;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(topics.size(), true);
  for (const auto& e9 : topics) {
    n += e9.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
