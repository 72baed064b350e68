#include "gannet/storage/offset_map.h"

#include <algorithm>
#include <cstring>

#include "gannet/common/assert.h"

namespace gannet::storage {
namespace {

std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

std::uint64_t fmix(std::uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

std::uint64_t load_le64(const std::uint8_t* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i)
    v = (v << 8) | p[i];
  return v;
}

}  // namespace

void hash128(std::span<const std::uint8_t> bytes, std::uint64_t& out1, std::uint64_t& out2) {
  constexpr std::uint64_t c1 = 0x87c37b91114253d5ULL;
  constexpr std::uint64_t c2 = 0x4cf5ad432745937fULL;
  const std::size_t len = bytes.size();
  const std::size_t blocks = len / 16;
  std::uint64_t h1 = 0, h2 = 0;
  const std::uint8_t* data = bytes.data();
  for (std::size_t i = 0; i < blocks; ++i) {
    std::uint64_t k1 = load_le64(data + i * 16);
    std::uint64_t k2 = load_le64(data + i * 16 + 8);
    k1 *= c1;
    k1 = rotl(k1, 31);
    k1 *= c2;
    h1 ^= k1;
    h1 = rotl(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    k2 *= c2;
    k2 = rotl(k2, 33);
    k2 *= c1;
    h2 ^= k2;
    h2 = rotl(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }
  const std::uint8_t* tail = data + blocks * 16;
  std::uint64_t k1 = 0, k2 = 0;
  std::size_t rest = len & 15;
  for (std::size_t i = rest; i > 8; --i)
    k2 ^= static_cast<std::uint64_t>(tail[i - 1]) << ((i - 9) * 8);
  if (rest > 8) {
    k2 *= c2;
    k2 = rotl(k2, 33);
    k2 *= c1;
    h2 ^= k2;
  }
  for (std::size_t i = std::min<std::size_t>(rest, 8); i > 0; --i)
    k1 ^= static_cast<std::uint64_t>(tail[i - 1]) << ((i - 1) * 8);
  if (rest > 0) {
    k1 *= c1;
    k1 = rotl(k1, 31);
    k1 *= c2;
    h1 ^= k1;
  }
  h1 ^= len;
  h2 ^= len;
  h1 += h2;
  h2 += h1;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 += h2;
  h2 += h1;
  out1 = h1;
  out2 = h2;
}

offset_map::offset_map(std::int64_t memory_bytes)
    : slots_(static_cast<std::size_t>(std::max<std::int64_t>(memory_bytes, 0)) / bytes_per_slot) {
  GANNET_CHECK(!slots_.empty(), "offset map smaller than one slot");
}

std::size_t offset_map::find(std::uint64_t h1, std::uint64_t h2) const {
  // Linear probing from the hash; the caller keeps the table below its load
  // factor, so an empty slot is always found.
  std::size_t i = static_cast<std::size_t>(h1 % slots_.size());
  while (slots_[i].offset >= 0 && (slots_[i].h1 != h1 || slots_[i].h2 != h2))
    i = i + 1 == slots_.size() ? 0 : i + 1;
  return i;
}

void offset_map::put(std::span<const std::uint8_t> key, std::int64_t o) {
  GANNET_CHECK(entries_ < slots_.size(), "offset map full");
  std::uint64_t h1 = 0, h2 = 0;
  hash128(key, h1, h2);
  slot& s = slots_[find(h1, h2)];
  if (s.offset < 0) {
    ++entries_;
    s.h1 = h1;
    s.h2 = h2;
  }
  s.offset = o;
  latest_offset_ = std::max(latest_offset_, o);
}

std::int64_t offset_map::get(std::span<const std::uint8_t> key) const {
  std::uint64_t h1 = 0, h2 = 0;
  hash128(key, h1, h2);
  return slots_[find(h1, h2)].offset;
}

void offset_map::clear() {
  std::fill(slots_.begin(), slots_.end(), slot{});
  entries_ = 0;
  latest_offset_ = -1;
}

}  // namespace gannet::storage
