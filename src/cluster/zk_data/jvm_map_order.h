#pragma once
// The iteration order of the JVM hash maps Kafka builds its znode JSON from.
// Kafka's encoders hand Jackson a Scala or Java map, so a znode's field order
// is that map's iteration order, a function of the keys' String.hashCode and
// of the table size. These functions reproduce it for string keys; each
// returns the indices of `keys` in iteration order. The orders were checked
// against Kafka 3.9.1's own encoders (tests/cluster/data/zk/, README there).
//
// Not modelled: full 32-bit hash collisions (which the JVM maps keep in
// insertion order) and the bins of eight or more entries that Java's maps
// turn into trees or answer with an early resize. The key sets Kafka writes
// (a few fixed keys, partition numbers, tens of config names) have neither.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gannet::cluster::jvm_map_order {

// java.lang.String.hashCode over the UTF-16 code units of UTF-8 `s`.
std::int32_t java_string_hash(std::string_view s);

// scala.collection.mutable.HashMap (Scala 2.13): buckets in index order, each
// bucket sorted by the improved hash (signed). `table_size` is a power of two.
std::vector<std::size_t> scala_mutable_hash_map(const std::vector<std::string_view>& keys, std::size_t table_size);
// The table size of a scala mutable.HashMap built from `initial` entries
// (mutable.Map(k1 -> v1, ...), 0 for mutable.Map()) and then grown by `+=` to
// `total` distinct entries.
std::size_t scala_mutable_hash_map_table_size(std::size_t initial, std::size_t total);

// scala.collection.immutable.Map (Scala 2.13): insertion order up to four
// entries (Map1..Map4), else the CHAMP trie's order (HashMap).
std::vector<std::size_t> scala_immutable_map(const std::vector<std::string_view>& keys);

// The same for an immutable Set or Map of any elements, given their hashCode()s.
std::vector<std::size_t> scala_immutable_by_hash(const std::vector<std::int32_t>& hash_codes);

// java.util.HashMap filled by put() in the order of `keys` from its default
// capacity (16): buckets in index order, each bucket in insertion order.
std::vector<std::size_t> java_hash_map(const std::vector<std::string_view>& keys);

// java.util.concurrent.ConcurrentHashMap filled by put() in the order of
// `keys`, with the table java.util.Properties makes (new ConcurrentHashMap(8),
// 16 bins), including the bin splits of its resizes.
std::vector<std::size_t> java_properties(const std::vector<std::string_view>& keys);

}  // namespace gannet::cluster::jvm_map_order
