// generated from ListTransactionsRequest.json, ListTransactionsResponse.json; do not edit
#include "gannet/protocol/messages/list_transactions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_transactions_request::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->state_filters;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(true);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->producer_id_filters;
      v5.clear();
      v5.reserve(static_cast<std::size_t>(n4));
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back() = r.read_int64();
      }
    }
  }
  if (version >= 1) {
    this->duration_filter = r.read_int64();
  }
  r.skip_tagged_fields();
}

void list_transactions_request::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_array_length(this->state_filters.size(), true);
  for (const auto& e7 : this->state_filters) {
    w.write_string(e7, true);
  }
  w.write_array_length(this->producer_id_filters.size(), true);
  for (const auto& e8 : this->producer_id_filters) {
    w.write_int64(e8);
  }
  if (!(version >= 1) && !(this->duration_filter == -1)) w.fail();
  if (version >= 1) {
    w.write_int64(this->duration_filter);
  }
  w.write_uvarint(0);
}

std::size_t list_transactions_request::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::array_length_size(this->state_filters.size(), true);
  for (const auto& e9 : this->state_filters) {
    n += ::gannet::protocol::wire::string_size(e9, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->producer_id_filters.size(), true);
  n += this->producer_id_filters.size() * 8;
  if (version >= 1) {
    n += 8;
  }
  n += 1;
  return n;
}

void list_transactions_response_transaction_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  this->transactional_id = r.read_string(true);
  this->producer_id = r.read_int64();
  this->transaction_state = r.read_string(true);
  r.skip_tagged_fields();
}

void list_transactions_response_transaction_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(this->transactional_id, true);
  w.write_int64(this->producer_id);
  w.write_string(this->transaction_state, true);
  w.write_uvarint(0);
}

std::size_t list_transactions_response_transaction_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, true);
  n += 8;
  n += ::gannet::protocol::wire::string_size(this->transaction_state, true);
  n += 1;
  return n;
}

void list_transactions_response::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 1) {
    r.fail();
    return;
  }
  this->throttle_time_ms = r.read_int32();
  this->error_code = static_cast<::gannet::protocol::error_code>(r.read_int16());
  {
    const std::int32_t n1 = r.read_array_length(true);
    if (n1 < 0) {
      r.fail();
    } else {
      auto& v2 = this->unknown_state_filters;
      v2.clear();
      for (std::int32_t i3 = 0; i3 < n1 && r.ok(); ++i3) {
        v2.emplace_back() = r.read_string(true);
      }
    }
  }
  {
    const std::int32_t n4 = r.read_array_length(true);
    if (n4 < 0) {
      r.fail();
    } else {
      auto& v5 = this->transaction_states;
      v5.clear();
      for (std::int32_t i6 = 0; i6 < n4 && r.ok(); ++i6) {
        v5.emplace_back().decode(r, version);
      }
    }
  }
  r.skip_tagged_fields();
}

void list_transactions_response::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 1) {
    w.fail();
    return;
  }
  w.write_int32(this->throttle_time_ms);
  w.write_int16(static_cast<std::int16_t>(this->error_code));
  w.write_array_length(this->unknown_state_filters.size(), true);
  for (const auto& e7 : this->unknown_state_filters) {
    w.write_string(e7, true);
  }
  w.write_array_length(this->transaction_states.size(), true);
  for (const auto& e8 : this->transaction_states) {
    e8.encode(w, version);
  }
  w.write_uvarint(0);
}

std::size_t list_transactions_response::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += 4;
  n += 2;
  n += ::gannet::protocol::wire::array_length_size(this->unknown_state_filters.size(), true);
  for (const auto& e9 : this->unknown_state_filters) {
    n += ::gannet::protocol::wire::string_size(e9, true);
  }
  n += ::gannet::protocol::wire::array_length_size(this->transaction_states.size(), true);
  for (const auto& e10 : this->transaction_states) {
    n += e10.size(version);
  }
  n += 1;
  return n;
}

}  // namespace gannet::protocol
