#include "zk_mode.h"

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_future.hpp>
#include <chrono>
#include <fstream>
#include <map>

#include "broker_state.h"
#include "gannet/cluster/zk_data.h"
#include "gannet/cluster/zk_startup.h"
#include "gannet/common/logging.h"

namespace gannet::broker {
namespace {

namespace asio = boost::asio;

// One log dir's meta.properties (Kafka's ZooKeeper-mode version 0: broker.id
// and cluster.id), or nothing when the file is missing.
struct meta_properties {
  std::filesystem::path path;
  bool exists = false;
  std::optional<std::string> cluster_id;
  std::optional<std::int32_t> broker_id;
};

meta_properties read_meta_properties(const std::filesystem::path& dir) {
  meta_properties m;
  m.path = dir / "meta.properties";
  std::ifstream in(m.path);
  if (!in) return m;
  m.exists = true;
  std::string line;
  while (std::getline(in, line)) {
    if (line.starts_with("cluster.id=")) m.cluster_id = line.substr(11);
    if (line.starts_with("broker.id=")) {
      try {
        m.broker_id = std::stoi(line.substr(10));
      } catch (const std::exception&) {
        // An unreadable id counts as none; Kafka refuses the file, we let the check below decide.
      }
    }
  }
  return m;
}

void write_meta_properties(const std::filesystem::path& path, std::int32_t broker_id, const std::string& cluster_id) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::trunc);
  out << "#\n#Written by Gannet\nversion=0\nbroker.id=" << broker_id << "\ncluster.id=" << cluster_id << "\n";
}

// Runs one awaitable on the storage pool and waits for it: start-up only.
template <class T>
T run_blocking(broker_state& s, asio::awaitable<T> a) {
  return asio::co_spawn(s.storage_pool, std::move(a), asio::use_future).get();
}

}  // namespace

result<void> start_zk_mode(broker_state& s) {
  const auto& cfg = s.cfg;
  s.zk = std::make_unique<zk_runtime>();
  auto& zk = s.zk->session;
  zk = std::make_shared<cluster::zk_session>(s.storage_pool.get_executor(), *cfg.zookeeper_connect,
                                             std::chrono::milliseconds(cfg.zookeeper_session_timeout_ms));
  log::info("Connecting to zookeeper on {}", *cfg.zookeeper_connect);
  if (auto r = run_blocking(s, zk->connect(std::chrono::milliseconds(cfg.zookeeper_connection_timeout_ms))); !r) {
    log::error("Fatal error during broker startup: {}", zk->connect_error());
    return r.error();
  }
  if (auto r = run_blocking(s, cluster::ensure_persistent_paths(*zk)); !r) {
    log::error("cannot create ZooKeeper's top-level paths: {}", r.error().message());
    return r.error();
  }
  auto new_id = [] { return cluster::uuid_to_string(topic_registry::new_topic_id()); };
  auto cluster_id = run_blocking(s, cluster::get_or_create_cluster_id(*zk, new_id));
  if (!cluster_id) {
    log::error("cannot read or create /cluster/id: {}", cluster_id.error().message());
    return cluster_id.error();
  }
  log::info("Cluster ID = {}", *cluster_id);

  // Every log dir's meta.properties must name this cluster, and one broker id
  // (MetaPropertiesEnsemble.verify's checks and messages).
  std::vector<meta_properties> metas;
  std::optional<std::int32_t> broker_id;
  if (cfg.broker_id >= 0) broker_id = cfg.broker_id;
  for (const auto& d : cfg.log_dirs) {
    auto m = read_meta_properties(d);
    if (m.cluster_id && *m.cluster_id != *cluster_id) {
      log::error("Fatal error during broker startup: Invalid cluster.id in: {}. Expected {}, but read {}",
                 m.path.string(), *cluster_id, *m.cluster_id);
      return std::make_error_code(std::errc::invalid_argument);
    }
    if (m.broker_id) {
      if (!broker_id) {
        broker_id = m.broker_id;
      } else if (*broker_id != *m.broker_id) {
        log::error(
            "Fatal error during broker startup: Stored node id {} doesn't match previous node id {} in {}. If you "
            "moved your data, make sure your configured node id matches. If you intend to create a new node, you "
            "should remove all data in your data directories.",
            *m.broker_id, *broker_id, m.path.string());
        return std::make_error_code(std::errc::invalid_argument);
      }
    }
    metas.push_back(std::move(m));
  }
  if (!broker_id) {
    if (s.loaded.layers().value_of("broker.id.generation.enable").value_or("true") != "true") {
      log::error("Fatal error during broker startup: broker.id is -1 and broker.id.generation.enable is false");
      return std::make_error_code(std::errc::invalid_argument);
    }
    auto max_id = s.loaded.layers().value_of("reserved.broker.max.id").value_or("1000");
    auto generated = run_blocking(s, cluster::generate_broker_id(*zk, std::stoi(max_id)));
    if (!generated) {
      log::error("cannot generate a broker id from /brokers/seqid: {}", generated.error().message());
      return generated.error();
    }
    broker_id = *generated;
    log::info("generated broker id {}", *broker_id);
  }
  for (const auto& m : metas) {
    if (!m.exists || !m.cluster_id || !m.broker_id) write_meta_properties(m.path, *broker_id, *cluster_id);
  }
  s.node_id = *broker_id;
  s.cluster_id = *cluster_id;
  // Before any partition opens: they propose ISR changes to its AlterPartition sender.
  s.zk->replicas = std::make_unique<replica_manager>(s);
  return {};
}

