// Streaming codecs (decompressor.h). Each stream owns its codec state and
// frees it when destroyed: nothing grows per thread after a hostile batch.
#include "gannet/records/decompressor.h"

#include <lz4frame.h>
#include <snappy.h>
#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <vector>

#include "byte_order.h"

namespace gannet::records {
namespace {

std::error_code failed() { return make_error_code(errc::decompression_failed); }

// Inputs over 4 GiB are not record batches (zlib counts in uInt).
constexpr std::size_t max_input = std::numeric_limits<unsigned>::max();

// RFC 1952, members read one after another like Java's GZIPInputStream, which
// also ignores trailing bytes that do not start another member.
class gzip_stream final : public decompressor {
 public:
  explicit gzip_stream(std::span<const std::uint8_t> in) {
    ok_ = in.size() <= max_input && inflateInit2(&zs_, 15 + 16) == Z_OK;
    zs_.next_in = const_cast<Bytef*>(in.data());
    zs_.avail_in = static_cast<uInt>(std::min(in.size(), max_input));
  }
  ~gzip_stream() override {
    if (ok_) inflateEnd(&zs_);
  }

  result<std::size_t> read(std::span<std::uint8_t> out) override {
    if (!ok_) return failed();
    std::size_t produced = 0;
    while (produced < out.size() && !ended_) {
      const std::size_t chunk = std::min<std::size_t>(out.size() - produced, std::numeric_limits<uInt>::max());
      zs_.next_out = out.data() + produced;
      zs_.avail_out = static_cast<uInt>(chunk);
      const int rc = inflate(&zs_, Z_NO_FLUSH);
      produced += chunk - zs_.avail_out;
      if (rc == Z_STREAM_END) {
        if (zs_.avail_in >= 2 && zs_.next_in[0] == 0x1f && zs_.next_in[1] == 0x8b) {
          if (inflateReset(&zs_) != Z_OK) return failed();
          continue;
        }
        ended_ = true;
        break;
      }
      if (rc == Z_BUF_ERROR && zs_.avail_in == 0) return failed();  // truncated member
      if (rc != Z_OK && rc != Z_BUF_ERROR) return failed();
    }
    return produced;
  }

 private:
  z_stream zs_{};
  bool ok_ = false;
  bool ended_ = false;
};

// zstd frames back to back, as zstd-jni's stream reads them.
class zstd_stream final : public decompressor {
 public:
  explicit zstd_stream(std::span<const std::uint8_t> in) : ctx_(ZSTD_createDStream()), in_{in.data(), in.size(), 0} {
    if (ctx_) ZSTD_DCtx_setParameter(ctx_, ZSTD_d_windowLogMax, max_zstd_window_log);
    empty_ = in.empty();
  }
  ~zstd_stream() override { ZSTD_freeDStream(ctx_); }

  result<std::size_t> read(std::span<std::uint8_t> out) override {
    if (!ctx_ || empty_) return failed();
    ZSTD_outBuffer dst{out.data(), out.size(), 0};
    while (dst.pos < dst.size && !ended_) {
      const std::size_t hint = ZSTD_decompressStream(ctx_, &dst, &in_);
      if (ZSTD_isError(hint)) return failed();
      if (in_.pos == in_.size) {
        if (hint == 0) {
          ended_ = true;  // the last frame ended and was flushed
        } else if (dst.pos < dst.size) {
          return failed();  // input exhausted mid-frame
        }
      }
    }
    return dst.pos;
  }

 private:
  ZSTD_DStream* ctx_;
  ZSTD_inBuffer in_;
  bool ended_ = false;
  bool empty_ = false;
};

class lz4_stream final : public decompressor {
 public:
  explicit lz4_stream(std::span<const std::uint8_t> in) : in_(in) {
    if (LZ4F_isError(LZ4F_createDecompressionContext(&ctx_, LZ4F_VERSION))) ctx_ = nullptr;
  }
  ~lz4_stream() override { LZ4F_freeDecompressionContext(ctx_); }

