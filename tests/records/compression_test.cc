#include "gannet/records/compression.h"

#include <gtest/gtest.h>
#include <lz4frame.h>
#include <snappy.h>
#include <zlib.h>
#include <zstd.h>

#include <random>
#include <string>
#include <vector>

namespace gannet::records {
namespace {

constexpr compression_type codecs[] = {compression_type::gzip, compression_type::snappy, compression_type::lz4,
                                       compression_type::zstd};

std::vector<std::uint8_t> random_bytes(std::size_t n, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<std::uint8_t> v(n);
  for (auto& b : v)
    b = static_cast<std::uint8_t>(rng());
  return v;
}

// Log-like text: compressible, not trivially so.
std::vector<std::uint8_t> text_bytes(std::size_t n) {
  std::mt19937 rng(7);
  const char* words[] = {"GET", "/api/v1/orders", "200", "user=", "latency_ms=", "PUT", "404", "trace", "{\"id\":"};
  std::string s;
  while (s.size() < n) {
    s += words[rng() % 9];
    s += std::to_string(rng() % 10000);
    s += (rng() % 8 == 0) ? '\n' : ' ';
  }
  s.resize(n);
  return {s.begin(), s.end()};
}

std::error_code decompress_error(compression_type c, std::span<const std::uint8_t> in, std::size_t max) {
  std::vector<std::uint8_t> out;
  auto r = decompress(c, in, out, max);
  return r ? std::error_code{} : r.error();
}

class CodecTest : public ::testing::TestWithParam<compression_type> {};

TEST_P(CodecTest, RoundTripsAtManySizes) {
  for (std::size_t n : {0, 1, 100, 4096, 32 * 1024, 32 * 1024 + 1, 65536, 200000}) {
    for (const auto& input : {random_bytes(n, static_cast<unsigned>(n)), text_bytes(n)}) {
      std::vector<std::uint8_t> packed, plain;
      ASSERT_TRUE(compress(GetParam(), input, packed));
      auto r = decompress(GetParam(), packed, plain, n);
      ASSERT_TRUE(r) << n << ": " << r.error().message();
      EXPECT_EQ(plain, input) << n;
    }
  }
}

TEST_P(CodecTest, OneByteUnderTheSizeIsTooLarge) {
  const auto input = text_bytes(100000);
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(GetParam(), input, packed));
  EXPECT_EQ(decompress_error(GetParam(), packed, input.size()), std::error_code{});
  EXPECT_EQ(decompress_error(GetParam(), packed, input.size() - 1), errc::too_large);
  EXPECT_EQ(decompress_error(GetParam(), packed, 0), errc::too_large);
}

TEST_P(CodecTest, ZipBombStopsAtTheBoundWithoutAllocatingMore) {
  const std::vector<std::uint8_t> zeros(64 << 20);  // 64 MiB of zeros: a few KB compressed
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(GetParam(), zeros, packed));
  EXPECT_LT(packed.size(), 4u << 20);
  constexpr std::size_t cap = 1 << 20;
  std::vector<std::uint8_t> out;
  auto r = decompress(GetParam(), packed, out, cap);
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error(), errc::too_large);
  EXPECT_LE(out.capacity(), 2 * cap + 1);
}

TEST_P(CodecTest, EveryTruncationFailsCleanly) {
  const auto input = text_bytes(70000);
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(GetParam(), input, packed));
  for (std::size_t n = 0; n < packed.size(); n += 1 + n / 16) {
    const auto ec = decompress_error(GetParam(), std::span(packed).first(n), 1 << 20);
    // A snappy stream cut at a block boundary is a valid, shorter stream.
    if (GetParam() == compression_type::snappy && !ec) continue;
    EXPECT_EQ(ec, errc::decompression_failed) << n;
  }
}

