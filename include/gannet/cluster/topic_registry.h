#pragma once
// The standalone broker's topic metadata: name, topic id, partition count,
// replication factor and per-topic config overrides. In ZooKeeper mode Kafka
// keeps this in ZooKeeper (/brokers/topics, /config/topics); a standalone
// Gannet keeps it in <first log dir>/.gannet-metadata/topics/<topic>.properties,
// one small file per topic written atomically (temp file, fsync, rename), so
// topics and their configs survive restarts.
//
// Owner: broker. Thread-safety: every method locks an internal mutex, so it may
// be called from any thread; readers get copies. Mutations do file I/O: call
// them from the storage pool, not from a network thread. Lifecycle: load()
// once at start-up, before the broker serves.

#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "gannet/common/result.h"
#include "gannet/config/config_key.h"
#include "gannet/protocol/uuid.h"

namespace gannet::cluster {

struct topic_info {
  std::string name;
  protocol::uuid id{};
  std::int32_t partitions = 0;
  std::int16_t replication_factor = 1;
  config::property_map configs;  // per-topic overrides only
  bool internal = false;         // __consumer_offsets, __transaction_state
};

class topic_registry {
 public:
  explicit topic_registry(std::filesystem::path dir);

  // Reads every topic file; a malformed file is logged and skipped.
  result<void> load();

  std::optional<topic_info> find(const std::string& name) const;
  std::optional<topic_info> find_by_id(const protocol::uuid& id) const;
  std::vector<topic_info> list() const;
  std::size_t size() const;
  // True when another topic's name equals `name` once '.' and '_' are treated
  // alike (Kafka refuses such collisions: their metric names would clash).
  std::optional<std::string> colliding_name(const std::string& name) const;

  // Writes the topic's file and adds it; fails when the file cannot be written.
  result<void> put(const topic_info& t);
  result<void> remove(const std::string& name);

  // A fresh random topic id, never all zeros.
  static protocol::uuid new_topic_id();

 private:
  std::filesystem::path file_for(const std::string& name) const;

  std::filesystem::path dir_;
  mutable std::mutex mutex_;
  std::map<std::string, topic_info> topics_;
};

// Writes `text` to `path` atomically: temp file, fsync, rename, fsync of the
// directory. Any thread that may do file I/O (the storage pool).
result<void> write_file_atomically(const std::filesystem::path& path, const std::string& text);

}  // namespace gannet::cluster
