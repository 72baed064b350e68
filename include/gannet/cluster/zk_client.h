#pragma once
// The ZooKeeper client the cluster module sees: Kafka's znodes are read and
// written through this interface, never through the C client directly.
//
// Two implementations: zk_session (src/cluster/zk/, Debian's libzookeeper-mt,
// a real server) and memory_zk (tests/cluster/, an in-memory tree with the
// same semantics for controller unit tests).
//
// Semantics are ZooKeeper's: versions are the znode's data version
// (stat.version); -1 means "any version". Every update the cluster code makes
// to shared state is compare-and-set on the version it read.
//
// Completion: every operation is an awaitable that resumes the awaiting
// coroutine on its own executor (the client posts the C client's callback
// there). Watches are one-shot, as in ZooKeeper; a watcher is called on the
// executor given to the client at construction, once, with the event.
//
// Sessions: the client owns one session at a time. When the server reports
// the session expired, the client opens a new session by itself (as Kafka's
// ZooKeeperClient does) and tells every session listener, first
// `expired` then `connected` with the new session id; ephemeral znodes and
// watches of the old session are gone by then, so listeners re-create them
// (broker registration, the controller's watches).
//
// Owner: the cluster runtime (one per broker). Thread-safety: every method may
// be called from any thread.

#include <boost/asio/awaitable.hpp>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "gannet/common/result.h"

namespace gannet::cluster {

// ZooKeeper's error codes as the cluster code needs them (ZOO_ERRORS).
enum class zk_errc {
  ok = 0,
  no_node,                     // ZNONODE
  node_exists,                 // ZNODEEXISTS
  bad_version,                 // ZBADVERSION
  not_empty,                   // ZNOTEMPTY
  no_children_for_ephemerals,  // ZNOCHILDRENFOREPHEMERALS
  connection_loss,             // ZCONNECTIONLOSS: the outcome is unknown; re-read before retrying
  session_expired,             // ZSESSIONEXPIRED
  operation_timeout,           // ZOPERATIONTIMEOUT
  auth_failed,                 // ZAUTHFAILED / ZNOAUTH
  bad_arguments,               // ZBADARGUMENTS
  closing,                     // the client is shutting down
  system_error,                // anything else (logged with ZooKeeper's own code)
};
const std::error_category& zk_category();
std::error_code make_error_code(zk_errc e);

// ZooKeeper's Stat.
struct zk_stat {
  std::int64_t czxid = 0;
  std::int64_t mzxid = 0;
  std::int64_t ctime = 0;
  std::int64_t mtime = 0;
  std::int32_t version = 0;
  std::int32_t cversion = 0;
  std::int32_t aversion = 0;
  std::int64_t ephemeral_owner = 0;  // the owning session id, 0 when persistent
  std::int32_t data_length = 0;
  std::int32_t num_children = 0;
  std::int64_t pzxid = 0;
};

enum class zk_create_mode { persistent, ephemeral, persistent_sequential, ephemeral_sequential };

enum class zk_event_type { created, deleted, data_changed, children_changed };

struct zk_watch_event {
  zk_event_type type;
  std::string path;  // without the chroot
};
using zk_watcher = std::function<void(const zk_watch_event&)>;

enum class zk_session_event { connected, disconnected, expired };
using zk_session_listener = std::function<void(zk_session_event, std::int64_t session_id)>;

struct zk_data {
  std::string data;
  zk_stat stat;
};

// One operation of an atomic multi (ZooKeeper's multi/transaction).
struct zk_op {
  enum class kind { create, set, remove, check } type = kind::check;
  std::string path;
  std::string data;                                  // create, set
  zk_create_mode mode = zk_create_mode::persistent;  // create
  std::int32_t version = -1;                         // set, remove, check
};
struct zk_op_result {
  std::error_code error;  // zk_errc
  std::string path;       // create: the created path
  zk_stat stat;           // set
};

class zk_client {
 public:
  virtual ~zk_client() = default;

  // Creates `path` with `data`. Returns the created path (sequential modes
  // append the 10-digit counter).
  virtual boost::asio::awaitable<result<std::string>> create(std::string path, std::string data,
                                                             zk_create_mode mode) = 0;
  // Creates `path` and any missing parent (persistent, empty data), as
  // Kafka's KafkaZkClient.createRecursive. node_exists is success.
  virtual boost::asio::awaitable<result<void>> create_recursive(std::string path, std::string data) = 0;
  // Data and stat; with a watcher, a watch on the node's data (fires on change or deletion).
  virtual boost::asio::awaitable<result<zk_data>> get(std::string path, zk_watcher watcher = {}) = 0;
  // Writes data if the version matches (-1: any). Returns the new stat.
  virtual boost::asio::awaitable<result<zk_stat>> set(std::string path, std::string data, std::int32_t version) = 0;
  // Deletes if the version matches (-1: any).
  virtual boost::asio::awaitable<result<void>> remove(std::string path, std::int32_t version) = 0;
  // nullopt when the node does not exist; with a watcher, an exists watch
  // (fires on creation, change or deletion).
  virtual boost::asio::awaitable<result<std::optional<zk_stat>>> exists(std::string path, zk_watcher watcher = {}) = 0;
  // Child names (not paths), in the server's order; with a watcher, a child watch.
  virtual boost::asio::awaitable<result<std::vector<std::string>>> children(std::string path,
                                                                            zk_watcher watcher = {}) = 0;
  // All or nothing. On failure the error is the first failing op's, and each
  // op's own result says which failed.
  virtual boost::asio::awaitable<result<std::vector<zk_op_result>>> multi(std::vector<zk_op> ops) = 0;

  // The current session's id (0 before the first connection).
  virtual std::int64_t session_id() const = 0;
  // Adds a listener for session events; called on the client's executor.
  virtual void add_session_listener(zk_session_listener listener) = 0;
};

}  // namespace gannet::cluster

template <>
struct std::is_error_code_enum<gannet::cluster::zk_errc> : std::true_type {};