  result<std::size_t> read(std::span<std::uint8_t> out) override {
    if (!ctx_ || in_.empty()) return failed();
    std::size_t produced = 0;
    while (produced < out.size() && !ended_) {
      std::size_t dst = out.size() - produced;
      std::size_t src = in_.size() - pos_;
      hint_ = LZ4F_decompress(ctx_, out.data() + produced, &dst, in_.data() + pos_, &src, nullptr);
      if (LZ4F_isError(hint_)) return failed();
      pos_ += src;
      produced += dst;
      if (hint_ == 0) {
        ended_ = true;  // bytes after the frame are ignored, as Kafka's KafkaLZ4BlockInputStream does
      } else if (src == 0 && dst == 0) {
        return failed();  // input exhausted inside the frame
      }
    }
    return produced;
  }

 private:
  LZ4F_dctx* ctx_ = nullptr;
  std::span<const std::uint8_t> in_;
  std::size_t pos_ = 0;
  std::size_t hint_ = 1;
  bool ended_ = false;
};

constexpr std::array<std::uint8_t, 8> xerial_magic = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
constexpr std::size_t xerial_header_size = 16;

// xerial framing (int32-prefixed raw blocks), or one bare raw block. A block
// is decompressed whole (snappy has no partial output) into a buffer sized by
// its claim, which max_snappy_expansion bounds by the block's own size.
class snappy_stream final : public decompressor {
 public:
  explicit snappy_stream(std::span<const std::uint8_t> in) : in_(in) {
    xerial_ = in.size() >= xerial_header_size && std::equal(xerial_magic.begin(), xerial_magic.end(), in.begin());
    pos_ = xerial_ ? xerial_header_size : 0;
  }

  result<std::size_t> read(std::span<std::uint8_t> out) override {
    std::size_t produced = 0;
    while (produced < out.size()) {
      if (block_pos_ == block_.size()) {
        auto more = next_block();
        if (!more) return more.error();
        if (!*more) break;
        continue;
      }
      const std::size_t n = std::min(out.size() - produced, block_.size() - block_pos_);
      std::memcpy(out.data() + produced, block_.data() + block_pos_, n);
      block_pos_ += n;
      produced += n;
    }
    return produced;
  }

 private:
  // False at the end of the input.
  result<bool> next_block() {
    if (pos_ == in_.size() && (xerial_ || started_)) return false;
    std::span<const std::uint8_t> raw;
    if (xerial_) {
      if (in_.size() - pos_ < 4) return {boost::system::in_place_error, failed()};
      const std::size_t n = detail::load_be32(in_.data() + pos_);
      pos_ += 4;
      if (n > in_.size() - pos_) return {boost::system::in_place_error, failed()};
      raw = in_.subspan(pos_, n);
      pos_ += n;
    } else {
      raw = in_;
      pos_ = in_.size();
    }
    started_ = true;
    const auto* src = reinterpret_cast<const char*>(raw.data());
    std::size_t n = 0;
    if (!snappy::GetUncompressedLength(src, raw.size(), &n)) return {boost::system::in_place_error, failed()};
    if (n > raw.size() * max_snappy_expansion + 64) return {boost::system::in_place_error, failed()};
    block_.clear();
    block_.shrink_to_fit();  // a small block after a large one keeps no large buffer
    block_.resize(n);
    if (!snappy::RawUncompress(src, raw.size(), reinterpret_cast<char*>(block_.data())))
      return {boost::system::in_place_error, failed()};
    block_pos_ = 0;
    return true;
  }

  std::span<const std::uint8_t> in_;
  std::size_t pos_ = 0;
  bool xerial_ = false;
  bool started_ = false;
  std::vector<std::uint8_t> block_;
  std::size_t block_pos_ = 0;
};

}  // namespace

result<std::unique_ptr<decompressor>> open_decompressor(compression_type type, std::span<const std::uint8_t> input) {
  switch (type) {
    case compression_type::none:
      break;
    case compression_type::gzip:
      return std::unique_ptr<decompressor>(std::make_unique<gzip_stream>(input));
    case compression_type::snappy:
      return std::unique_ptr<decompressor>(std::make_unique<snappy_stream>(input));
    case compression_type::lz4:
      return std::unique_ptr<decompressor>(std::make_unique<lz4_stream>(input));
    case compression_type::zstd:
      return std::unique_ptr<decompressor>(std::make_unique<zstd_stream>(input));
  }
  return make_error_code(errc::unsupported_compression);
}

}  // namespace gannet::records
