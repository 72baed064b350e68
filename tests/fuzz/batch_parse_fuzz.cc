// Fuzz target: record batch v2 parsing on untrusted bytes. Exercises
// validate_batch, the rewrites, records iteration (headers included), the
// streaming record scan of Produce validation, and
// bounded decompression of the input itself with every codec.
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "gannet/records/batch_reader.h"
#include "gannet/records/compression.h"
#include "gannet/records/crc32c.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"
#include "gannet/records/record_scanner.h"

namespace {

using namespace gannet::records;

constexpr std::size_t max_decompressed = 1 << 20;

// Touches every byte a record view points at, so ASan sees any overrun.
std::uint32_t consume(const record_view& r) {
  std::uint32_t h = static_cast<std::uint32_t>(r.offset_delta) ^ static_cast<std::uint32_t>(r.timestamp_delta);
  auto mix = [&](std::span<const std::uint8_t> s) {
    for (auto b : s)
      h = h * 31 + b;
  };
  if (r.key) mix(*r.key);
  if (r.value) mix(*r.value);
  for (const auto& hdr : r.headers) {
    mix(hdr.key);
    if (hdr.value) mix(*hdr.value);
  }
  return h;
}

void parse_batches(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& buffer) {
  // A records field: batches back to back, as storage recovery reads a segment.
  batch_reader batches(in);
  for (;;) {
    auto next = batches.next();
    if (!next || !*next) return;
    const batch_view* batch = &**next;
    (void)validate_records(*batch, buffer, max_decompressed);
    const bool parsed = validate_records(*batch, buffer, max_decompressed, {.consecutive_offsets = false}).has_value();
    // The streaming scan Produce uses reads what the buffered reader reads (it
    // is laxer only on negative key/value lengths; lz4 stops at its first frame,
    // as Kafka's KafkaLZ4BlockInputStream).
    std::int32_t visited = 0;
    auto scanned = scan_records(*batch, [&](std::int32_t i, const scanned_record&) {
      if (i != visited++) __builtin_trap();
    });
    if (parsed && batch->compression() != compression_type::lz4 && !scanned) __builtin_trap();
    if (scanned && scanned->records.count != visited) __builtin_trap();
    if (auto reader = read_records(*batch, buffer, max_decompressed)) {
      volatile std::uint32_t sink = 0;
      for (;;) {
        auto r = reader->next();
        if (!r || !*r) break;
        sink = sink + consume(**r);
      }
    }
    // Rewrites keep the batch valid.
    std::vector<std::uint8_t> copy(batch->bytes().begin(), batch->bytes().end());
    set_base_offset(copy, 12345);
    set_partition_leader_epoch(copy, 7);
    set_log_append_time(copy, 1700000000000);
    if (!validate_batch(copy)) __builtin_trap();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> in(data, size);
  std::vector<std::uint8_t> buffer;
  parse_batches(in, buffer);
  // The same bytes as a batch whose CRC happens to match: fix the CRC so the
  // fuzzer reaches the records and codecs without having to forge it.
  if (size >= batch_header_size) {
    std::vector<std::uint8_t> fixed(in.begin(), in.end());
    const batch_view view(fixed);
    if (view.batch_length() >= 49 && view.size_bytes() <= fixed.size()) {
      fixed[field::magic] = 2;
      update_crc(fixed);
      parse_batches(fixed, buffer);
    }
  }
  // Raw codec input, selected by the first byte.
  if (size >= 1) {
    const auto type = static_cast<compression_type>(data[0] % 5);
    std::vector<std::uint8_t> out;
    if (auto r = decompress(type, in.subspan(1), out, 1 << 16); r && out.size() > (1 << 16)) __builtin_trap();
  }
  return 0;
}
