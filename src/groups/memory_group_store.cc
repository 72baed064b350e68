#include "gannet/groups/memory_group_store.h"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <chrono>
#include <cstdlib>

namespace gannet::groups {

std::int32_t kafka_partition_for(std::string_view group_id, std::int32_t num_partitions) {
  // Java's String.hashCode runs over UTF-16 code units: decode UTF-8 first
  // (an invalid byte counts as itself, as a lenient decoder would map it).
  std::uint32_t h = 0;
  auto add = [&h](std::uint32_t unit) { h = h * 31 + unit; };
  for (std::size_t i = 0; i < group_id.size();) {
    auto c = static_cast<unsigned char>(group_id[i]);
    std::uint32_t cp = c;
    std::size_t len = 1;
    if (c >= 0xF0 && i + 3 < group_id.size()) {
      cp = ((c & 0x07u) << 18) | ((group_id[i + 1] & 0x3Fu) << 12) | ((group_id[i + 2] & 0x3Fu) << 6) |
           (group_id[i + 3] & 0x3Fu);
      len = 4;
    } else if (c >= 0xE0 && i + 2 < group_id.size()) {
      cp = ((c & 0x0Fu) << 12) | ((group_id[i + 1] & 0x3Fu) << 6) | (group_id[i + 2] & 0x3Fu);
      len = 3;
    } else if (c >= 0xC0 && i + 1 < group_id.size()) {
      cp = ((c & 0x1Fu) << 6) | (group_id[i + 1] & 0x3Fu);
      len = 2;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      add(0xD800 + (cp >> 10));
      add(0xDC00 + (cp & 0x3FF));
    } else {
      add(cp);
    }
    i += len;
  }
  auto signed_hash = static_cast<std::int32_t>(h);
  std::int32_t abs = signed_hash == INT32_MIN ? 0 : std::abs(signed_hash);
  return abs % num_partitions;
}

std::int32_t memory_group_store::partition_for(std::string_view group_id) const {
  return kafka_partition_for(group_id, num_partitions_);
}

boost::asio::awaitable<protocol::error_code> memory_group_store::write_group(std::string group_id, group_record g) {
  std::lock_guard lock(mutex_);
  if (fail_with_ != protocol::error_code::none) co_return fail_with_;
  groups_[group_id].group = std::move(g);
  co_return protocol::error_code::none;
}

boost::asio::awaitable<protocol::error_code> memory_group_store::write_offsets(std::string group_id,
                                                                               std::vector<offset_entry> offsets) {
  std::lock_guard lock(mutex_);
  if (fail_with_ != protocol::error_code::none) co_return fail_with_;
  auto& e = groups_[group_id];
  for (auto& [k, v] : offsets)
    e.offsets[k] = v;
  co_return protocol::error_code::none;
}

boost::asio::awaitable<protocol::error_code> memory_group_store::delete_offsets(std::string group_id,
                                                                                std::vector<offset_key> offsets) {
  std::lock_guard lock(mutex_);
  if (fail_with_ != protocol::error_code::none) co_return fail_with_;
  auto it = groups_.find(group_id);
  if (it == groups_.end()) co_return protocol::error_code::none;
  for (const auto& k : offsets)
    it->second.offsets.erase(k);
  if (!it->second.group && it->second.offsets.empty()) groups_.erase(it);
  co_return protocol::error_code::none;
}

boost::asio::awaitable<protocol::error_code> memory_group_store::delete_group(std::string group_id,
                                                                              std::vector<offset_key> offsets) {
  std::lock_guard lock(mutex_);
  if (fail_with_ != protocol::error_code::none) co_return fail_with_;
  auto it = groups_.find(group_id);
  if (it == groups_.end()) co_return protocol::error_code::none;
  it->second.group.reset();
  for (const auto& k : offsets)
    it->second.offsets.erase(k);
  if (it->second.offsets.empty()) groups_.erase(it);
  co_return protocol::error_code::none;
}

boost::asio::awaitable<result<std::vector<loaded_group>>> memory_group_store::load_partition(std::int32_t partition) {
  while (hold_loads_.load()) {
    auto ex = co_await boost::asio::this_coro::executor;
    boost::asio::steady_timer t(ex);
    t.expires_after(std::chrono::milliseconds(1));
    auto wait = t.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
    co_await std::move(wait);
  }
  std::vector<loaded_group> out;
  for (auto& g : snapshot()) {
    if (partition_for(g.group_id) == partition) out.push_back(std::move(g));
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.group_id < b.group_id; });
  co_return out;
}

void memory_group_store::hold_loads() { hold_loads_.store(true); }
void memory_group_store::release_loads() { hold_loads_.store(false); }

void memory_group_store::fail_writes_with(protocol::error_code e) {
  std::lock_guard lock(mutex_);
  fail_with_ = e;
}

std::vector<loaded_group> memory_group_store::snapshot() const {
  std::lock_guard lock(mutex_);
  std::vector<loaded_group> out;
  for (const auto& [id, e] : groups_) {
    loaded_group g{id, e.group, {}};
    for (const auto& [k, v] : e.offsets)
      g.offsets.emplace_back(k, v);
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace gannet::groups
