// generated from TransactionLogKey.json; do not edit
#include "gannet/protocol/internal/transaction_log_key.h"

#include <cstddef>
#include <cstdint>

#include "gannet/protocol/wire.h"

namespace gannet::protocol {

void transaction_log_key::decode([[maybe_unused]] ::gannet::protocol::reader& r, [[maybe_unused]] std::int16_t version) {
  if (version < 0 || version > 0) {
    r.fail();
    return;
  }
  this->transactional_id = r.read_string(false);
}

void transaction_log_key::encode([[maybe_unused]] ::gannet::protocol::writer& w, [[maybe_unused]] std::int16_t version) const {
  if (version < 0 || version > 0) {
    w.fail();
    return;
  }
  w.write_string(this->transactional_id, false);
}

std::size_t transaction_log_key::size([[maybe_unused]] std::int16_t version) const {
  std::size_t n = 0;
  n += ::gannet::protocol::wire::string_size(this->transactional_id, false);
  return n;
}

}  // namespace gannet::protocol
