// Codecs of record batch v2 (see compression.h for framings and bounds).
#include "gannet/records/compression.h"

#include <lz4frame.h>
#include <snappy.h>
#include <zlib.h>
#include <zstd.h>
#include <zstd_errors.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <memory>

#include "byte_order.h"

namespace gannet::records {
namespace {

std::error_code failed() { return make_error_code(errc::decompression_failed); }
std::error_code too_large() { return make_error_code(errc::too_large); }

// Output that grows geometrically as a decompressor fills it, up to one byte
// past the caller's bound: filling that byte means the input expands too far.
class bounded_output {
 public:
  bounded_output(std::vector<std::uint8_t>& out, std::size_t max_output, std::size_t input_size)
      : out_(out), limit_(max_output == std::numeric_limits<std::size_t>::max() ? max_output : max_output + 1) {
    out_.clear();
    // A first guess from the input size, never from a header's claim.
    const std::size_t n = std::min(limit_, std::max<std::size_t>(4096, input_size * 4));
    out_.reserve(n);
    out_.resize(n);
  }
  // Space for more output; false when the bound is reached.
  bool ensure_space() {
    if (used_ < out_.size()) return true;
    if (out_.size() >= limit_) return false;
    const std::size_t n = std::min(limit_, out_.size() * 2);
    out_.reserve(n);  // exactly n: resize alone may double past the bound
    out_.resize(n);
    return true;
  }
  std::uint8_t* next() { return out_.data() + used_; }
  std::size_t space() const { return out_.size() - used_; }
  void produced(std::size_t n) { used_ += n; }
  std::size_t used() const { return used_; }
  bool over() const { return used_ >= limit_ && limit_ != std::numeric_limits<std::size_t>::max(); }
  // Shrinks to what was produced; false if that passes the bound.
  bool finish() {
    if (over()) return false;
    out_.resize(used_);
    return true;
  }

 private:
  std::vector<std::uint8_t>& out_;
  std::size_t limit_;
  std::size_t used_ = 0;
};

// --- gzip ---

result<void> gzip_compress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out) {
  z_stream zs{};
  // windowBits 15 + 16: gzip framing (RFC 1952), as Java's GZIPOutputStream.
  if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    return make_error_code(std::errc::not_enough_memory);
  out.resize(deflateBound(&zs, static_cast<uLong>(in.size())) + 32);
  zs.next_in = const_cast<Bytef*>(in.data());
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = out.data();
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) return make_error_code(std::errc::io_error);
  return {};
}

result<void> gzip_decompress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output) {
  z_stream zs{};
  if (inflateInit2(&zs, 15 + 16) != Z_OK) return make_error_code(std::errc::not_enough_memory);
  std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, &inflateEnd);
  bounded_output o(out, max_output, in.size());
  zs.next_in = const_cast<Bytef*>(in.data());
  // Inputs over 4 GiB are not record batches.
  if (in.size() > std::numeric_limits<uInt>::max()) return failed();
  zs.avail_in = static_cast<uInt>(in.size());
  for (;;) {
    if (!o.ensure_space()) return too_large();
    const std::size_t chunk = std::min<std::size_t>(o.space(), std::numeric_limits<uInt>::max());
    zs.next_out = o.next();
    zs.avail_out = static_cast<uInt>(chunk);
    const int rc = inflate(&zs, Z_NO_FLUSH);
    o.produced(chunk - zs.avail_out);
    if (o.over()) return too_large();
    if (rc == Z_STREAM_END) {
      // Another gzip member follows? (Java's GZIPInputStream reads them all and
      // ignores trailing bytes that are not a gzip header.)
      if (zs.avail_in >= 2 && zs.next_in[0] == 0x1f && zs.next_in[1] == 0x8b) {
        if (inflateReset(&zs) != Z_OK) return failed();
        continue;
      }
      break;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) return failed();  // truncated
    if (rc != Z_OK && rc != Z_BUF_ERROR) return failed();
  }
  if (!o.finish()) return too_large();
  return {};
}

// --- snappy (xerial framing) ---

constexpr std::array<std::uint8_t, 8> xerial_magic = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0};
constexpr std::size_t xerial_header_size = 16;        // magic, version int32, compatible version int32
constexpr std::size_t xerial_block_size = 32 * 1024;  // snappy-java's default, as Kafka writes

