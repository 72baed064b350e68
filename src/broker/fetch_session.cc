#include "fetch_session.h"

#include <chrono>
#include <limits>
#include <random>

namespace gannet::broker {

using protocol::error_code;

std::int32_t next_fetch_epoch(std::int32_t epoch) {
  if (epoch < 0) return final_epoch;  // the final epoch stays final
  if (epoch == std::numeric_limits<std::int32_t>::max()) return 1;
  return epoch + 1;
}

std::size_t fetch_partition_key_hash::operator()(const fetch_partition_key& k) const noexcept {
  std::size_t h = std::hash<std::string>{}(k.topic);
  for (auto b : k.topic_id)
    h = h * 131 + b;
  return h * 31 + static_cast<std::size_t>(static_cast<std::uint32_t>(k.partition));
}

fetch_session::fetch_session(std::int32_t id, bool privileged, bool uses_topic_ids, std::int64_t now_ms)
    : id_(id), privileged_(privileged), uses_topic_ids_(uses_topic_ids), creation_ms_(now_ms), last_used_ms_(now_ms) {}

void fetch_session::add(const fetch_partition_request& r, std::int64_t high_watermark, std::int64_t local_log_start) {
  auto it = partitions_.insert(partitions_.end(), cached_partition{r, high_watermark, local_log_start});
  index_.emplace(r.key, it);
}

void fetch_session::update(std::span<const fetch_partition_request> fetch_data,
                           std::span<const fetch_partition_key> forgotten) {
  for (const auto& r : fetch_data) {
    auto it = index_.find(r.key);
    if (it == index_.end()) {
      // New: -1 as the last answered high watermark, so the next response carries it.
      add(r, -1, -1);
    } else {
      it->second->request = r;
    }
  }
  for (const auto& k : forgotten) {
    auto it = index_.find(k);
    if (it == index_.end()) continue;
    partitions_.erase(it->second);
    index_.erase(it);
  }
}

std::vector<fetch_partition_request> fetch_session::requests() const {
  std::vector<fetch_partition_request> out;
  out.reserve(partitions_.size());
  for (const auto& p : partitions_)
    out.push_back(p.request);
  return out;
}

fetch_session_manager::fetch_session_manager(std::size_t max_entries, std::int64_t eviction_ms)
    : max_entries_(max_entries), eviction_ms_(eviction_ms) {
  std::random_device rd;
  random_state_ = (static_cast<std::uint64_t>(rd()) << 32) ^ rd() ^
                  static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
}

std::int32_t fetch_session_manager::new_session_id() {
  for (;;) {
    // splitmix64: ids need only be unique and hard to guess by accident.
    std::uint64_t z = (random_state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    // In [1, INT32_MAX), as Kafka's nextInt(1, Int.MaxValue).
    auto id = static_cast<std::int32_t>(1 + z % (std::numeric_limits<std::int32_t>::max() - 1));
    if (!sessions_.contains(id)) return id;
  }
}

void fetch_session_manager::remove(fetch_session& s) {
  if (!s.in_cache_) return;
  last_used_.erase({s.last_used_ms_, s.id_});
  evictable_key k{s.privileged_, s.cached_size_, s.id_};
  evictable_by_all_.erase(k);
  evictable_by_privileged_.erase(k);
  num_partitions_ -= s.cached_size_;
  s.in_cache_ = false;
  sessions_.erase(s.id_);  // last: may drop the last reference to s
}

void fetch_session_manager::touch(fetch_session& s, std::int64_t now_ms) {
  if (s.in_cache_) {
    last_used_.erase({s.last_used_ms_, s.id_});
    evictable_key old{s.privileged_, s.cached_size_, s.id_};
    evictable_by_all_.erase(old);
    evictable_by_privileged_.erase(old);
    num_partitions_ -= s.cached_size_;
  }
  s.in_cache_ = true;
  s.last_used_ms_ = now_ms;
  last_used_.insert({now_ms, s.id_});
  s.cached_size_ = s.partitions_.size();
  evictable_key k{s.privileged_, s.cached_size_, s.id_};
  // A young session is protected from eviction by a bigger one, except that a
  // privileged newcomer may always evict an unprivileged session.
  const bool old_enough = now_ms - s.creation_ms_ > eviction_ms_;
  if (!s.privileged_ || old_enough) evictable_by_privileged_.insert(k);
  if (old_enough) evictable_by_all_.insert(k);
  num_partitions_ += s.cached_size_;
}

bool fetch_session_manager::try_evict(bool privileged, const evictable_key& key, std::int64_t now_ms) {
  if (last_used_.empty()) return false;
  auto [lru_ms, lru_id] = *last_used_.begin();
  if (now_ms - lru_ms > eviction_ms_) {
    remove(*sessions_.at(lru_id));  // stale
    return true;
  }
  const auto& candidates = privileged ? evictable_by_privileged_ : evictable_by_all_;
  if (candidates.empty()) return false;
  const evictable_key victim = *candidates.begin();
  if (key < victim) return false;  // the newcomer is worth less than the least valuable session
  remove(*sessions_.at(std::get<2>(victim)));
  return true;
}

fetch_context fetch_session_manager::new_context(std::int16_t version, std::int32_t session_id, std::int32_t epoch,
                                                 bool privileged, std::vector<fetch_partition_request> fetch_data,
                                                 std::span<const fetch_partition_key> forgotten, std::int64_t now_ms) {
  fetch_context ctx;
  ctx.request_epoch = epoch;
  ctx.privileged = privileged;
  ctx.uses_topic_ids = version >= 13;
  if (epoch == initial_epoch || epoch == final_epoch) {
    // A full fetch closes the session it names, if any.
    if (session_id != invalid_session_id) {
      std::lock_guard lock(mutex_);
      if (auto it = sessions_.find(session_id); it != sessions_.end()) remove(*it->second);
    }
    ctx.type = epoch == final_epoch ? fetch_context::kind::sessionless : fetch_context::kind::full;
    ctx.partitions = std::move(fetch_data);
    return ctx;
  }
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(session_id);
  if (it == sessions_.end()) {
    ctx.type = fetch_context::kind::error;
    ctx.error = error_code::fetch_session_id_not_found;
    return ctx;
  }
  std::shared_ptr<fetch_session> s = it->second;
  std::lock_guard session_lock(s->mutex_);
  if (s->epoch_ != epoch) {
    ctx.type = fetch_context::kind::error;
    ctx.error = error_code::invalid_fetch_session_epoch;
    return ctx;
  }
  if (s->uses_topic_ids_ != (version >= 13)) {
    ctx.type = fetch_context::kind::error;
    ctx.error = error_code::fetch_session_topic_id_error;
    return ctx;
  }
  s->update(fetch_data, forgotten);
  if (s->partitions_.empty()) {
    // Everything forgotten: the session ends and this fetch is sessionless.
    remove(*s);
    ctx.type = fetch_context::kind::sessionless;
    ctx.partitions = std::move(fetch_data);
    return ctx;
  }
  touch(*s, now_ms);
  s->epoch_ = next_fetch_epoch(s->epoch_);
  ctx.type = fetch_context::kind::incremental;
  ctx.partitions = s->requests();
  ctx.session = std::move(s);
  return ctx;
}

fetch_answer fetch_session_manager::complete(const fetch_context& ctx,
                                             std::span<const fetch_partition_outcome> outcomes, std::int64_t now_ms) {
  fetch_answer a;
  a.send.assign(outcomes.size(), true);
  switch (ctx.type) {
    case fetch_context::kind::error:
      a.error = ctx.error;
      a.send.assign(outcomes.size(), false);
      return a;
    case fetch_context::kind::sessionless:
      return a;
    case fetch_context::kind::full: {
      std::lock_guard lock(mutex_);
      const evictable_key key{ctx.privileged, outcomes.size(), 0};
      if (sessions_.size() >= max_entries_ && !try_evict(ctx.privileged, key, now_ms)) return a;
      auto s = std::make_shared<fetch_session>(new_session_id(), ctx.privileged, ctx.uses_topic_ids, now_ms);
      {
        std::lock_guard session_lock(s->mutex_);
        // The session's order is the response's.
        for (const auto& o : outcomes) {
          if (s->index_.contains(ctx.partitions[o.index].key)) continue;  // named twice in the request
          s->add(ctx.partitions[o.index], o.high_watermark, o.log_start_offset);
        }
        sessions_.emplace(s->id_, s);
        touch(*s, now_ms);
      }
      a.session_id = s->id_;
      return a;
    }
    case fetch_context::kind::incremental: {
      fetch_session& s = *ctx.session;
      std::lock_guard session_lock(s.mutex_);
      a.session_id = s.id_;
      if (s.epoch_ != next_fetch_epoch(ctx.request_epoch)) {
        // Another request of this session came in between: a duplicate.
        a.error = error_code::invalid_fetch_session_epoch;
        a.send.assign(outcomes.size(), false);
        return a;
      }
      for (std::size_t i = 0; i < outcomes.size(); ++i) {
        const auto& o = outcomes[i];
        auto it = s.index_.find(ctx.partitions[o.index].key);
        if (it == s.index_.end()) {
          a.send[i] = false;  // forgotten meanwhile
          continue;
        }
        auto& c = *it->second;
        bool must = o.has_records;
        if (c.high_watermark != o.high_watermark) {
          must = true;
          c.high_watermark = o.high_watermark;
        }
        if (c.local_log_start != o.log_start_offset) {
          must = true;
          c.local_log_start = o.log_start_offset;
        }
        if (o.has_error) {
          // Always answered; -1 makes the partition answered again once the error is gone.
          must = true;
          c.high_watermark = -1;
        }
        a.send[i] = must;
        // Partitions that returned data go to the end, so the others get the
        // response bytes first next time.
        if (must && o.has_records) s.partitions_.splice(s.partitions_.end(), s.partitions_, it->second);
      }
      return a;
    }
  }
  return a;
}

std::size_t fetch_session_manager::size() const {
  std::lock_guard lock(mutex_);
  return sessions_.size();
}

std::size_t fetch_session_manager::total_partitions() const {
  std::lock_guard lock(mutex_);
  return num_partitions_;
}

bool fetch_session_manager::contains(std::int32_t session_id) const {
  std::lock_guard lock(mutex_);
  return sessions_.contains(session_id);
}

}  // namespace gannet::broker