result<void> register_in_zk(broker_state& s) {
  if (!s.zk) return {};
  auto& rt = *s.zk;
  cluster::broker_registration info;
  info.id = s.node_id;
  for (const auto& a : s.advertised) {
    cluster::broker_endpoint e;
    e.listener_name = a.listener_name;
    e.host = a.host;
    e.port = a.port;
    auto proto = s.cfg.listener_security_protocol_map.find(a.listener_name);
    e.security_protocol = proto != s.cfg.listener_security_protocol_map.end() ? proto->second : a.listener_name;
    info.endpoints.push_back(std::move(e));
  }
  info.rack = s.cfg.broker_rack;
  info.timestamp = broker_state::now_ms();
  // ZooKeeper-mode Kafka 3.9 registers no supported features ("features":{}).
  auto timeout = std::chrono::milliseconds(s.cfg.zookeeper_session_timeout_ms);
  rt.registration = cluster::zk_broker_registration::make(s.storage_pool.get_executor(), *rt.session, info, timeout);
  auto epoch = run_blocking(s, rt.registration->register_broker());
  if (!epoch) {
    log::error("Fatal error during broker startup: {}", rt.registration->last_error());
    return epoch.error();
  }
  log::info("registered broker {} at path {} with broker epoch {}", s.node_id, rt.registration->path(), *epoch);
  // The replica fetchers send this registration's epoch (a LeaderAndIsr that came before this
  // line started them already).
  rt.replicas->start(*epoch);

  rt.metadata = std::make_unique<cluster::metadata_cache>(s.node_id);
  auto socket_timeout = s.loaded.layers().value_of("controller.socket.timeout.ms").value_or("30000");
  rt.controller_channel = std::make_unique<cluster::zk_controller_channel>(
      s.storage_pool.get_executor(), s.node_id, std::chrono::milliseconds(std::stoi(socket_timeout)));
  cluster::controller_config cc;
  cc.broker_id = s.node_id;
  if (auto l = s.loaded.layers().value_of("inter.broker.listener.name")) {
    cc.inter_broker_listener_name = *l;
  } else if (!s.advertised.empty()) {
    // Kafka: the listener of security.inter.broker.protocol (PLAINTEXT by default).
    cc.inter_broker_listener_name = s.advertised.front().listener_name;
  }
  rt.inter_broker_listener = cc.inter_broker_listener_name;
  cc.unclean_leader_election_enable = s.loaded.layers().value_of("unclean.leader.election.enable") == "true";
  // Kafka's defaults: true, 300 s, 10 %.
  const auto& layers = s.loaded.layers();
  cc.auto_leader_rebalance_enable = layers.value_of("auto.leader.rebalance.enable").value_or("true") == "true";
  cc.leader_imbalance_check_interval =
      std::chrono::seconds(std::stoll(layers.value_of("leader.imbalance.check.interval.seconds").value_or("300")));
  cc.leader_imbalance_per_broker_percentage =
      std::stoi(layers.value_of("leader.imbalance.per.broker.percentage").value_or("10"));
  rt.controller = std::make_unique<cluster::controller>(*rt.session, *rt.controller_channel,
                                                        asio::make_strand(s.storage_pool.get_executor()), cc);
  rt.controller->start();
  rt.config_manager = zk_config_manager::make(s);
  rt.config_manager->start();
  return {};
}

void stop_zk_mode(broker_state& s) {
  if (!s.zk) return;
  if (s.zk->config_manager) s.zk->config_manager->stop();
  // The fetchers and the AlterPartition sender first: they run on the pool that is joined next.
  if (s.zk->replicas) s.zk->replicas->shutdown();
  if (s.zk->controller) s.zk->controller->stop();
  if (s.zk->controller_channel) s.zk->controller_channel->close();
  if (s.zk->session) s.zk->session->close();
}

}  // namespace gannet::broker
