#include "gannet/broker/broker.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_future.hpp>
#include <fstream>
#include <random>
#include <sstream>

#include "broker_state.h"
#include "controlled_shutdown_client.h"
#include "dispatcher.h"
#include "gannet/common/logging.h"
#include "gannet/config/topic_config.h"
#include "gannet/records/record_batch.h"
#include "group_store_factory.h"
#include "periodic_tasks.h"
#include "topic_admin.h"

namespace gannet::broker {
namespace {

std::string base64url(const std::array<std::uint8_t, 16>& id) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  std::string out;
  std::uint32_t acc = 0;
  int bits = 0;
  for (auto b : id) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      out += alphabet[(acc >> (bits - 6)) & 0x3F];
      bits -= 6;
    }
  }
  if (bits > 0) out += alphabet[(acc << (6 - bits)) & 0x3F];
  return out;
}

// Reads meta.properties (Kafka's per-log-dir identity file, ZooKeeper-mode
// version 0) for the cluster id, writing a new one when there is none.
std::string load_or_create_cluster_id(const std::filesystem::path& dir, std::int32_t node_id) {
  auto path = dir / "meta.properties";
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("cluster.id=")) return line.substr(11);
  }
  std::mt19937_64 rng{std::random_device{}()};
  std::array<std::uint8_t, 16> id{};
  for (auto& b : id)
    b = static_cast<std::uint8_t>(rng());
  auto cluster_id = base64url(id);
  std::filesystem::create_directories(dir);
  std::ofstream out(path, std::ios::trunc);
  out << "#\n#Written by Gannet\nversion=0\nbroker.id=" << node_id << "\ncluster.id=" << cluster_id << "\n";
  return cluster_id;
}

storage::log_config to_log_config(const config::topic_config& t, bool durable) {
  storage::log_config c;
  c.segment_bytes = t.segment_bytes;
  c.segment_ms = t.segment_ms;
  c.segment_jitter_ms = t.segment_jitter_ms;
  c.segment_index_bytes = t.segment_index_bytes;
  c.index_interval_bytes = t.index_interval_bytes;
  c.retention_ms = t.retention_ms;
  c.retention_bytes = t.retention_bytes;
  c.flush_messages = t.flush_messages;
  c.flush_ms = t.flush_ms;
  c.file_delete_delay_ms = t.file_delete_delay_ms;
  c.max_message_bytes = t.max_message_bytes;
  c.timestamp_type = t.message_timestamp_type == "LogAppendTime" ? storage::message_timestamp_type::log_append_time
                                                                 : storage::message_timestamp_type::create_time;
  c.timestamp_before_max_ms = t.effective_timestamp_before_max_ms();
  c.timestamp_after_max_ms = t.effective_timestamp_after_max_ms();
  c.preallocate = t.preallocate;
  c.cleanup_compact = t.compact();
  c.cleanup_delete = t.delete_();
  c.delete_retention_ms = t.delete_retention_ms;
  c.min_compaction_lag_ms = t.min_compaction_lag_ms;
  c.max_compaction_lag_ms = t.max_compaction_lag_ms;
  c.min_cleanable_dirty_ratio = t.min_cleanable_dirty_ratio;
  c.durable = durable;
  return c;
}

storage::log_manager_config log_manager_config_from(const config::broker_config& cfg, const config::broker_layers& l,
                                                    bool durable) {
  storage::log_manager_config c;
  for (const auto& d : cfg.log_dirs)
    c.log_dirs.emplace_back(d);
  c.default_config = to_log_config(config::topic_config::from(l, {}), durable);
  c.retention_check_interval_ms = cfg.log_retention_check_interval_ms;
  c.recovery_threads = std::max(1, cfg.num_recovery_threads_per_data_dir);
  return c;
}

// Kafka's KafkaServer.MIN_INCREMENTAL_FETCH_SESSION_EVICTION_MS (not configurable).
constexpr std::int64_t fetch_session_eviction_ms = 120000;

