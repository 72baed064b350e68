// generated from TransactionLogKey.json; do not edit
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

// TransactionLogKey: data, versions 0-0, flexible none.
struct transaction_log_key {
  static constexpr std::int16_t message_min_version = 0;
  static constexpr std::int16_t message_max_version = 0;
  static constexpr std::int16_t message_first_flexible_version = -1;

  // (versions 0-0)
  std::string transactional_id = "";

  void decode(::gannet::protocol::reader& r, std::int16_t version);
  void encode(::gannet::protocol::writer& w, std::int16_t version) const;
  std::size_t size(std::int16_t version) const;
  bool operator==(const ::gannet::protocol::transaction_log_key&) const = default;
};

}  // namespace gannet::protocol