result<void> snappy_compress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out) {
  out.assign(xerial_magic.begin(), xerial_magic.end());
  out.resize(xerial_header_size);
  detail::store_be32(out.data() + 8, 1);   // version
  detail::store_be32(out.data() + 12, 1);  // minimum compatible version
  for (std::size_t pos = 0; pos < in.size(); pos += xerial_block_size) {
    const std::size_t n = std::min(xerial_block_size, in.size() - pos);
    const std::size_t at = out.size();
    out.resize(at + 4 + snappy::MaxCompressedLength(n));
    std::size_t written = 0;
    snappy::RawCompress(reinterpret_cast<const char*>(in.data() + pos), n, reinterpret_cast<char*>(out.data() + at + 4),
                        &written);
    detail::store_be32(out.data() + at, static_cast<std::uint32_t>(written));
    out.resize(at + 4 + written);
  }
  return {};
}

// Appends one raw snappy block to out, within the bound.
result<void> snappy_block(std::span<const std::uint8_t> block, std::vector<std::uint8_t>& out, std::size_t max_output) {
  std::size_t n = 0;
  const auto* src = reinterpret_cast<const char*>(block.data());
  // The claimed length is checked against the bound before any allocation.
  if (!snappy::GetUncompressedLength(src, block.size(), &n)) return failed();
  if (n > max_output - out.size()) return too_large();
  const std::size_t at = out.size();
  out.resize(at + n);
  if (!snappy::RawUncompress(src, block.size(), reinterpret_cast<char*>(out.data() + at))) return failed();
  return {};
}

result<void> snappy_decompress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out,
                               std::size_t max_output) {
  out.clear();
  if (in.size() < xerial_header_size || !std::equal(xerial_magic.begin(), xerial_magic.end(), in.begin()))
    return snappy_block(in, out, max_output);
  std::size_t pos = xerial_header_size;
  while (pos < in.size()) {
    if (in.size() - pos < 4) return failed();
    const std::size_t n = detail::load_be32(in.data() + pos);
    pos += 4;
    if (n > in.size() - pos) return failed();
    if (auto r = snappy_block(in.subspan(pos, n), out, max_output); !r) return r;
    pos += n;
  }
  return {};
}

// --- lz4 frame ---

struct lz4_dctx_deleter {
  void operator()(LZ4F_dctx* c) const { LZ4F_freeDecompressionContext(c); }
};

result<void> lz4_compress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out) {
  LZ4F_preferences_t prefs{};
  prefs.frameInfo.blockSizeID = LZ4F_max64KB;
  prefs.frameInfo.blockMode = LZ4F_blockIndependent;
  out.resize(LZ4F_compressFrameBound(in.size(), &prefs));
  const std::size_t n = LZ4F_compressFrame(out.data(), out.size(), in.data(), in.size(), &prefs);
  if (LZ4F_isError(n)) return make_error_code(std::errc::io_error);
  out.resize(n);
  return {};
}

result<void> lz4_decompress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output) {
  thread_local std::unique_ptr<LZ4F_dctx, lz4_dctx_deleter> ctx = [] {
    LZ4F_dctx* c = nullptr;
    if (LZ4F_isError(LZ4F_createDecompressionContext(&c, LZ4F_VERSION))) c = nullptr;
    return std::unique_ptr<LZ4F_dctx, lz4_dctx_deleter>(c);
  }();
  if (!ctx) return make_error_code(std::errc::not_enough_memory);
  LZ4F_resetDecompressionContext(ctx.get());
  bounded_output o(out, max_output, in.size());
  std::size_t pos = 0;
  std::size_t hint = 1;
  while (pos < in.size()) {
    if (!o.ensure_space()) return too_large();
    std::size_t dst = o.space();
    std::size_t src = in.size() - pos;
    hint = LZ4F_decompress(ctx.get(), o.next(), &dst, in.data() + pos, &src, nullptr);
    if (LZ4F_isError(hint)) {
      LZ4F_resetDecompressionContext(ctx.get());
      return failed();
    }
    pos += src;
    o.produced(dst);
    if (o.over()) {
      LZ4F_resetDecompressionContext(ctx.get());
      return too_large();
    }
    if (src == 0 && dst == 0) return failed();  // no progress: cannot happen with space left
  }
  // All input consumed: the frame must have ended, with its output drained.
  while (hint != 0) {
    if (!o.ensure_space()) {
      LZ4F_resetDecompressionContext(ctx.get());
      return too_large();
    }
    std::size_t dst = o.space();
    std::size_t src = 0;
    hint = LZ4F_decompress(ctx.get(), o.next(), &dst, nullptr, &src, nullptr);
    if (LZ4F_isError(hint) || dst == 0) {
      LZ4F_resetDecompressionContext(ctx.get());
      return failed();  // truncated frame
    }
    o.produced(dst);
  }
  if (in.empty() || !o.finish()) return in.empty() ? failed() : too_large();
  return {};
}

