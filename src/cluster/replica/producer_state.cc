#include "gannet/cluster/producer_state.h"

#include <algorithm>
#include <limits>

namespace gannet::cluster {
namespace {
// Sequences wrap from INT32_MAX to 0 (Kafka's DefaultRecordBatch.incrementSequence).
std::int32_t next_sequence(std::int32_t s) { return s == std::numeric_limits<std::int32_t>::max() ? 0 : s + 1; }
// Kafka's DefaultRecordBatch.decrementSequence.
std::int32_t sequence_minus(std::int32_t s, std::int32_t n) {
  if (s < n) return std::numeric_limits<std::int32_t>::max() - (n - s) + 1;
  return s - n;
}
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
                            std::int64_t timestamp) {
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
  e.last_timestamp = timestamp;
}

void producer_state::expire(std::int64_t now_ms, std::int64_t expiration_ms) {
  std::erase_if(producers_, [&](const auto& kv) { return now_ms - kv.second.last_timestamp >= expiration_ms; });
}

std::vector<storage::producer_snapshot_entry> producer_state::snapshot() const {
  std::vector<storage::producer_snapshot_entry> out;
  out.reserve(producers_.size());
  for (const auto& [id, e] : producers_) {
    if (e.count == 0) continue;
    const batch_entry& b = e.newest();
    storage::producer_snapshot_entry s;
    s.producer_id = id;
    s.producer_epoch = e.epoch;
    s.last_sequence = b.last_sequence;
    s.last_offset = b.last_offset;
    s.offset_delta = static_cast<std::int32_t>(b.last_offset - b.first_offset);
    s.timestamp = e.last_timestamp;
    out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.producer_id < b.producer_id; });
  return out;
}

void producer_state::load(const std::vector<storage::producer_snapshot_entry>& entries, std::int64_t now_ms,
                          std::int64_t expiration_ms) {
  producers_.clear();
  for (const auto& s : entries) {
    if (s.producer_id < 0 || now_ms - s.timestamp >= expiration_ms) continue;
    entry& e = producers_[s.producer_id];
    e.epoch = s.producer_epoch;
    e.batches[0] = {sequence_minus(s.last_sequence, s.offset_delta), s.last_sequence, s.last_offset - s.offset_delta,
                    s.last_offset};
    e.count = 1;
    e.next = 1;
    e.last_timestamp = s.timestamp;
  }
}

std::set<std::int64_t> producer_state::last_batch_offsets() const {
  std::set<std::int64_t> out;
  for (const auto& [id, e] : producers_) {
    if (e.count > 0) out.insert(e.newest().last_offset);
  }
  return out;
}

}  // namespace gannet::cluster
