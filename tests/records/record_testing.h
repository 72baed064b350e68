#pragma once
// Helpers for the records tests: reading test data, decoding a batch into
// plain values that compare with ==.

#include <cstdint>
#include <fstream>
#include <iterator>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "gannet/records/batch_builder.h"
#include "gannet/records/record.h"
#include "gannet/records/record_batch.h"

namespace gannet::records::testing {

inline std::vector<std::uint8_t> read_data_file(const std::string& name) {
  std::ifstream f(std::string(GANNET_RECORDS_TEST_DATA) + "/" + name, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

inline void put_be(std::vector<std::uint8_t>& out, std::uint64_t v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i)
    out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

// A batch with a hand-made records section (valid or not) and a correct CRC.
inline std::vector<std::uint8_t> raw_batch(const std::vector<std::uint8_t>& section, std::int32_t count,
                                           std::int16_t attributes = 0, std::int32_t last_offset_delta = -2) {
  if (last_offset_delta == -2) last_offset_delta = count - 1;
  std::vector<std::uint8_t> b;
  put_be(b, 1000, 8);                                               // base offset
  put_be(b, batch_header_size - log_overhead + section.size(), 4);  // batch length
  put_be(b, 7, 4);                                                  // partition leader epoch
  b.push_back(2);                                                   // magic
  put_be(b, 0, 4);                                                  // crc, set below
  put_be(b, static_cast<std::uint16_t>(attributes), 2);
  put_be(b, static_cast<std::uint32_t>(last_offset_delta), 4);
  put_be(b, 1700000000000, 8);  // base timestamp
  put_be(b, 1700000000005, 8);  // max timestamp
  put_be(b, 42, 8);             // producer id
  put_be(b, 3, 2);              // producer epoch
  put_be(b, 100, 4);            // base sequence
  put_be(b, static_cast<std::uint32_t>(count), 4);
  b.insert(b.end(), section.begin(), section.end());
  update_crc(b);
  return b;
}

inline std::optional<std::string> to_string(const nullable_bytes& b) {
  if (!b) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(b->data()), b->size());
}

struct decoded_record {
  std::int64_t timestamp_ms = 0;
  std::int32_t offset_delta = 0;
  std::optional<std::string> key;
  std::optional<std::string> value;
  std::vector<std::pair<std::string, std::optional<std::string>>> headers;
  bool operator==(const decoded_record&) const = default;
};

inline std::ostream& operator<<(std::ostream& os, const std::optional<std::string>& s) {
  return s ? os << '"' << *s << '"' : os << "null";
}
inline std::ostream& operator<<(std::ostream& os, const decoded_record& r) {
  os << "{ts=" << r.timestamp_ms << " od=" << r.offset_delta << " key=" << r.key << " value=" << r.value
     << " headers=[";
  for (const auto& [k, v] : r.headers)
    os << k << ":" << v << " ";
  return os << "]}";
}

// Validates and decodes a whole batch.
inline result<std::vector<decoded_record>> decode_batch(std::span<const std::uint8_t> bytes,
                                                        std::size_t max_decompressed = 1 << 24) {
  auto batch = validate_batch(bytes);
  if (!batch) return batch.error();
  std::vector<std::uint8_t> buffer;
  auto reader = read_records(*batch, buffer, max_decompressed);
  if (!reader) return reader.error();
  std::vector<decoded_record> out;
  for (;;) {
    auto r = reader->next();
    if (!r) return r.error();
    if (!*r) break;
    decoded_record d;
    d.timestamp_ms = record_timestamp(batch->base_timestamp(), **r);
    d.offset_delta = (*r)->offset_delta;
    d.key = to_string((*r)->key);
    d.value = to_string((*r)->value);
    for (const auto& h : (*r)->headers)
      d.headers.emplace_back(*to_string(h.key), to_string(h.value));
    out.push_back(std::move(d));
  }
  return out;
}

// The decoded form of what batch_builder was given.
inline std::vector<decoded_record> expected_from(const std::vector<record_data>& records) {
  std::vector<decoded_record> out;
  for (std::size_t i = 0; i < records.size(); ++i) {
    decoded_record d{records[i].timestamp_ms, static_cast<std::int32_t>(i), records[i].key, records[i].value, {}};
    for (const auto& h : records[i].headers)
      d.headers.emplace_back(h.key, h.value);
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace gannet::records::testing
