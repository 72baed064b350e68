#pragma once
// Strong types for domain integers, so an offset can never pass as a byte position.
//   using offset = strong_type<std::int64_t, struct offset_tag>;

#include <compare>
#include <cstdint>
#include <functional>

namespace gannet {

template <class T, class Tag>
class strong_type {
 public:
  using value_type = T;
  constexpr strong_type() = default;
  constexpr explicit strong_type(T v) : value_(v) {}
  constexpr T operator()() const { return value_; }
  constexpr T value() const { return value_; }
  constexpr auto operator<=>(const strong_type&) const = default;
  constexpr strong_type& operator++() {
    ++value_;
    return *this;
  }
  constexpr strong_type operator+(T d) const { return strong_type(value_ + d); }
  constexpr strong_type operator-(T d) const { return strong_type(value_ - d); }
  constexpr T operator-(strong_type o) const { return value_ - o.value_; }

 private:
  T value_{};
};

using offset = strong_type<std::int64_t, struct offset_tag>;
using partition_id = strong_type<std::int32_t, struct partition_id_tag>;
using node_id = strong_type<std::int32_t, struct node_id_tag>;
using leader_epoch = strong_type<std::int32_t, struct leader_epoch_tag>;

}  // namespace gannet

template <class T, class Tag>
struct std::hash<gannet::strong_type<T, Tag>> {
  std::size_t operator()(gannet::strong_type<T, Tag> v) const noexcept { return std::hash<T>{}(v.value()); }
};
