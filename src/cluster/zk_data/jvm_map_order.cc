#include "jvm_map_order.h"

#include <algorithm>
#include <bit>
#include <list>
#include <numeric>

namespace gannet::cluster::jvm_map_order {
namespace {

std::uint32_t u(std::int32_t h) { return static_cast<std::uint32_t>(h); }
std::int32_t s(std::uint32_t h) { return static_cast<std::int32_t>(h); }

// Decodes one UTF-8 code point at s[i], advancing i; malformed input gives
// U+FFFD for one byte, as Java's String(bytes, UTF_8) does.
std::uint32_t next_code_point(std::string_view str, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(str[i]);
  auto cont = [&](std::size_t k) {
    return i + k < str.size() && (static_cast<unsigned char>(str[i + k]) & 0xC0) == 0x80;
  };
  auto bits = [&](std::size_t k) { return static_cast<std::uint32_t>(str[i + k] & 0x3F); };
  if (b0 < 0x80) {
    i += 1;
    return b0;
  }
  if (b0 >= 0xC2 && b0 < 0xE0 && cont(1)) {
    std::uint32_t cp = ((b0 & 0x1Fu) << 6) | bits(1);
    i += 2;
    return cp;
  }
  if (b0 >= 0xE0 && b0 < 0xF0 && cont(1) && cont(2)) {
    std::uint32_t cp = ((b0 & 0x0Fu) << 12) | (bits(1) << 6) | bits(2);
    if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
      i += 3;
      return cp;
    }
  }
  if (b0 >= 0xF0 && b0 < 0xF5 && cont(1) && cont(2) && cont(3)) {
    std::uint32_t cp = ((b0 & 0x07u) << 18) | (bits(1) << 12) | (bits(2) << 6) | bits(3);
    if (cp >= 0x10000 && cp <= 0x10FFFF) {
      i += 4;
      return cp;
    }
  }
  i += 1;
  return 0xFFFD;
}

std::vector<std::size_t> identity(std::size_t n) {
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  return order;
}

// scala.collection.Hashing.improve, which the immutable HashMap (CHAMP) applies to key.##.
std::uint32_t champ_improve(std::uint32_t h) {
  h = h + ~(h << 9);
  h = h ^ (h >> 14);
  h = h + (h << 4);
  return h ^ (h >> 10);
}

// A CHAMP node iterates its own single entries (in bit-position order) before
// descending into its sub-nodes (also in bit-position order).
void champ_order(const std::vector<std::uint32_t>& hashes, std::vector<std::size_t> members, int shift,
                 std::vector<std::size_t>& out) {
  if (shift >= 35) {  // full hash collision: a collision node keeps insertion order
    out.insert(out.end(), members.begin(), members.end());
    return;
  }
  std::vector<std::vector<std::size_t>> slots(32);
  for (auto m : members)
    slots[(hashes[m] >> shift) & 31u].push_back(m);
  for (auto& slot : slots) {
    if (slot.size() == 1) out.push_back(slot[0]);
  }
  for (auto& slot : slots) {
    if (slot.size() > 1) champ_order(hashes, slot, shift + 5, out);
  }
}

}  // namespace

std::int32_t java_string_hash(std::string_view str) {
  std::uint32_t h = 0;
  for (std::size_t i = 0; i < str.size();) {
    std::uint32_t cp = next_code_point(str, i);
    if (cp >= 0x10000) {
      cp -= 0x10000;
      h = 31 * h + (0xD800 + (cp >> 10));
      h = 31 * h + (0xDC00 + (cp & 0x3FF));
    } else {
      h = 31 * h + cp;
    }
  }
  return s(h);
}

std::vector<std::size_t> scala_mutable_hash_map(const std::vector<std::string_view>& keys, std::size_t table_size) {
  std::vector<std::uint32_t> hashes;
  for (auto k : keys) {
    std::uint32_t h = u(java_string_hash(k));
    hashes.push_back(h ^ (h >> 16));
  }
  auto order = identity(keys.size());
  std::uint32_t mask = static_cast<std::uint32_t>(table_size - 1);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    auto ba = hashes[a] & mask, bb = hashes[b] & mask;
    if (ba != bb) return ba < bb;
    return s(hashes[a]) < s(hashes[b]);
  });
  return order;
}

