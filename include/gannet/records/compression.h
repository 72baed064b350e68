#pragma once
// The four codecs of record batch v2, in the framings Kafka clients use
// (docs/record-batch-format.md, "Compression"):
//   gzip   RFC 1952 (zlib); concatenated members are read like Java's GZIPInputStream
//   snappy xerial snappy-java stream framing (magic \x82SNAPPY\0, version and
//          compatible-version int32s, then int32-length-prefixed snappy blocks);
//          a bare snappy block is accepted on read
//   lz4    LZ4 frame format (lz4frame.h); written with 64 KB independent blocks,
//          which Kafka's Java KafkaLZ4BlockInputStream reads
//   zstd   a standard zstd frame, decompressed as a stream so frames without a
//          content size work
//
// Decompression treats its input as untrusted: output grows only as bytes come
// out, never to a size a header claims, and stops with errc::too_large as
// soon as it would exceed the caller's max_output. Thread-safe: codec
// contexts are per thread.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

// Replaces the contents of `out` with `input` compressed. compression_type::none
// copies. errc::unsupported_compression for values outside the enum.
result<void> compress(compression_type type, std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out);

// Replaces the contents of `out` with `input` decompressed (its capacity is
// reused). Errors: errc::too_large (more than max_output bytes would come out),
// errc::decompression_failed (malformed or truncated input),
// errc::unsupported_compression (none of the four codecs).
result<void> decompress(compression_type type, std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out,
                        std::size_t max_output);

const char* compression_name(compression_type type);

}  // namespace gannet::records
