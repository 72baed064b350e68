// generated from ListTransactionsRequest.json, ListTransactionsResponse.json; do not edit
#include "gannet/protocol/messages/list_transactions.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void list_transactions_response::transaction_state::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  transactional_id = r.read_string(true);
  producer_id = r.read_int64();
  transaction_state = r.read_string(true);
  r.skip_tagged_fields();
}

void list_transactions_response::transaction_state::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  w.write_string(transactional_id, true);
  w.write_int64(producer_id);
  w.write_string(transaction_state, true);
  w.write_uvarint(0);
}

std::size_t list_transactions_response::transaction_state::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(transactional_id, true);
  n += 8;
  n += ::gannet::protocol::wire::string_size(transaction_state, true);
  n += 1;
  return n;
}

}  // namespace gannet::protocol
