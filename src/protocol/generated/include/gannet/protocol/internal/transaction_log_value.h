// generated from TransactionLogValue.json; do not edit
#pragma once
// A Kafka internal topic record (key or value, without its int16 version
// prefix); format and conventions in docs/protocol.md.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

// transaction_log_value::partitions_schema
struct transaction_log_value_partitions_schema {
  std::string topic = "";
  std::vector<std::int32_t> partition_ids{};

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::transaction_log_value_partitions_schema&) const = default;
};

// TransactionLogValue: data, versions 0-1, flexible 1+.
struct transaction_log_value {
  using partitions_schema = ::gannet::protocol::transaction_log_value_partitions_schema;

  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 1;
  static constexpr std::int16_t message_first_flexible_version = 1;

  // Producer id in use by the transactional id
  std::int64_t producer_id = 0;
  // Epoch associated with the producer id
  std::int16_t producer_epoch = 0;
  // Transaction timeout in milliseconds
  std::int32_t transaction_timeout_ms = 0;
  // TransactionState the transaction is in
  std::int8_t transaction_status = 0;
  // Set of partitions involved in the transaction (nullable 0+)
  std::optional<std::vector<::gannet::protocol::transaction_log_value_partitions_schema>> transaction_partitions = std::vector<::gannet::protocol::transaction_log_value_partitions_schema>{};
  // Time the transaction was last updated
  std::int64_t transaction_last_update_timestamp_ms = 0;
  // Time the transaction was started
  std::int64_t transaction_start_timestamp_ms = 0;

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::transaction_log_value&) const = default;
};

}  // namespace gannet::protocol
