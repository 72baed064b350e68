#pragma once
// Replica fetchers: a follower's copy of Kafka's ReplicaFetcherThread / AbstractFetcherThread
// (one source broker, one fetcher id, the partitions it follows) and the manager that assigns
// partitions to fetchers as AbstractFetcherManager does. The protocol (fetch loop, truncation
// rules, versions) is described in docs/cluster.md, "Replication protocol".

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "gannet/cluster/broker_channel.h"
#include "gannet/common/result.h"
#include "gannet/common/strong_type.h"
#include "gannet/config/broker_config.h"
#include "gannet/protocol/uuid.h"
#include "gannet/storage/topic_partition.h"

namespace gannet::cluster {

// An epoch and the offset it ends at (exclusive): OffsetForLeaderEpoch's answer.
struct epoch_end_offset {
  leader_epoch epoch{-1};
  offset end_offset{-1};
  bool operator==(const epoch_end_offset&) const = default;
};

// What a replica fetcher needs from the follower replica of one partition: the narrow
// follower-side view of cluster::partition (which implements it), so the fetcher depends on no
// more than this. Every call runs on executor() (the partition's strand) and may block on disk.
class follower_log {
 public:
  virtual ~follower_log() = default;
  virtual boost::asio::any_io_executor executor() = 0;
  virtual offset log_start_offset() const = 0;
  virtual offset log_end_offset() const = 0;
  virtual offset high_watermark() const = 0;
  virtual std::optional<leader_epoch> latest_epoch() const = 0;
  // The largest epoch <= `epoch` and its end offset, nullopt when the log knows no such epoch
  // (Kafka's UnifiedLog.endOffsetForEpoch).
  virtual std::optional<epoch_end_offset> end_offset_for_epoch(leader_epoch epoch) const = 0;
  // Whole, CRC-checked v2 batches from the leader, back to back, the first at log_end_offset():
  // kept with their offsets and leader epochs (the epoch cache learns new epochs); the
  // partition also updates its producer state from them.
  virtual result<void> append_as_follower(std::span<std::uint8_t> batches) = 0;
  // Removes every offset >= `o` (nothing when o >= log end).
  virtual result<void> truncate_to(offset o) = 0;
  // Empties the log and restarts it at `o`.
  virtual result<void> truncate_fully_and_start_at(offset o) = 0;
  // The follower's high watermark, already min(leader's high watermark, log end offset).
  virtual void set_high_watermark(offset hw) = 0;
  // Moves the log start offset up (deleting segments below it); `o` <= high_watermark().
  virtual result<void> increment_log_start_offset(offset o) = 0;
};

// Settings of the fetchers of one broker (Kafka's property names).
struct replica_fetcher_config {
  std::int32_t broker_id = -1;
  std::int64_t broker_epoch = -1;                    // czxid of /brokers/ids/<id> (Fetch v15+)
  std::int32_t fetch_max_bytes = 1048576;            // replica.fetch.max.bytes (per partition)
  std::int32_t fetch_response_max_bytes = 10485760;  // replica.fetch.response.max.bytes
  std::int32_t fetch_wait_max_ms = 500;              // replica.fetch.wait.max.ms
  std::int32_t fetch_min_bytes = 1;                  // replica.fetch.min.bytes
  std::chrono::milliseconds fetch_backoff{1000};     // replica.fetch.backoff.ms
  std::chrono::milliseconds socket_timeout{30000};   // replica.socket.timeout.ms
  std::int32_t socket_receive_buffer_bytes = 65536;  // replica.socket.receive.buffer.bytes
  std::int32_t num_fetchers = 1;                     // num.replica.fetchers
  // What Kafka 3.9 sends at inter.broker.protocol.version=3.9 (MetadataVersion.IBP_3_9_IV0:
  // fetchRequestVersion 17, offsetForLeaderEpochRequestVersion 4, listOffsetRequestVersion 9).
  std::int16_t fetch_version = 17;
  std::int16_t offset_for_leader_epoch_version = 4;
  std::int16_t list_offsets_version = 9;
  // IBP >= 2.7 (KIP-595's Fetch v12): the leader answers a diverging last_fetched_epoch with
  // diverging_epoch, so no OffsetForLeaderEpoch round before fetching. False: KIP-101/279's
  // OffsetForLeaderEpoch first, for leaders that do not compute diverging epochs.
  bool truncation_on_fetch = true;
};

// The replica.* properties of the broker's configuration (defaults where unset), as the
// layers have them now (num.replica.fetchers is dynamic).
replica_fetcher_config replica_fetcher_config_from(const config::broker_layers& layers, std::int32_t broker_id,
                                                   std::int64_t broker_epoch);

// How a partition starts being followed (Kafka's InitialFetchState).
struct initial_fetch_state {
  follower_log* log = nullptr;  // must stay alive until the partition is removed
  protocol::uuid topic_id{};    // zero: unknown (the fetcher then sends Fetch v12 at most)
  leader_epoch current_leader_epoch{-1};
  offset init_offset{-1};  // -1: ask the leader (ListOffsets) where to start
};

// Kafka's ReplicaManager.initialFetchOffset: the log end when the log has leader epochs and the
// leader truncates on fetch, else the high watermark (truncation then starts from it).
offset initial_fetch_offset(const follower_log& log, bool truncation_on_fetch);

// What the fetcher holds for a partition (Kafka's PartitionFetchState), for the manager and tests.
struct partition_fetch_state {
  enum class phase { truncating, fetching };
  protocol::uuid topic_id{};
  offset fetch_offset{0};
  std::optional<std::int64_t> lag;
  leader_epoch current_leader_epoch{-1};
  phase state = phase::fetching;
  std::optional<leader_epoch> last_fetched_epoch;
  bool delayed = false;
};

// One fetcher: follows a set of partitions whose leader is `source`, in one loop: truncate the
// partitions that need it, then one Fetch for all ready partitions, append what comes back.
//
// Owner: replica_fetcher_manager. Executor: its own strand (the loop, the partition map); log
// work is posted to each partition's executor. Every public call may be awaited from any
// executor. Lifecycle: start() spawns the loop; stop() ends it (the in-flight Fetch is abandoned)
// and closes the channel; remove_partitions() returns once no append or truncation of those
// partitions is in progress, so the caller may then make the partition a leader.
class replica_fetcher {
 public:
  replica_fetcher(boost::asio::any_io_executor executor, std::int32_t fetcher_id, broker_address source,
                  replica_fetcher_config config);
  ~replica_fetcher();
  replica_fetcher(const replica_fetcher&) = delete;
  replica_fetcher& operator=(const replica_fetcher&) = delete;