TEST_P(CodecTest, RandomInputAndBitFlipsNeverCrash) {
  const auto input = text_bytes(5000);
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(GetParam(), input, packed));
  std::mt19937 rng(1);
  for (int i = 0; i < 2000; ++i) {
    auto m = packed;
    m[rng() % m.size()] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
    std::vector<std::uint8_t> out;
    (void)decompress(GetParam(), m, out, 1 << 16);
    EXPECT_LE(out.size(), 1u << 16);
  }
  for (int i = 0; i < 200; ++i) {
    std::vector<std::uint8_t> out;
    EXPECT_FALSE(decompress(GetParam(), random_bytes(rng() % 300, rng()), out, 1 << 16));
  }
}

INSTANTIATE_TEST_SUITE_P(AllCodecs, CodecTest, ::testing::ValuesIn(codecs),
                         [](const auto& info) { return std::string(compression_name(info.param)); });

TEST(CompressionTest, NoneAndUnknownCodecsAreUnsupportedForDecompression) {
  const std::vector<std::uint8_t> in = {1, 2, 3};
  EXPECT_EQ(decompress_error(compression_type::none, in, 100), errc::unsupported_compression);
  EXPECT_EQ(decompress_error(static_cast<compression_type>(5), in, 100), errc::unsupported_compression);
  std::vector<std::uint8_t> out;
  EXPECT_TRUE(compress(compression_type::none, in, out));
  EXPECT_EQ(out, in);
  EXPECT_FALSE(compress(static_cast<compression_type>(7), in, out));
}

TEST(CompressionTest, SnappyXerialFramingIsWhatKafkaWrites) {
  const auto input = text_bytes(70000);
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(compression_type::snappy, input, packed));
  const std::vector<std::uint8_t> header = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0, 0, 0, 0, 1, 0, 0, 0, 1};
  ASSERT_GT(packed.size(), header.size());
  EXPECT_TRUE(std::equal(header.begin(), header.end(), packed.begin()));
  // Three blocks of at most 32 KiB each.
  std::size_t pos = 16, blocks = 0;
  while (pos < packed.size()) {
    const std::size_t n = (std::size_t{packed[pos]} << 24) | (std::size_t{packed[pos + 1]} << 16) |
                          (std::size_t{packed[pos + 2]} << 8) | packed[pos + 3];
    std::size_t len = 0;
    ASSERT_TRUE(snappy::GetUncompressedLength(reinterpret_cast<const char*>(&packed[pos + 4]), n, &len));
    EXPECT_LE(len, 32u * 1024);
    pos += 4 + n;
    ++blocks;
  }
  EXPECT_EQ(pos, packed.size());
  EXPECT_EQ(blocks, 3u);
}

TEST(CompressionTest, SnappyBlockClaimingHugeLengthIsTooLargeBeforeAllocating) {
  // A raw snappy block whose varint claims 0xFFFFFFFF bytes, and the same in xerial framing.
  const std::vector<std::uint8_t> raw = {0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00, 0x41};
  EXPECT_EQ(decompress_error(compression_type::snappy, raw, 1 << 20), errc::too_large);
  std::vector<std::uint8_t> framed = {0x82, 'S', 'N', 'A', 'P', 'P', 'Y', 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 7};
  framed.insert(framed.end(), raw.begin(), raw.end());
  EXPECT_EQ(decompress_error(compression_type::snappy, framed, 1 << 20), errc::too_large);
  // Block length past the end of the input.
  framed[19] = 8;
  EXPECT_EQ(decompress_error(compression_type::snappy, framed, 1 << 20), errc::decompression_failed);
}

TEST(CompressionTest, ZstdFrameDeclaringHugeContentSizeIsTooLarge) {
  const auto input = text_bytes(2 << 20);
  std::vector<std::uint8_t> packed;
  ASSERT_TRUE(compress(compression_type::zstd, input, packed));
  ASSERT_EQ(ZSTD_getFrameContentSize(packed.data(), packed.size()), input.size());
  EXPECT_EQ(decompress_error(compression_type::zstd, packed, 1 << 20), errc::too_large);
}