std::size_t scala_mutable_hash_map_table_size(std::size_t initial, std::size_t total) {
  auto table_size_for = [](std::size_t capacity) {
    return std::min<std::size_t>(std::bit_floor(std::max<std::size_t>(capacity - 1, 4)) * 2, 1u << 30);
  };
  std::size_t n = initial > 0 ? table_size_for(static_cast<std::size_t>((initial + 1) / 0.75)) : 16;
  for (std::size_t content = 0; content < total; ++content) {
    // put0 grows before inserting when contentSize + 1 >= threshold.
    if (content + 1 >= static_cast<std::size_t>(n * 0.75)) n *= 2;
  }
  return n;
}

std::vector<std::size_t> scala_immutable_by_hash(const std::vector<std::int32_t>& hash_codes) {
  if (hash_codes.size() <= 4) return identity(hash_codes.size());
  std::vector<std::uint32_t> hashes;
  for (auto h : hash_codes)
    hashes.push_back(champ_improve(u(h)));
  std::vector<std::size_t> out;
  champ_order(hashes, identity(hash_codes.size()), 0, out);
  return out;
}

std::vector<std::size_t> scala_immutable_map(const std::vector<std::string_view>& keys) {
  std::vector<std::int32_t> hash_codes;
  for (auto k : keys)
    hash_codes.push_back(java_string_hash(k));
  return scala_immutable_by_hash(hash_codes);
}

std::vector<std::size_t> java_hash_map(const std::vector<std::string_view>& keys) {
  // Resizes split each bucket keeping its relative order, so the final order
  // is the final table's bucket order with insertion order inside a bucket.
  std::size_t n = 16;
  for (std::size_t size = 1; size <= keys.size(); ++size) {
    if (size > n * 3 / 4) n *= 2;
  }
  std::vector<std::uint32_t> buckets;
  for (auto k : keys) {
    std::uint32_t h = u(java_string_hash(k));
    buckets.push_back((h ^ (h >> 16)) & static_cast<std::uint32_t>(n - 1));
  }
  auto order = identity(keys.size());
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return buckets[a] < buckets[b]; });
  return order;
}

std::vector<std::size_t> java_properties(const std::vector<std::string_view>& keys) {
  std::vector<std::uint32_t> spread;
  for (auto k : keys) {
    std::uint32_t h = u(java_string_hash(k));
    spread.push_back((h ^ (h >> 16)) & 0x7FFFFFFFu);
  }
  std::vector<std::vector<std::size_t>> table(16);
  std::size_t size_ctl = 12;
  std::size_t count = 0;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    table[spread[i] & (table.size() - 1)].push_back(i);  // putVal appends at the bin's tail
    ++count;
    while (count >= size_ctl) {
      // transfer(): each bin splits into a low and a high list. The nodes from
      // `lastRun` on move as one run (keeping order); the ones before it are
      // prepended one by one (so reversed) to the list they belong to.
      std::size_t n = table.size();
      std::vector<std::vector<std::size_t>> next(2 * n);
      for (std::size_t b = 0; b < n; ++b) {
        auto& bin = table[b];
        if (bin.empty()) continue;
        std::size_t last_run = 0;
        bool run_bit = (spread[bin[0]] & n) != 0;
        for (std::size_t p = 1; p < bin.size(); ++p) {
          bool bit = (spread[bin[p]] & n) != 0;
          if (bit != run_bit) {
            run_bit = bit;
            last_run = p;
          }
        }
        std::list<std::size_t> lo, hi;
        auto& run_list = run_bit ? hi : lo;
        run_list.assign(bin.begin() + static_cast<std::ptrdiff_t>(last_run), bin.end());
        for (std::size_t p = 0; p < last_run; ++p) {
          ((spread[bin[p]] & n) == 0 ? lo : hi).push_front(bin[p]);
        }
        next[b].assign(lo.begin(), lo.end());
        next[b + n].assign(hi.begin(), hi.end());
      }
      table = std::move(next);
      size_ctl = table.size() - table.size() / 4;  // 0.75 of the new table
    }
  }
  std::vector<std::size_t> order;
  for (auto& bin : table)
    order.insert(order.end(), bin.begin(), bin.end());
  return order;
}

}  // namespace gannet::cluster::jvm_map_order
