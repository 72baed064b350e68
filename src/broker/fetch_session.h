#pragma once
// Fetch sessions (KIP-227, Fetch v7+), as Kafka's FetchSession.scala: the
// session cache (FetchSessionCache) and the choice of a fetch context for each
// request (FetchManager.newContext).
//
// A full fetch (epoch 0) may create a session: its partitions and what the last
// response said of each (high watermark, log start offset). An incremental
// fetch (epoch > 0) names only the partitions that changed (added or with new
// fetch offsets) and those to forget; the broker reads every partition of the
// session and answers only those with news: records, a moved high watermark or
// log start offset, or an error. Epoch -1 with session id 0 is a sessionless
// fetch (clients before v7, librdkafka < 2.4).
//
// Eviction as Kafka: a new session may take a slot when the cache is not full,
// or by evicting (1) the least recently used session if unused for longer than
// `eviction_ms`, else (2) the first session in (privileged, size, id) order that
// is older than eviction_ms (or any unprivileged one, for a privileged newcomer)
// when the newcomer is not smaller. Followers (replica id >= 0) are privileged.
//
// Thread-safety: every public call of fetch_session_manager is thread-safe (one
// mutex for the cache, one per session; the cache's is always taken first).
// No per-record work: everything here is per partition of a request.

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "gannet/protocol/error_code.h"
#include "gannet/protocol/uuid.h"

namespace gannet::broker {

inline constexpr std::int32_t invalid_session_id = 0;
inline constexpr std::int32_t initial_epoch = 0;
inline constexpr std::int32_t final_epoch = -1;

// Kafka's FetchMetadata.nextEpoch: 1, 2, ... INT32_MAX, 1, ...
std::int32_t next_fetch_epoch(std::int32_t epoch);

// A partition as a session names it: by topic id (sessions of Fetch v13+, the
// name left empty) or by name (before v13, the id left zero).
struct fetch_partition_key {
  protocol::uuid topic_id{};
  std::string topic;
  std::int32_t partition = 0;
  bool operator==(const fetch_partition_key&) const = default;
};

struct fetch_partition_key_hash {
  std::size_t operator()(const fetch_partition_key& k) const noexcept;
};

// What a request (or the session, for partitions a request leaves out) asks of
// one partition.
struct fetch_partition_request {
  fetch_partition_key key;
  std::int64_t fetch_offset = 0;
  std::int32_t max_bytes = 0;
  std::int32_t current_leader_epoch = -1;
  std::int32_t last_fetched_epoch = -1;  // v12+, followers: their log's last epoch
  std::int64_t log_start_offset = -1;    // the fetcher's (followers)
};

// What the response says of one partition, as far as the session cares.
struct fetch_partition_outcome {
  std::size_t index = 0;  // into fetch_context::partitions
  std::int64_t high_watermark = -1;
  std::int64_t log_start_offset = -1;
  bool has_records = false;
  bool has_error = false;
};

class fetch_session {
 public:
  fetch_session(std::int32_t id, bool privileged, bool uses_topic_ids, std::int64_t now_ms);

  std::int32_t id() const { return id_; }
  bool privileged() const { return privileged_; }
  bool uses_topic_ids() const { return uses_topic_ids_; }

 private:
  friend class fetch_session_manager;
  struct cached_partition {
    fetch_partition_request request;
    std::int64_t high_watermark = -1;   // as last answered; -1 after an error
    std::int64_t local_log_start = -1;  // as last answered
  };
  using partition_list = std::list<cached_partition>;

  // Adds or updates the request's partitions, then removes the forgotten ones.
  void update(std::span<const fetch_partition_request> fetch_data, std::span<const fetch_partition_key> forgotten);
  void add(const fetch_partition_request& r, std::int64_t high_watermark, std::int64_t local_log_start);
  std::vector<fetch_partition_request> requests() const;

  const std::int32_t id_;
  const bool privileged_;
  const bool uses_topic_ids_;
  const std::int64_t creation_ms_;
  // Guarded by the manager's mutex: the cache's keys for this session.
  std::int64_t last_used_ms_;
  std::size_t cached_size_ = 0;  // size at the last touch
  bool in_cache_ = false;
  std::mutex mutex_;  // guards what follows
  std::int32_t epoch_ = 1;
  partition_list partitions_;  // the session's order: a partition that returned data moves to the end
  std::unordered_map<fetch_partition_key, partition_list::iterator, fetch_partition_key_hash> index_;
};

struct fetch_context {
  enum class kind { sessionless, full, incremental, error };
  kind type = kind::sessionless;
  protocol::error_code error = protocol::error_code::none;  // kind::error
  std::int32_t request_epoch = final_epoch;
  bool privileged = false;
  bool uses_topic_ids = false;
  std::shared_ptr<fetch_session> session;  // kind::incremental
  // The partitions to read: the request's (sessionless, full) or the session's
  // (incremental), in that order.
  std::vector<fetch_partition_request> partitions;
};

struct fetch_answer {
  protocol::error_code error = protocol::error_code::none;
  std::int32_t session_id = invalid_session_id;
  // Per outcome given to complete(), in its order: whether the response carries it.
  std::vector<bool> send;
};

class fetch_session_manager {
 public:
  // max_entries: max.incremental.fetch.session.cache.slots; eviction_ms: the
  // idle time after which a session may be evicted (Kafka: 120000, fixed).
  fetch_session_manager(std::size_t max_entries, std::int64_t eviction_ms);

  // FetchManager.newContext: `fetch_data` and `forgotten` as the request names
  // them (keys by id for v13+, by name before).
  fetch_context new_context(std::int16_t version, std::int32_t session_id, std::int32_t epoch, bool privileged,
                            std::vector<fetch_partition_request> fetch_data,
                            std::span<const fetch_partition_key> forgotten, std::int64_t now_ms);

  // After the reads: `outcomes` in the response's order. A full context may
  // create a session (its id, or 0 when the cache has no room); an incremental
  // one drops the partitions without news (send[i] false) and records what is
  // answered.
  fetch_answer complete(const fetch_context& ctx, std::span<const fetch_partition_outcome> outcomes,
                        std::int64_t now_ms);

  std::size_t size() const;
  std::size_t total_partitions() const;
  bool contains(std::int32_t session_id) const;

 private:
  using evictable_key = std::tuple<bool, std::size_t, std::int32_t>;  // (privileged, size, id)
  using last_used_key = std::pair<std::int64_t, std::int32_t>;        // (last used ms, id)

  std::int32_t new_session_id();  // cache mutex held
  bool try_evict(bool privileged, const evictable_key& key, std::int64_t now_ms);
  void remove(fetch_session& s);                      // cache mutex held
  void touch(fetch_session& s, std::int64_t now_ms);  // cache and session mutexes held

  const std::size_t max_entries_;
  const std::int64_t eviction_ms_;
  mutable std::mutex mutex_;  // guards what follows
  std::unordered_map<std::int32_t, std::shared_ptr<fetch_session>> sessions_;
  std::set<last_used_key> last_used_;
  std::set<evictable_key> evictable_by_all_;
  std::set<evictable_key> evictable_by_privileged_;
  std::size_t num_partitions_ = 0;
  std::uint64_t random_state_;
};

}  // namespace gannet::broker
