#include "offsets_topic.h"

#include <atomic>
#include <string>

#include "gannet/cluster/admin_zk.h"
#include "gannet/cluster/replica_assignment.h"
#include "gannet/common/logging.h"

namespace gannet::broker {

bool is_internal_topic(std::string_view name) {
  return name == offsets_topic_name || name == transaction_state_topic_name;
}

new_topic offsets_topic_spec(const broker_state& s) {
  new_topic t;
  t.name = std::string(offsets_topic_name);
  t.partitions = s.cfg.offsets_topic_num_partitions;
  // One broker: the only possible replication factor (see the header).
  t.replication_factor = 1;
  t.configs["cleanup.policy"] = "compact";
  t.configs["segment.bytes"] = std::to_string(s.cfg.offsets_topic_segment_bytes);
  t.configs["compression.type"] = "producer";
  t.internal = true;
  return t;
}

std::variant<topic_info, topic_error> ensure_offsets_topic(broker_state& s) {
  const std::string name(offsets_topic_name);
  if (auto t = s.topics.find(name)) return *t;
  if (s.cfg.offsets_topic_replication_factor > 1) {
    log::info("creating {} with replication factor 1 (offsets.topic.replication.factor={}, one broker)", name,
              s.cfg.offsets_topic_replication_factor);
  }
  auto created = create_topic(s, offsets_topic_spec(s), false);
  if (auto* e = std::get_if<topic_error>(&created)) {
    log::error("cannot create {}: {}", name, e->message);
  }
  return created;
}

boost::asio::awaitable<void> create_offsets_topic_in_zk(broker_state& s) {
  static std::atomic<bool> in_flight{false};
  if (!s.zk || !s.zk->session || !s.zk->metadata || in_flight.exchange(true)) co_return;
  const std::string name(offsets_topic_name);
  const std::int32_t partitions = s.cfg.offsets_topic_num_partitions;
  const std::int32_t replication_factor = s.cfg.offsets_topic_replication_factor;
  // Kafka's ZkAdminManager.createTopics: the live brokers as the metadata cache
  // knows them, AdminUtils.assignReplicasToBrokers over them.
  std::vector<cluster::broker_metadata> live;
  for (const auto& b : s.zk->metadata->alive_brokers())
    live.push_back({b.id, b.rack});
  auto brokers = cluster::brokers_for_assignment(std::move(live), cluster::rack_aware_mode::enforced);
  if (!brokers) {
    log::error("Error processing create topic request for {}: {}", name, brokers.error().message());
    in_flight.store(false);
    co_return;
  }
  if (replication_factor > static_cast<std::int32_t>(brokers->size())) {
    log::error(
        "Error processing create topic request for {} (partitions {}, replication factor {}): "
        "Replication factor: {} larger than available brokers: {}.",
        name, partitions, replication_factor, replication_factor, brokers->size());
    in_flight.store(false);
    co_return;
  }
  auto assignment = cluster::assign_replicas_to_brokers(*brokers, partitions, replication_factor);
  if (!assignment) {
    log::error("Error processing create topic request for {}: {}", name, assignment.error().message());
    in_flight.store(false);
    co_return;
  }
  // GroupCoordinator.groupMetadataTopicConfigs, in Kafka's insertion order.
  cluster::entity_config config;
  config.config = {{"cleanup.policy", "compact"},
                   {"segment.bytes", std::to_string(s.cfg.offsets_topic_segment_bytes)},
                   {"compression.type", "producer"}};
  const protocol::uuid id = topic_registry::new_topic_id();
  log::info(
      "Creating topic {} with configuration {{cleanup.policy=compact, segment.bytes={}, "
      "compression.type=producer}} and initial partition assignment of {} partitions, replication factor {}",
      name, s.cfg.offsets_topic_segment_bytes, partitions, replication_factor);
  auto op = cluster::create_topic(*s.zk->session, name, std::move(*assignment), std::move(config), id);
  auto created = co_await std::move(op);
  if (!created && created.error() != cluster::admin_errc::topic_exists)
    log::error("cannot create {} in ZooKeeper: {}", name, created.error().message());
  in_flight.store(false);
}

}  // namespace gannet::broker
