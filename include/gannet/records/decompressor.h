#pragma once
// Streaming decompression of a batch's records section: output comes out in
// pieces the caller sizes, so validating a batch never holds its whole
// decompressed content (a 32 KB zstd frame can expand to 1 GiB). Framings as in
// compression.h. Memory per stream is the codec's own state, bounded
// independently of the input: zstd windows up to 8 MiB (max_zstd_window_log),
// lz4 blocks up to 4 MiB (the frame format's largest), one snappy block at a
// time (at most max_snappy_expansion times its compressed size), zlib's 32 KiB.
//
// One stream per batch; not thread-safe; the input must outlive the stream.
// Its state is freed with the stream, so memory returns after a large batch.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "gannet/common/result.h"
#include "gannet/records/record_batch.h"

namespace gannet::records {

// zstd frames asking a larger window are refused (errc::decompression_failed):
// producers at every level write windows of at most 2^23 for batches of up to
// 8 MiB; Kafka's own limit (zstd's default) is 2^27, 128 MiB of memory per batch.
inline constexpr int max_zstd_window_log = 23;
// snappy cannot expand a block by more than ~22 times (a 3-byte copy of 64
// bytes); a block claiming more is refused before anything is allocated.
inline constexpr std::size_t max_snappy_expansion = 24;

class decompressor {
 public:
  virtual ~decompressor() = default;
  // Writes up to out.size() bytes into out; 0 only at the end of the stream.
  // errc::decompression_failed for malformed or truncated input.
  virtual result<std::size_t> read(std::span<std::uint8_t> out) = 0;
};

// errc::unsupported_compression for compression_type::none and unknown values.
result<std::unique_ptr<decompressor>> open_decompressor(compression_type type, std::span<const std::uint8_t> input);

}  // namespace gannet::records
