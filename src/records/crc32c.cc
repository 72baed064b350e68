// CRC-32C: SSE4.2 and slicing-by-8. See crc32c.h for why this is hand-written.
#include "gannet/records/crc32c.h"

#include <array>
#include <bit>
#include <cstring>

#if defined(__x86_64__)
#include <nmmintrin.h>
#endif

namespace gannet::records::crc32c {
namespace {

constexpr std::uint32_t poly = 0x82F63B78u;  // reflected 0x1EDC6F41

// table[k][b]: CRC of byte b followed by k zero bytes (slicing-by-8).
constexpr std::array<std::array<std::uint32_t, 256>, 8> make_tables() {
  std::array<std::array<std::uint32_t, 256>, 8> t{};
  for (std::uint32_t b = 0; b < 256; ++b) {
    std::uint32_t c = b;
    for (int i = 0; i < 8; ++i)
      c = (c >> 1) ^ ((c & 1u) ? poly : 0u);
    t[0][b] = c;
  }
  for (std::size_t k = 1; k < 8; ++k)
    for (std::uint32_t b = 0; b < 256; ++b)
      t[k][b] = (t[k - 1][b] >> 8) ^ t[0][t[k - 1][b] & 0xFFu];
  return t;
}
constexpr auto tables = make_tables();

inline std::uint64_t load_le64(const std::uint8_t* p) {
  std::uint64_t v;
  std::memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
  v = __builtin_bswap64(v);
#endif
  return v;
}

// The raw CRC register (no pre/post inversion) is linear over GF(2): after
// bytes A then B it is shift_|B|(crc(A)) ^ crc_from_zero(B). shift_table(n)
// tabulates "append n zero bytes" as four byte-indexed lookups, so three
// streams computed independently can be joined (see extend_sse42). The
// operator is built by squaring, as zlib's crc32_combine does, which keeps
// the compile-time work small.
using shift_table_t = std::array<std::array<std::uint32_t, 256>, 4>;
using gf2_matrix = std::array<std::uint32_t, 32>;  // column i: the image of bit i

constexpr std::uint32_t apply(const gf2_matrix& m, std::uint32_t v) {
  std::uint32_t r = 0;
  for (; v != 0; v &= v - 1)
    r ^= m[static_cast<std::size_t>(std::countr_zero(v))];
  return r;
}

constexpr gf2_matrix multiply(const gf2_matrix& a, const gf2_matrix& b) {
  gf2_matrix r{};
  for (std::size_t i = 0; i < 32; ++i)
    r[i] = apply(a, b[i]);
  return r;
}

// The register after n zero bytes, as a matrix.
constexpr gf2_matrix zeros_operator(std::size_t n) {
  gf2_matrix power{};  // one zero bit
  power[0] = poly;
  for (std::size_t i = 1; i < 32; ++i)
    power[i] = 1u << (i - 1);
  gf2_matrix result{};
  for (std::size_t i = 0; i < 32; ++i)
    result[i] = 1u << i;
  for (std::size_t bits = n * 8; bits != 0; bits >>= 1) {
    if (bits & 1) result = multiply(power, result);
    power = multiply(power, power);
  }
  return result;
}

constexpr shift_table_t make_shift_table(std::size_t n) {
  const gf2_matrix m = zeros_operator(n);
  shift_table_t t{};
  for (std::size_t k = 0; k < 4; ++k)
    for (std::uint32_t b = 0; b < 256; ++b)
      t[k][b] = apply(m, b << (8 * k));
  return t;
}

static_assert(
    apply(zeros_operator(3), 0x12345678u) ==
        [] {
          std::uint32_t c = 0x12345678u;
          for (int i = 0; i < 3; ++i)
            c = (c >> 8) ^ tables[0][c & 0xFFu];
          return c;
        }(),
    "the zero-bytes operator matches the byte-at-a-time table");

inline std::uint32_t shift(const shift_table_t& t, std::uint32_t c) {
  return t[0][c & 0xFF] ^ t[1][(c >> 8) & 0xFF] ^ t[2][(c >> 16) & 0xFF] ^ t[3][c >> 24];
}

#if defined(__x86_64__)
// Stream lengths of the three-way loop: long for big buffers, short so a 1 KB
// record batch still uses it. Each has tables for shifting by L and 2L bytes.
constexpr std::size_t long_stream = 4096;
constexpr std::size_t short_stream = 256;
constexpr shift_table_t shift_long = make_shift_table(long_stream);
constexpr shift_table_t shift_long2 = make_shift_table(2 * long_stream);
constexpr shift_table_t shift_short = make_shift_table(short_stream);
constexpr shift_table_t shift_short2 = make_shift_table(2 * short_stream);

// Three crc32 instructions in flight: the instruction has a latency of 3 cycles
// and a throughput of 1, so one dependent chain runs at a third of the speed.
__attribute__((target("sse4.2"))) inline std::uint64_t three_streams(std::uint64_t c, const std::uint8_t*& p,
                                                                     std::size_t& n, std::size_t len,
                                                                     const shift_table_t& by_len,
                                                                     const shift_table_t& by_2len) {
  while (n >= 3 * len) {
    std::uint64_t c1 = 0, c2 = 0;
    for (std::size_t i = 0; i < len; i += 8) {
      c = _mm_crc32_u64(c, load_le64(p + i));
      c1 = _mm_crc32_u64(c1, load_le64(p + len + i));
      c2 = _mm_crc32_u64(c2, load_le64(p + 2 * len + i));
    }
    c = shift(by_2len, static_cast<std::uint32_t>(c)) ^ shift(by_len, static_cast<std::uint32_t>(c1)) ^
        static_cast<std::uint32_t>(c2);
    p += 3 * len;
    n -= 3 * len;
  }
  return c;
}

__attribute__((target("sse4.2"))) std::uint32_t extend_sse42(std::uint32_t crc, const std::uint8_t* p, std::size_t n) {
  std::uint64_t c = ~crc;
  // Byte steps up to 8-byte alignment, then 64-bit steps.
  while (n > 0 && (reinterpret_cast<std::uintptr_t>(p) & 7u) != 0) {
    c = _mm_crc32_u8(static_cast<std::uint32_t>(c), *p++);
    --n;
  }
  c = three_streams(c, p, n, long_stream, shift_long, shift_long2);
  c = three_streams(c, p, n, short_stream, shift_short, shift_short2);
  while (n >= 8) {
    c = _mm_crc32_u64(c, load_le64(p));
    p += 8;
    n -= 8;
  }
  std::uint32_t c32 = static_cast<std::uint32_t>(c);
  while (n-- > 0)
    c32 = _mm_crc32_u8(c32, *p++);
  return ~c32;
}
#endif

using extend_fn = std::uint32_t (*)(std::uint32_t, std::span<const std::uint8_t>) noexcept;

extend_fn choose() noexcept { return hardware_available() ? &extend_hardware : &extend_software; }

}  // namespace

std::uint32_t extend_software(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept {
  const std::uint8_t* p = data.data();
  std::size_t n = data.size();
  std::uint32_t c = ~crc;
  while (n >= 8) {
    const std::uint64_t v = load_le64(p) ^ c;
    c = tables[7][v & 0xFF] ^ tables[6][(v >> 8) & 0xFF] ^ tables[5][(v >> 16) & 0xFF] ^ tables[4][(v >> 24) & 0xFF] ^
        tables[3][(v >> 32) & 0xFF] ^ tables[2][(v >> 40) & 0xFF] ^ tables[1][(v >> 48) & 0xFF] ^
        tables[0][(v >> 56) & 0xFF];
    p += 8;
    n -= 8;
  }
  while (n-- > 0)
    c = (c >> 8) ^ tables[0][(c ^ *p++) & 0xFF];
  return ~c;
}

std::uint32_t extend_hardware(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept {
#if defined(__x86_64__)
  return extend_sse42(crc, data.data(), data.size());
#else
  return extend_software(crc, data);
#endif
}

bool hardware_available() noexcept {
#if defined(__x86_64__)
  __builtin_cpu_init();  // may run before the runtime's own init (static constructors)
  return __builtin_cpu_supports("sse4.2");
#else
  return false;
#endif
}

std::uint32_t extend(std::uint32_t crc, std::span<const std::uint8_t> data) noexcept {
  static const extend_fn fn = choose();
  return fn(crc, data);
}

}  // namespace gannet::records::crc32c
