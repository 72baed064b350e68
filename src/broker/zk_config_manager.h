#pragma once
// ZooKeeper mode's dynamic configs on every broker: Kafka 3.9's
// ZkConfigManager with its ZkNodeChangeNotificationListener and the
// TopicConfigHandler / BrokerConfigHandler.
//
// - At start: every /config/topics/<t> is read (the topics' log configs) and
//   /config/brokers/<default> and /config/brokers/<this id> become the dynamic
//   broker layers; then the notifications already in /config/changes are
//   processed.
// - /config/changes children watch: each config_change_<seq> newer than the
//   last one processed names an entity ("topics/t", "brokers/<default>",
//   "brokers/1"); its znode is read again and applied: a topic's overrides to
//   its local logs (and to logs created later), a broker layer to every
//   topic's logs. Notifications older than 15 minutes are deleted, as Kafka's
//   purgeObsoleteNotifications (changeExpirationMs).
//
// Writers (AlterConfigs, IncrementalAlterConfigs, kafka-configs) use
// write_topic_config / write_broker_config: the entity znode, then the
// notification (AdminZkClient.changeEntityConfig).
//
// Owner: zk_runtime. Runs on its own strand of the storage pool; ZooKeeper
// watches only schedule a pass there. Thread-safety: topic_overrides() may be
// called from any thread.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "gannet/cluster/zk_client.h"
#include "gannet/common/result.h"
#include "gannet/config/broker_config.h"

namespace gannet::broker {

struct broker_state;

class zk_config_manager : public std::enable_shared_from_this<zk_config_manager> {
 public:
  static std::shared_ptr<zk_config_manager> make(broker_state& s);

  // The bootstrap pass, then the watch (Kafka's startup()). Blocks the caller
  // until the bootstrap pass is done (start-up only).
  void start();
  void stop();

  // The overrides of `topic` as last read from ZooKeeper (empty when none).
  config::property_map topic_overrides(const std::string& topic) const;

 private:
  explicit zk_config_manager(broker_state& s);
  boost::asio::awaitable<void> bootstrap();
  boost::asio::awaitable<void> process_notifications();
  boost::asio::awaitable<void> apply_entity(std::string entity_path);
  boost::asio::awaitable<void> apply_topic(std::string topic);
  boost::asio::awaitable<void> apply_broker_layer(std::string entity);
  void schedule();
  void reapply_all_topics();
  void apply_to_logs(const std::string& topic, const config::property_map& overrides);

  broker_state& s_;
  boost::asio::strand<boost::asio::thread_pool::executor_type> strand_;
  bool stopped_ = false;  // on strand_
  bool pass_running_ = false;
  bool pass_again_ = false;
  std::int64_t last_executed_change_ = -1;  // on strand_
  mutable std::mutex mutex_;                // guards overrides_
  std::map<std::string, config::property_map> overrides_;
};

// AdminZkClient.changeTopicConfig / changeBrokerConfig: writes the entity's
// config znode (set, or created when missing) and the change notification.
// `entity` for brokers: the broker id or "<default>".
boost::asio::awaitable<result<void>> write_topic_config(cluster::zk_client& zk, std::string topic,
                                                        std::vector<std::pair<std::string, std::string>> config);
boost::asio::awaitable<result<void>> write_broker_config(cluster::zk_client& zk, std::string entity,
                                                         std::vector<std::pair<std::string, std::string>> config);
// The overrides in /config/topics/<t> (empty when the znode is missing).
boost::asio::awaitable<result<config::property_map>> read_topic_config(cluster::zk_client& zk, std::string topic);

}  // namespace gannet::broker