// Kafka's onLeadershipChange for __consumer_offsets: onElection for a new
// leader, onResignation for a follower (StopReplica's -1/-2 epochs: none).
void follow_offsets_leadership(broker_state& s, std::int32_t partition, bool is_leader, std::int32_t leader_epoch) {
  if (!s.groups) return;
  if (is_leader) {
    auto op = s.groups->on_election(partition, leader_epoch);
    boost::asio::co_spawn(s.storage_pool, std::move(op), boost::asio::detached);
  } else {
    std::optional<std::int32_t> epoch;
    if (leader_epoch >= 0) epoch = leader_epoch;
    auto op = s.groups->on_resignation(partition, epoch);
    boost::asio::co_spawn(s.storage_pool, std::move(op), boost::asio::detached);
  }
}

groups::coordinator_config group_coordinator_config(const config::broker_config& cfg) {
  groups::coordinator_config c;
  c.min_session_timeout_ms = cfg.group_min_session_timeout_ms;
  c.max_session_timeout_ms = cfg.group_max_session_timeout_ms;
  c.initial_rebalance_delay_ms = cfg.group_initial_rebalance_delay_ms;
  c.max_size = cfg.group_max_size;
  c.offset_metadata_max_bytes = cfg.offset_metadata_max_bytes;
  c.offsets_retention_ms = static_cast<std::int64_t>(cfg.offsets_retention_minutes) * 60 * 1000;
  c.offsets_retention_check_interval_ms = cfg.offsets_retention_check_interval_ms;
  return c;
}

bool durable_acks(const config::broker_layers& l) {
  return l.value_of("gannet.durable.acks").value_or("false") == "true";
}

}  // namespace

broker_state::broker_state(config::loaded_config c)
    : loaded(std::move(c)),
      cfg(loaded.broker),
      layers(loaded.layers()),
      storage_pool(static_cast<std::size_t>(std::max(1, cfg.num_io_threads))),
      control_strand(boost::asio::make_strand(storage_pool.get_executor())),
      logs(log_manager_config_from(cfg, layers, durable_acks(layers))),
      topics(std::filesystem::path(cfg.log_dirs.at(0)) / ".gannet-metadata" / "topics"),
      producer_ids(std::filesystem::path(cfg.log_dirs.at(0)) / ".gannet-metadata" / "producer-id-block"),
      fetch_sessions(static_cast<std::size_t>(std::max(0, cfg.max_incremental_fetch_session_cache_slots)),
                     fetch_session_eviction_ms),
      // The standalone broker: no ISR changes to propose (it is its own ISR).
      partitions(
          logs, storage_pool.get_executor(),
          cluster::replica_settings{cfg.broker_id >= 0 ? cfg.broker_id : 0, cfg.replica_lag_time_max_ms, nullptr}) {
  node_id = cfg.broker_id >= 0 ? cfg.broker_id : 0;
  metadata_dir = std::filesystem::path(cfg.log_dirs.at(0)) / ".gannet-metadata";
  for (const auto& e : cfg.advertised_listeners)
    advertised.push_back({e.listener_name, e.host, e.port});
}

storage::log_config broker_state::log_config_for(const config::property_map& overrides) const {
  auto l = current_layers();
  return to_log_config(config::topic_config::from(l, overrides), durable_acks(l));
}

broker::broker(config::loaded_config config) : state_(std::make_unique<broker_state>(std::move(config))) {}

broker::~broker() = default;

