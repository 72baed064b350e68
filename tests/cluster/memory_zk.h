#pragma once
// memory_zk: an in-memory ZooKeeper for the controller's unit tests.
//
// memory_zk_server is the znode tree (one ensemble); memory_zk is one client
// with one session on it, implementing zk_client. Several clients on one
// server are several brokers: ephemerals belong to the session that created
// them, and a watch set through one client fires only on that client's
// executor.
//
// ZooKeeper semantics kept (what Kafka's controller depends on):
// - versions: stat.version counts data writes; set/remove/check with a
//   version other than -1 fail with bad_version when it differs; cversion
//   counts child changes; czxid/mzxid/pzxid come from one zxid counter, so
//   a broker's epoch (czxid of /brokers/ids/<id>) grows with each registration.
// - create: parent must exist (no_node), must not be ephemeral
//   (no_children_for_ephemerals), node must not exist (node_exists);
//   sequential modes append the parent's cversion as 10 digits.
// - remove: fails with not_empty when the node has children.
// - watches are one-shot: get() sets a data watch (only when the node
//   exists), exists() an exists watch (also on a missing node), children() a
//   child watch (only when the node exists). create fires the node's exists
//   watches (created) and the parent's child watches; set fires data and
//   exists watches (data_changed); remove fires data, exists and child
//   watches of the node (deleted) and the parent's child watches.
// - multi is all or nothing: ops run in order on a copy of the tree; on the
//   first failure nothing is applied, earlier ops report ok, the failing one
//   its error and later ones system_error (ZooKeeper's
//   ZRUNTIMEINCONSISTENCY); the returned error is the failing op's. Watches
//   fire only when the multi commits.
// - expire_session(): the session's ephemerals are deleted (firing other
//   clients' watches), the client's own watches are dropped, and its
//   listeners hear `expired` (old id) then `connected` (new id), as
//   zk_client.h promises of the real client.
//
// Failure injection: fail_next(errc, n) makes the client's next n operations
// fail with errc without touching the tree (connection_loss, ...).
//
// Threads: operations complete inline (the awaiting coroutine resumes on its
// own executor); watchers and session listeners are posted to the client's
// executor, never called under the server's lock. The server is guarded by
// a mutex, so clients may be used from several threads.

#include <boost/asio/any_io_executor.hpp>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "gannet/cluster/zk_client.h"

namespace gannet::cluster::testing {

class memory_zk;

class memory_zk_server {
 public:
  memory_zk_server();

  // Direct reads for test assertions (no watches, no session).
  std::optional<zk_data> peek(const std::string& path) const;
  std::vector<std::string> peek_children(const std::string& path) const;
  // Every path in the tree, sorted; for asserting "nothing else was written".
  std::vector<std::string> paths() const;

 private:
  friend class memory_zk;

  struct node {
    std::string data;
    zk_stat stat;
  };
  enum class watch_kind { data, exists, child };
  struct watch {
    std::uint64_t client;
    watch_kind kind;
    std::string path;
    zk_watcher watcher;
    boost::asio::any_io_executor executor;
  };
  struct pending_event {
    watch w;
    zk_watch_event event;
  };
  using tree = std::map<std::string, node>;

  // Applies one op to `t` (a scratch tree for multi, or the live one),
  // appending the events it would trigger.
  zk_op_result apply(tree& t, const zk_op& op, std::int64_t session,
                     std::vector<std::pair<zk_event_type, std::string>>& events);
  // Moves the watches matching `events` out of watches_ (they are one-shot).
  std::vector<pending_event> take_fired(const std::vector<std::pair<zk_event_type, std::string>>& events);
  static void deliver(std::vector<pending_event> fired);
  std::int64_t expire(std::uint64_t client, std::int64_t session);

  mutable std::mutex mu_;
  tree tree_;
  std::vector<watch> watches_;
  std::int64_t zxid_ = 0;
  std::int64_t next_session_ = 0x100;
  std::uint64_t next_client_ = 1;
  std::int64_t clock_ms_ = 1'700'000'000'000;
};

class memory_zk final : public zk_client {
 public:
  memory_zk(memory_zk_server& server, boost::asio::any_io_executor executor);

  boost::asio::awaitable<result<std::string>> create(std::string path, std::string data, zk_create_mode mode) override;
  boost::asio::awaitable<result<void>> create_recursive(std::string path, std::string data) override;
  boost::asio::awaitable<result<zk_data>> get(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<zk_stat>> set(std::string path, std::string data, std::int32_t version) override;
  boost::asio::awaitable<result<void>> remove(std::string path, std::int32_t version) override;
  boost::asio::awaitable<result<std::optional<zk_stat>>> exists(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<std::vector<std::string>>> children(std::string path, zk_watcher watcher = {}) override;
  boost::asio::awaitable<result<std::vector<zk_op_result>>> multi(std::vector<zk_op> ops) override;
  std::int64_t session_id() const override;
  void add_session_listener(zk_session_listener listener) override;

  // Expires the session now (see the file comment) and opens a new one.
  void expire_session();
  // The next `count` operations fail with `e` and change nothing.
  void fail_next(zk_errc e, int count = 1);
  // Operations run so far (for asserting that a path was taken or not).
  std::uint64_t operations() const { return operations_; }

 private:
  // True (and consumes one injected failure) when the next op must fail.
  bool injected(std::error_code& ec);
  result<std::vector<zk_op_result>> run(std::vector<zk_op> ops);

  memory_zk_server& server_;
  boost::asio::any_io_executor executor_;
  std::uint64_t client_;
  std::int64_t session_;
  std::vector<zk_session_listener> listeners_;
  zk_errc inject_ = zk_errc::ok;
  int inject_count_ = 0;
  std::uint64_t operations_ = 0;
};

}  // namespace gannet::cluster::testing