TEST(CompressionTest, ZstdStreamWithoutContentSizeDecompresses) {
  const auto input = text_bytes(300000);
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_contentSizeFlag, 0);
  std::vector<std::uint8_t> packed(ZSTD_compressBound(input.size()));
  ZSTD_inBuffer in{input.data(), input.size(), 0};
  ZSTD_outBuffer out{packed.data(), packed.size(), 0};
  ASSERT_EQ(ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_end), 0u);
  ZSTD_freeCCtx(cctx);
  packed.resize(out.pos);
  ASSERT_EQ(ZSTD_getFrameContentSize(packed.data(), packed.size()), ZSTD_CONTENTSIZE_UNKNOWN);
  std::vector<std::uint8_t> plain;
  ASSERT_TRUE(decompress(compression_type::zstd, packed, plain, 1 << 20));
  EXPECT_EQ(plain, input);
  EXPECT_EQ(decompress_error(compression_type::zstd, packed, 100000), errc::too_large);
}

// A frame's window is allocated by the decoder: one larger than the bound
// allows (at least 8 MiB) is refused before allocation.
TEST(CompressionTest, ZstdWindowOverTheLimitIsTooLarge) {
  const auto input = text_bytes(1000);
  ZSTD_CCtx* cctx = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cctx, ZSTD_c_windowLog, 24);  // 16 MiB
  std::vector<std::uint8_t> packed(ZSTD_compressBound(input.size()) + 64);
  ZSTD_inBuffer in{input.data(), input.size(), 0};
  ZSTD_outBuffer out{packed.data(), packed.size(), 0};
  // Streamed, so the encoder cannot shrink the window to the input size.
  ASSERT_FALSE(ZSTD_isError(ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_continue)));
  ASSERT_EQ(ZSTD_compressStream2(cctx, &out, &in, ZSTD_e_end), 0u);
  ZSTD_freeCCtx(cctx);
  packed.resize(out.pos);
  EXPECT_EQ(decompress_error(compression_type::zstd, packed, 1 << 20), errc::too_large);
  std::vector<std::uint8_t> plain;
  ASSERT_TRUE(decompress(compression_type::zstd, packed, plain, 16 << 20));
  EXPECT_EQ(plain, input);
}

TEST(CompressionTest, Lz4FrameWithContentChecksumAndLinkedBlocksDecompresses) {
  const auto input = text_bytes(300000);
  LZ4F_preferences_t prefs{};
  prefs.frameInfo.blockMode = LZ4F_blockLinked;
  prefs.frameInfo.contentChecksumFlag = LZ4F_contentChecksumEnabled;
  prefs.frameInfo.blockChecksumFlag = LZ4F_blockChecksumEnabled;
  prefs.frameInfo.contentSize = input.size();
  std::vector<std::uint8_t> packed(LZ4F_compressFrameBound(input.size(), &prefs));
  packed.resize(LZ4F_compressFrame(packed.data(), packed.size(), input.data(), input.size(), &prefs));
  std::vector<std::uint8_t> plain;
  ASSERT_TRUE(decompress(compression_type::lz4, packed, plain, 1 << 20));
  EXPECT_EQ(plain, input);
  // A corrupted content byte is caught by the checksum.
  packed[packed.size() / 2] ^= 1;
  EXPECT_EQ(decompress_error(compression_type::lz4, packed, 1 << 20), errc::decompression_failed);
}

TEST(CompressionTest, GzipOfZlibOrRawDeflateIsRejected) {
  const auto input = text_bytes(1000);
  std::vector<std::uint8_t> z(compressBound(input.size()));
  uLongf n = z.size();
  ASSERT_EQ(compress2(z.data(), &n, input.data(), input.size(), 6), Z_OK);
  z.resize(n);
  EXPECT_EQ(decompress_error(compression_type::gzip, z, 1 << 20), errc::decompression_failed);
}

}  // namespace
}  // namespace gannet::records
