#include "producer_state.h"

#include <limits>

namespace gannet::broker {
namespace {
// Sequences wrap from INT32_MAX to 0 (Kafka's DefaultRecordBatch.incrementSequence).
std::int32_t next_sequence(std::int32_t s) { return s == std::numeric_limits<std::int32_t>::max() ? 0 : s + 1; }
}  // namespace

producer_state::verdict producer_state::check(const batch_identity& b) const {
  verdict v;
  if (b.producer_id < 0) return v;
  auto it = producers_.find(b.producer_id);
  // No state (new producer, or expired): accept whatever sequence it starts at,
  // as Kafka does since KIP-360.
  if (it == producers_.end() || it->second.count == 0) return v;
  const entry& e = it->second;
  if (b.producer_epoch < e.epoch) {
    v.error = protocol::error_code::invalid_producer_epoch;
    return v;
  }
  if (b.producer_epoch > e.epoch) {
    // A bumped epoch starts again at sequence 0.
    if (b.first_sequence != 0) v.error = protocol::error_code::out_of_order_sequence_number;
    return v;
  }
  for (std::size_t i = 0; i < e.count; ++i) {
    const auto& x = e.batches[i];
    if (x.first_sequence == b.first_sequence && x.last_sequence == b.last_sequence) {
      v.duplicate_first_offset = x.first_offset;
      return v;
    }
  }
  if (b.first_sequence != next_sequence(e.newest().last_sequence)) {
    v.error = protocol::error_code::out_of_order_sequence_number;
  }
  return v;
}

void producer_state::record(const batch_identity& b, std::int64_t first_offset, std::int64_t last_offset,
                            std::int64_t now_ms) {
  if (b.producer_id < 0) return;
  entry& e = producers_[b.producer_id];
  if (b.producer_epoch != e.epoch) {
    e.epoch = b.producer_epoch;
    e.count = 0;
    e.next = 0;
  }
  e.batches[e.next] = {b.first_sequence, b.last_sequence, first_offset, last_offset};
  e.next = (e.next + 1) % batches_kept;
  if (e.count < batches_kept) ++e.count;
  e.last_update_ms = now_ms;
}

void producer_state::expire(std::int64_t now_ms, std::int64_t expiration_ms) {
  std::erase_if(producers_, [&](const auto& kv) { return now_ms - kv.second.last_update_ms > expiration_ms; });
}

}  // namespace gannet::broker
