// Message values for the benchmark: JSON-like text (field names repeat,
// numbers vary), so that lz4 has something to do, as on real event streams.
// The first 16 bytes are overwritten per message with a send timestamp and a
// sequence number (latency workload).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gannet::bench {

// `count` distinct values of exactly `size` bytes each.
std::vector<std::string> make_payloads(std::size_t size, std::size_t count);

// The stamp at the front of a value: nanoseconds of steady_clock (CLOCK_MONOTONIC,
// machine-wide, so producer and consumer may be different processes) and a sequence.
struct stamp {
  std::int64_t send_ns;
  std::int64_t seq;
};
void write_stamp(std::string& value, stamp s);
stamp read_stamp(const void* value);

std::int64_t now_ns();

}  // namespace gannet::bench
