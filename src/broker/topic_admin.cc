#include "topic_admin.h"

#include <algorithm>
#include <boost/asio/post.hpp>
#include <fstream>
#include <set>
#include <sstream>

#include "gannet/common/logging.h"
#include "gannet/config/definitions.h"
#include "gannet/config/properties.h"
#include "gannet/config/topic_config.h"
#include "offsets_topic.h"

namespace gannet::broker {
namespace {

using protocol::error_code;

constexpr std::size_t max_name_length = 249;

bool legal_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
}

// Opens (creating when missing) the logs of partitions [from, to) and registers them.
std::optional<topic_error> open_partitions(broker_state& s, const topic_info& t, std::int32_t from, std::int32_t to) {
  auto cfg = s.log_config_for(t.configs);
  s.logs.set_topic_config(t.name, cfg);
  for (std::int32_t p = from; p < to; ++p) {
    storage::topic_partition tp{t.name, p};
    if (auto part = s.partitions.open(tp, t.id, broker_state::now_ms(), cluster::standalone_state(s.node_id)); !part) {
      log::error("cannot create the log of {}: {}", tp.dir_name(), part.error().message());
      return topic_error{error_code::kafka_storage_error, "Cannot create the log of " + tp.dir_name()};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<topic_error> validate_topic_name(const std::string& name) {
  if (name.empty()) return topic_error{error_code::invalid_topic_exception, "Topic name is illegal, it can't be empty"};
  if (name == "." || name == "..") {
    return topic_error{error_code::invalid_topic_exception, "Topic name cannot be \".\" or \"..\""};
  }
  if (name.size() > max_name_length) {
    return topic_error{error_code::invalid_topic_exception,
                       "Topic name is illegal, it can't be longer than 249 characters, topic name: " + name};
  }
  for (char c : name) {
    if (!legal_char(c)) {
      return topic_error{error_code::invalid_topic_exception,
                         "Topic name \"" + name +
                             "\" is illegal, it contains a character other than ASCII alphanumerics, '.', '_' and '-'"};
    }
  }
  return std::nullopt;
}

std::variant<topic_info, topic_error> create_topic(broker_state& s, new_topic t, bool validate_only) {
  if (auto e = validate_topic_name(t.name)) return *e;
  if (s.topics.find(t.name))
    return topic_error{error_code::topic_already_exists, "Topic '" + t.name + "' already exists."};
  if (auto other = s.topics.colliding_name(t.name)) {
    return topic_error{error_code::invalid_topic_exception,
                       "Topic '" + t.name + "' collides with existing topic: " + *other};
  }
  if (t.has_assignments && (t.partitions != -1 || t.replication_factor != -1)) {
    return topic_error{
        error_code::invalid_request,
        "Both numPartitions or replicationFactor and replicasAssignments were set. Both cannot be used at "
        "the same time."};
  }
  if (t.partitions == -1) t.partitions = s.cfg.num_partitions;
  if (t.replication_factor == -1) t.replication_factor = static_cast<std::int16_t>(s.cfg.default_replication_factor);
  if (t.partitions <= 0) {
    return topic_error{error_code::invalid_partitions,
                       "Number of partitions was set to an invalid non-positive value."};
  }
  if (t.replication_factor <= 0) {
    return topic_error{error_code::invalid_replication_factor,
                       "Replication factor must be larger than 0, or -1 to use the default value."};
  }
  if (t.replication_factor > 1) {
    return topic_error{
        error_code::invalid_replication_factor,
        "Replication factor: " + std::to_string(t.replication_factor) + " larger than available brokers: 1."};
  }
  if (auto p = config::validate_topic_overrides(t.configs, s.current_layers())) {
    return topic_error{error_code::invalid_config, p->message};
  }
  // Internal by name, as Kafka's Topic.isInternal: a __consumer_offsets made by
  // CreateTopics is as internal as the one the group coordinator makes.
  const bool internal = t.internal || is_internal_topic(t.name);
  topic_info info{t.name, topic_registry::new_topic_id(), t.partitions, t.replication_factor, t.configs, internal};
  if (validate_only) return info;
  if (auto r = s.topics.put(info); !r) {
    log::error("cannot persist topic {}: {}", t.name, r.error().message());
    return topic_error{error_code::kafka_storage_error, "Cannot persist the topic's metadata"};
  }
  if (auto e = open_partitions(s, info, 0, info.partitions)) return *e;
  log::info("created topic {} with {} partition(s)", info.name, info.partitions);
  return info;
}

std::optional<topic_error> delete_topic(broker_state& s, const std::string& name,
                                        std::vector<std::shared_ptr<partition>>& removed) {
  auto t = s.topics.find(name);
  if (!t) return topic_error{error_code::unknown_topic_or_partition, "This server does not host this topic-partition."};
  if (auto r = s.topics.remove(name); !r) {
    return topic_error{error_code::kafka_storage_error, "Cannot remove the topic's metadata"};
  }
  for (std::int32_t p = 0; p < t->partitions; ++p) {
    if (auto part = s.partitions.remove({name, p})) removed.push_back(std::move(part));
  }
  s.logs.clear_topic_config(name);
  log::info("deleted topic {}", name);
  return std::nullopt;
}

bool remove_partition_log(broker_state& s, partition& p) {
  // No later call touches the log: handlers check deleted() on the strand.
  p.mark_deleted();
  if (auto r = s.logs.remove(p.tp(), broker_state::now_ms()); !r) {
    log::error("cannot delete the log of {}: {}", p.tp().dir_name(), r.error().message());
  }
  return true;
}

std::optional<topic_error> add_partitions(broker_state& s, const std::string& name, std::int32_t count,
                                          bool validate_only,
                                          const std::optional<std::vector<std::vector<std::int32_t>>>& assignments) {
  auto t = s.topics.find(name);
  if (!t) return topic_error{error_code::unknown_topic_or_partition, "The topic '" + name + "' does not exist."};
  if (count < t->partitions) {
    return topic_error{error_code::invalid_partitions, "Topic currently has " + std::to_string(t->partitions) +
                                                           " partitions, which is higher than the requested " +
                                                           std::to_string(count) + "."};
  }
  if (count == t->partitions) {
    return topic_error{error_code::invalid_partitions,
                       "Topic already has " + std::to_string(t->partitions) + " partitions."};
  }
  if (assignments) {
    // ZkAdminManager.createPartitions, then AdminZkClient.validateReplicaAssignment.
    std::set<std::int32_t> unknown;
    for (const auto& replicas : *assignments) {
      for (auto id : replicas) {
        if (id != s.node_id) unknown.insert(id);
      }
    }
    if (!unknown.empty()) {
      std::string list;
      for (auto id : unknown)
        list += (list.empty() ? "" : ", ") + std::to_string(id);
      return topic_error{error_code::invalid_replica_assignment,
                         "Unknown broker(s) in replica assignment: " + list + "."};
    }
    const auto increment = count - t->partitions;
    if (static_cast<std::int64_t>(assignments->size()) != increment) {
      return topic_error{error_code::invalid_replica_assignment,
                         "Increasing the number of partitions by " + std::to_string(increment) + " but " +
                             std::to_string(assignments->size()) + " assignments provided."};
    }
    for (std::size_t i = 0; i < assignments->size(); ++i) {
      const auto& replicas = (*assignments)[i];
      const auto id = std::to_string(t->partitions + static_cast<std::int32_t>(i));
      if (replicas.empty()) {
        return topic_error{error_code::invalid_replica_assignment,
                           "Cannot have replication factor of 0 for partition id " + id + "."};
      }
      if (replicas.size() > 1) {
        std::string list;
        for (auto r : replicas)
          list += (list.empty() ? "" : ", ") + std::to_string(r);
        return topic_error{
            error_code::invalid_replica_assignment,
            "Duplicate brokers not allowed in replica assignment: " + list + " for partition id " + id + "."};
      }
    }
  }
  if (validate_only) return std::nullopt;
  std::int32_t old = t->partitions;
  t->partitions = count;
  if (auto r = s.topics.put(*t); !r) {
    return topic_error{error_code::kafka_storage_error, "Cannot persist the topic's metadata"};
  }
  if (auto e = open_partitions(s, *t, old, count)) return e;
  log::info("topic {}: partitions {} -> {}", name, old, count);
  return std::nullopt;
}

namespace {

// Applies `cfg` to the live logs of `t`: the log manager's per-topic config
// (for logs created later) and each partition's log on its strand.
void apply_log_config(broker_state& s, const topic_info& t) {
  auto cfg = s.log_config_for(t.configs);
  s.logs.set_topic_config(t.name, cfg);
  for (std::int32_t p = 0; p < t.partitions; ++p) {
    auto part = s.partitions.find({t.name, p});
    if (!part) continue;
    boost::asio::post(part->strand(), [part, cfg] {
      if (!part->deleted()) part->log().set_config(cfg);
    });
  }
}

std::filesystem::path layer_file(const broker_state& s, bool per_broker) {
  return s.metadata_dir / (per_broker ? "dynamic-broker.properties" : "dynamic-default-broker.properties");
}

config::property_map read_layer(const std::filesystem::path& path) {
  config::property_map out;
  std::ifstream in(path);
  if (!in) return out;
  std::stringstream text;
  text << in.rdbuf();
  for (auto& [k, v] : config::parse_properties(text.str()))
    out[k] = v;
  return out;
}

}  // namespace

std::optional<topic_error> set_topic_overrides(broker_state& s, const std::string& name,
                                               config::property_map overrides) {
  auto t = s.topics.find(name);
  if (!t) return topic_error{error_code::unknown_topic_or_partition, ""};
  t->configs = std::move(overrides);
  if (auto r = s.topics.put(*t); !r) {
    log::error("cannot persist the configs of topic {}: {}", name, r.error().message());
    return topic_error{error_code::kafka_storage_error, "Cannot persist the topic's metadata"};
  }
  apply_log_config(s, *t);
  log::info("topic {}: configs updated", name);
  return std::nullopt;
}

void load_dynamic_broker_configs(broker_state& s) {
  auto per_broker = read_layer(layer_file(s, true));
  auto defaults = read_layer(layer_file(s, false));
  std::unique_lock lock(s.layers_mutex);
  s.layers.dynamic_broker = std::move(per_broker);
  s.layers.dynamic_default_broker = std::move(defaults);
}

// The order in which Kafka iterates a java.util.Properties holding `keys`
// (a ConcurrentHashMap since Java 9: buckets by spread(String.hashCode), 16 of
// them, doubling past 3/4 full), which is the order its messages list keys in.
std::vector<std::string> java_properties_order(std::vector<std::string> keys) {
  std::size_t buckets = 16;
  while (keys.size() > buckets * 3 / 4)
    buckets *= 2;
  auto bucket = [buckets](const std::string& k) {
    std::uint32_t h = 0;
    for (unsigned char c : k)
      h = 31 * h + c;
    return ((h ^ (h >> 16)) & 0x7fffffffU) & (buckets - 1);
  };
  std::stable_sort(keys.begin(), keys.end(),
                   [&](const std::string& a, const std::string& b) { return bucket(a) < bucket(b); });
  return keys;
}

std::optional<topic_error> validate_dynamic_broker_configs(const broker_state&, const config::property_map& values) {
  // DynamicBrokerConfig.validateConfigs: read-only Kafka keys first, then types.
  std::vector<std::string> names;
  for (const auto& [k, v] : values)
    names.push_back(k);
  std::string read_only;
  for (const auto& k : java_properties_order(std::move(names))) {
    const auto* key = config::find_broker_key(k);
    if (key && !key->dynamic) read_only += (read_only.empty() ? "" : ", ") + k;
  }
  if (!read_only.empty()) {
    return topic_error{error_code::invalid_request, "Cannot update these configs dynamically: Set(" + read_only + ")"};
  }
  for (const auto& [k, v] : values) {
    const auto* key = config::find_broker_key(k);
    if (!key) continue;
    if (auto parsed = config::parse_value(*key, v); !parsed.ok()) {
      return topic_error{error_code::invalid_request, parsed.error};
    }
  }
  return std::nullopt;
}

std::optional<topic_error> set_dynamic_broker_configs(broker_state& s, bool per_broker, config::property_map values) {
  auto text = config::write_properties(values, per_broker ? "Gannet dynamic broker configs (this broker)"
                                                          : "Gannet dynamic broker configs (cluster default)");
  if (auto r = write_file_atomically(layer_file(s, per_broker), text); !r) {
    log::error("cannot persist dynamic broker configs: {}", r.error().message());
    return topic_error{error_code::kafka_storage_error, "Cannot persist the broker configs"};
  }
  {
    std::unique_lock lock(s.layers_mutex);
    (per_broker ? s.layers.dynamic_broker : s.layers.dynamic_default_broker) = std::move(values);
  }
  for (const auto& t : s.topics.list())
    apply_log_config(s, t);
  log::info("dynamic broker configs ({}) updated", per_broker ? "this broker" : "cluster default");
  return std::nullopt;
}

}  // namespace gannet::broker