result<void> broker::start() {
  auto& s = *state_;
  if (s.cfg.zookeeper_connect) {
    // ZooKeeper mode never falls back to standalone: no ZooKeeper, no broker.
    if (auto r = start_zk_mode(s); !r) return r.error();
  } else {
    s.cluster_id = load_or_create_cluster_id(s.cfg.log_dirs.at(0), s.node_id);
  }
  if (auto r = s.topics.load(); !r) return r.error();
  if (auto r = s.producer_ids.load(); !r) return r.error();
  load_dynamic_broker_configs(s);  // AlterConfigs on brokers, before topics' log configs
  for (const auto& t : s.topics.list())
    s.logs.set_topic_config(t.name, s.log_config_for(t.configs));
  if (auto r = s.logs.startup(broker_state::now_ms()); !r) return r.error();

  // Standalone: a partition for every partition of every known topic; its log
  // is created when missing (e.g. a log dir that was wiped). ZooKeeper mode:
  // the logs are loaded, but a partition is hosted (led or followed) only once
  // the controller's LeaderAndIsr names it, as Kafka's ReplicaManager; until
  // then requests for it get NOT_LEADER_OR_FOLLOWER / UNKNOWN_TOPIC_OR_PARTITION.
  std::size_t opened = 0;
  if (!s.zk) {
    for (const auto& t : s.topics.list()) {
      for (std::int32_t p = 0; p < t.partitions; ++p) {
        storage::topic_partition tp{t.name, p};
        auto part = s.partitions.open(tp, t.id, broker_state::now_ms(), cluster::standalone_state(s.node_id));
        if (!part) {
          log::error("cannot open the log of {}: {}", tp.dir_name(), part.error().message());
          continue;
        }
        (*part)->rebuild_producer_state(broker_state::now_ms(), s.producer_id_expiration_ms());
        ++opened;
      }
    }
    log::info("loaded {} topics, {} partitions; cluster id {}", s.topics.size(), opened, s.cluster_id);
  } else {
    log::info("loaded {} logs; partitions wait for the controller's LeaderAndIsr; cluster id {}", s.logs.log_count(),
              s.cluster_id);
  }

  s.group_store = make_group_store(s);
  s.groups = std::make_unique<groups::coordinator>(s.storage_pool.get_executor(), *s.group_store,
                                                   group_coordinator_config(s.cfg));
  if (s.zk) {
    // ZooKeeper mode: the coordinator of the groups of the __consumer_offsets
    // partitions this broker leads, as LeaderAndIsr / StopReplica say.
    broker_state* sp = &s;
    s.offsets_leadership_changed = [sp](std::int32_t partition, bool is_leader, std::int32_t leader_epoch) {
      follow_offsets_leadership(*sp, partition, is_leader, leader_epoch);
    };
  } else {
    // Standalone: this broker leads every partition (the one-node case).
    auto elect = s.groups->elect_all_partitions();
    boost::asio::co_spawn(s.storage_pool, std::move(elect), boost::asio::use_future).get();
  }
  s.groups->start();
  start_periodic_tasks(s);
  return {};
}

void broker::set_bound_listeners(const std::vector<net::bound_listener>& bound) {
  for (auto& a : state_->advertised) {
    if (a.port != 0) continue;
    for (const auto& b : bound) {
      if (b.name == a.listener_name) a.port = b.endpoint.port();
    }
  }
}

void broker::begin_stop() {
  auto& s = *state_;
  // ZooKeeper mode: leaderships move to other brokers first, while this one
  // still serves (KafkaServer.shutdown starts with controlledShutdown).
  run_controlled_shutdown(s);
  s.draining.store(true);
  // Waiting JoinGroup/SyncGroup calls answer NOT_COORDINATOR now.
  if (s.groups) s.groups->shutdown();
  for (auto& p : s.partitions.all())
    p->wake_waiters();
}

void broker::stop() {
  auto& s = *state_;
  stop_periodic_tasks(s);
  if (s.groups) s.groups->shutdown();
  // The ZooKeeper session's pending watches keep the pool busy: end it before the join.
  stop_zk_mode(s);
  s.storage_pool.join();
  // Clean shutdown: a producer snapshot at each log end, so the next start
  // reads no batch to rebuild producer state (Kafka's UnifiedLog.close). The
  // pool is joined: nothing else touches the logs now.
  for (auto& p : s.partitions.all())
    if (!p->deleted()) p->write_producer_snapshot(p->log().log_end_offset());
  if (auto r = s.logs.shutdown(); !r) log::error("log shutdown: {}", r.error().message());
}

result<void> broker::join_cluster() { return register_in_zk(*state_); }

boost::asio::awaitable<net::handler_result> broker::handle(net::request_frame frame, net::connection_context& ctx) {
  co_return co_await dispatch(*state_, std::move(frame), ctx);
}

}  // namespace gannet::broker
