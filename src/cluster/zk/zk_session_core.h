#pragma once
// The state behind a zk_session: the C client's handle, the session's state
// machine, the watch registry. Private to src/cluster/zk (zk_session.cc runs
// the operations, zk_session_core.cc owns handles and sessions).
//
// Threads: the C client calls back on its own completion thread; those
// callbacks only copy their arguments and post (to the awaiting coroutine's
// executor for results, to strand_ for session events and watches). The
// session state (connected_, listeners_, waiters_) lives on strand_. The
// handle pointer is shared with every caller thread under handle_mutex_,
// which is held only to submit a request or to swap the handle, never while
// zookeeper_close blocks.

#include <zookeeper/zookeeper.h>

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "gannet/cluster/zk_session.h"

namespace gannet::cluster {

class zk_session::core : public std::enable_shared_from_this<core> {
 public:
  // A watch the C client holds a pointer to; owned by watches_ until it fires,
  // its request fails without registering it, or its handle is closed.
  struct watch_ctx {
    core* owner;
    std::uint64_t generation;
    zk_watcher fn;
  };
  // The context of a handle's session watcher.
  struct handle_ctx {
    std::weak_ptr<core> owner;
    std::uint64_t generation;
  };

  core(boost::asio::any_io_executor executor, std::string connect, std::chrono::milliseconds session_timeout);
  ~core();

  // Runs fn(zh) under the shared lock; ZCLOSING after close(), ZCONNECTIONLOSS
  // while a new session is being opened.
  int submit(const std::function<int(zhandle_t*)>& fn);
  watch_ctx* new_watch(zk_watcher fn);
  // Removes the watch from the registry; nullptr if it is no longer there.
  std::unique_ptr<watch_ctx> take_watch(watch_ctx* w);
  // Delivers a fired watch on strand_.
  void deliver(std::unique_ptr<watch_ctx> w, zk_watch_event event);

  boost::asio::awaitable<result<void>> connect(std::chrono::milliseconds connection_timeout);
  // Waits on strand_ until the session is connected; false after `timeout`,
  // on close or on an authentication failure.
  boost::asio::awaitable<bool> wait_connected(std::chrono::milliseconds timeout);
  void close();
  void add_listener(zk_session_listener l);

  zk_session::client_id current_client_id() const;
  std::string connect_error() const;

  const boost::asio::any_io_executor executor_;
  const boost::asio::strand<boost::asio::any_io_executor> strand_;
  const std::string connect_;  // as given
  const std::string hosts_;    // without the chroot
  const std::string chroot_;   // "" or "/path"
  const std::chrono::milliseconds session_timeout_;
  std::atomic<std::int64_t> session_id_{0};
  std::atomic<bool> closed_{false};

 private:
  static void on_session_event(zhandle_t* zh, int type, int state, const char* path, void* ctx);
  // strand_ only from here on.
  boost::asio::awaitable<result<void>> connect_on_strand(std::shared_ptr<core> self,
                                                         std::chrono::milliseconds connection_timeout);
  static boost::asio::awaitable<bool> wait_on_strand(std::shared_ptr<core> self, std::chrono::milliseconds timeout);
  boost::asio::awaitable<result<void>> ensure_chroot(std::chrono::milliseconds connection_timeout);
  void on_state(std::uint64_t generation, int state);
  // Opens a handle for a new session; false (errno set) if the C client refuses.
  bool open_handle();
  // After an expiry: closes the dead handle and opens a new session.
  void reopen();
  void notify(zk_session_event e, std::int64_t session_id);
  void wake_waiters();
  void drop_watches(std::uint64_t generation);
  // Takes the current handle out (a new generation starts), closes it with
  // zookeeper_close and drops the watches registered through it. Shared by
  // close() and reopen(); the caller says what happens next.
  void retire_handle();
  void set_connect_error(std::string m);

  mutable std::shared_mutex handle_mutex_;
  zhandle_t* zh_ = nullptr;
  std::unique_ptr<handle_ctx> zh_ctx_;
  std::uint64_t generation_ = 0;

  std::mutex watches_mutex_;
  std::unordered_map<watch_ctx*, std::unique_ptr<watch_ctx>> watches_;

  mutable std::mutex error_mutex_;
  std::string connect_error_;

  // strand_ only.
  bool connect_started_ = false;
  bool connected_ = false;
  bool auth_failed_ = false;
  std::vector<zk_session_listener> listeners_;
  std::vector<std::shared_ptr<boost::asio::steady_timer>> waiters_;
  std::unique_ptr<boost::asio::steady_timer> reopen_retry_;
};

}  // namespace gannet::cluster