  void start();
  boost::asio::awaitable<void> stop();

  // Adds or updates partitions. A partition already followed at the same leader epoch keeps its
  // state; a failed one is retried (a new LeaderAndIsr arrived).
  boost::asio::awaitable<void> add_partitions(std::map<storage::topic_partition, initial_fetch_state> partitions);
  // Returns the removed partitions' states.
  boost::asio::awaitable<std::map<storage::topic_partition, partition_fetch_state>> remove_partitions(
      std::vector<storage::topic_partition> partitions);

  boost::asio::awaitable<std::optional<partition_fetch_state>> fetch_state(storage::topic_partition tp);
  // Partitions given up on until the next add_partitions (fenced, storage errors).
  boost::asio::awaitable<std::vector<storage::topic_partition>> failed_partitions();
  boost::asio::awaitable<std::size_t> partition_count();

  std::int32_t fetcher_id() const;
  const broker_address& source() const;

 private:
  class impl;
  std::shared_ptr<impl> impl_;
};

// Kafka's AbstractFetcherManager.getFetcherId: abs(31 * topic.hashCode() + partition) %
// num.replica.fetchers, with Java's String.hashCode and Utils.abs.
std::int32_t fetcher_id_for(const storage::topic_partition& tp, std::int32_t num_fetchers);

// Assigns followed partitions to fetchers by (source broker, fetcher id), creating and stopping
// fetchers as partitions come and go (Kafka's ReplicaFetcherManager).
//
// Owner: the replica manager. Executor: its own strand; calls may be awaited from anywhere.
class replica_fetcher_manager {
 public:
  replica_fetcher_manager(boost::asio::any_io_executor executor, replica_fetcher_config config);
  ~replica_fetcher_manager();
  replica_fetcher_manager(const replica_fetcher_manager&) = delete;
  replica_fetcher_manager& operator=(const replica_fetcher_manager&) = delete;

  struct follow {
    broker_address leader;
    initial_fetch_state state;
  };
  // addFetcherForPartitions: a partition moving to another leader leaves its old fetcher first.
  boost::asio::awaitable<void> add_fetcher_for_partitions(std::map<storage::topic_partition, follow> partitions);
  // removeFetcherForPartitions; returns once no fetcher touches those partitions.
  boost::asio::awaitable<void> remove_fetcher_for_partitions(std::vector<storage::topic_partition> partitions);
  // Stops fetchers that follow nothing (shutdownIdleFetcherThreads).
  boost::asio::awaitable<void> shutdown_idle_fetchers();
  boost::asio::awaitable<void> stop();

  // (source broker id, fetcher id) -> partitions, for tests and metrics.
  boost::asio::awaitable<std::map<std::pair<std::int32_t, std::int32_t>, std::vector<storage::topic_partition>>>
  assignments();

 private:
  class impl;
  std::shared_ptr<impl> impl_;
};

}  // namespace gannet::cluster