// --- zstd ---

struct zstd_dctx_deleter {
  void operator()(ZSTD_DCtx* c) const { ZSTD_freeDCtx(c); }
};

result<void> zstd_compress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out) {
  out.resize(ZSTD_compressBound(in.size()));
  const std::size_t n = ZSTD_compress(out.data(), out.size(), in.data(), in.size(), ZSTD_CLEVEL_DEFAULT);
  if (ZSTD_isError(n)) return make_error_code(std::errc::io_error);
  out.resize(n);
  return {};
}

// Largest window a frame may ask for: the decoder allocates it. Enough for
// every window a producer at any level uses when the content fits the bound,
// 8 MB at least (level 19 without a content size), 128 MB (zstd's default limit) at most.
int zstd_window_log_max(std::size_t max_output) {
  int log = 23;
  while (log < 27 && (std::size_t{1} << log) < max_output)
    ++log;
  return log;
}

result<void> zstd_decompress(std::span<const std::uint8_t> in, std::vector<std::uint8_t>& out, std::size_t max_output) {
  thread_local std::unique_ptr<ZSTD_DCtx, zstd_dctx_deleter> ctx(ZSTD_createDCtx());
  if (!ctx) return make_error_code(std::errc::not_enough_memory);
  ZSTD_DCtx_reset(ctx.get(), ZSTD_reset_session_and_parameters);
  ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_windowLogMax, zstd_window_log_max(max_output));
  // A declared content size over the bound fails before anything is allocated.
  const unsigned long long declared = ZSTD_getFrameContentSize(in.data(), in.size());
  if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared != ZSTD_CONTENTSIZE_ERROR && declared > max_output)
    return too_large();
  bounded_output o(out, max_output, in.size());
  ZSTD_inBuffer src{in.data(), in.size(), 0};
  std::size_t hint = 1;
  for (;;) {
    if (!o.ensure_space()) return too_large();
    ZSTD_outBuffer dst{o.next(), o.space(), 0};
    hint = ZSTD_decompressStream(ctx.get(), &dst, &src);
    o.produced(dst.pos);
    if (ZSTD_isError(hint)) {
      return ZSTD_getErrorCode(hint) == ZSTD_error_frameParameter_windowTooLarge ? too_large() : failed();
    }
    if (o.over()) return too_large();
    if (src.pos == src.size) {
      if (hint == 0) break;                     // the last frame ended
      if (dst.pos < dst.size) return failed();  // input exhausted mid-frame
    }
  }
  if (in.empty() || !o.finish()) return in.empty() ? failed() : too_large();
  return {};
}

}  // namespace

result<void> compress(compression_type type, std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out) {
  switch (type) {
    case compression_type::none:
      out.assign(input.begin(), input.end());
      return {};
    case compression_type::gzip:
      return gzip_compress(input, out);
    case compression_type::snappy:
      return snappy_compress(input, out);
    case compression_type::lz4:
      return lz4_compress(input, out);
    case compression_type::zstd:
      return zstd_compress(input, out);
  }
  return make_error_code(errc::unsupported_compression);
}

result<void> decompress(compression_type type, std::span<const std::uint8_t> input, std::vector<std::uint8_t>& out,
                        std::size_t max_output) {
  switch (type) {
    case compression_type::none:
      break;
    case compression_type::gzip:
      return gzip_decompress(input, out, max_output);
    case compression_type::snappy:
      return snappy_decompress(input, out, max_output);
    case compression_type::lz4:
      return lz4_decompress(input, out, max_output);
    case compression_type::zstd:
      return zstd_decompress(input, out, max_output);
  }
  return make_error_code(errc::unsupported_compression);
}

const char* compression_name(compression_type type) {
  switch (type) {
    case compression_type::none:
      return "none";
    case compression_type::gzip:
      return "gzip";
    case compression_type::snappy:
      return "snappy";
    case compression_type::lz4:
      return "lz4";
    case compression_type::zstd:
      return "zstd";
  }
  return "unknown";
}

}  // namespace gannet::records
